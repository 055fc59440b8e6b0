/**
 * Small, fast indexed-colour PNGs for images made of a few flat colours (the social cards):
 * a fixed palette of each ink's anti-aliasing ramp over the background, and an encoder for
 * 4- or 8-bit palette PNGs. No dithering and no quantiser search: the colours are known.
 */
import { crc32, deflateSync, type ZlibOptions } from 'node:zlib';

export type Rgb = readonly [red: number, green: number, blue: number];

/** One ink and how many coverage steps (over the background) it gets in the palette. */
export interface Ink {
  colour: Rgb;
  levels: number;
}

/** `#rrggbb` as a triple. */
export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/**
 * Background plus, for each ink, `levels` evenly spaced blends of the ink over the background
 * (the last one the pure ink): index 0 is the background.
 */
export class Palette {
  readonly colours: Rgb[];
  /** Per ink: coverage 0…255 → palette index. */
  readonly #ramps: Uint8Array[];
  readonly #nearest = new Map<number, number>();

  constructor(background: Rgb, inks: readonly Ink[]) {
    this.colours = [background];
    this.#ramps = inks.map(({ colour, levels }) => {
      const first = this.colours.length;
      for (let level = 1; level <= levels; level++) this.colours.push(blend(background, colour, level / levels));
      const ramp = new Uint8Array(256);
      for (let alpha = 0; alpha < 256; alpha++) {
        const level = Math.round((alpha / 255) * levels);
        ramp[alpha] = level === 0 ? 0 : first + level - 1;
      }
      return ramp;
    });
    if (this.colours.length > 256) throw new Error(`a palette holds at most 256 colours, not ${this.colours.length}`);
  }

  /** Palette index of ink number `ink` drawn with coverage `alpha` (0…255) over the background. */
  coverage(ink: number, alpha: number): number {
    return this.ramp(ink)[alpha] ?? 0;
  }

  /** Coverage 0…255 → palette index, for ink number `ink`. */
  ramp(ink: number): Uint8Array {
    const ramp = this.#ramps[ink];
    if (!ramp) throw new Error(`no ink number ${ink}`);
    return ramp;
  }

  /** The palette's closest colour to an opaque pixel (remembered per colour). */
  nearest(red: number, green: number, blue: number): number {
    const key = (red << 16) | (green << 8) | blue;
    let index = this.#nearest.get(key);
    if (index === undefined) {
      let best = Infinity;
      index = 0;
      this.colours.forEach(([r, g, b], at) => {
        const distance = (r - red) ** 2 + (g - green) ** 2 + (b - blue) ** 2;
        if (distance < best) {
          best = distance;
          index = at;
        }
      });
      this.#nearest.set(key, index);
    }
    return index;
  }

  /** Palette indices of an opaque RGBA image (what a renderer drew on the background). */
  quantise(rgba: Uint8Array): Uint8Array {
    const indices = new Uint8Array(rgba.length / 4);
    let lastKey = -1;
    let lastIndex = 0;
    for (let pixel = 0, at = 0; pixel < indices.length; pixel++, at += 4) {
      const key = ((rgba[at] ?? 0) << 16) | ((rgba[at + 1] ?? 0) << 8) | (rgba[at + 2] ?? 0);
      if (key !== lastKey) {
        lastKey = key;
        lastIndex = this.nearest(rgba[at] ?? 0, rgba[at + 1] ?? 0, rgba[at + 2] ?? 0);
      }
      indices[pixel] = lastIndex;
    }
    return indices;
  }
}

function blend(background: Rgb, ink: Rgb, amount: number): Rgb {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * amount);
  return [mix(background[0], ink[0]), mix(background[1], ink[1]), mix(background[2], ink[2])];
}

/** An image as palette indices, row by row. */
export class IndexedImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;

  constructor(width: number, height: number, pixels?: Uint8Array) {
    this.width = width;
    this.height = height;
    if (pixels && pixels.length !== width * height) throw new Error(`expected ${width * height} pixels, got ${pixels.length}`);
    this.pixels = pixels ?? new Uint8Array(width * height);
  }

  /** Copies `source` with its top left corner at (`x`, `y`), clipped to this image. */
  draw(source: IndexedImage, x: number, y: number): void {
    this.#each(source.width, source.height, x, y, (from, to, length) => this.pixels.set(source.pixels.subarray(from, from + length), to));
  }

  /**
   * Draws one ink through a coverage mask (the alpha channel of an RGBA image drawn on
   * transparency) at (`x`, `y`); fully transparent pixels keep what is there.
   */
  drawCoverage(rgba: Uint8Array, width: number, height: number, x: number, y: number, palette: Palette, ink: number): void {
    const ramp = palette.ramp(ink);
    this.#each(width, height, x, y, (from, to, length) => {
      for (let i = 0; i < length; i++) {
        const alpha = rgba[(from + i) * 4 + 3]!;
        if (alpha > 0) this.pixels[to + i] = ramp[alpha]!;
      }
    });
  }

  /** Calls `copy(sourceOffset, targetOffset, length)` for each visible row of a `width`×`height` source at (`x`, `y`). */
  #each(width: number, height: number, x: number, y: number, copy: (from: number, to: number, length: number) => void): void {
    x = Math.round(x);
    y = Math.round(y);
    const left = Math.max(0, -x);
    const right = Math.min(width, this.width - x);
    if (right <= left) return;
    for (let row = Math.max(0, -y); row < height && y + row < this.height; row++) {
      copy(row * width + left, (y + row) * this.width + x + left, right - left);
    }
  }
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A palette PNG: 4 bits per pixel for up to 16 colours, else 8. Rows are unfiltered (the
 * usual choice for palette images) and deflated with `options`; level 4 by default, for speed
 * at a few per cent more bytes (docs/decisions/2026-11-26-social-cards-outside-the-page-loop.md).
 */
export function encodeIndexedPng(image: IndexedImage, palette: readonly Rgb[], options: ZlibOptions = { level: 4 }): Uint8Array {
  const { width, height, pixels } = image;
  const depth = palette.length <= 16 ? 4 : 8;
  const stride = depth === 4 ? Math.ceil(width / 2) : width;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1) + 1; // the filter byte before it stays 0: no filter
    const source = y * width;
    if (depth === 8) {
      raw.set(pixels.subarray(source, source + width), row);
    } else {
      const pairs = width >> 1;
      for (let pair = 0; pair < pairs; pair++) raw[row + pair] = (pixels[source + 2 * pair]! << 4) | pixels[source + 2 * pair + 1]!;
      if (width & 1) raw[row + pairs] = pixels[source + width - 1]! << 4;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([depth, 3, 0, 0, 0], 8); // bit depth, colour type 3 (palette), deflate, no filter method variant, no interlace
  const parts = [
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', deflateSync(raw, options)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}
