/**
 * The route table: every address the site has besides its pieces, in one place. The content
 * checks (no old path of a piece may be one of these), the URL ledger (what it records) and the
 * host files (which page gets which policy, which folders are cached for good) read it. A page
 * added to src/pages/ gets its address here (docs/architecture.md, "Add a listing page").
 */
import { SECTIONS, sectionIds, topicIds, type SectionId, type TopicId } from '../schemas/taxonomy.ts';
import { site } from '../site.config.ts';
import { zonedParts } from './dates.ts';
import { pieceYearOf, versionsPath } from './urls.ts';

/** The date archive: every month with pieces, linked to its listing. */
export const ARCHIVE_PATH = '/archiv/';
/** The public log of corrections: the newest ones; older ones by the month they were made. */
export const CORRECTIONS_PATH = '/korrekturen/';
/** The search page. */
export const SEARCH_PATH = '/suche/';
/** Legal pages every German publication has. */
export const IMPRINT_PATH = '/impressum/';
export const PRIVACY_PATH = '/datenschutz/';
/** The publication's promises: its standards, how it corrects, who is responsible. */
export const PRINCIPLES_PATH = '/grundsaetze/';
export const TRANSPARENCY_PATH = '/transparenz/';
export const NEWSROOM_PATH = '/redaktion/';
/**
 * Sections of those pages that answer one question on their own; the pages give them these ids,
 * and the JSON-LD points to them (`verificationFactCheckingPolicy`, `ethicsPolicy`, `actionableFeedbackPolicy`).
 */
export const PROMISE_SECTIONS = { verification: 'pruefung', independence: 'unabhaengigkeit', reporting: 'fehler-melden' } as const;
/** The page hosts answer with for an address the site does not have. */
export const NOT_FOUND_FILE = '/404.html';
/** Dev server only: drafts and scheduled pieces, each linked to its preview (src/preview/integration.ts). */
export const DRAFTS_PATH = '/entwuerfe/';
/** Dev server only: the content's problems, which every page shows instead while any is an error (src/middleware.ts). */
export const CONTENT_PROBLEMS_PATH = '/pruefung/';
/** Dev server only: one file's problems as JSON, for the browser desk's check panel (src/preview/file-check.ts, scripts/cms.ts). */
export const FILE_CHECK_PATH = '/pruefung/datei.json';

/** Section page, or a subsection page when `subsection` is given. */
export function sectionPath(section: SectionId, subsection?: string): string {
  return subsection ? `/${section}/${subsection}/` : `/${section}/`;
}

/** Topic page. */
export function topicPath(topic: TopicId): string {
  return `/thema/${topic}/`;
}

/** The folder of the author pages. */
const AUTHORS_FOLDER = '/autoren/';
const AUTHOR_PAGE = /^\/autoren\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

/** An author's page ("/autoren/anna-beispiel/"): who they are, how to reach them, their pieces. */
export function authorPath(id: string): string {
  return `${AUTHORS_FOLDER}${id}/`;
}

/** Year and month ("2017", "11") of a date in the newsroom's time zone, as the archive and the corrections log file it. */
export function archiveMonth(date: Date): { year: string; month: string } {
  const { year, month } = zonedParts(date, site.timeZone);
  return { year, month };
}

/** One month of the archive ("/archiv/2017/11/"): the pieces first published then. */
export function archiveMonthPath(month: { year: string; month: string }): string {
  return `${ARCHIVE_PATH}${month.year}/${month.month}/`;
}

/**
 * The first page of the corrections made in one month ("/korrekturen/2026/11/"); further pages at
 * "…/seite/2/". Oldest first, so a correction keeps its page as later ones of the month arrive.
 */
export function correctionsMonthPath(month: { year: string; month: string }): string {
  return `${CORRECTIONS_PATH}${month.year}/${month.month}/`;
}

/** Pages with one address each that are not pieces: the front page, the standing pages and every section, subsection and topic. */
export function standingPaths(): string[] {
  return [
    '/', CORRECTIONS_PATH, ARCHIVE_PATH, SEARCH_PATH, IMPRINT_PATH, PRIVACY_PATH, PRINCIPLES_PATH, TRANSPARENCY_PATH, NEWSROOM_PATH,
    ...sectionIds.flatMap((section) => [sectionPath(section), ...Object.keys(SECTIONS[section].subsections).map((sub) => sectionPath(section, sub))]),
    ...topicIds.map((topic) => topicPath(topic)),
  ];
}

/**
 * Paths the listings generate as the archive grows: further pages of any listing, and the months
 * below the archive and the corrections log. Their content shifts with every new piece, so the URL
 * ledger does not record them, and they are never free for a redirect, even where no page stands yet.
 */
export function isGrowingListingPath(path: string): boolean {
  return /\/seite\/\d+\/$/.test(path) || (path.startsWith(ARCHIVE_PATH) && path !== ARCHIVE_PATH) || (path.startsWith(CORRECTIONS_PATH) && path !== CORRECTIONS_PATH);
}

const VERSIONS_SUFFIX = versionsPath('/').slice(1);
let standing: ReadonlySet<string> | undefined;

/** The kinds of page the site has. */
export type PageKind = 'piece' | 'versions' | 'standing' | 'author' | 'growing listing';

/** Which kind of page may stand at a site path, by the URL scheme and this table; undefined for none. */
export function pageKindOf(path: string): PageKind | undefined {
  if (pieceYearOf(path) !== undefined) return 'piece';
  if (path.endsWith(VERSIONS_SUFFIX) && pieceYearOf(path.slice(0, -VERSIONS_SUFFIX.length)) !== undefined) return 'versions';
  standing ??= new Set(standingPaths());
  if (standing.has(path)) return 'standing';
  if (AUTHOR_PAGE.test(path)) return 'author';
  if (isGrowingListingPath(path)) return 'growing listing';
  return undefined;
}

/** Top folders where the build writes files of its own: Astro's bundles and pictures, the search index, the social cards. */
export const BUILD_FOLDERS = { assets: '/_astro/', search: '/pagefind/', social: '/social/' } as const;

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

/** A live ticker's own feeds of its entries, below its address ("…/feed.xml"); `title` is the ticker's headline. */
export function liveFeedsOf(tickerPath: string, title: string): Feed[] {
  return [
    { name: 'RSS', path: `${tickerPath}feed.xml`, type: 'application/rss+xml', title: `${title} – Liveticker (RSS)` },
    { name: 'JSON Feed', path: `${tickerPath}feed.json`, type: 'application/feed+json', title: `${title} – Liveticker (JSON Feed)` },
  ];
}

/** The whole site's feeds, linked from every page's <head>. */
export const FEEDS = feedsOf();

/** Sitemaps, named in robots.txt. */
export const SITEMAPS = { index: '/sitemap-index.xml', news: '/news-sitemap.xml' } as const;
