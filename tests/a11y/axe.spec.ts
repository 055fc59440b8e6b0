/**
 * axe (WCAG 2.2 AA) in light and dark mode: every built page and the 404 page on the host we
 * deploy to, and the sample of every page type (tests/support/page-types.ts) served by nginx.
 */
import { violationsInBothSchemes } from '../support/axe.ts';
import { pageRouteFiles, pageTypeSite, type PageTypeSite } from '../support/page-types.ts';
import { serveWithNginx } from '../support/serve.ts';
import { builtPages } from '../support/site.ts';
import { expect, test } from '../support/visitor.ts';

// A check that finds nothing must be able to find something: a planted page with a text of too
// little contrast in both schemes and a picture without a description.
test('finds a contrast violation in each scheme and a picture without a description', async ({ visitor: page }) => {
  const planted = 'http://planted.invalid/';
  await page.route(planted, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="de"><head><title>Geprüft</title><style>
        body { background: #fff; color: #000 } p { color: #ccc }
        @media (prefers-color-scheme: dark) { body { background: #000; color: #fff } p { color: #333 } }
      </style></head><body><main><h1>Geprüft</h1><p>Zu blasser Text</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>`,
    }),
  );
  try {
    expect(await violationsInBothSchemes(page, planted)).toEqual({
      light: [
        { rule: 'color-contrast', nodes: ['p'] },
        { rule: 'image-alt', nodes: ['img'] },
      ],
      dark: [{ rule: 'color-contrast', nodes: ['p'] }],
    });
  } finally {
    await page.unroute(planted);
  }
});

// The version history's comparison (<ins>/<del>) needs the content's git history, which the
// real content has and the generated site has not (its version pages list corrections only).
test('the built pages include a version history', () => {
  expect(builtPages().filter((path) => path.endsWith('/versionen/'))).not.toEqual([]);
});

for (const path of builtPages()) {
  test(`${path} has no WCAG 2.2 AA violations, light and dark`, async ({ visitor: page }) => {
    expect(await violationsInBothSchemes(page, path)).toEqual({});
  });
}

test('the page for an unknown address has no WCAG 2.2 AA violations, light and dark', async ({ visitor: page }) => {
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
    test(`the pages of ${route} have no WCAG 2.2 AA violations, light and dark`, async ({ visitor: page }) => {
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
