/**
 * Draws the social card (its size and formats: format.ts; its look: look.ts), showing the
 * publication, section › subsection, the label and the headline. A piece without a lead image
 * gets the typographic card, a small palette PNG; a piece with one gets its picture, cropped
 * around the focal point, with the same text in white over a dark gradient, as JPEG
 * (renderPictureCard below).
 *
 * Built for thousands of cards per build. satori lays out text as glyph paths, resvg
 * rasterises, and the PNG is a small palette image:
 * - Only the headline differs from card to card. The frame (accent bar, masthead) is drawn
 *   once per process and the kicker row once per kicker and label; a card is those
 *   fragments plus the headline, drawn into a palette image.
 * - The headline is laid out and rasterised alone, on transparency: its alpha channel is the
 *   text's coverage, which maps straight to the palette's text ramp (no colour search).
 * - The palette is fixed: the background plus a few blends of each ink over it, which is all
 *   anti-aliased text on a flat background needs; at ≤ 16 colours the PNG has 4-bit pixels.
 * Caching and parallelism live elsewhere (cache.ts, worker.ts, integration.ts).
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { focusCrop } from '../../pictures/sizes.ts';
import { CARD_SIZE, type CardFormat } from './format.ts';
import {
  CARD_TEMPLATE_VERSION,
  COLOURS,
  CONTENT_BOTTOM,
  FONT_FAMILY,
  FONT_FAMILY_EXT,
  FONT_FILES,
  frameTemplate,
  headlineBox,
  headlineFontSize,
  headlineSizeLimit,
  headlineTemplate,
  kickerTemplate,
  LAYOUT,
  PALETTE,
  PICTURE_LOOK,
  PICTURE_TEMPLATE_VERSION,
  pictureMastheadTemplate,
  scrimRows,
  TEXT_FIT,
  TEXT_INK,
  type HeadlineFit,
  type SatoriElement,
} from './look.ts';
import { encodeIndexedPng, IndexedImage, parseHex } from './png.ts';

/** What one card shows. */
export interface CardInput {
  /** Publication name, small at the top. */
  siteName: string;
  /** Section › subsection, in the accent colour. */
  kicker: string;
  /** The piece's label ("Nachricht"), as a tag. */
  label: string;
  headline: string;
  /** The piece's lead image, if it has one: the card shows it behind the text. */
  picture?: CardPicture | undefined;
}

/** A lead image as the card takes it. */
export interface CardPicture {
  /** Absolute path of the file in content/bilder/. */
  file: string;
  /** Digest of the file's bytes (the content checks compute it): the cache key's stand-in for the file. */
  digest: string;
  /** The point the crop keeps in view, in percent; the centre when undefined. */
  focus?: { x: number; y: number } | undefined;
}

export interface RenderedCard {
  /** The file's bytes, in `format`. */
  bytes: Uint8Array;
  format: CardFormat;
  /** satori runs for the headline: measuring probes plus the final layout with glyph paths. */
  layouts: number;
}

/**
 * Cache key: SHA-256 over every input that changes pixels: the look's versions and colours, the
 * card's text and, in `assetHash`, the font files' bytes and the versions of satori, resvg and
 * sharp. A picture
 * counts by the digest of its bytes and its focal point, not by where the file is.
 */
export function cardCacheKey(input: CardInput, assetHash: string): string {
  const { siteName, kicker, label, headline, picture } = input;
  const material = {
    template: CARD_TEMPLATE_VERSION,
    colours: COLOURS,
    ...CARD_SIZE,
    assetHash,
    siteName,
    kicker,
    label,
    headline,
    ...(picture && { picture: { template: PICTURE_TEMPLATE_VERSION, digest: picture.digest, focus: picture.focus ?? null } }),
  };
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}

interface LoadedAssets {
  fonts: { name: string; data: Buffer; weight: 600 | 700; style: 'normal' }[];
  /** Hash of the font bytes and renderer versions (satori, resvg, sharp), for the cache key. */
  hash: string;
}

/**
 * A package file's path, resolved like an import; from the project root as a fallback, for
 * when the built bundle lives outside the project (NEWS_OUT_DIR in a temp folder).
 */
function resolvePackageFile(specifier: string): string {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    return createRequire(join(process.cwd(), 'package.json')).resolve(specifier);
  }
}

async function packageVersion(name: string): Promise<string> {
  const json: unknown = JSON.parse(await readFile(resolvePackageFile(`${name}/package.json`), 'utf8'));
  return typeof json === 'object' && json !== null && 'version' in json && typeof json.version === 'string' ? json.version : 'unknown';
}

let assetsOnce: Promise<LoadedAssets> | undefined;

