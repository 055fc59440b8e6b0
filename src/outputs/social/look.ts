/**
 * What the social card looks like: its fonts, colours and measures, the templates satori lays
 * out, how large a headline is set, and the picture card's scrim. render.ts draws these; a
 * change here that changes pixels bumps CARD_TEMPLATE_VERSION or PICTURE_TEMPLATE_VERSION.
 */
import { readFileSync } from 'node:fs';
import { CARD_SIZE } from './format.ts';
import { Palette, parseHex } from './png.ts';

/** Bump whenever the template's look changes, so cached images of the old look are not reused. */
export const CARD_TEMPLATE_VERSION = 2;

/**
 * satori takes the first font of a family with the right weight and does not look further for
 * missing glyphs, so the latin-ext subset (ğ, Ł, Ş in names) gets a family of its own behind it.
 */
export const FONT_FAMILY = 'Source Serif 4';
export const FONT_FAMILY_EXT = 'Source Serif 4 Ext';
/** The weights the template uses, each in both subsets. */
export const FONT_FILES = [
  { weight: 600, subset: 'latin' },
  { weight: 600, subset: 'latin-ext' },
  { weight: 700, subset: 'latin' },
  { weight: 700, subset: 'latin-ext' },
] as const;

/**
 * The site's accent colour, read from the stylesheet's theme (`--color-accent` in
 * src/styles/global.css), so the card's accent bar and kicker are the site's.
 */
