import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assetLinks, originalCopies, readProvenCopies, writeProvenCopies } from '../../src/pictures/originals.ts';

const assets = mkdtempSync(join(tmpdir(), 'picture-originals-'));
afterAll(() => rmSync(assets, { recursive: true, force: true }));

const original = Buffer.from('the bytes of an editor’s photo, with its EXIF');
const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64url');

describe('originalCopies', () => {
  it('finds the byte-for-byte copies of an original among the files made from it, whatever their name says', () => {
    // Vite's copy of the original, and files Astro made from it: the same stem, other sizes or formats.
    writeFileSync(join(assets, 'foto.B1a2c3d4.jpg'), original);
    writeFileSync(join(assets, 'foto.B1a2c3d4_Z9y8x7.jpg'), Buffer.from('a smaller JPEG made from it'));
    writeFileSync(join(assets, 'foto.B1a2c3d4_Z9y8x7.avif'), original);
    // As long as the original, but other bytes: not a copy.
    writeFileSync(join(assets, 'foto.E5f6g7h8.jpg'), Buffer.from(original.toString().replace('photo', 'PHOTO')));
    // Another picture's file.
    writeFileSync(join(assets, 'anderes.C1d2e3f4.jpg'), original);
    expect(originalCopies(assets, [{ name: 'foto.jpg', digest: digest(original), bytes: original.length }])).toEqual(new Map([['foto.B1a2c3d4.jpg', digest(original)]]));
  });

  it('takes a copy an earlier build found by its name, without reading it, only for an original of its length and digest', () => {
    const folder = mkdtempSync(join(assets, 'proven-'));
    // Bytes of the original's length that are not the original: only the record can call this file a copy.
    const sameLength = Buffer.from(original.toString().replace('photo', 'PHOTO'));
    writeFileSync(join(folder, 'foto.B1a2c3d4.jpg'), sameLength);
    const photo = { name: 'foto.jpg', digest: digest(original), bytes: original.length };
    expect(originalCopies(folder, [photo])).toEqual(new Map());
    expect(originalCopies(folder, [photo], new Map([['foto.B1a2c3d4.jpg', digest(original)]]))).toEqual(new Map([['foto.B1a2c3d4.jpg', digest(original)]]));
    // A record of another original (the picture was replaced since), or of one of another length: read again.
    writeFileSync(join(folder, 'foto.K5l6m7n8.jpg'), original);
    const otherOriginal = new Map([['foto.B1a2c3d4.jpg', digest(sameLength)], ['foto.K5l6m7n8.jpg', digest(sameLength)]]);
    expect(originalCopies(folder, [photo], otherOriginal)).toEqual(new Map([['foto.K5l6m7n8.jpg', digest(original)]]));
    expect(originalCopies(folder, [{ ...photo, bytes: photo.bytes + 1 }], new Map([['foto.B1a2c3d4.jpg', digest(original)]]))).toEqual(new Map());
  });

  it('finds none in a folder that does not exist', () => {
    expect(originalCopies(join(assets, 'fehlt'), [{ name: 'foto.jpg', digest: digest(original), bytes: original.length }])).toEqual(new Map());
  });
});

describe('the record of found copies', () => {
  it('reads back what was written, and nothing from a missing, broken or foreign file', () => {
    const file = join(assets, 'record', 'picture-originals.json');
    expect(readProvenCopies(file)).toEqual(new Map());
    writeProvenCopies(file, new Map([['foto.B1a2c3d4.jpg', digest(original)]]));
    expect(readProvenCopies(file)).toEqual(new Map([['foto.B1a2c3d4.jpg', digest(original)]]));
    writeFileSync(file, '{"version":1,"copies":');
    expect(readProvenCopies(file)).toEqual(new Map());
    writeFileSync(file, JSON.stringify({ version: 2, copies: { 'foto.B1a2c3d4.jpg': digest(original) } }));
    expect(readProvenCopies(file)).toEqual(new Map());
  });
});

describe('assetLinks', () => {
  it('names every file of the assets folder a page or feed links: src, srcset, JSON, with a query or a fragment', () => {
    const html = [
      '<img src="/_astro/foto.B1a2c3d4.jpg" alt="">',
      '<source srcset="/_astro/foto.A_1.avif 390w, /_astro/foto.A_2.avif 640w">',
      '{"image":"https://netzchronik.example/_astro/foto.B1a2c3d4.jpg"}',
      '<a href="/_astro/plan.D1e2f3g4.pdf?download#seite-2">Plan</a>',
      "<div style=\"background:url('/_astro/muster.F1.png')\"></div>",
      '<a href="/astro/nicht.jpg">',
    ].join('\n');
    expect([...assetLinks(html, '_astro')].sort()).toEqual(['foto.A_1.avif', 'foto.A_2.avif', 'foto.B1a2c3d4.jpg', 'muster.F1.png', 'plan.D1e2f3g4.pdf']);
  });
});
