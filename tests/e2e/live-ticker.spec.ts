/**
 * A live ticker's pages as readers get them, in Chromium: the fixture site
 * (tests/support/fixture-site.ts), whose content has a made-up ticker of 60 entries
 * (tests/support/live.ts; the real content has none), served by nginx and by Cloudflare's
 * runtime. Its own page and its numbered pages pass html-validate and the Nu HTML Checker and have
 * no WCAG 2.2 AA violation in either color scheme; both hosts serve them and their feeds as any
 * page or feed; an entry's time leads to its stable page; the first page keeps its byte budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { violationsInBothSchemes } from '../support/axe.ts';
import { serveFixtureSite, type ServedSite } from '../support/fixture-site.ts';
import { CLASHING_NAMES, TICKER_ID } from '../support/live.ts';
import { nuCheckerMessages } from '../support/nu-checker.ts';
import { expect, test } from '../support/visitor.ts';

const TICKER_PATH = `/chronik/welt/2017/11/30/${TICKER_ID}/`;
/** The ticker's own page, its older page and its newest block's page (the permalinks' target). */
const PAGES = [TICKER_PATH, `${TICKER_PATH}seite/1/`, `${TICKER_PATH}seite/2/`];
/**
 * The first page of a ticker with 30 entries or more (it never shows more, however long the
 * ticker), HTML and CSS gzip -9: the article's first round trip (14 KB, tests/e2e/budget.spec.ts)
 * plus 6 KB for 30 entries of a sentence or two (200 bytes gzip each) and their updates in the
 * JSON-LD. The status and the summary come before the entries, so they still arrive in the first
 * round trip; the CSS is the article's file, cached after the first page. Measured when set:
 * 13.8 KB with the test ticker's short entries (45 KB of HTML).
 */
const FIRST_PAGE_BUDGET = 20 * 1024;
const PAGE_LIMIT = 100_000;

test.describe('a live ticker of 60 entries', () => {
  test.describe.configure({ mode: 'serial' });
  let site: ServedSite;
  const built = (path: string) => join(site.dist, path, path.endsWith('/') ? 'index.html' : '');

  test.beforeAll(async () => {
    // wrangler starts its runtime first: up to a minute.
    test.setTimeout(90_000);
    site = await serveFixtureSite({ cloudflare: true });
  });
  test.afterAll(() => site?.stop());

  test('an entry\'s time leads to its block\'s page, where the entry stays as the ticker grows', async ({ visitor: page }) => {
    await page.goto(`${site.baseURL}${TICKER_PATH}`);
    const newest = page.locator(`#eintrag-${CLASHING_NAMES[1]}`);
    await newest.locator('header a').first().click();
    await expect(page).toHaveURL(`${site.baseURL}${TICKER_PATH}seite/2/#eintrag-${CLASHING_NAMES[1]}`);
    await expect(page.locator(`#eintrag-${CLASHING_NAMES[1]}`)).toBeInViewport();
  });

  test('the pages pass html-validate, with unique ids though entries are named like other anchors', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
    for (const path of PAGES) {
      const html = readFileSync(built(path), 'utf8');
      expect(html).toContain('id="quelle-1"');
      const report = await validator.validateFile(built(path));
      expect(report.results.flatMap((result) => result.messages.map((message) => `${path} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`))).toEqual([]);
    }
    for (const name of CLASHING_NAMES) expect(readFileSync(built(TICKER_PATH), 'utf8')).toContain(`<article id="eintrag-${name}"`);
  });

  test('the pages pass the Nu HTML Checker', async () => {
    test.setTimeout(120_000);
    const messages = await nuCheckerMessages(PAGES.map(built));
    expect(messages.filter((message) => message.type === 'error' || message.type === 'non-document-error').map((message) => `${message.url ?? '?'}:${message.lastLine ?? '?'} ${message.message}`)).toEqual([]);
  });

  test('the pages have no WCAG 2.2 AA violations, light and dark', async ({ visitor: page }) => {
    for (const path of PAGES) expect(await violationsInBothSchemes(page, `${site.baseURL}${path}`), path).toEqual({});
  });

  for (const host of ['nginx', 'cloudflare'] as const) {
    test(`${host} serves the pages as any page: no redirect, the page policy without scripts, revalidated`, async ({ request }) => {
      const baseURL = host === 'nginx' ? site.baseURL : site.cloudflareURL;
      for (const path of PAGES) {
        const response = await request.get(`${baseURL}${path}`, { maxRedirects: 0 });
        expect(response.status(), path).toBe(200);
        const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(await response.text())?.[1]?.replaceAll('&#39;', "'");
        expect(response.headers()['content-security-policy'], path).toBe(`${meta ?? '(no meta policy)'}; frame-ancestors 'none'`);
        expect(meta, path).not.toContain('script-src');
        expect(response.headers()['cache-control'], path).toBe('public, max-age=0, must-revalidate');
      }
      // The ticker's own feeds, revalidated like every feed.
      for (const feed of ['feed.xml', 'feed.json']) {
        const response = await request.get(`${baseURL}${TICKER_PATH}${feed}`, { maxRedirects: 0 });
        expect(response.status(), feed).toBe(200);
        expect(response.headers()['cache-control'], feed).toBe('public, max-age=0, must-revalidate');
        expect(await response.text(), feed).toContain(`${TICKER_PATH}seite/`);
      }
    });
  }

  test('the first page of 30 entries stays within its byte budget', () => {
    const html = readFileSync(built(TICKER_PATH));
    expect((html.toString().match(/<article id="eintrag-/g) ?? []).length).toBe(30);
    const css = [...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => readFileSync(built(match[1] ?? '')));
    expect(css).not.toEqual([]);
    const gzip = [html, ...css].reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
    console.log(`live ticker page: HTML ${html.length} B, HTML + CSS ${gzip} B gzip (budget ${FIRST_PAGE_BUDGET})`);
    expect(html.length).toBeLessThan(PAGE_LIMIT);
    expect(gzip).toBeLessThanOrEqual(FIRST_PAGE_BUDGET);
  });
});
