import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { focusCrop } from '../../src/pictures/sizes.ts';
import { contrastOverScrim, estimateHeadlineLines, headlineBox, headlineFontSize, headlineSizeLimit, PICTURE_LOOK, scrimRows } from '../../src/outputs/social/look.ts';
import { cardCacheKey, type CardInput, type CardPicture, renderCard } from '../../src/outputs/social/render.ts';
import { CARD_SIZE } from '../../src/outputs/social/format.ts';

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

function input(headline: string): CardInput {
  return { siteName: 'Netzchronik', kicker: 'Chronik › Welt', label: 'Nachricht', headline };
}
const card = input;

describe('renderCard', () => {
  it('renders a small 1200×630 palette PNG that a standard decoder reads', async () => {
    const { bytes: png, format, layouts } = await renderCard(input(SHORT));
    expect(format).toBe('png');
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
    const [first, second] = await Promise.all([renderCard(input(SHORT)), renderCard(input(SHORT))]);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  }, 30_000);

  it('keeps even a very long headline clear of the bottom margin', async () => {
    const { bytes: png } = await renderCard(input(LONG));
    const rows = await pngRows(png);
    // The bottom 48 rows lie inside the 64px padding: ink there means the headline overflowed.
    expect(rows.slice(-48).every(isBackground), 'headline runs into the bottom margin').toBe(true);
    // And the headline does reach down near it, so the check above looks at a real layout.
    expect(rows.slice(-140, -48).some((row) => !isBackground(row))).toBe(true);
    expect(png.length).toBeLessThan(30_000);
  }, 30_000);
});

