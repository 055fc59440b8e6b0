/**
 * The site's one URL scheme. Pieces live at /{section}/{subsection}/{yyyy}/{mm}/{dd}/{slug}/:
 * readable, stable (the date is the first publication's, in Berlin time) and roomy enough for
 * tens of thousands of pieces without collisions between years.
 */
import type { SectionId, TopicId } from '../schemas/taxonomy.ts';
import { site } from '../site.config.ts';
import { zonedParts } from './dates.ts';

/** What a piece's URL is made of. */
export interface PieceAddress {
  section: SectionId;
  subsection: string;
  published: Date;
  /** The entry id: its file name in content/, without extension. */
  slug: string;
}

/** Site-relative path of a piece, with trailing slash. */
export function piecePath({ section, subsection, published, slug }: PieceAddress): string {
  const { year, month, day } = zonedParts(published, site.timeZone);
  return `/${section}/${subsection}/${year}/${month}/${day}/${slug}/`;
}

/** Section page, or a subsection page when `subsection` is given. */
export function sectionPath(section: SectionId, subsection?: string): string {
  return subsection ? `/${section}/${subsection}/` : `/${section}/`;
}

/** Topic page. */
export function topicPath(topic: TopicId): string {
  return `/thema/${topic}/`;
}

/** The public log of corrections. */
export const CORRECTIONS_PATH = '/korrekturen/';

/** Anchor of one correction in the log (stable across rebuilds). */
export function correctionAnchor(pieceSlug: string, index: number): string {
  return `${pieceSlug}-${index + 1}`;
}

/** The href of a site-relative path: the path under the site's base path ("/repo/…" on GitHub Pages). */
export function href(path: string, basePath: string = site.basePath): string {
  return `${basePath.replace(/\/$/, '')}${path}`;
}

/** Absolute URL of a site-relative path, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, origin: string = site.url, basePath: string = site.basePath): string {
  return `${origin.replace(/\/+$/, '')}${href(path, basePath)}`;
}

/**
 * The social card. One 1200×630 PNG per piece serves all three consumers: Open Graph (1.91:1
 * is its native ratio), Twitter's summary_large_image (shown at about 2:1; the card's margins
 * absorb the trim) and the JSON-LD `image` of the NewsArticle. Google asks for one crawlable image at
 * least 1200 px wide for large previews (Discover, Top stories); its extra 16:9/4:3/1:1 crops
 * are recommendations, and four renders per piece cost more build time than they bring.
 */
export const SOCIAL_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/**
 * Site path of a piece's social card, derived from the piece's own path, so it is as unique as
 * the piece: /chronik/welt/2017/11/30/slug/ → /social/chronik/welt/2017/11/30/slug.png.
 */
export function socialImagePath(piecePath: string): string {
  return `/social/${piecePath.replace(/^\/+|\/+$/g, '')}.png`;
}

/** The search page. */
export const SEARCH_PATH = '/suche/';

/** The site's feeds, linked from every page's <head>. */
export const FEEDS = [
  { name: 'RSS', path: '/feed.xml', type: 'application/rss+xml' },
  { name: 'JSON Feed', path: '/feed.json', type: 'application/feed+json' },
] as const;

/** Sitemaps, named in robots.txt. */
export const SITEMAPS = { index: '/sitemap-index.xml', news: '/news-sitemap.xml' } as const;

/** Legal pages every German publication has. */
export const IMPRINT_PATH = '/impressum/';
export const PRIVACY_PATH = '/datenschutz/';
