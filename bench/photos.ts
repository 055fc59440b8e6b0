/**
 * Photo-like JPEGs for the benchmark's pictures, made with sharp. A scene (a sky gradient, hills,
 * buildings with windows, figures) is drawn as SVG, lit unevenly and covered with grain at two
 * scales, so that it compresses about as badly as a camera photo (some 1.3 bits a pixel at
 * quality 85, a few hundred KB at 2,000 px): flat colours would compress to almost nothing and
 * flatter the picture pipeline. The same seed and size give the same bytes (with the same libvips).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { writeFileAtomic } from '../src/util/partial-files.ts';

/** Part of every cache entry's name: raise it when the drawing changes, so old entries are not reused. */
const PHOTO_VERSION = 2;
const JPEG_QUALITY = 85;
/**
 * The scene is rasterised at a quarter of the photo's size, each of its pixels covering 4 × 4 of
 * the photo's: its shapes and gradients have no fine detail to lose (the grain and the light give
 * the photo its detail), and rasterising them at full size took a third of a photo's time.
 */
const SCENE_SCALE = 4;
/** The uneven light: cells of value noise (edge in pixels) and their weights. */
const LIGHT_OCTAVES = [{ cell: 160, weight: 1 }, { cell: 40, weight: 0.5 }];

/** A small xorshift stream: cheap enough for millions of grain values per picture. */
function xorshift(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
}

/** `length` random bytes from `seed`. */
function noise(seed: number, length: number): Uint8Array {
  const next = xorshift(seed);
  const words = new Uint32Array(Math.ceil(length / 4));
  for (let i = 0; i < words.length; i += 1) words[i] = next();
  return new Uint8Array(words.buffer, 0, length);
}

/** The scene as SVG: sky, hills, buildings with windows, a few rounded figures, a light falling off to the edges. */
function scene(seed: number, width: number, height: number): string {
  const next = xorshift(seed);
  const unit = () => next() / 4294967296;
  const between = (low: number, high: number) => low + (high - low) * unit();
  const px = (value: number) => value.toFixed(0);
  const hsl = (hue: number, saturation: number, lightness: number) => `hsl(${px(((hue % 360) + 360) % 360)},${px(saturation)}%,${px(lightness)}%)`;
  const hue = between(0, 360);
  const horizon = between(0.35, 0.7) * height;
  const parts: string[] = [];
  let hills = `M0 ${px(horizon)}`;
  for (let x = 0; x <= width; x += width / 10) hills += ` L${px(x)} ${px(horizon - between(0, height * 0.2))}`;
  parts.push(`<path d="${hills} L${width} ${height} L0 ${height} Z" fill="${hsl(hue + 120, between(20, 50), between(25, 45))}"/>`);
  for (let b = 0; b < 10; b += 1) {
    const w = between(0.05, 0.16) * width;
    const h = between(0.12, 0.45) * height;
    const x = between(-0.05, 1) * width;
    const y = horizon - h + between(0, 0.12) * height;
    const lightness = between(25, 75);
    parts.push(`<rect x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${px(h)}" fill="${hsl(hue + between(-40, 40), between(5, 35), lightness)}"/>`);
    const columns = Math.max(2, Math.floor(w / (width * 0.015)));
    const rows = Math.max(2, Math.floor(h / (height * 0.04)));
    const cellW = w / columns;
    const cellH = h / rows;
    let windows = '';
    for (let row = 0; row < rows; row += 1) {
      for (let column = 0; column < columns; column += 1) {
        if (unit() < 0.8) windows += `M${px(x + (column + 0.25) * cellW)} ${px(y + (row + 0.25) * cellH)}h${px(cellW / 2)}v${px(cellH / 2)}h-${px(cellW / 2)}Z`;
      }
    }
    parts.push(`<path d="${windows}" fill="${hsl(hue + 200, between(10, 40), lightness > 50 ? lightness - 30 : lightness + 25)}"/>`);
  }
  for (let f = 0; f < 7; f += 1) {
    parts.push(`<ellipse cx="${px(unit() * width)}" cy="${px(between(0.6, 1) * height)}" rx="${px(between(0.02, 0.07) * width)}" ry="${px(between(0.06, 0.22) * height)}" fill="${hsl(between(0, 360), between(10, 60), between(15, 70))}"/>`);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width / SCENE_SCALE)}" height="${Math.ceil(height / SCENE_SCALE)}" viewBox="0 0 ${width} ${height}"><defs>` +
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(hue, between(30, 70), between(50, 75))}"/><stop offset="1" stop-color="${hsl(hue + 30, between(20, 50), between(75, 92))}"/></linearGradient>` +
    `<radialGradient id="light" cx="${unit().toFixed(2)}" cy="0.2" r="0.9"><stop offset="0" stop-color="#fff" stop-opacity="0.3"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></radialGradient>` +
    `</defs><rect width="100%" height="100%" fill="url(#sky)"/>${parts.join('')}<rect width="100%" height="100%" fill="url(#light)"/></svg>`
  );
}

/**
 * Uneven light as a field at an eighth of the size, in signed offsets per channel: value noise
 * at two scales (broad patches and smaller ones), mostly brightness, a little colour.
 */
