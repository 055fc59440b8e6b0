/**
 * The social card: one 1200×630 PNG per public piece (why one: SOCIAL_IMAGE in urls.ts), showing
 * the publication, section › subsection, the label and the headline.
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
 * Caching and parallelism live elsewhere (social-cache.ts, the social-images integration).
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { encodeIndexedPng, IndexedImage, Palette, parseHex } from './png.ts';

/** The card's size in pixels: SOCIAL_IMAGE in urls.ts (a unit test keeps them equal; this module stays free of site config). */
export const CARD = { width: 1200, height: 630 } as const;

/** What one card shows. */
export interface SocialImageInput {
  /** Publication name, small at the top. */
  siteName: string;
  /** Section › subsection, in the accent colour. */
  kicker: string;
  /** The piece's label ("Nachricht"), as a tag. */
  label: string;
  headline: string;
}

export interface RenderedSocialImage {
  png: Uint8Array;
  /** satori runs for the headline: measuring probes plus the final layout with glyph paths. */
  layouts: number;
}

/** Bump whenever the template's look changes, so cached images of the old look are not reused. */
export const SOCIAL_TEMPLATE_VERSION = 2;

/**
 * satori takes the first font of a family with the right weight and does not look further for
 * missing glyphs, so the latin-ext subset (ğ, Ł, Ş in names) gets a family of its own behind it.
 */
const FONT_FAMILY = 'Source Serif 4';
const FONT_FAMILY_EXT = 'Source Serif 4 Ext';
/** The weights the template uses, each in both subsets. */
const FONT_FILES = [
  { weight: 600, subset: 'latin' },
  { weight: 600, subset: 'latin-ext' },
  { weight: 700, subset: 'latin' },
  { weight: 700, subset: 'latin-ext' },
] as const;

/** Colours from src/styles/global.css (accent) and Tailwind's stone scale. */
const COLOURS = {
  background: '#fafaf9', // stone-50
  text: '#1c1917', // stone-900
  muted: '#57534e', // stone-600
  rule: '#d6d3d1', // stone-300
  accent: '#a61b1b',
} as const;

/**
 * Background plus each ink's anti-aliasing steps: 16 colours, so 4 bits a pixel. The text
 * (headline and masthead) gets the most steps; the hairlines almost none.
 */
const PALETTE = new Palette(parseHex(COLOURS.background), [
  { colour: parseHex(COLOURS.text), levels: 8 },
  { colour: parseHex(COLOURS.accent), levels: 3 },
  { colour: parseHex(COLOURS.muted), levels: 2 },
  { colour: parseHex(COLOURS.rule), levels: 2 },
]);
/** The ink of the headline in PALETTE. */
const TEXT_INK = 0;

/**
 * The template's fixed measures. headlineFontSize() and the layout read the same numbers, so
 * the estimate and the rendered headline box agree.
 */
const LAYOUT = {
  accentBar: 12,
  paddingX: 72,
  paddingTop: 52,
  paddingBottom: 64,
  siteNameSize: 34,
  siteNameLineHeight: 1.2,
  /** Space between the site name and its rule, the rule, and the space below the rule. */
  ruleGap: 18,
  rule: 2,
  mastheadGap: 40,
  kickerSize: 30,
  kickerRow: 48,
  kickerGap: 24,
  labelSize: 22,
  headlineLineHeight: 1.12,
  headlineMin: 36,
  headlineMax: 96,
} as const;

/**
 * Advance widths of Source Serif 4 Bold in em, measured from the font and grouped; each group
 * carries its widest member, so estimates err towards smaller type, never towards overflow.
 */
const CHAR_WIDTH_GROUPS: readonly [string, number][] = [
  [' ', 0.22],
  ['\'.,:;!|‚‘’', 0.31],
  ['fijltIJ()-', 0.41],
  ['rsz?„“”"', 0.51],
  ['ce–', 0.55],
  ['agvxyäS0123456789Z', 0.61],
  ['oqöFLP', 0.65],
  ['bdhknpuüßBCETXY', 0.69],
  ['ADGKNOQRUVÄÖÜ', 0.76],
  ['Hw—', 0.87],
  ['mM', 0.97],
  ['W', 1.05],
];
const CHAR_WIDTHS = new Map(CHAR_WIDTH_GROUPS.flatMap(([chars, width]) => [...chars].map((char) => [char, width] as const)));
/** Letters outside the table (accented capitals, other scripts) count as wide lowercase. */
const DEFAULT_CHAR_WIDTH = 0.7;

