import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compilePattern,
  contentTypeFor,
  createStaticServer,
  matchPattern,
  matchRedirect,
  parseHeadersFile,
  parseRedirectsFile,
  resolveHeaders,
  toLocationHeader,
} from '../../scripts/serve.ts';

describe('matchPattern', () => {
  it('matches exact paths only exactly', () => {
    expect(matchPattern('/about/', '/about/')).toBe(true);
    expect(matchPattern('/about/', '/about')).toBe(false);
    expect(matchPattern('/about/', '/about/team/')).toBe(false);
  });

  it('lets * match across segments, including nothing', () => {
    expect(matchPattern('/*', '/')).toBe(true);
    expect(matchPattern('/*', '/a/b/c.html')).toBe(true);
    expect(matchPattern('/assets/*', '/assets/x/y.css')).toBe(true);
    expect(matchPattern('/assets/*', '/assets/')).toBe(true);
    expect(matchPattern('/assets/*', '/assetsx/y.css')).toBe(false);
    expect(matchPattern('/*.xml', '/feeds/rss.xml')).toBe(true);
    expect(matchPattern('/*.xml', '/rss.xml.html')).toBe(false);
  });

  it('lets :placeholder match exactly one non-empty segment', () => {
    expect(matchPattern('/blog/:slug/', '/blog/hello/')).toBe(true);
    expect(matchPattern('/blog/:slug/', '/blog/a/b/')).toBe(false);
    expect(matchPattern('/blog/:slug/', '/blog//')).toBe(false);
    expect(matchPattern('/:year/:slug', '/2017/x')).toBe(true);
  });

  it('treats regex metacharacters literally', () => {
    expect(matchPattern('/a.b', '/a.b')).toBe(true);
    expect(matchPattern('/a.b', '/aXb')).toBe(false);
    expect(matchPattern('/(x)+', '/(x)+')).toBe(true);
    expect(matchPattern('/(x)+', '/xx')).toBe(false);
  });

  it('captures the splat and placeholders', () => {
    const groups = compilePattern('/news/:year/*').exec('/news/2017/a/b')?.groups;
    expect(groups).toEqual({ year: '2017', splat: 'a/b' });
  });
});

describe('parseHeadersFile', () => {
  it('parses blocks, skipping comments and blank lines, splitting at the first colon', () => {
    const rules = parseHeadersFile(
      [
        '# comment',
        '/*',
        '  X-Frame-Options: DENY',
        '  Content-Security-Policy: default-src \'self\'; img-src https://a.example:443',
        '',
        '/pagefind/*',
        '\tCache-Control: no-cache',
        '  ! X-Frame-Options',
        '  # indented comment',
      ].join('\r\n'),
    );
    expect(rules).toEqual([
      {
        pattern: '/*',
        set: [
          ['X-Frame-Options', 'DENY'],
          ['Content-Security-Policy', "default-src 'self'; img-src https://a.example:443"],
        ],
        unset: [],
      },
      { pattern: '/pagefind/*', set: [['Cache-Control', 'no-cache']], unset: ['X-Frame-Options'] },
    ]);
  });

  it('rejects header lines without a pattern and lines without a colon', () => {
    expect(() => parseHeadersFile('  X-A: 1')).toThrow(/before any path/);
    expect(() => parseHeadersFile('/*\n  nonsense')).toThrow(/Name: value/);
  });
});

describe('resolveHeaders', () => {
  const rules = parseHeadersFile(
    [
      '/*',
      '  X-Frame-Options: DENY',
      '  Link: </a.css>; rel=preload',
      '/blog/:slug/',
      '  Cache-Control: max-age=60',
      '  link: </b.css>; rel=preload',
      '/pagefind/*',
      '  ! x-frame-options',
      'https://:project.pages.dev/*',
      '  X-Robots-Tag: noindex',
    ].join('\n'),
  );
  const asObject = (pathname: string): Record<string, string> =>
    Object.fromEntries([...resolveHeaders(rules, pathname).values()].map(({ name, value }) => [name, value]));

  it('applies every matching block in file order and joins repeated names', () => {
    expect(asObject('/blog/x/')).toEqual({
      'X-Frame-Options': 'DENY',
      Link: '</a.css>; rel=preload, </b.css>; rel=preload',
      'Cache-Control': 'max-age=60',
    });
  });

  it('applies only the blocks that match', () => {
    expect(asObject('/about/')).toEqual({ 'X-Frame-Options': 'DENY', Link: '</a.css>; rel=preload' });
  });

  it('removes headers with "! Name" case-insensitively', () => {
    expect(asObject('/pagefind/x.pf_meta')).toEqual({ Link: '</a.css>; rel=preload' });
  });

  it('ignores host-qualified patterns', () => {
    expect(asObject('/anything')).not.toHaveProperty('X-Robots-Tag');
  });
});

