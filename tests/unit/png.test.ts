import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng, IndexedImage, Palette, parseHex, type Rgb } from '../../src/outputs/social/png.ts';

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const RED: Rgb = [200, 0, 0];

async function decode(png: Uint8Array): Promise<{ width: number; height: number; rgb: Uint8Array }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, rgb: new Uint8Array(data) };
}

describe('Palette', () => {
  const palette = new Palette(WHITE, [{ colour: BLACK, levels: 4 }, { colour: RED, levels: 1 }]);

  it('holds the background, then each ink ramp ending in the pure ink', () => {
    expect(palette.colours).toEqual([WHITE, [191, 191, 191], [128, 128, 128], [64, 64, 64], BLACK, RED]);
  });

  it('maps coverage to the nearest step of the ink, no coverage to the background', () => {
    expect(palette.coverage(0, 0)).toBe(0);
    expect(palette.coverage(0, 20)).toBe(0);
    expect(palette.coverage(0, 64)).toBe(1);
    expect(palette.coverage(0, 255)).toBe(4);
    expect(palette.coverage(1, 200)).toBe(5);
    expect(() => palette.coverage(2, 10)).toThrow(/no ink/);
  });

  it('quantises opaque pixels to the nearest colour', () => {
    const rgba = Uint8Array.of(250, 250, 250, 255, 130, 125, 120, 255, 190, 10, 5, 255);
    expect([...palette.quantise(rgba)]).toEqual([0, 2, 5]);
  });

  it('reads #rrggbb', () => {
    expect(parseHex('#a61b1b')).toEqual([0xa6, 0x1b, 0x1b]);
    expect(() => parseHex('red')).toThrow();
  });
});

describe('IndexedImage', () => {
  it('draws fragments and coverage clipped to its edges', () => {
    const image = new IndexedImage(4, 3);
    image.draw(new IndexedImage(2, 2, Uint8Array.of(1, 2, 3, 4)), 3, 2);
    expect([...image.pixels]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const palette = new Palette(WHITE, [{ colour: BLACK, levels: 2 }]);
    const mask = Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 128, 0, 0, 0, 0); // 2×2 RGBA
    image.drawCoverage(mask, 2, 2, -1, 0, palette, 0);
    expect([...image.pixels.subarray(0, 5)]).toEqual([2, 0, 0, 0, 0]);
  });
});

describe('encodeIndexedPng', () => {
  it('round-trips through a standard decoder at 4 and 8 bits per pixel, odd widths included', async () => {
    for (const colours of [4, 40]) {
      const palette: Rgb[] = Array.from({ length: colours }, (_, i) => [i * 5, 255 - i * 5, (i * 37) % 256]);
      const image = new IndexedImage(7, 5, Uint8Array.from({ length: 35 }, (_, i) => (i * 7) % colours));
      const png = encodeIndexedPng(image, palette);
      expect(png[24], 'bit depth').toBe(colours <= 16 ? 4 : 8);
      const { width, height, rgb } = await decode(png);
      expect({ width, height }).toEqual({ width: 7, height: 5 });
      const expected = [...image.pixels].flatMap((index) => [...(palette[index] ?? [])]);
      expect([...rgb]).toEqual(expected);
    }
  });
});
