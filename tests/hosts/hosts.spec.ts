/**
 * What the host adds to the built files, checked on each real engine the site is served by
 * (playwright.config.ts runs this file once per host): every page's Content-Security-Policy and
 * security headers, caching that matches the real files, the 404 page, one address per page,
 * media types, compression, and that the host's own files and dotfiles stay private.
 * Cloudflare's runtime is the reference where the hosts could differ. The real content has no
 * redirect; tests/content/url-ledger.test.ts builds a renamed and a deleted piece with theirs and
 * checks every redirect that build writes on both hosts.
 */
import { chmodSync, cpSync, existsSync, globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { contentTypeOf, SECURITY_HEADERS } from '../../src/outputs/hosting/host-files.ts';
import { addressOf, rawGet, servedFiles } from '../support/host-requests.ts';
import { startHost, type Engine } from '../support/serve.ts';
import { ARTICLE_PATH, builtPages } from '../support/site.ts';

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
const pages = builtPages();
const served = servedFiles();
/** Which engine this run of the file tests (playwright.config.ts: "hosts:cloudflare", "hosts:nginx"). */
const engine = (): Engine => {
  const name = test.info().project.name.replace(/^hosts:/, '');
  if (name !== 'nginx' && name !== 'cloudflare') throw new Error(`No host engine in the project's name: ${test.info().project.name}`);
  return name;
};

/** The <meta> policy a built page carries. */
function metaPolicy(html: string): string {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy, 'page has a CSP <meta>').toBeDefined();
  return (policy ?? '').replaceAll('&#39;', "'");
}

function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
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
  expect(pages).toContain('/suche/');
  expect(pages.length).toBeGreaterThan(10);
  expect(metaPolicy(readFileSync('dist/404.html', 'utf8')), '404.html').toBe(PAGE_POLICY);
  for (const path of pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    const policy = path === '/suche/' ? SEARCH_POLICY : PAGE_POLICY;
    expect(metaPolicy(await response.text()), path).toBe(policy);
    expect(response.headers()['content-security-policy'], path).toBe(`${policy}; frame-ancestors 'none'`);
  }
});