function charWidthEm(char: string): number {
  return CHAR_WIDTHS.get(char) ?? DEFAULT_CHAR_WIDTH;
}

function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += charWidthEm(char);
  return width;
}

/** Lines a headline takes at `fontSize` in a box `boxWidth` wide, wrapping greedily at spaces. */
export function estimateHeadlineLines(headline: string, fontSize: number, boxWidth: number): number {
  const words = headline.trim().split(/\s+/);
  const space = charWidthEm(' ') * fontSize;
  let lines = 1;
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = textWidthEm(word) * fontSize;
    if (lineWidth > 0 && lineWidth + space + wordWidth > boxWidth) {
      lines += 1;
      lineWidth = wordWidth;
    } else {
      lineWidth += (lineWidth > 0 ? space : 0) + wordWidth;
    }
    // A word wider than the box breaks (wordBreak: break-word) over further lines.
    if (lineWidth > boxWidth) {
      lines += Math.ceil(lineWidth / boxWidth) - 1;
      lineWidth %= boxWidth;
    }
  }
  return lines;
}

/** The box the headline may fill on the card. */
export function headlineBox(): { width: number; height: number } {
  return {
    width: CARD.width - 2 * LAYOUT.paddingX,
    height:
      CARD.height -
      LAYOUT.accentBar -
      LAYOUT.paddingTop -
      LAYOUT.paddingBottom -
      (LAYOUT.siteNameSize * LAYOUT.siteNameLineHeight + LAYOUT.ruleGap + LAYOUT.rule + LAYOUT.mastheadGap) -
      (LAYOUT.kickerRow + LAYOUT.kickerGap),
  };
}

/**
 * The headline may never grow beyond this, and the longest word must fit on one line (a
 * compound broken mid-word reads as a typo).
 */
export function headlineSizeLimit(headline: string): number {
  const box = headlineBox();
  const longestWord = Math.max(...headline.trim().split(/\s+/).map(textWidthEm));
  return Math.max(LAYOUT.headlineMin, Math.min(LAYOUT.headlineMax, Math.floor(box.width / longestWord)));
}

/**
 * The largest headline size (in px, even) at which the estimated headline fits its box: short
 * headlines set big, long ones smaller, never below the minimum. The estimate errs small; the
 * render measures the real text and adjusts from here.
 */
export function headlineFontSize(headline: string): number {
  const box = headlineBox();
  for (let size = headlineSizeLimit(headline) & ~1; size > LAYOUT.headlineMin; size -= 2) {
    const lines = estimateHeadlineLines(headline, size, box.width);
    if (lines * size * LAYOUT.headlineLineHeight <= box.height) return size;
  }
  return LAYOUT.headlineMin;
}

/**
 * Cache key: SHA-256 over every input that changes pixels. `assetHash` covers what is not in
 * the input: the font files' bytes and the versions of satori and resvg.
 */
export function socialImageCacheKey(input: SocialImageInput, assetHash: string): string {
  const { siteName, kicker, label, headline } = input;
  const material = { template: SOCIAL_TEMPLATE_VERSION, ...CARD, assetHash, siteName, kicker, label, headline };
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}

/** A node in satori's object syntax (what JSX would compile to). */
interface SatoriElement {
  type: string;
  key?: string;
  props: { style?: Record<string, string | number>; children?: string | SatoriElement | (string | SatoriElement)[] };
}

function el(style: Record<string, string | number>, children?: SatoriElement['props']['children'], key?: string): SatoriElement {
  const element: SatoriElement = { type: 'div', props: children === undefined ? { style } : { style, children } };
  if (key !== undefined) element.key = key;
  return element;
}

const FONT_STACK = `'${FONT_FAMILY}', '${FONT_FAMILY_EXT}'`;
/** Where the kicker row and the headline end: the bottom padding's edge. */
const CONTENT_BOTTOM = CARD.height - LAYOUT.paddingBottom;

/** The frame: accent bar and masthead (the publication's name over a hairline, as on the site). */
function frameTemplate(siteName: string): SatoriElement {
  return el({ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', backgroundColor: COLOURS.background, color: COLOURS.text, fontFamily: FONT_STACK }, [
    el({ display: 'flex', height: LAYOUT.accentBar, backgroundColor: COLOURS.accent, flexShrink: 0 }),
    el({ display: 'flex', flexDirection: 'column', padding: `${LAYOUT.paddingTop}px ${LAYOUT.paddingX}px 0` }, [
      el(
        {
          display: 'flex',
          paddingBottom: LAYOUT.ruleGap,
          borderBottom: `${LAYOUT.rule}px solid ${COLOURS.rule}`,
          fontSize: LAYOUT.siteNameSize,
          fontWeight: 700,
          lineHeight: LAYOUT.siteNameLineHeight,
          letterSpacing: -0.3,
        },
        siteName,
      ),
    ]),
  ]);
}