describe('cardCacheKey', () => {
  const base = input(SHORT);

  it('is a SHA-256 hex digest that is stable for the same input', () => {
    expect(cardCacheKey(base, 'fonts-a')).toMatch(/^[0-9a-f]{64}$/);
    expect(cardCacheKey({ ...base }, 'fonts-a')).toBe(cardCacheKey(base, 'fonts-a'));
  });

  it('changes with every input that affects pixels', () => {
    const key = cardCacheKey(base, 'fonts-a');
    const variants: CardInput[] = [
      { ...base, siteName: 'Andere Zeitung' },
      { ...base, kicker: 'Digital › Netzpolitik' },
      { ...base, label: 'Hintergrund' },
      { ...base, headline: `${SHORT}.` },
    ];
    for (const variant of variants) expect(cardCacheKey(variant, 'fonts-a')).not.toBe(key);
    expect(cardCacheKey(base, 'fonts-b')).not.toBe(key);
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

describe('the card of a piece with a lead image', () => {
  const dir = mkdtempSync(join(tmpdir(), 'social-picture-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes a picture made by sharp into the scratch folder and returns it as the card takes it. */
  async function picture(name: string, image: Sharp, focus?: CardPicture['focus']): Promise<CardPicture> {
    const file = join(dir, name);
    writeFileSync(file, await image.toBuffer());
    return { file, digest: name, focus };
  }

  /** RGB of one pixel of a decoded card. */
  async function decode(bytes: Uint8Array): Promise<(x: number, y: number) => [number, number, number]> {
    const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    return (x, y) => {
      const at = (y * info.width + x) * info.channels;
      return [data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0];
    };
  }

  const luminance = ([r, g, b]: [number, number, number]) => {
    const channel = (value: number) => (value / 255 <= 0.04045 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };

  it('is a 1200×630 JPEG without the picture\'s metadata (camera, GPS)', async () => {
    const photo = sharp({ create: { width: 1600, height: 900, channels: 3, background: '#777', noise: { type: 'gaussian', mean: 120, sigma: 60 } } }).blur(8).jpeg().withExif({ IFD0: { Make: 'Testkamera', Copyright: 'Anna Beispiel' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 0/1' } });
    const input = { ...card(SHORT), picture: await picture('mit-exif.jpg', photo) };
    const { bytes, format } = await renderCard(input);
    expect(format).toBe('jpg');
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: CARD_SIZE.width, height: CARD_SIZE.height });
    expect(metadata.exif).toBeUndefined();
    expect(Buffer.from(bytes).includes('Testkamera')).toBe(false);
    expect(bytes.length).toBeLessThan(150_000);
  }, 30_000);

  it('keeps the text legible over the brightest picture: white on at least 7:1', async () => {
    expect(contrastOverScrim(PICTURE_LOOK.scrim.text)).toBeGreaterThanOrEqual(7);
    expect(contrastOverScrim(PICTURE_LOOK.scrim.masthead)).toBeGreaterThanOrEqual(4.5);
    const white = await picture('weiss.png', sharp({ create: { width: 1600, height: 900, channels: 3, background: '#ffffff' } }).png());
    for (const headline of [SHORT, LONG]) {
      const pixel = await decode((await renderCard({ ...card(headline), picture: white })).bytes);
      // The bottom padding has the background the headline stands on (the scrim is even below the kicker), and no text.
      for (let y = CARD_SIZE.height - 48; y < CARD_SIZE.height; y += 4) {
        for (let x = 0; x < CARD_SIZE.width; x += 50) expect(1.05 / (luminance(pixel(x, y)) + 0.05), `at ${x},${y}`).toBeGreaterThanOrEqual(6.5);
      }
      // And the headline is there, white: bright pixels in the bottom text band.
      let bright = 0;
      for (let y = CARD_SIZE.height - 64 - PICTURE_LOOK.headline.height; y < CARD_SIZE.height - 64; y += 2) {
        for (let x = 72; x < CARD_SIZE.width - 72; x += 2) if (luminance(pixel(x, y)) > 0.8) bright += 1;
      }
      expect(bright, headline).toBeGreaterThan(1000);
    }
  }, 30_000);

  it('darkens the picture only where text stands on it', () => {
    const rows = scrimRows(400);
    expect(rows[0]).toBeCloseTo(PICTURE_LOOK.scrim.masthead);
    expect(rows[400]).toBeCloseTo(PICTURE_LOOK.scrim.text);
    expect(rows[CARD_SIZE.height - 1]).toBeCloseTo(PICTURE_LOOK.scrim.text);
    expect(Math.min(...rows.slice(200, 290))).toBe(0);
  });

  it('crops around the focal point', async () => {
    // A red disc on grey at 80 % from the left and 40 % from the top of a wide picture.
    const disc = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="900"><rect width="2400" height="900" fill="#808080"/><circle cx="1920" cy="360" r="90" fill="#ff0000"/></svg>`;
    const wide = sharp(Buffer.from(disc)).png();
    for (const focus of [{ x: 80, y: 40 }, undefined]) {
      const input = await picture(focus ? 'fokus.png' : 'mitte.png', wide, focus);
      const crop = focusCrop({ width: 2400, height: 900 }, CARD_SIZE.width / CARD_SIZE.height, focus);
      const scale = CARD_SIZE.width / crop.width;
      const at: [number, number] = [Math.round((1920 - crop.left) * scale), Math.round((360 - crop.top) * scale)];
      const pixel = await decode((await renderCard({ ...card('Kurz'), picture: input })).bytes);
      const [r, g, b] = pixel(...at);
      expect(r - Math.max(g, b), `red disc at ${at.join(',')}`).toBeGreaterThan(100);
      if (focus) expect(at[0]).toBeGreaterThan(CARD_SIZE.width / 2 + 100);
    }
  }, 30_000);

  it('shows a picture upright, as its EXIF orientation says', async () => {
    // Stored landscape, red above blue; orientation 6 says: turn it a quarter clockwise to view.
    // Upright it is portrait with blue on the left and red on the right.
    const halves = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="450" fill="#ff0000"/><rect y="450" width="1600" height="450" fill="#0000ff"/></svg>`;
    const turned = await picture('gedreht.jpg', sharp(Buffer.from(halves)).jpeg().withMetadata({ orientation: 6 }));
    expect((await sharp(turned.file).metadata()).orientation).toBe(6);
    const pixel = await decode((await renderCard({ ...card('Kurz'), picture: turned })).bytes);
    const [lr, , lb] = pixel(300, 250);
    const [rr, , rb] = pixel(900, 250);
    expect(lb - lr, 'blue on the left').toBeGreaterThan(100);
    expect(rr - rb, 'red on the right').toBeGreaterThan(100);
  }, 30_000);

  it('has a cache key that follows the picture\'s bytes and focal point, not its path', () => {
    const base = { ...card(SHORT), picture: { file: '/a/bild.jpg', digest: 'digest-1' } };
    const key = cardCacheKey(base, 'assets');
    expect(cardCacheKey({ ...base, picture: { ...base.picture, file: '/b/bild.jpg' } }, 'assets')).toBe(key);
    expect(cardCacheKey({ ...base, picture: { ...base.picture, digest: 'digest-2' } }, 'assets')).not.toBe(key);
    expect(cardCacheKey({ ...base, picture: { ...base.picture, focus: { x: 10, y: 10 } } }, 'assets')).not.toBe(key);
    expect(cardCacheKey(card(SHORT), 'assets')).not.toBe(key);
  });
});