/** Font bytes from node_modules (satori reads woff, not woff2) and renderer versions, once per process. */
function loadAssets(): Promise<LoadedAssets> {
  assetsOnce ??= (async () => {
    const dir = join(dirname(resolvePackageFile('@fontsource/source-serif-4/package.json')), 'files');
    const fonts = await Promise.all(
      FONT_FILES.map(async ({ weight, subset }) => ({
        name: subset === 'latin' ? FONT_FAMILY : FONT_FAMILY_EXT,
        data: await readFile(join(dir, `source-serif-4-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    );
    const hash = createHash('sha256');
    for (const font of fonts) hash.update(font.data);
    for (const name of ['satori', '@resvg/resvg-js']) hash.update(`${name}@${await packageVersion(name)}`);
    // sharp exports no package.json; it reports its own version and libvips'.
    hash.update(`sharp@${sharp.versions.sharp ?? 'unknown'} vips@${sharp.versions.vips}`);
    return { fonts, hash: hash.digest('hex') };
  })();
  return assetsOnce;
}

/** Hash of the fonts and renderer versions: part of every cache key. */
export async function cardAssetHash(): Promise<string> {
  return (await loadAssets()).hash;
}

/** Rasterises satori's SVG at its own size. */
function rasterise(svg: string): { rgba: Uint8Array; width: number; height: number } {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { rgba: image.pixels, width: image.width, height: image.height };
}

/** A fragment drawn once on the background and kept as palette indices. */
async function fragment(element: SatoriElement, width: number, height: number): Promise<IndexedImage> {
  const svg = await satori(element, { width, height, fonts: (await loadAssets()).fonts });
  const { rgba, width: w, height: h } = rasterise(svg);
  return new IndexedImage(w, h, PALETTE.quantise(rgba));
}

/** The value kept in `cache` for `key`, made by `make` the first time it is asked for. */
function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

// Few distinct values (one site name, sections × subsections × labels): kept for the process's life.
const frames = new Map<string, Promise<IndexedImage>>();
const kickerRows = new Map<string, Promise<IndexedImage>>();

function frameOf(siteName: string): Promise<IndexedImage> {
  return remembered(frames, siteName, () => fragment(frameTemplate(siteName), CARD_SIZE.width, CARD_SIZE.height));
}

function kickerRowOf(kicker: string, label: string): Promise<IndexedImage> {
  return remembered(kickerRows, JSON.stringify([kicker, label]), () => fragment(kickerTemplate(kicker, label), headlineBox().width, LAYOUT.kickerRow));
}

/** 24px is the smallest headline still legible in a feed; only absurd headlines get there. */
const HEADLINE_FLOOR = 24;
const HEADLINE_STEP = 4;

/**
 * Lays out the headline at the biggest size that really fits: starting from the estimate,
 * satori measures the set text, and the size steps up or down until it is as big as fits.
 * The probes only measure (embedFont: false sets no glyph paths, which is much cheaper); the
 * chosen size is laid out once more with paths.
 */
async function layoutHeadline(headline: string, fit: HeadlineFit = TEXT_FIT): Promise<{ svg: string; layouts: number }> {
  const { fonts } = await loadAssets();
  const box = { width: headlineBox().width, height: fit.height };
  let layouts = 0;
  const fits = async (size: number): Promise<boolean> => {
    layouts += 1;
    let height = Infinity;
    await satori(headlineTemplate(headline, size), {
      width: box.width,
      fonts,
      embedFont: false,
      onNodeDetected: (node) => {
        if (node.key === 'headline') height = node.height;
      },
    });
    return height <= box.height + 1;
  };

  const limit = headlineSizeLimit(headline, fit);
  let size = headlineFontSize(headline, fit);
  if (await fits(size)) {
    while (size + HEADLINE_STEP <= limit && (await fits(size + HEADLINE_STEP))) size += HEADLINE_STEP;
  } else {
    // Smaller until it fits; at the floor it stays, fitting or not.
    size -= HEADLINE_STEP;
    while (size - HEADLINE_STEP >= HEADLINE_FLOOR && !(await fits(size))) size -= HEADLINE_STEP;
  }
  const svg = await satori(headlineTemplate(headline, size), { width: box.width, fonts });
  return { svg, layouts: layouts + 1 };
}

/** Renders one card (no cache: see cache.ts). */
export async function renderCard(input: CardInput): Promise<RenderedCard> {
  if (input.picture) return renderPictureCard(input, input.picture);
  const [frame, kickerRow, { svg, layouts }] = await Promise.all([
    frameOf(input.siteName),
    kickerRowOf(input.kicker, input.label),
    layoutHeadline(input.headline),
  ]);
  const headline = rasterise(svg);
  const card = new IndexedImage(CARD_SIZE.width, CARD_SIZE.height, frame.pixels.slice());
  // The story sits at the bottom, as in a flex column with justify-content: flex-end.
  const headlineTop = CONTENT_BOTTOM - headline.height;
  card.draw(kickerRow, LAYOUT.paddingX, headlineTop - LAYOUT.kickerGap - LAYOUT.kickerRow);
  card.drawCoverage(headline.rgba, headline.width, headline.height, LAYOUT.paddingX, headlineTop, PALETTE, TEXT_INK);
  return { bytes: encodeIndexedPng(card, PALETTE.colours), format: 'png', layouts };
}

/** A black layer with each row's opacity, for sharp's composite. */
function scrimLayer(textTop: number): Buffer {
  const rows = scrimRows(textTop);
  const layer = Buffer.alloc(CARD_SIZE.width * CARD_SIZE.height * 4);
  for (let y = 0; y < CARD_SIZE.height; y++) {
    const alpha = Math.round((rows[y] ?? 0) * 255);
    for (let x = 0; x < CARD_SIZE.width; x++) layer[(y * CARD_SIZE.width + x) * 4 + 3] = alpha;
  }
  return layer;
}

/**
 * One ink with a rasterised text's coverage as its opacity. resvg's pixels are premultiplied;
 * their alpha alone is the coverage, so the text's own colour in the SVG does not matter.
 */
function coverageLayer(rgba: Uint8Array, ink: string): Buffer {
  const [red, green, blue] = parseHex(ink);
  const layer = Buffer.alloc(rgba.length);
  for (let i = 0; i < rgba.length; i += 4) {
    layer[i] = red;
    layer[i + 1] = green;
    layer[i + 2] = blue;
    layer[i + 3] = rgba[i + 3] ?? 0;
  }
  return layer;
}

interface Layer {
  pixels: Buffer;
  width: number;
  height: number;
}

/** A template rasterised on transparency, as a layer of the picture card's ink. */
async function inkLayer(element: SatoriElement, width: number, height: number): Promise<Layer> {
  const svg = await satori(element, { width, height, fonts: (await loadAssets()).fonts });
  const { rgba, width: w, height: h } = rasterise(svg);
  return { pixels: coverageLayer(rgba, PICTURE_LOOK.ink), width: w, height: h };
}

const pictureMastheads = new Map<string, Promise<Layer>>();
const pictureKickers = new Map<string, Promise<Layer>>();

function pictureMastheadOf(siteName: string): Promise<Layer> {
  return remembered(pictureMastheads, siteName, () => inkLayer(pictureMastheadTemplate(siteName), CARD_SIZE.width, CARD_SIZE.height));
}

function pictureKickerOf(kicker: string, label: string): Promise<Layer> {
  const { ink } = PICTURE_LOOK;
  return remembered(pictureKickers, JSON.stringify([kicker, label]), () =>
    inkLayer(kickerTemplate(kicker, label, { kicker: ink, rule: ink, label: ink }), headlineBox().width, LAYOUT.kickerRow),
  );
}

/** The picture, upright (EXIF orientation applied), cropped to the card's ratio around its focal point, at the card's size. */
async function pictureBackground(picture: CardPicture): Promise<Buffer> {
  const upright = await sharp(picture.file).autoOrient().toBuffer({ resolveWithObject: true });
  const crop = focusCrop(upright.info, CARD_SIZE.width / CARD_SIZE.height, picture.focus);
  return sharp(upright.data)
    .extract(crop)
    .resize(CARD_SIZE.width, CARD_SIZE.height, { fit: 'fill' })
    .removeAlpha()
    .toColourspace('srgb')
    .toBuffer();
}

/**
 * The card of a piece with a lead image: the picture around its focal point, the masthead on
 * a dark band at the top, kicker and headline in white on a dark gradient at the bottom (the
 * same layout and headline size as the typographic card), the accent bar on top. JPEG without
 * metadata: sharp writes none unless asked.
 */
async function renderPictureCard(input: CardInput, picture: CardPicture): Promise<RenderedCard> {
  const [background, masthead, kickerRow, { svg, layouts }] = await Promise.all([
    pictureBackground(picture),
    pictureMastheadOf(input.siteName),
    pictureKickerOf(input.kicker, input.label),
    layoutHeadline(input.headline, PICTURE_LOOK.headline),
  ]);
  const headline = rasterise(svg);
  const headlineTop = CONTENT_BOTTOM - headline.height;
  const kickerTop = headlineTop - LAYOUT.kickerGap - LAYOUT.kickerRow;
  const raw = (layer: Layer) => ({ width: layer.width, height: layer.height, channels: 4 as const });
  const bytes = await sharp(background)
    .composite([
      { input: scrimLayer(kickerTop), raw: { width: CARD_SIZE.width, height: CARD_SIZE.height, channels: 4 } },
      { input: masthead.pixels, raw: raw(masthead), left: 0, top: 0 },
      { input: kickerRow.pixels, raw: raw(kickerRow), left: LAYOUT.paddingX, top: kickerTop },
      { input: coverageLayer(headline.rgba, PICTURE_LOOK.ink), raw: { width: headline.width, height: headline.height, channels: 4 }, left: LAYOUT.paddingX, top: headlineTop },
      { input: { create: { width: CARD_SIZE.width, height: LAYOUT.accentBar, channels: 3, background: COLOURS.accent } }, left: 0, top: 0 },
    ])
    .jpeg({ quality: PICTURE_LOOK.jpegQuality, mozjpeg: true })
    .toBuffer();
  return { bytes: new Uint8Array(bytes), format: 'jpg', layouts };
}
