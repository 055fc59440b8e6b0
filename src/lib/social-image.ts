/**
 * Build-time social images (Open Graph and the structured-data ratios): satori lays out the
 * template as SVG, resvg rasterises it to PNG. Rendering costs far more than hashing, so every
 * image is cached under a hash of everything that affects its pixels and re-rendered only when
 * one of those inputs changes.
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import satori from 'satori';

/** What one image shows, and its size in pixels. */
export interface SocialImageInput {
  /** Publication name, small at the top. */
  siteName: string;
  /** Section › subsection, in the accent colour. */
  kicker: string;
  /** The piece's label ("Nachricht"), as a tag. */
  label: string;
  headline: string;
  width: number;
  height: number;
}

export interface SocialImageOptions {
  /** Where rendered PNGs are kept between builds; tests pass a temporary folder. */
  cacheDir?: string;
}

export interface SocialImageResult {
  png: Uint8Array;
  /** True when the PNG came from the cache and nothing was rendered. */
  cached: boolean;
}

/** Bump whenever the template's look changes, so cached images of the old look are not reused. */
export const SOCIAL_TEMPLATE_VERSION = 1;

/** Relative to the working directory, which is the project root for builds and tests. */
export const DEFAULT_SOCIAL_CACHE_DIR = 'node_modules/.cache/netzchronik-social';

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
  headlineMaxTall: 120,
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

/** The box the headline may fill in an image of this size. */
export function headlineBox(width: number, height: number): { width: number; height: number } {
  return {
    width: width - 2 * LAYOUT.paddingX,
    height:
      height -
      LAYOUT.accentBar -
      LAYOUT.paddingTop -
      LAYOUT.paddingBottom -
      (LAYOUT.siteNameSize * LAYOUT.siteNameLineHeight + LAYOUT.ruleGap + LAYOUT.rule + LAYOUT.mastheadGap) -
      (LAYOUT.kickerRow + LAYOUT.kickerGap),
  };
}

/**
 * The headline may never grow beyond this: tall formats allow bigger type, and the longest word
 * must fit on one line (a compound broken mid-word reads as a typo).
 */
export function headlineSizeLimit(headline: string, width: number, height: number): number {
  const box = headlineBox(width, height);
  const longestWord = Math.max(...headline.trim().split(/\s+/).map(textWidthEm));
  const byHeight = Math.max(LAYOUT.headlineMax, Math.min(LAYOUT.headlineMaxTall, Math.round(height * 0.1)));
  return Math.max(LAYOUT.headlineMin, Math.min(byHeight, Math.floor(box.width / longestWord)));
}

/**
 * The largest headline size (in px, even) at which the estimated headline fits its box: short
 * headlines set big, long ones smaller, never below the minimum. The estimate errs small; the
 * render measures the real text and adjusts from here.
 */
