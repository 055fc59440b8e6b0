/**
 * axe (WCAG 2.2 AA) in light and dark mode: every built page and the 404 page on the host we
 * deploy to, and the sample of every page type (tests/support/page-types.ts) served by nginx.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pageRouteFiles, pageTypeSite, type PageTypeSite } from '../support/page-types.ts';
import { serveWithNginx } from '../support/pictures.ts';
import { builtPages } from '../support/site.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const COLOR_SCHEMES = ['light', 'dark'] as const;

/**
 * The rules whose outcome depends on colours. The dark scheme changes colours only (the `dark:`
 * utilities are colour utilities, held by tests/unit/dark-scheme.test.ts), so every other rule
 * sees the same page in both schemes and runs in the light one alone.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's violations on the open page, by rule and the elements concerned: all WCAG 2.2 AA rules, or only the colour rules. */
async function violations(page: Page, only: 'all' | 'colours') {
  const axe = only === 'colours' ? new AxeBuilder({ page }).withRules(COLOUR_RULES) : new AxeBuilder({ page }).withTags(WCAG_22_AA);
  const results = await axe.analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/**
 * Loads `url` once and checks it in each colour scheme: all rules in the light one, the colour
 * rules in the dark one. The colours follow the emulated scheme at once, without a reload (the
 * body's background shows it). The violations by scheme, none when there are none.
 */
async function violationsInBothSchemes(page: Page, url: string): Promise<Record<string, Awaited<ReturnType<typeof violations>>>> {
  await page.emulateMedia({ colorScheme: COLOR_SCHEMES[0] });
  await page.goto(url);
  const found: Record<string, Awaited<ReturnType<typeof violations>>> = {};
  const backgrounds = new Set<string>();
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    const list = await violations(page, colorScheme === COLOR_SCHEMES[0] ? 'all' : 'colours');
    if (list.length > 0) found[colorScheme] = list;
  }
  expect(backgrounds.size, `${url} changes its colours with the scheme`).toBe(COLOR_SCHEMES.length);
  return found;
}

// The version history's comparison (<ins>/<del>) needs the content's git history, which the
// real content has and the generated site has not (its version pages list corrections only).
test('the built pages include a version history', () => {
  expect(builtPages().filter((path) => path.endsWith('/versionen/'))).not.toEqual([]);
});

for (const path of builtPages()) {
  test(`${path} has no WCAG 2.2 AA violations, light and dark`, async ({ page }) => {
    expect(await violationsInBothSchemes(page, path)).toEqual({});
  });
}

test('the page for an unknown address has no WCAG 2.2 AA violations, light and dark', async ({ page }) => {
  const response = await page.request.get('/diese-seite-gibt-es-nicht/');
  expect(response.status()).toBe(404);
  expect(await violationsInBothSchemes(page, '/diese-seite-gibt-es-nicht/')).toEqual({});
});

test.describe('every page type', () => {
  let site: PageTypeSite;
  let server: Awaited<ReturnType<typeof serveWithNginx>> | undefined;
  test.beforeAll(async () => {
    site = pageTypeSite();
    server = await serveWithNginx(site.dist);
  });
  test.afterAll(() => server?.stop());

  // One test per route file, so a route whose pages the sample misses fails here.
  for (const route of pageRouteFiles()) {
    test(`the pages of ${route} have no WCAG 2.2 AA violations, light and dark`, async ({ page }) => {
      const paths = site.pages.filter((sampled) => sampled.route === route).map((sampled) => sampled.path);
      expect(paths, 'pages of this route in the sample').not.toEqual([]);
      // Each page takes as long as one of the real site's axe tests (its default limit), whatever the route's share of the sample.
      test.setTimeout(paths.length * test.info().project.timeout);
      const found: Record<string, unknown> = {};
      for (const path of paths) {
        const violated = await violationsInBothSchemes(page, `${server?.baseURL ?? ''}${path}`);
        if (Object.keys(violated).length > 0) found[path] = violated;
      }
      expect(found).toEqual({});
    });
  }
});
