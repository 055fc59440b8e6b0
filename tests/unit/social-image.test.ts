import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  estimateHeadlineLines,
  headlineBox,
  headlineFontSize,
  headlineSizeLimit,
  renderSocialImage,
  socialImageCacheKey,
  type SocialImageInput,
} from '../../src/lib/social-image.ts';
import { SOCIAL_IMAGE_SIZES } from '../../src/lib/urls.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk, which must come first after the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** RGBA rows of an 8-bit RGBA PNG (what resvg writes): inflate the IDAT data and undo the row filters. */
function pngRows(png: Uint8Array): Uint8Array[] {
  const { width, height } = pngSize(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(png[24], 'bit depth').toBe(8);
  expect(png[25], 'colour type RGBA').toBe(6);
  const idat: Uint8Array[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const type = new TextDecoder().decode(png.subarray(offset + 4, offset + 8));
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const data = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rows: Uint8Array[] = [];
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const row = Uint8Array.from(data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const left = x >= 4 ? row[x - 4]! : 0;
      const up = previous[x]!;
      const upLeft = x >= 4 ? previous[x - 4]! : 0;
      const paeth = (): number => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter ?? 0] ?? 0;
      row[x] = (row[x]! + predictor) & 0xff;
    }
    rows.push(row);
    previous = row;
  }
  return rows;
}

/** Whether every pixel of a row is the template's background (stone-50, #fafaf9). */
function isBackground(row: Uint8Array): boolean {
  for (let x = 0; x < row.length; x += 4) {
    if (row[x] !== 0xfa || row[x + 1] !== 0xfa || row[x + 2] !== 0xf9) return false;
  }
  return true;
}

const SHORT = 'Dieser Mann nahm Donald Trump vom Netz';
const LONG =
  'Wie konnte ein einzelner Mitarbeiter an seinem letzten Arbeitstag den Account des mächtigsten Mannes der Welt für elf Minuten abschalten, und was hat Twitter daraus gelernt?';

function input(headline: string, format: keyof typeof SOCIAL_IMAGE_SIZES): SocialImageInput {
  return { siteName: 'Netzchronik', kicker: 'Chronik › Welt', label: 'Nachricht', headline, ...SOCIAL_IMAGE_SIZES[format] };
}

const cacheDir = mkdtempSync(join(tmpdir(), 'social-image-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('renderSocialImage', () => {
  it('renders PNGs at the exact size of each format', async () => {
    for (const format of ['og', '1x1', '4x3'] as const) {
      const { png, cached } = await renderSocialImage(input(SHORT, format), { cacheDir });
      expect(cached).toBe(false);
      expect(pngSize(png)).toEqual(SOCIAL_IMAGE_SIZES[format]);
    }
  }, 30_000);

  it('serves an unchanged image from the cache, byte for byte', async () => {
    const first = await renderSocialImage(input(SHORT, '16x9'), { cacheDir });
    const second = await renderSocialImage(input(SHORT, '16x9'), { cacheDir });
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);
    expect(pngSize(second.png)).toEqual(SOCIAL_IMAGE_SIZES['16x9']);
  }, 30_000);

  it('renders again when the headline changes, and keeps one file per image', async () => {
    const before = readdirSync(cacheDir).filter((file) => file.endsWith('.png')).length;
    const changed = await renderSocialImage(input(`${SHORT}!`, 'og'), { cacheDir });
    expect(changed.cached).toBe(false);
    const files = readdirSync(cacheDir);
    expect(files.filter((file) => file.endsWith('.png'))).toHaveLength(before + 1);
    expect(files.some((file) => file.endsWith('.tmp')), 'no half-written files left behind').toBe(false);
  }, 30_000);

  it('keeps even a very long headline clear of the bottom margin', async () => {
    for (const format of ['og', '16x9'] as const) {
      const { png } = await renderSocialImage(input(LONG, format), { cacheDir });
      const rows = pngRows(png);
      expect(rows).toHaveLength(SOCIAL_IMAGE_SIZES[format].height);
      // The bottom 48 rows lie inside the 64px padding: ink there means the headline overflowed.
      expect(rows.slice(-48).every(isBackground), `${format}: headline runs into the bottom margin`).toBe(true);
      // And the headline does reach down near it, so the check above looks at a real layout.
      expect(rows.slice(-140, -48).some((row) => !isBackground(row))).toBe(true);
    }
  }, 30_000);
});

describe('socialImageCacheKey', () => {
  const base = input(SHORT, 'og');

  it('is a SHA-256 hex digest that is stable for the same input', () => {
    expect(socialImageCacheKey(base, 'fonts-a')).toMatch(/^[0-9a-f]{64}$/);
    expect(socialImageCacheKey({ ...base }, 'fonts-a')).toBe(socialImageCacheKey(base, 'fonts-a'));
  });

  it('changes with every input that affects pixels', () => {
    const key = socialImageCacheKey(base, 'fonts-a');
    const variants: SocialImageInput[] = [
      { ...base, siteName: 'Andere Zeitung' },
      { ...base, kicker: 'Digital › Netzpolitik' },
      { ...base, label: 'Hintergrund' },
      { ...base, headline: `${SHORT}.` },
      { ...base, ...SOCIAL_IMAGE_SIZES['1x1'] },
      { ...base, height: 631 },
    ];
    for (const variant of variants) expect(socialImageCacheKey(variant, 'fonts-a')).not.toBe(key);
    expect(socialImageCacheKey(base, 'fonts-b')).not.toBe(key);
  });
});

describe('headlineFontSize', () => {
  it('sets longer headlines smaller', () => {
    const { width, height } = SOCIAL_IMAGE_SIZES.og;
    const short = headlineFontSize(SHORT, width, height);
    const medium = headlineFontSize('Die Chronologie: elf Minuten ohne Trump-Account und was danach kam', width, height);
    const long = headlineFontSize(LONG, width, height);
    expect(short).toBeGreaterThan(medium);
    expect(medium).toBeGreaterThan(long);
    expect(long).toBeGreaterThanOrEqual(36);
  });

  it('allows bigger type on taller formats', () => {
    const og = SOCIAL_IMAGE_SIZES.og;
    const square = SOCIAL_IMAGE_SIZES['1x1'];
    expect(headlineFontSize(LONG, square.width, square.height)).toBeGreaterThan(headlineFontSize(LONG, og.width, og.height));
  });

  it('keeps the longest word on one line', () => {
    const word = 'Netzwerkdurchsetzungsgesetzesänderungsverordnung';
    const { width, height } = SOCIAL_IMAGE_SIZES['1x1'];
    const size = headlineFontSize(`Die ${word} kommt`, width, height);
    expect(size).toBeLessThanOrEqual(headlineSizeLimit(`Die ${word} kommt`, width, height));
    expect(estimateHeadlineLines(word, size, headlineBox(width, height).width)).toBe(1);
  });
});

describe('estimateHeadlineLines', () => {
  it('wraps at spaces and counts more lines at bigger sizes', () => {
    expect(estimateHeadlineLines('Kurz', 96, 1056)).toBe(1);
    expect(estimateHeadlineLines(LONG, 40, 1056)).toBeLessThan(estimateHeadlineLines(LONG, 80, 1056));
  });
});
