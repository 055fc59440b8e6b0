/**
 * Builds the site with every page type once per run (tests/support/page-types.ts), before the
 * validators and axe check it; `site.teardown.ts` removes it after them.
 */
import { chmodSync, globSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageRouteFiles, pageTypesRoot } from '../support/page-types.ts';
import { contentWithEveryPageType, recordSample } from '../support/page-types-build.ts';
import { build } from '../support/run.ts';

test('build the site with every page type', async () => {
  // A build beside the other tests' builds and browsers.
  test.setTimeout(300_000);
  const root = pageTypesRoot();
  mkdirSync(root, { recursive: true });
  // nginx's workers run as another user when the tests run as root: they must be able to read it.
  chmodSync(root, 0o755);
  const paths = { content: await contentWithEveryPageType(root), outDir: join(root, 'dist'), cacheDir: join(root, 'cache') };
  const result = await build(paths);
  expect(result.status, result.output).toBe(0);
  const { routes, pages } = recordSample(paths.outDir, paths.cacheDir);
  // The record is whole: every page of the site is known by its route file, and only page routes write HTML.
  const html = (files: readonly string[]) => files.filter((file) => file.endsWith('.html'));
  expect(Object.values(routes).flatMap(html).sort()).toEqual(globSync('**/*.html', { cwd: paths.outDir }).sort());
  expect(Object.entries(routes).filter(([route, files]) => !pageRouteFiles().includes(route) && html(files).length > 0)).toEqual([]);
  // What the site is made for (issue 23): pictures, further pages of listings, month pages, corrections, versions, tickers, authors, 404.
  const sampled = pages.map((page) => page.path);
  for (const wanted of [
    /^\/(chronik|digital)\/seite\/2\/$/,
    /^\/thema\/[^/]+\/seite\/2\/$/,
    /^\/autoren\/[^/]+\/seite\/2\/$/,
    /^\/(chronik|digital)\/[^/]+\/\d{4}\/\d\d\/\d\d\/liveticker-[^/]+\/seite\/\d+\/$/,
    /^\/archiv\/\d{4}\/\d\d\/$/,
    /^\/korrekturen\/\d{4}\/\d\d\/$/,
    /\/versionen\/$/,
    /^\/404\.html$/,
  ]) {
    expect(sampled.filter((path) => wanted.test(path)), String(wanted)).not.toEqual([]);
  }
  // A piece with its lead image and a <Bild>, and teasers with crops, as <picture> elements.
  const withPictures = pages.filter((page) => readFileSync(join(paths.outDir, page.file), 'utf8').includes('<picture'));
  expect(withPictures.map((page) => page.route)).toContain('src/pages/[...path].astro');
});
