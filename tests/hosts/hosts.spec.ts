/**
 * What the host adds to the built files, checked on each real engine the site is served by
 * (playwright.config.ts runs this file once per host): every page's Content-Security-Policy and
 * security headers, caching that matches the real files, the 404 page, every redirect,
 * compression, and that the host's own files stay private.
 */
import { request as httpRequest } from 'node:http';
import { globSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../../src/outputs/hosting/host-files.ts';
import { builtPages } from '../support/site.ts';

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
const pages = builtPages();

/** The <meta> policy a built page carries. */
function metaPolicy(html: string): string {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy, 'page has a CSP <meta>').toBeDefined();
  return (policy ?? '').replaceAll('&#39;', "'");
}

function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

/** A GET with the path sent exactly as written (fetch and URL would normalise "/./" and "%2e"). */
function rawGet(baseURL: string, path: string): Promise<{ status: number; location: string | undefined; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

test('every page is sent with its page type\'s CSP, the same as its <meta> plus frame-ancestors, and the security headers', async ({ request }) => {
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toBe(`${metaPolicy(await response.text())}; frame-ancestors 'none'`);
    expectSecurityHeaders(headers, path);
    // Pages change with every build: cached, but revalidated on every use.
    expect(headers['cache-control'], path).toBe('public, max-age=0, must-revalidate');
  }
});

/**
 * The production policies, written out rather than computed from src/outputs/hosting/host-files.ts,
 * so that any change to what a built page allows fails here, whether in the policies themselves or
 * through the dev server's additions (devServerCsp) reaching a build.
 */
const PAGE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'";
const SEARCH_POLICY = `${PAGE_POLICY}; script-src 'self' 'wasm-unsafe-eval'`;

test('every page carries exactly its page type\'s production policy, in its <meta> and its header', async ({ request }) => {
  expect(metaPolicy(readFileSync('dist/404.html', 'utf8')), '404.html').toBe(PAGE_POLICY);
  for (const path of pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    const policy = path === '/suche/' ? SEARCH_POLICY : PAGE_POLICY;
    expect(metaPolicy(await response.text()), path).toBe(policy);
    expect(response.headers()['content-security-policy'], path).toBe(`${policy}; frame-ancestors 'none'`);
  }
});

test('only the search page may run scripts, and only it may compile WebAssembly', async ({ request }) => {
  for (const path of pages) {
    const csp = (await request.get(path)).headers()['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/^default-src 'none';/);
    expect(csp, path).not.toMatch(/unsafe-inline|'sha(256|384|512)-/);
    if (path === '/suche/') expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    else expect(csp, path).not.toContain('script-src');
  }
});

test('fingerprinted files are cached for a year, the files that name them are revalidated', async ({ request }) => {
  const files = globSync('{_astro,pagefind}/**/*', { cwd: 'dist', withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${entry.parentPath.replace(/^.*?dist\/?/, '')}/${entry.name}`.replace(/^\/\//, '/'));
  // Names with a content hash: Astro's bundles, Pagefind's index chunks and its metadata files,
  // for the newest year's index at /pagefind/ and earlier years' at /pagefind/<year>/.
  const fingerprinted = (path: string) =>
    path.startsWith('/_astro/') || /^\/pagefind\/(\d{4}\/)?(fragment|index)\//.test(path) || /^\/pagefind\/(\d{4}\/)?pagefind\.[^/]+\.pf_meta$/.test(path);
  const immutable = files.filter(fingerprinted);
  expect(immutable.filter((path) => path.startsWith('/_astro/') && path.endsWith('.css')).length, 'the stylesheet').toBe(1);
  expect(immutable.filter((path) => path.endsWith('.js')).length, 'the search script').toBe(1);
  expect(immutable.filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(3);
  for (const path of files) {
    const headers = (await request.get(path)).headers();
    expect(headers['cache-control'], path).toBe(fingerprinted(path) ? YEAR_IMMUTABLE : 'public, max-age=0, must-revalidate');
  }
  expect(files).toContain('/pagefind/pagefind-entry.json');
  // The site has pieces from 2017 and from 2026: the earlier year is a merged index of its own.
  expect(files).toContain('/pagefind/2017/pagefind-entry.json');
  expect(files.filter((path) => /^\/pagefind\/2017\/fragment\//.test(path)).length).toBeGreaterThan(0);
});

test('an unknown address gets status 404, the 404 page and the default headers', async ({ request }) => {
  const built = readFileSync('dist/404.html', 'utf8');
  for (const path of ['/gibt-es-nicht/', '/chronik/welt/2017/11/30/gibt-es-nicht/', '/archiv/1999/01/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toContain('Diese Seite gibt es nicht');
    expect(response.headers()['content-security-policy'], path).toBe(`${metaPolicy(built)}; frame-ancestors 'none'`);
    expectSecurityHeaders(response.headers(), path);
  }
});

const redirects = readFileSync('dist/_redirects', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split(/\s+/));
// One test per redirect in this build; the content tests build a renamed piece and check its redirect on both hosts.
for (const [from = '', to = '', code = ''] of redirects) {
  test(`${from} redirects permanently to ${to}`, async ({ request }) => {
    expect(code).toBe('301');
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(new URL(response.headers()['location'] ?? '', 'http://x.invalid').pathname).toBe(to);
  });
}

test('a directory without its slash redirects to it, on the same host', async ({ baseURL }) => {
  const response = await rawGet(baseURL ?? '', '/chronik');
  expect([301, 308]).toContain(response.status);
  expect(new URL(response.location ?? '', baseURL).href).toBe(new URL('/chronik/', baseURL).href);
});

test('the host files are never served, however the path is spelled, and no redirect leaves the site', async ({ baseURL }) => {
  const secrets = [readFileSync('dist/_headers', 'utf8').split('\n')[0] ?? '', readFileSync('dist/_redirects', 'utf8').split('\n')[0] ?? ''];
  for (const path of ['/_headers', '/_redirects', '/./_headers', '/_headers/.', '/chronik/../_headers', '/%2e/_redirects', '/_head%65rs']) {
    const response = await rawGet(baseURL ?? '', path);
    for (const secret of secrets) expect(response.body, path).not.toContain(secret);
    if (response.location !== undefined) expect(new URL(response.location, baseURL).origin, path).toBe(new URL(baseURL ?? '').origin);
  }
  for (const path of ['/\\evil.example/../chronik', '//evil.example/chronik/', '/%5cevil.example/chronik']) {
    const response = await rawGet(baseURL ?? '', path);
    if (response.location !== undefined) expect(new URL(response.location, `${baseURL}/x/`).origin, path).toBe(new URL(baseURL ?? '').origin);
  }
});

test('text is sent compressed to a browser that accepts it', async ({ request }) => {
  const css = globSync('_astro/*.css', { cwd: 'dist' })[0] ?? '';
  for (const path of ['/', '/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/', `/${css}`, '/feed.xml', '/feed.json']) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-encoding'], path).toMatch(/^(br|gzip)$/);
  }
});
