/**
 * Whether pictures' data decodes (src/checks/read/picture-data.ts), on real files: a picture cut
 * short and one with a header but no data are found, a good one passes; the verdicts kept are
 * the good pictures of the last run only, and a kept verdict is trusted without decoding again.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { PictureData } from '../../src/checks/read/picture-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsroom-picture-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const good = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 90, g: 110, b: 130 } } }).jpeg().toBuffer();
/** Each picture as the checks hand it over: its file and a digest of its bytes (made up here, unique per picture). */
const files = {
  good: { file: join(dir, 'gut.jpg'), digest: 'digest-gut' },
  cut: { file: join(dir, 'abgeschnitten.jpg'), digest: 'digest-abgeschnitten' },
  headerOnly: { file: join(dir, 'nur-kopf.jpg'), digest: 'digest-nur-kopf' },
  other: { file: join(dir, 'anders.png'), digest: 'digest-anders' },
};
writeFileSync(files.good.file, good);
writeFileSync(files.cut.file, good.subarray(0, Math.floor(good.length / 2)));
// The header of a 1600 × 900 JPEG, then no image data: what the checks' header reading accepts.
writeFileSync(files.headerOnly.file, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x03, 0x84, 0x06, 0x40, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]), Buffer.alloc(4000, 0x55)]));
writeFileSync(files.other.file, await sharp(good).png().toBuffer());
const cache = join(dir, 'pictures.json');
const stored = () => JSON.parse(readFileSync(cache, 'utf8')) as { decoder: string; decodes: string[] };

describe('PictureData', () => {
  it('finds the pictures whose data does not decode', () => {
    const data = PictureData.load(cache);
    expect(data.broken([files.good, files.cut, files.headerOnly, files.other])).toEqual([files.cut, files.headerOnly]);
    data.save();
    expect(stored().decodes).toEqual([files.good.digest, files.other.digest].sort());
  });

  it('keeps the verdicts of the pictures the last run showed only, so the file does not grow with the runs', () => {
    const data = PictureData.load(cache);
    expect(data.broken([files.other])).toEqual([]);
    data.save();
    expect(stored().decodes).toEqual([files.other.digest]);
  });

  it('trusts a kept verdict without decoding, and only one of the same decoder', () => {
    // A digest no picture of this process has: only the file can say it decodes.
    const unseen = { file: join(dir, 'gibt-es-nicht.jpg'), digest: 'digest-ungesehen' };
    writeFileSync(cache, JSON.stringify({ decoder: stored().decoder, decodes: [unseen.digest] }));
    expect(PictureData.load(cache).broken([unseen])).toEqual([]);
    writeFileSync(cache, JSON.stringify({ decoder: 'ein anderer Decoder', decodes: [unseen.digest] }));
    expect(PictureData.load(cache).broken([unseen])).toEqual([unseen]);
  });
});