function siteAccent(): string {
  const css = readFileSync(new URL('../../styles/global.css', import.meta.url), 'utf8');
  const accent = /--color-accent:\s*(#[0-9a-f]{6})\s*;/i.exec(css)?.[1];
  if (!accent) throw new Error('src/styles/global.css defines no --color-accent as #rrggbb: the social cards take their accent from it');
  return accent.toLowerCase();
}

/** The card's colours: the site's accent, and Tailwind's stone scale as the site uses it. */
export const COLOURS = {
  background: '#fafaf9', // stone-50
  text: '#1c1917', // stone-900
  muted: '#57534e', // stone-600
  rule: '#d6d3d1', // stone-300
  accent: siteAccent(),
} as const;

/**
 * Background plus each ink's anti-aliasing steps: 16 colours, so 4 bits a pixel. The text
 * (headline and masthead) gets the most steps; the hairlines almost none.
 */
export const PALETTE = new Palette(parseHex(COLOURS.background), [
  { colour: parseHex(COLOURS.text), levels: 8 },
  { colour: parseHex(COLOURS.accent), levels: 3 },
  { colour: parseHex(COLOURS.muted), levels: 2 },
  { colour: parseHex(COLOURS.rule), levels: 2 },
]);
/** The ink of the headline in PALETTE. */
export const TEXT_INK = 0;

/**
 * The template's fixed measures. headlineFontSize() and the layout read the same numbers, so
 * the estimate and the rendered headline box agree.
 */
export const LAYOUT = {
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

/** The box the headline may fill on the typographic card. */
export function headlineBox(): { width: number; height: number } {
  return {
    width: CARD_SIZE.width - 2 * LAYOUT.paddingX,
    height:
      CARD_SIZE.height -
      LAYOUT.accentBar -
      LAYOUT.paddingTop -
      LAYOUT.paddingBottom -
      (LAYOUT.siteNameSize * LAYOUT.siteNameLineHeight + LAYOUT.ruleGap + LAYOUT.rule + LAYOUT.mastheadGap) -
      (LAYOUT.kickerRow + LAYOUT.kickerGap),
  };
}

/** How much room a headline gets: the height of its box (its width is headlineBox's) and its largest size. */
export interface HeadlineFit {
  height: number;
  max: number;
}

/** The typographic card: the whole box, up to 96 px. */
export const TEXT_FIT: HeadlineFit = { height: headlineBox().height, max: LAYOUT.headlineMax };

/**
 * The headline may never grow beyond this, and the longest word must fit on one line (a
 * compound broken mid-word reads as a typo).
 */
export function headlineSizeLimit(headline: string, fit: HeadlineFit = TEXT_FIT): number {
  const box = headlineBox();
  const longestWord = Math.max(...headline.trim().split(/\s+/).map(textWidthEm));
  return Math.max(LAYOUT.headlineMin, Math.min(fit.max, Math.floor(box.width / longestWord)));
}

/**
 * The largest headline size (in px, even) at which the estimated headline fits its box: short
 * headlines set big, long ones smaller, never below the minimum. The estimate errs small; the
 * render measures the real text and adjusts from here.
 */
export function headlineFontSize(headline: string, fit: HeadlineFit = TEXT_FIT): number {
  const box = headlineBox();
  for (let size = headlineSizeLimit(headline, fit) & ~1; size > LAYOUT.headlineMin; size -= 2) {
    const lines = estimateHeadlineLines(headline, size, box.width);
    if (lines * size * LAYOUT.headlineLineHeight <= fit.height) return size;
  }
  return LAYOUT.headlineMin;
}


/** A node in satori's object syntax (what JSX would compile to: a React element, whose key is null when it has none). */
export interface SatoriElement {
  type: string;
  key: string | null;
  props: { style?: Record<string, string | number>; children?: string | SatoriElement | (string | SatoriElement)[] };
}

function el(style: Record<string, string | number>, children?: SatoriElement['props']['children'], key?: string): SatoriElement {
  return { type: 'div', key: key ?? null, props: children === undefined ? { style } : { style, children } };
}

const FONT_STACK = `'${FONT_FAMILY}', '${FONT_FAMILY_EXT}'`;
/** Where the kicker row and the headline end: the bottom padding's edge. */
export const CONTENT_BOTTOM = CARD_SIZE.height - LAYOUT.paddingBottom;

/** The frame: accent bar and masthead (the publication's name over a hairline, as on the site). */
export function frameTemplate(siteName: string): SatoriElement {
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

/** How the kicker row is drawn: on the card's background, or transparent over a picture (one ink, see coverageLayer). */
interface KickerInks {
  background?: string;
  kicker: string;
  rule: string;
  label: string;
}
const KICKER_ON_BACKGROUND: KickerInks = { background: COLOURS.background, kicker: COLOURS.accent, rule: COLOURS.rule, label: COLOURS.muted };

/** Section › subsection in the accent colour, then the label as a tag. */
export function kickerTemplate(kicker: string, label: string, inks: KickerInks = KICKER_ON_BACKGROUND): SatoriElement {
  return el({ display: 'flex', alignItems: 'center', width: '100%', height: '100%', ...(inks.background && { backgroundColor: inks.background }), fontFamily: FONT_STACK }, [
    el({ display: 'flex', fontSize: LAYOUT.kickerSize, fontWeight: 600, color: inks.kicker }, kicker),
    el(
      {
        display: 'flex',
        marginLeft: 24,
        padding: '4px 14px',
        border: `2px solid ${inks.rule}`,
        borderRadius: 6,
        fontSize: LAYOUT.labelSize,
        fontWeight: 600,
        color: inks.label,
      },
      label,
    ),
  ]);
}

/** The headline alone, as wide as its box; its height follows from the text. No background: see drawCoverage. */
export function headlineTemplate(headline: string, size: number): SatoriElement {
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


/** Bump whenever the picture card's look changes (PICTURE_LOOK, the scrim, the crop). */
export const PICTURE_TEMPLATE_VERSION = 1;

/**
 * The picture card's inks and gradient. The text is white over the picture darkened by black
 * at `scrim` opacity: under the kicker and the headline at least `text`, so even a white
 * picture stays dark enough there for white text (contrastOverScrim: ≥ 7:1, WCAG AAA); under
 * the masthead at least `masthead`. Between the two the picture shows as it is.
 */
export const PICTURE_LOOK = {
  ink: '#ffffff',
  /** The headline takes the bottom of the card only (at most about three lines), so the picture shows above it. */
  headline: { height: 200, max: 64 } satisfies HeadlineFit,
  scrim: { text: 0.74, masthead: 0.6 },
  /** Rows over which the gradient fades in above the kicker, and out below the masthead. */
  fade: { text: 110, masthead: 70 },
  /** The masthead's dark band reaches this far down: below the site name's rule. */
  mastheadBottom: LAYOUT.accentBar + LAYOUT.paddingTop + LAYOUT.siteNameSize * LAYOUT.siteNameLineHeight + LAYOUT.ruleGap + LAYOUT.rule + 12,
  jpegQuality: 80,
} as const;

/** Relative luminance of an sRGB channel value 0…255 (WCAG 2). */
function luminance(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Contrast of white text over the brightest picture (white) darkened by black at `opacity`. */
export function contrastOverScrim(opacity: number): number {
  const background = luminance(255 * (1 - opacity));
  return 1.05 / (background + 0.05);
}

/** Scrim opacity of each row: the masthead band, the clear middle, the text band from `textTop` down. */
export function scrimRows(textTop: number): Float32Array {
  const { scrim, fade, mastheadBottom } = PICTURE_LOOK;
  const rows = new Float32Array(CARD_SIZE.height);
  for (let y = 0; y < CARD_SIZE.height; y++) {
    const masthead = y <= mastheadBottom ? scrim.masthead : Math.max(0, scrim.masthead * (1 - (y - mastheadBottom) / fade.masthead));
    const text = y >= textTop ? scrim.text : Math.max(0, scrim.text * (1 - (textTop - y) / fade.text));
    rows[y] = Math.max(masthead, text);
  }
  return rows;
}


/** The masthead over a picture: the site name over a hairline, without the card's background. */
export function pictureMastheadTemplate(siteName: string): SatoriElement {
  return el({ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', color: PICTURE_LOOK.ink, fontFamily: FONT_STACK }, [
    el({ display: 'flex', height: LAYOUT.accentBar, flexShrink: 0 }),
    el({ display: 'flex', flexDirection: 'column', padding: `${LAYOUT.paddingTop}px ${LAYOUT.paddingX}px 0` }, [
      el(
        { display: 'flex', paddingBottom: LAYOUT.ruleGap, borderBottom: `${LAYOUT.rule}px solid ${PICTURE_LOOK.ink}`, fontSize: LAYOUT.siteNameSize, fontWeight: 700, lineHeight: LAYOUT.siteNameLineHeight, letterSpacing: -0.3 },
        siteName,
      ),
    ]),
  ]);
}
