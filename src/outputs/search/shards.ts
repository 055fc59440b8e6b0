/**
 * The search index is one Pagefind index per publication year (the year in a piece's URL), so a
 * correction re-indexes only its year (docs/decisions/2026-11-26-search-index-per-year.md). The
 * newest year is the primary index at /pagefind/; the search page merges every other year from
 * /pagefind/<year>/ with Pagefind's mergeIndex.
 */
import { createHash } from 'node:crypto';
import { BUILD_FOLDERS } from '../../routing/routes.ts';
import { pieceYearOf } from '../../routing/urls.ts';

/** Where the primary index is served; every other year's below it. */
export const SEARCH_INDEX_ROOT = BUILD_FOLDERS.search;

/** The index a page belongs to: the year of a piece page, undefined for every other page. */
export function searchShardOf(pagePath: string): string | undefined {
  return pieceYearOf(pagePath);
}

/** The built files of a year's piece pages, as a glob below the output folder. */
export function pieceGlob(year: string): string {
  return `*/*/${year}/*/*/*/index.html`;
}

export interface SearchShards {
  /** The newest year: its index is at /pagefind/ and carries Pagefind's runtime. */
  primary: string;
  /** Every other year, newest first: merged from /pagefind/<year>/. */
  merged: string[];
}

/** The indexes of a site whose piece pages are `pagePaths`; undefined when it has none. */
export function searchShards(pagePaths: Iterable<string>): SearchShards | undefined {
  const years = new Set<string>();
  for (const path of pagePaths) {
    const year = searchShardOf(path);
    if (year !== undefined) years.add(year);
  }
  const [primary, ...merged] = [...years].sort().reverse();
  return primary === undefined ? undefined : { primary, merged };
}

/** Where an index is served, site-relative. */
export function searchShardPath(shard: string, shards: SearchShards): string {
  return shard === shards.primary ? SEARCH_INDEX_ROOT : `${SEARCH_INDEX_ROOT}${shard}/`;
}

/** The file every index of Pagefind's has, naming its parts. */
export const SEARCH_ENTRY_FILE = 'pagefind-entry.json';

/**
 * Files of Pagefind's output a merged index needs; the primary index keeps everything but
 * Pagefind's own search interfaces, which the search page does not use.
 */
export function keepsSearchFile(relativePath: string, primary: boolean): boolean {
  if (/^(index|fragment|filter)\//.test(relativePath)) return true;
  if (relativePath === SEARCH_ENTRY_FILE || relativePath.endsWith('.pf_meta')) return true;
  if (!primary) return false;
  return !/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(relativePath);
}

export interface IndexedPage {
  /** Site-relative URL, as Pagefind reports it in results. */
  url: string;
  /** SHA-256 of the built page (pageDigest). */
  digest: string;
}

export function pageDigest(html: string | Uint8Array): string {
  return createHash('sha256').update(html).digest('hex');
}

/**
 * The cache key of one year's index: Pagefind's version, its settings and every page it indexes.
 * Whole pages go in (not only the indexed part), which may index a year again for a change
 * outside the text, but never reuses an index that misses one.
 */
export function searchShardKey(pages: readonly IndexedPage[], settings: string): string {
  const hash = createHash('sha256').update(settings);
  for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) hash.update(`\0${page.url}\0${page.digest}`);
  return hash.digest('hex').slice(0, 32);
}