test('only the search page may run scripts, and only it may compile WebAssembly', async ({ request }) => {
  expect(pages).toContain('/suche/');
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const csp = (await request.get(path)).headers()['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/^default-src 'none';/);
    expect(csp, path).not.toMatch(/unsafe-inline|'sha(256|384|512)-/);
    if (path === '/suche/') expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    else expect(csp, path).not.toContain('script-src');
  }
});

test('fingerprinted files are cached for a year, the files that name them are revalidated', async ({ request }) => {
  const files = served.filter((file) => /^(_astro|pagefind)\//.test(file)).map((file) => `/${file}`);
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

test('text is sent compressed to a browser that accepts it, and decompresses to the file', async ({ baseURL }) => {
  const css = globSync('_astro/*.css', { cwd: 'dist' })[0] ?? '';
  for (const file of ['index.html', `${ARTICLE_PATH.slice(1)}index.html`, css, 'feed.xml', 'feed.json', 'pagefind/pagefind.js']) {
    const plain = readFileSync(join('dist', file));
    for (const encoding of ['br', 'gzip']) {
      const response = await rawGet(baseURL ?? '', addressOf(file), { 'Accept-Encoding': encoding });
      expect(response.status, file).toBe(200);
      expect(response.headers['content-encoding'], `${file} ${encoding}`).toBe(encoding);
      expect((encoding === 'br' ? brotliDecompressSync : gunzipSync)(response.bytes).equals(plain), `${file} ${encoding}`).toBe(true);
    }
  }
});

test('a page has one address: its index.html redirects permanently to its folder, keeping the query', async ({ baseURL }) => {
  for (const [from, to] of [
    ['/index.html', '/'],
    ['/archiv/index.html', '/archiv/'],
    // Served as an address of its own, the search page lost its policy and its script.
    ['/suche/index.html?q=trump', '/suche/?q=trump'],
    [`${ARTICLE_PATH}index.html`, ARTICLE_PATH],
  ]) {
    const response = await rawGet(baseURL ?? '', from ?? '');
    expect([301, 308], from).toContain(response.status);
    const target = new URL(response.location ?? '', baseURL);
    expect(`${target.pathname}${target.search}`, from).toBe(to);
    expect(target.origin, from).toBe(new URL(baseURL ?? '').origin);
  }
  expect((await rawGet(baseURL ?? '', '/gibt-es-nicht/index.html')).status).toBe(404);
});

test('a folder without a page is a 404 with the 404 page, with or without its slash', async ({ baseURL }) => {
  for (const path of ['/_astro/', '/_astro', '/social/', '/social', '/pagefind/fragment/', '/pagefind/2017/']) {
    expect(statSync(join('dist', path)).isDirectory(), path).toBe(true);
    expect(existsSync(join('dist', path, 'index.html')), path).toBe(false);
    const response = await rawGet(baseURL ?? '', path);
    expect(response.status, path).toBe(404);
    expect(response.body, path).toContain('Diese Seite gibt es nicht');
  }
});

test('every file is sent with its media type, and only text with a charset', async ({ baseURL }) => {
  // 404.html is the error page, never an address of its own: Cloudflare redirects it to /404.
  const files = served.filter((file) => file !== '404.html');
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    const response = await rawGet(baseURL ?? '', addressOf(file));
    expect(response.status, file).toBe(200);
    expect(response.headers['content-type'], file).toBe(contentTypeOf(file));
  }
});

/**
 * Files the build does not write today, put beside its output: what a module script and a web
 * manifest would be sent as, and that nginx keeps dotfiles private whoever put them there.
 * Cloudflare serves every file it is given; there the build's removal of dotfiles is what keeps
 * them private (tests/unit/precompress.test.ts).
 */
test('a module script and a web manifest get their media types; nginx serves no dotfile; the host leaves no temporary files', async () => {
  test.setTimeout(90_000);
  const root = mkdtempSync(join(tmpdir(), 'newsroom-host-files-'));
  // nginx's workers run as another user when the tests run as root: they must be able to read it.
  chmodSync(root, 0o755);
  const dir = join(root, 'dist');
  cpSync('dist', dir, { recursive: true });
  cpSync('dist-nginx.conf', `${dir}-nginx.conf`);
  writeFileSync(join(dir, 'modul.mjs'), 'export const x = 1;\n');
  writeFileSync(join(dir, 'site.webmanifest'), '{"name":"Netzchronik"}\n');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'config'), '[core]\n');
  writeFileSync(join(dir, '.env'), 'SECRET=1\n');
  writeFileSync(join(dir, 'chronik', '.htpasswd'), 'x:y\n');
  // The host's own temporary files go to a folder of this test's, which must be empty once it has stopped.
  const temporary = join(root, 'tmp');
  mkdirSync(temporary);
  const host = await startHost(engine(), dir, { ...process.env, TMPDIR: temporary });
  let left: string[] = [];
  try {
    const base = host.url;
    for (const file of ['modul.mjs', 'site.webmanifest']) expect((await rawGet(base, `/${file}`)).headers['content-type'], file).toBe(contentTypeOf(file));
    if (engine() === 'nginx') {
      for (const path of ['/.env', '/.git/config', '/.git/', '/chronik/.htpasswd', '/chronik/%2ehtpasswd']) {
        const response = await rawGet(base, path);
        expect(response.status, path).toBe(404);
        expect(response.body, path).toContain('Diese Seite gibt es nicht');
      }
    }
  } finally {
    await host.stop();
    left = readdirSync(temporary);
    rmSync(root, { recursive: true, force: true });
  }
  expect(left, 'what the host left in its temporary folder').toEqual([]);
});