export function headlineFontSize(headline: string, width: number, height: number): number {
  const box = headlineBox(width, height);
  for (let size = headlineSizeLimit(headline, width, height) & ~1; size > LAYOUT.headlineMin; size -= 2) {
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
  const { siteName, kicker, label, headline, width, height } = input;
  const material = {
    template: SOCIAL_TEMPLATE_VERSION,
    assetHash,
    siteName,
    kicker,
    label,
    headline,
    width,
    height,
  };
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

function template(input: SocialImageInput, headlineSize: number): SatoriElement {
  return el(
    {
      display: 'flex',
      flexDirection: 'column',
      width: '100%',
      height: '100%',
      backgroundColor: COLOURS.background,
      color: COLOURS.text,
      fontFamily: `'${FONT_FAMILY}', '${FONT_FAMILY_EXT}'`,
    },
    [
      el({ display: 'flex', height: LAYOUT.accentBar, backgroundColor: COLOURS.accent, flexShrink: 0 }),
      el(
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: `${LAYOUT.paddingTop}px ${LAYOUT.paddingX}px ${LAYOUT.paddingBottom}px`,
        },
        [
          // Masthead: the publication's name over a hairline, as on the site.
          el(
            {
              display: 'flex',
              flexShrink: 0,
              paddingBottom: LAYOUT.ruleGap,
              marginBottom: LAYOUT.mastheadGap,
              borderBottom: `${LAYOUT.rule}px solid ${COLOURS.rule}`,
              fontSize: LAYOUT.siteNameSize,
              fontWeight: 700,
              lineHeight: LAYOUT.siteNameLineHeight,
              letterSpacing: -0.3,
            },
            input.siteName,
          ),
          // The story sits at the bottom: on tall formats the free space opens under the masthead.
          el({ display: 'flex', flexDirection: 'column', justifyContent: 'flex-end', flexGrow: 1, flexShrink: 1, minHeight: 0 }, [
            el({ display: 'flex', alignItems: 'center', flexShrink: 0, height: LAYOUT.kickerRow, marginBottom: LAYOUT.kickerGap }, [
              el({ display: 'flex', fontSize: LAYOUT.kickerSize, fontWeight: 600, color: COLOURS.accent }, input.kicker),
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
                input.label,
              ),
            ]),
            el(
              {
                display: 'flex',
                flexShrink: 0,
                width: '100%',
                fontSize: headlineSize,
                fontWeight: 700,
                lineHeight: LAYOUT.headlineLineHeight,
                letterSpacing: -0.01 * headlineSize,
                wordBreak: 'break-word',
              },
              input.headline,
              'headline',
            ),
          ]),
        ],
      ),
    ],
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

async function readCached(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

/** 24px is the smallest headline still legible in a feed; only absurd headlines get there. */
const HEADLINE_FLOOR = 24;
const HEADLINE_STEP = 4;

/**
 * Lays out the SVG with the biggest headline that really fits: starting from the estimate,
 * satori measures the set text, and the size steps up or down until it is as big as fits.
 */
async function renderSvg(input: SocialImageInput, fonts: LoadedAssets['fonts']): Promise<string> {
  // Measured against the computed box, not a rendered one: overflowing flex items stretch their
  // parents, so no box in the layout stays put when the headline is too big.
  const room = headlineBox(input.width, input.height).height;
  const layout = async (size: number): Promise<{ svg: string; fits: boolean }> => {
    let headlineHeight = Infinity;
    const svg = await satori(template(input, size), {
      width: input.width,
      height: input.height,
      fonts,
      onNodeDetected: (node) => {
        if (node.key === 'headline') headlineHeight = node.height;
      },
    });
    return { svg, fits: headlineHeight <= room + 1 };
  };

  const limit = headlineSizeLimit(input.headline, input.width, input.height);
  let size = headlineFontSize(input.headline, input.width, input.height);
  let current = await layout(size);
  if (current.fits) {
    while (size + HEADLINE_STEP <= limit) {
      const bigger = await layout(size + HEADLINE_STEP);
      if (!bigger.fits) break;
      size += HEADLINE_STEP;
      current = bigger;
    }
    return current.svg;
  }
  while (!current.fits && size - HEADLINE_STEP >= HEADLINE_FLOOR) {
    size -= HEADLINE_STEP;
    current = await layout(size);
  }
  return current.svg;
}

/** The PNG for `input`, from the cache when nothing that affects its pixels has changed. */
export async function renderSocialImage(input: SocialImageInput, options: SocialImageOptions = {}): Promise<SocialImageResult> {
  const cacheDir = resolve(options.cacheDir ?? DEFAULT_SOCIAL_CACHE_DIR);
  const { fonts, hash } = await loadAssets();
  const file = join(cacheDir, `${socialImageCacheKey(input, hash)}.png`);

  const hit = await readCached(file);
  if (hit) return { png: hit, cached: true };

  const svg = await renderSvg(input, fonts);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: input.width }, font: { loadSystemFonts: false } }).render().asPng();

  await mkdir(cacheDir, { recursive: true });
  // Write then rename: a parallel build never reads a half-written PNG.
  const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return { png, cached: false };
}