function lightField(seed: number, width: number, height: number): { field: Int16Array; stride: number } {
  const fieldW = (width >> 3) + 1;
  const fieldH = (height >> 3) + 1;
  const sum = new Float32Array(fieldW * fieldH * 3);
  LIGHT_OCTAVES.forEach(({ cell, weight }, octave) => {
    const gridW = Math.ceil(width / cell) + 2;
    const gridH = Math.ceil(height / cell) + 2;
    const grid = noise(seed + octave, gridW * gridH * 3);
    const at = (y: number, x: number, channel: number) => (grid[(y * gridW + x) * 3 + channel] ?? 128) - 128;
    for (let fy = 0; fy < fieldH; fy += 1) {
      const gy = (fy * 8) / cell;
      const y0 = Math.floor(gy);
      const ty = gy - y0;
      for (let fx = 0; fx < fieldW; fx += 1) {
        const gx = (fx * 8) / cell;
        const x0 = Math.floor(gx);
        const tx = gx - x0;
        for (let channel = 0; channel < 3; channel += 1) {
          const top = at(y0, x0, channel) * (1 - tx) + at(y0, x0 + 1, channel) * tx;
          const bottom = at(y0 + 1, x0, channel) * (1 - tx) + at(y0 + 1, x0 + 1, channel) * tx;
          const index = (fy * fieldW + fx) * 3 + channel;
          sum[index] = (sum[index] ?? 0) + (top * (1 - ty) + bottom * ty) * weight;
        }
      }
    }
  });
  const field = new Int16Array(sum.length);
  for (let i = 0; i < field.length; i += 3) {
    const brightness = (sum[i] ?? 0) * 0.3;
    for (let channel = 0; channel < 3; channel += 1) field[i + channel] = Math.round(brightness + (sum[i + channel] ?? 0) * 0.1);
  }
  return { field, stride: fieldW };
}

/** A photo-like JPEG of `width` × `height` pixels, the same bytes for the same arguments. */
export async function photo(seed: number, width: number, height: number): Promise<Buffer> {
  const base = await sharp(Buffer.from(scene(seed, width, height))).removeAlpha().raw().toBuffer();
  const baseW = Math.ceil(width / SCENE_SCALE);
  const { field, stride } = lightField(seed + 1, width, height);
  // Grain at two scales: single pixels (sensor noise) and 2 × 2 pixels (texture); the latter
  // carries most of the bytes, as fine detail does in a real photo.
  const fine = noise(seed + 2, width * height);
  const coarseW = (width >> 1) + 1;
  const coarse = noise(seed + 3, coarseW * ((height >> 1) + 1));
  const pixels = new Uint8ClampedArray(width * height * 3);
  for (let y = 0, p = 0, q = 0; y < height; y += 1) {
    const fieldRow = (y >> 3) * stride * 3;
    const baseRow = Math.floor(y / SCENE_SCALE) * baseW;
    const coarseRow = (y >> 1) * coarseW;
    for (let x = 0; x < width; x += 1, p += 1, q += 3) {
      // Indexes within the buffers' sizes by construction; the hot loop skips the fallbacks.
      const grain = (fine[p]! - 128) * 0.035 + (coarse[coarseRow + (x >> 1)]! - 128) * 0.06;
      const f = fieldRow + (x >> 3) * 3;
      const b = (baseRow + Math.floor(x / SCENE_SCALE)) * 3;
      pixels[q] = base[b]! + field[f]! + grain;
      pixels[q + 1] = base[b + 1]! + field[f + 1]! + grain;
      pixels[q + 2] = base[b + 2]! + field[f + 2]! + grain;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: JPEG_QUALITY }).toBuffer();
}

/** A picture to write: where, and what to draw. */
export interface PhotoJob {
  file: string;
  seed: number;
  width: number;
  height: number;
}

/**
 * Writes every job's photo. With `cacheDir`, each photo is drawn once per seed and size and then
 * linked (or, across file systems, copied) from there, so repeated runs do not pay for drawing.
 */
export async function writePhotos(jobs: readonly PhotoJob[], cacheDir?: string): Promise<{ drawn: number; reused: number }> {
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  let drawn = 0;
  let reused = 0;
  let next = 0;
  const one = async (job: PhotoJob) => {
    if (!cacheDir) {
      writeFileSync(job.file, await photo(job.seed, job.width, job.height));
      drawn += 1;
      return;
    }
    const cached = join(cacheDir, `v${PHOTO_VERSION}-vips${sharp.versions.vips}-${job.seed}-${job.width}x${job.height}.jpg`);
    if (existsSync(cached)) reused += 1;
    else {
      writeFileAtomic(cached, await photo(job.seed, job.width, job.height));
      drawn += 1;
    }
    try {
      linkSync(cached, job.file);
    } catch {
      copyFileSync(cached, job.file);
    }
  };
  // One more than the cores: while one photo's pixels are mixed on this thread, sharp draws and
  // encodes the others on its own threads.
  const lanes = Array.from({ length: availableParallelism() + 1 }, async () => {
    for (let job = jobs[next++]; job !== undefined; job = jobs[next++]) await one(job);
  });
  await Promise.all(lanes);
  return { drawn, reused };
}
