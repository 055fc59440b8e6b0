/**
 * A site with every page type the build can produce, for the validators and axe: a generated
 * archive (bench/generate.ts) with pictures and named authors added, built once per Playwright
 * run by the `page-types` setup project (tests/page-types/) into a scratch folder that
 * playwright.config.ts names, and a sample of its pages: per route file of src/pages/, the fewest
 * pages that together hold every kind of element its pages hold, and one further page of a
 * listing (`…/seite/2/`) where the route has one.
 *
 * Which route wrote which page is the build's own record: Astro's incremental build lists each
 * page under its route file (`incremental-build.json` in the cache folder) for every route whose
 * `getStaticPaths` gives a cache key, as every route of this project does; a route without
 * parameters writes the one page its file name says.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable that names the scratch folder (set by playwright.config.ts, inherited by its workers). */
export const PAGE_TYPES_ENV = 'NETZCHRONIK_PAGE_TYPES_SITE';

/** Where src/pages/ is, as route files are named in the build's record. */
export const PAGES = 'src/pages/';

/** The scratch folder of this run's site with every page type. */
export function pageTypesRoot(): string {
  const root = process.env[PAGE_TYPES_ENV];
  if (root === undefined || root === '') throw new Error(`${PAGE_TYPES_ENV} is not set: playwright.config.ts names the folder of the site with every page type`);
  return root;
}

/** Every route file below src/pages/, relative to the project, sorted. */
export function routeFiles(): string[] {
  return globSync(`${PAGES}**/*`, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The route files that render pages (HTML): Astro components; the others are endpoints (feeds, sitemaps, robots.txt). */
export function pageRouteFiles(): string[] {
  return routeFiles().filter((file) => file.endsWith('.astro'));
}

/** One page of the sample: its route file, its file below the output and its site path. */
export interface SampledPage {
  route: string;
  file: string;
  path: string;
}

export interface PageTypeSite {
  /** The built site (absolute). */
  dist: string;
  /** The files each route file wrote (pages and endpoints alike), for the floor's checks. */
  routes: Record<string, string[]>;
  /** The sample the validators and axe check. */
  pages: SampledPage[];
}

/** The sample the setup project recorded. */
export function pageTypeSite(): PageTypeSite {
  return JSON.parse(readFileSync(join(pageTypesRoot(), 'sample.json'), 'utf8')) as PageTypeSite;
}
