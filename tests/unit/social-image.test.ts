import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  CARD,
  estimateHeadlineLines,
  headlineBox,
  headlineFontSize,
  headlineSizeLimit,
  renderSocialImage,
  socialImageCacheKey,
  type SocialImageInput,
} from '../../src/lib/social-image.ts';
import { SOCIAL_IMAGE } from '../../src/lib/urls.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width, height, bit depth and colour type from the PNG's IHDR chunk, which must come first. */
function pngHeader(png: Uint8Array): { width: number; height: number; depth: number; colourType: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20), depth: png[24] ?? 0, colourType: png[25] ?? 0 };
}

/** RGB rows, decoded by an independent decoder (sharp/libspng). */
async function pngRows(png: Uint8Array): Promise<Uint8Array[]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const stride = info.width * info.channels;
  return Array.from({ length: info.height }, (_, y) => data.subarray(y * stride, (y + 1) * stride));
}

/** Whether every pixel of an RGB row is the template's background (stone-50, #fafaf9). */
function isBackground(row: Uint8Array): boolean {
  for (let x = 0; x < row.length; x += 3) {
    if (row[x] !== 0xfa || row[x + 1] !== 0xfa || row[x + 2] !== 0xf9) return false;
  }
  return true;
}

const SHORT = 'Dieser Mann nahm Donald Trump vom Netz';
const LONG =
  'Wie konnte ein einzelner Mitarbeiter an seinem letzten Arbeitstag den Account des mächtigsten Mannes der Welt für elf Minuten abschalten, und was hat Twitter daraus gelernt?';

function input(headline: string): SocialImageInput {
  return { siteName: 'Netzchronik', kicker: 'Chronik › Welt', label: 'Nachricht', headline };
}

describe('renderSocialImage', () => {
  it('renders a small 1200×630 palette PNG that a standard decoder reads', async () => {
    const { png, layouts } = await renderSocialImage(input(SHORT));
    expect(pngHeader(png)).toEqual({ width: 1200, height: 630, depth: 4, colourType: 3 });
    expect(layouts).toBeGreaterThanOrEqual(1);
    expect(png.length).toBeLessThan(30_000);
    const rows = await pngRows(png);
    expect(rows).toHaveLength(630);
    // The accent bar on top, then background before the masthead.
    expect([...(rows[5] ?? new Uint8Array()).subarray(600 * 3, 600 * 3 + 3)]).toEqual([0xa6, 0x1b, 0x1b]);
    expect(isBackground(rows[20] ?? new Uint8Array())).toBe(true);
  }, 30_000);

  it('is deterministic: the same input gives the same bytes', async () => {
    const [first, second] = await Promise.all([renderSocialImage(input(SHORT)), renderSocialImage(input(SHORT))]);
    expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);
  }, 30_000);

  it('keeps even a very long headline clear of the bottom margin', async () => {
    const { png } = await renderSocialImage(input(LONG));
    const rows = await pngRows(png);
    // The bottom 48 rows lie inside the 64px padding: ink there means the headline overflowed.
    expect(rows.slice(-48).every(isBackground), 'headline runs into the bottom margin').toBe(true);
    // And the headline does reach down near it, so the check above looks at a real layout.
    expect(rows.slice(-140, -48).some((row) => !isBackground(row))).toBe(true);
    expect(png.length).toBeLessThan(30_000);
  }, 30_000);

  it('has the size the pages announce', () => {
    expect(CARD).toEqual({ width: SOCIAL_IMAGE.width, height: SOCIAL_IMAGE.height });
  });
});

describe('socialImageCacheKey', () => {
  const base = input(SHORT);

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
    ];
    for (const variant of variants) expect(socialImageCacheKey(variant, 'fonts-a')).not.toBe(key);
    expect(socialImageCacheKey(base, 'fonts-b')).not.toBe(key);
  });
});

describe('headlineFontSize', () => {
  it('sets longer headlines smaller', () => {
    const short = headlineFontSize(SHORT);
    const medium = headlineFontSize('Die Chronologie: elf Minuten ohne Trump-Account und was danach kam');
    const long = headlineFontSize(LONG);
    expect(short).toBeGreaterThan(medium);
    expect(medium).toBeGreaterThan(long);
    expect(long).toBeGreaterThanOrEqual(36);
  });

  it('keeps the longest word on one line', () => {
    const word = 'Netzwerkdurchsetzungsgesetzesänderungsverordnung';
    const size = headlineFontSize(`Die ${word} kommt`);
    expect(size).toBeLessThanOrEqual(headlineSizeLimit(`Die ${word} kommt`));
    expect(estimateHeadlineLines(word, size, headlineBox().width)).toBe(1);
  });
});

describe('estimateHeadlineLines', () => {
  it('wraps at spaces and counts more lines at bigger sizes', () => {
    expect(estimateHeadlineLines('Kurz', 96, 1056)).toBe(1);
    expect(estimateHeadlineLines(LONG, 40, 1056)).toBeLessThan(estimateHeadlineLines(LONG, 80, 1056));
  });
});
