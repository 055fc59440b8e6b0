/**
 * Linkinator crawls the served site from the front page: every link, image, stylesheet, script
 * and fragment (#anchor) it finds must resolve, without a redirect. Absolute links to the
 * production URL (canonical, og:image, JSON-LD) are checked on the local host; other sites are
 * not contacted (the tests run offline).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { check, LinkState } from 'linkinator';
import { site } from '../../src/site.config.ts';

test('no link or anchor on the site is broken', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const result = await check({
    path: `${origin}/`,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    redirects: 'error',
    concurrency: 8,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${site.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: origin }],
    // Decided before the rewrite above: the production URL counts as ours.
    linksToSkip: (link) => Promise.resolve(!link.startsWith(origin) && !link.startsWith(site.url)),
  });
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.parent ?? '?'} → ${link.url} (${link.status ?? 'no response'})`);
  const checked = result.links.filter((link) => link.state === LinkState.OK);
  expect(broken).toEqual([]);
  // The crawl reached the pieces, the search index and the social cards, not just the front page.
  expect(checked.some((link) => link.url.includes('/chronik/welt/2017/11/30/'))).toBe(true);
  expect(checked.some((link) => link.url.includes('/social/'))).toBe(true);
});

test('the check finds a missing anchor on another page (control)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>a</title><a href="b.html#da">da</a> <a href="b.html#fehlt">fehlt</a>');
  writeFileSync(join(dir, 'b.html'), '<!doctype html><title>b</title><h2 id="da">da</h2>');
  const result = await check({ path: dir, recurse: true, checkFragments: true });
  rmSync(dir, { recursive: true, force: true });
  expect(result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => link.url)).toEqual([expect.stringMatching(/b\.html#fehlt$/)]);
});
