import { builtPages } from '../support/site.ts';
import { expect, test } from '../support/visitor.ts';

const pages = builtPages();

test('the build has the pages a reader expects', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/korrekturen/', '/chronik/', '/chronik/welt/']));
  expect(pages.length).toBeGreaterThanOrEqual(13);
});

for (const path of pages) {
  test(`${path} loads nothing from another origin and logs no error or CSP violation`, async ({ visitor: page, baseURL }) => {
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL ?? '') && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    // Served with its page type's CSP from dist/_headers by Cloudflare's runtime (tests/hosts/ checks every host).
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('every page is reachable by links from the front page, and no internal link is broken', async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const broken: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() ?? '/';
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    for (const [, href = ''] of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
      const url = new URL(href.replaceAll('&amp;', '&'), `${origin}${path}`);
      if (url.origin !== origin) continue;
      if (url.hash && url.pathname === path) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!html.includes(`id="${id}"`)) broken.push(`${path} → #${id} (no such anchor)`);
      }
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  expect(broken).toEqual([]);
  const orphans = pages.filter((path) => !seen.has(path));
  expect(orphans).toEqual([]);
});