describe('parseRedirectsFile', () => {
  it('parses from, to and status, defaulting to 301', () => {
    expect(
      parseRedirectsFile(
        ['# moved', '/old   /new', '/temp /elsewhere 302', '', '/forced /x 301!', '/app/* /index.html 200'].join('\n'),
      ),
    ).toEqual([
      { from: '/old', to: '/new', status: 301 },
      { from: '/temp', to: '/elsewhere', status: 302 },
      { from: '/forced', to: '/x', status: 301 },
      { from: '/app/*', to: '/index.html', status: 200 },
    ]);
  });

  it('rejects malformed lines', () => {
    expect(() => parseRedirectsFile('/only-from')).toThrow(/from to/);
    expect(() => parseRedirectsFile('/a /b permanent')).toThrow(/invalid status/);
  });
});

describe('matchRedirect', () => {
  const rules = parseRedirectsFile(
    ['/old /new/ 302', '/news/* /blog/:splat', '/tag/:name /tags/:name/', '/old /shadowed'].join('\n'),
  );

  it('matches exact paths and returns the first rule', () => {
    expect(matchRedirect(rules, '/old')).toEqual({ to: '/new/', status: 302 });
    expect(matchRedirect(rules, '/old/')).toBeUndefined();
  });

  it('substitutes :splat and named placeholders', () => {
    expect(matchRedirect(rules, '/news/2017/a/')).toEqual({ to: '/blog/2017/a/', status: 301 });
    expect(matchRedirect(rules, '/tag/web')).toEqual({ to: '/tags/web/', status: 301 });
  });

  it('returns undefined when nothing matches', () => {
    expect(matchRedirect(rules, '/blog/')).toBeUndefined();
  });
});

describe('contentTypeFor / toLocationHeader', () => {
  it('maps the extensions the site ships', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('rss.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeFor('og.avif')).toBe('image/avif');
    expect(contentTypeFor('f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('site.webmanifest')).toBe('application/manifest+json');
    expect(contentTypeFor('pagefind/fragment/en_1.pf_fragment')).toBe('application/octet-stream');
    expect(contentTypeFor('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect(contentTypeFor('noextension')).toBe('application/octet-stream');
  });

  it('percent-encodes only what a header cannot carry', () => {
    expect(toLocationHeader('/blog/grüße/?q=a%20b')).toBe('/blog/gr%C3%BC%C3%9Fe/?q=a%20b');
  });
});

// The server itself, over real HTTP, against a scratch directory.
describe('createStaticServer', () => {
  let root: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
    const site = path.join(root, 'site');
    mkdirSync(path.join(site, 'blog', 'post'), { recursive: true });
    writeFileSync(path.join(root, 'outside.txt'), 'secret');
    writeFileSync(path.join(site, 'index.html'), '<h1>home</h1>');
    writeFileSync(path.join(site, 'blog', 'post', 'index.html'), '<h1>post</h1>');
    writeFileSync(path.join(site, '404.html'), '<h1>missing</h1>');
    writeFileSync(path.join(site, 'app.css'), 'body{}');
    writeFileSync(path.join(site, '_headers'), '/*\n  X-Test: all\n/blog/*\n  X-Test: blog\n');
    writeFileSync(path.join(site, '_redirects'), '/old /blog/post/ 302\n/alias /blog/post/ 200\n');
    server = createStaticServer({ dir: site });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(root, { recursive: true, force: true });
  });

  const get = (p: string, init: RequestInit = {}): Promise<Response> =>
    fetch(base + p, { redirect: 'manual', ...init });

  it('serves directory indexes with headers from _headers', async () => {
    const res = await get('/blog/post/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-test')).toBe('all, blog');
    expect(await res.text()).toBe('<h1>post</h1>');
  });

  it('redirects directories without a trailing slash, keeping the query', async () => {
    const res = await get('/blog/post?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/blog/post/?x=1');
  });

  it('serves the 404 page with status 404', async () => {
    const res = await get('/nope/');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<h1>missing</h1>');
  });

  it('honours _redirects, including 200 rewrites', async () => {
    const moved = await get('/old');
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe('/blog/post/');
    const rewritten = await get('/alias');
    expect(rewritten.status).toBe(200);
    expect(await rewritten.text()).toBe('<h1>post</h1>');
  });

  it('answers HEAD with headers but no body', async () => {
    const res = await get('/app.css', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('content-length')).toBe('6');
    expect(await res.text()).toBe('');
  });

  it('never serves files outside the directory', async () => {
    // fetch() normalises "..", so encoded dots are the realistic attack.
    const res = await get('/%2e%2e/outside.txt');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain('secret');
  });

  it('does not publish _headers and _redirects', async () => {
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/_redirects')).status).toBe(404);
  });

  it('rejects other methods', async () => {
    const res = await get('/', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});
