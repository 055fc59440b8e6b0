/**
 * The site's one URL scheme. Pieces live at /{section}/{subsection}/{yyyy}/{mm}/{dd}/{slug}/:
 * readable, stable (the date is the first publication's, in Berlin time) and roomy enough for
 * tens of thousands of pieces without collisions between years.
 */
import { SECTIONS, type SectionId, type TopicId } from '../schemas/taxonomy.ts';
import { site } from '../site.config.ts';
import { zonedParts } from './dates.ts';
import { listingPageOf } from '../newsroom/listings.ts';

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

/**
 * Page `number` of a listing whose first page is at `firstPage` ("/chronik/" → "/chronik/seite/2/").
 * "seite" is therefore never a subsection or topic id.
 */
export function listingPagePath(firstPage: string, number: number): string {
  return number <= 1 ? firstPage : `${firstPage}seite/${number}/`;
}

/** The rest parameter ("[...page]") of listing page `number`: none for the first page. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `seite/${number}`;
}

/**
 * Paths the listings generate as the archive grows (further pages, months of the archive and of
 * the corrections log): never free for a redirect, even where no page stands yet.
 */
export function isGrowingListingPath(path: string): boolean {
  return /\/seite\/\d+\/$/.test(path) || path.startsWith(ARCHIVE_PATH) || path.startsWith(CORRECTIONS_PATH);
}

/** The date archive: every month with pieces, linked to its listing. */
export const ARCHIVE_PATH = '/archiv/';

/** One month of the archive ("/archiv/2017/11/"): the pieces first published then. */
export function archiveMonthPath(month: { year: string; month: string }): string {
  return `${ARCHIVE_PATH}${month.year}/${month.month}/`;
}

/** Year and month ("2017", "11") of a date in the newsroom's time zone, as archives file it. */
export function archiveMonth(date: Date): { year: string; month: string } {
  const { year, month } = zonedParts(date, site.timeZone);
  return { year, month };
}

/** The public log of corrections: the newest ones; older ones by the month they were made. */
export const CORRECTIONS_PATH = '/korrekturen/';

/**
 * The first page of the corrections made in one month ("/korrekturen/2026/11/"); further pages at
 * "…/seite/2/". Oldest first, so a correction keeps its page as later ones of the month arrive.
 */
export function correctionsMonthPath(month: { year: string; month: string }): string {
  return `${CORRECTIONS_PATH}${month.year}/${month.month}/`;
}

/**
 * Anchor of one correction, on its page of the month in the log and on the log's first page alike.
 * Built from the piece's path, so two pieces with the same slug on different days never share one.
 */
export function correctionAnchor(piecePath: string, index: number): string {
  return `k-${piecePath.replace(/^\/|\/$/g, '').replaceAll('/', '-')}-${index + 1}`;
}

/**
 * Where the correction `index` of a piece, made on `date`, is listed for good: the page of its
 * month in the log that holds the month's entry at `position` (0-based, oldest first).
 */
export function correctionLogLink(piecePath: string, index: number, date: Date, position: number): string {
  const monthPath = correctionsMonthPath(archiveMonth(date));
  return `${listingPagePath(monthPath, listingPageOf(position))}#${correctionAnchor(piecePath, index)}`;
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
 * The social card. One 1200×630 image per piece serves all three consumers: Open Graph (1.91:1
 * is its native ratio), Twitter's summary_large_image (shown at about 2:1; the card's margins
 * absorb the trim) and, for a piece without a lead image, the JSON-LD `image` of the
 * NewsArticle (a piece with one lists its picture's 16:9/4:3/1:1 crops there instead). Google
 * asks for one crawlable image at least 1200 px wide for large previews (Discover, Top stories).
 * A typographic card is a PNG; the card of a piece with a lead image, a photo, is a JPEG.
 */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** The media type of each kind of card, by its extension. */
export const SOCIAL_IMAGE_TYPES = { png: 'image/png', jpg: 'image/jpeg' } as const;

/**
 * Site path of a piece's social card, derived from the piece's own path, so it is as unique as
 * the piece: /chronik/welt/2017/11/30/slug/ → /social/chronik/welt/2017/11/30/slug.png (.jpg
 * for the card of a piece with a lead image).
 */
export function socialImagePath(piecePath: string, format: keyof typeof SOCIAL_IMAGE_TYPES = 'png'): string {
  return `/social/${piecePath.replace(/^\/+|\/+$/g, '')}.${format}`;
}

/** A piece's version history ("Versionen"): every published version and what changed. */
export function versionsPath(piecePath: string): string {
  return `${piecePath}versionen/`;
}

/** Dev server only: drafts and scheduled pieces, each linked to its preview (src/preview/integration.ts). */
export const DRAFTS_PATH = '/entwuerfe/';

/** The search page. */
export const SEARCH_PATH = '/suche/';

/** A feed: its name in readers' lists, its path and media type. */
export interface Feed {
  name: string;
  path: string;
  type: string;
  /** How feed readers list it; "<site> (<name>)" when not given. */
  title?: string;
}

/** The feeds of the whole site, or of one section when `section` is given; linked from <head>. */
export function feedsOf(section?: SectionId): Feed[] {
  const folder = section ? sectionPath(section) : '/';
  const title = (name: string) => (section ? { title: `${site.name} – ${SECTIONS[section].name} (${name})` } : {});
  return [
    { name: 'RSS', path: `${folder}feed.xml`, type: 'application/rss+xml', ...title('RSS') },
    { name: 'JSON Feed', path: `${folder}feed.json`, type: 'application/feed+json', ...title('JSON Feed') },
  ];
}

/** The whole site's feeds, linked from every page's <head>. */
export const FEEDS = feedsOf();

/** Sitemaps, named in robots.txt. */
export const SITEMAPS = { index: '/sitemap-index.xml', news: '/news-sitemap.xml' } as const;

/** Legal pages every German publication has. */
export const IMPRINT_PATH = '/impressum/';
export const PRIVACY_PATH = '/datenschutz/';