/** Section › subsection in the accent colour, then the label as a tag. */
function kickerTemplate(kicker: string, label: string): SatoriElement {
  return el({ display: 'flex', alignItems: 'center', width: '100%', height: '100%', backgroundColor: COLOURS.background, fontFamily: FONT_STACK }, [
    el({ display: 'flex', fontSize: LAYOUT.kickerSize, fontWeight: 600, color: COLOURS.accent }, kicker),
    el(
      {
        display: 'flex',
        marginLeft: 24,
        padding: '4px 14px',
        border: `2px solid ${COLOURS.rule}`,
        borderRadius: 6,
        fontSize: LAYOUT.labelSize,
        fontWeight: 600,
        color: COLOURS.muted,
      },
      label,
    ),
  ]);
}

/** The headline alone, as wide as its box; its height follows from the text. No background: see drawCoverage. */
function headlineTemplate(headline: string, size: number): SatoriElement {
  return el(
    {
      display: 'flex',
      width: '100%',
      fontFamily: FONT_STACK,
      fontSize: size,
      fontWeight: 700,
      lineHeight: LAYOUT.headlineLineHeight,
      letterSpacing: -0.01 * size,
      color: COLOURS.text,
      wordBreak: 'break-word',
    },
    headline,
    'headline',
  );
}

interface LoadedAssets {
  fonts: { name: string; data: Buffer; weight: 600 | 700; style: 'normal' }[];
  /** Hash of the font bytes and renderer versions, for the cache key. */
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
    return { fonts, hash: hash.digest('hex') };
  })();
  return assetsOnce;
}

/** Hash of the fonts and renderer versions: part of every cache key. */
export async function socialAssetHash(): Promise<string> {
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

// Few distinct values (one site name, sections × subsections × labels): kept for the process's life.
const frames = new Map<string, Promise<IndexedImage>>();
const kickerRows = new Map<string, Promise<IndexedImage>>();

function frameOf(siteName: string): Promise<IndexedImage> {
  let frame = frames.get(siteName);
  if (!frame) frames.set(siteName, (frame = fragment(frameTemplate(siteName), CARD.width, CARD.height)));
  return frame;
}

function kickerRowOf(kicker: string, label: string): Promise<IndexedImage> {
  const key = JSON.stringify([kicker, label]);
  let row = kickerRows.get(key);
  if (!row) kickerRows.set(key, (row = fragment(kickerTemplate(kicker, label), headlineBox().width, LAYOUT.kickerRow)));
  return row;
}

/** 24px is the smallest headline still legible in a feed; only absurd headlines get there. */
const HEADLINE_FLOOR = 24;
const HEADLINE_STEP = 4;

/**
 * Lays out the headline at the biggest size that really fits: starting from the estimate,
 * satori measures the set text, and the size steps up or down until it is as big as fits.
 * The probes only measure (embedFont: false sets no glyph paths, about 2.5× cheaper); the
 * chosen size is laid out once more with paths.
 */
async function layoutHeadline(headline: string): Promise<{ svg: string; layouts: number }> {
  const { fonts } = await loadAssets();
  const box = headlineBox();
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

  const limit = headlineSizeLimit(headline);
  let size = headlineFontSize(headline);
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

/** Renders one card (no cache: see social-cache.ts). */
export async function renderSocialImage(input: SocialImageInput): Promise<RenderedSocialImage> {
  const [frame, kickerRow, { svg, layouts }] = await Promise.all([
    frameOf(input.siteName),
    kickerRowOf(input.kicker, input.label),
    layoutHeadline(input.headline),
  ]);
  const headline = rasterise(svg);
  const card = new IndexedImage(CARD.width, CARD.height, frame.pixels.slice());
  // The story sits at the bottom, as in a flex column with justify-content: flex-end.
  const headlineTop = CONTENT_BOTTOM - headline.height;
  card.draw(kickerRow, LAYOUT.paddingX, headlineTop - LAYOUT.kickerGap - LAYOUT.kickerRow);
  card.drawCoverage(headline.rgba, headline.width, headline.height, LAYOUT.paddingX, headlineTop, PALETTE, TEXT_INK);
  return { png: encodeIndexedPng(card, PALETTE.colours), layouts };
}
