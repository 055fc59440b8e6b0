import { describe, expect, it } from 'vitest';
import { contentTypeOf, devServerCsp, headerCsp, metaCsp, renderHeadersFile, renderNginxConf, renderRedirectsFile } from '../../src/outputs/hosting/host-files.ts';
import { inlineCode, inlineCodeReport } from '../../src/outputs/hosting/inline-code.ts';
import { absolutizeLinks } from '../../src/outputs/feeds/feed.ts';
import { NEWS_MAX_URLS, renderNewsSitemap, selectNewsPieces } from '../../src/outputs/feeds/news-sitemap.ts';
import { toPiece } from '../../src/newsroom/pieces.ts';
import { articleData } from '../support/piece-data.ts';
import { correctionComment, frontPageData, pieceData, serializeJsonLd } from '../../src/outputs/metadata/structured-data.ts';
import { placeholder } from '../../src/schemas/placeholder.ts';
import { placeholderFields } from '../../src/site.config.ts';

const data = (published: string, overrides: Parameters<typeof articleData>[0] = {}) => articleData({ title: 'Titel & „Zitat“', standfirst: 'Vorspann.', published: new Date(published), ...overrides });

describe('Google News sitemap selection (fixed clock)', () => {
  const now = new Date('2026-11-26T12:00:00+01:00');

  it('keeps pieces of the last two days, newest first, and drops older, future and draft ones', () => {
    const pieces = [
      toPiece('article', 'gestern', data('2026-11-25T12:00:00+01:00')),
      toPiece('article', 'grenze', data('2026-11-24T12:00:00+01:00')),
      toPiece('article', 'zu-alt', data('2026-11-24T11:59:59+01:00')),
      toPiece('article', 'zukunft', data('2026-11-26T12:00:01+01:00')),
      toPiece('article', 'entwurf', data('2026-11-26T08:00:00+01:00', { draft: true })),
      toPiece('explainer', 'heute', data('2026-11-26T10:00:00+01:00')),
    ];
    expect(selectNewsPieces(pieces, now).map((piece) => piece.id)).toEqual(['heute', 'gestern', 'grenze']);
  });

  it('lists at most 1,000', () => {
    const many = Array.from({ length: NEWS_MAX_URLS + 5 }, (_, i) => toPiece('article', `p${i}`, data('2026-11-26T09:00:00+01:00')));
    expect(selectNewsPieces(many, now)).toHaveLength(NEWS_MAX_URLS);
  });

  it('renders valid, escaped XML, and an empty urlset when nothing is new', () => {
    const xml = renderNewsSitemap([toPiece('article', 'a', data('2026-11-26T10:00:00+01:00'))]);
    expect(xml).toContain('<news:title>Titel &amp; „Zitat“</news:title>');
    expect(xml).toContain('<news:language>de</news:language>');
    expect(xml).toContain('<news:publication_date>2026-11-26T10:00:00+01:00</news:publication_date>');
    expect(renderNewsSitemap([])).toMatch(/<urlset [^>]+>\n<\/urlset>/);
  });
});

describe('deploy files', () => {
  it('gives every page type one policy without hashes or unsafe-inline; only search runs scripts', () => {
    for (const path of ['/', '/chronik/', '/chronik/welt/2017/11/30/x/', '/404/']) {
      expect(metaCsp(path)).toMatch(/^default-src 'none';/);
      expect(metaCsp(path)).not.toContain('script-src');
    }
    expect(metaCsp('/suche/')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    for (const path of ['/', '/suche/']) {
      expect(headerCsp(path)).toBe(`${metaCsp(path)}; frame-ancestors 'none'`);
      expect(headerCsp(path)).not.toMatch(/unsafe-inline|'sha/);
    }
  });

  it("gives the dev server's pages their policy plus only what Vite's client and styles need", () => {
    expect(devServerCsp('/')).toBe(`${metaCsp('/')}; script-src 'self'`.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
    expect(devServerCsp('/suche/')).toBe(metaCsp('/suche/').replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
  });

  it('finds inline code that no policy allows, and lets JSON-LD and external scripts pass', () => {
    expect(inlineCode('<script type="application/ld+json">{}</script><script type="module" src="/_astro/a.js"></script><p>&lt;script&gt; style="x"</p>')).toEqual([]);
    expect(inlineCode('<script>alert(1)</script><style>p{}</style><p style="color:red">')).toEqual([
      'ein Skript im Text der Seite (<script>)',
      'ein <style>-Element',
      'eine Angabe style="color:red" an <p>',
    ]);
    expect(inlineCode('<p\n  style="color:red">x</p>')).toHaveLength(1);
    expect(inlineCode('<SCRIPT TYPE="module">run()</SCRIPT><a href="#" OnClick="x()">a</a>')).toEqual([
      'ein Skript im Text der Seite (<script type="module">)',
      'eine Angabe onclick, die Code ausführt, an <a>',
    ]);
  });

  it('reads pages as HTML: "<script>" inside an attribute or a JSON-LD block is text, not a script', () => {
    // As Astro writes an address with a pasted "><script>: only the quote escaped.
    expect(inlineCode('<a href="https://example.org/a&#34;><script>alert(1)</script>">Quelle</a>')).toEqual([]);
    expect(inlineCode('<a href=\'https://example.org/a"><script>alert(1)</script>\'>Quelle</a>')).toEqual([]);
    expect(inlineCode('<meta content="<script>x</script> <style> style=a">')).toEqual([]);
    expect(inlineCode('<script type="application/ld+json">{"name":"<script>x<\\/script>"}</script>')).toEqual([]);
    expect(inlineCode('<p title="x" data-style="a">style="color:red"</p>')).toEqual([]);
  });

  it('is not fooled by a script tag that only looks like the known ones', () => {
    expect(inlineCode('<script data-x="src=/a.js">run()</script>')).toEqual(['ein Skript im Text der Seite (<script data-x="src=/a.js">)']);
    expect(inlineCode('<script data-type="application/ld+json">run()</script>')).toHaveLength(1);
    expect(inlineCode('<script type="application/ld+json" >{}</script><script type="module" src="/a.js" onload="x()"></script>')).toEqual(['eine Angabe onload, die Code ausführt, an <script>']);
    expect(inlineCode('<script type="application/ld+json">{"a":"</script><script>run()</script>"}')).toHaveLength(1);
  });

  it('names the built page and, for a piece\'s pages, the editor\'s file it is made from', () => {
    const pages: Record<string, string> = {
      'index.html': '<p>ok</p>',
      'chronik/welt/2017/11/30/ein-artikel/index.html': '<p style="color:red">x</p><p style="color:red">y</p>',
      'chronik/welt/2017/11/30/ein-artikel/versionen/index.html': '<script>x()</script>',
      'impressum/index.html': '<style>p{}</style>',
    };
    const pieces = [{ kind: 'article' as const, id: 'ein-artikel', path: '/chronik/welt/2017/11/30/ein-artikel/' }];
    const report = inlineCodeReport(Object.keys(pages), (page) => pages[page] ?? '', pieces, { outDir: 'dist', contentDir: 'content' });
    expect(report).toEqual([
      '3 erzeugte Seiten enthalten Code, den die Sicherheitsregeln der Website (Content-Security-Policy) im Browser der Leser sperren würden; nichts wurde veröffentlicht:',
      '  eine Angabe style="color:red" an <p> (2-mal) in dist/chronik/welt/2017/11/30/ein-artikel/index.html, erzeugt aus content/articles/ein-artikel.mdx',
      '  ein Skript im Text der Seite (<script>) in dist/chronik/welt/2017/11/30/ein-artikel/versionen/index.html, erzeugt aus content/articles/ein-artikel.mdx',
      '  ein <style>-Element in dist/impressum/index.html',
    ]);
    expect(inlineCodeReport(['index.html'], () => '<p>ok</p>', pieces, { outDir: 'dist', contentDir: 'content' })).toEqual([]);
    const many = Array.from({ length: 12 }, (_, index) => `seite-${index}/index.html`);
    expect(inlineCodeReport(many, () => '<style></style>', [], { outDir: 'dist', contentDir: 'content' }).slice(-2)).toEqual(['  ein <style>-Element in dist/seite-9/index.html', '  und 2 weitere']);
  });

  it('writes _headers with the security headers, one policy per page type and immutable caching under the base path', () => {
    const file = renderHeadersFile('/netzchronik/');
    expect(file).toMatch(/^\/netzchronik\/\*\n {2}Content-Security-Policy: default-src 'none';.*frame-ancestors 'none'$/m);
    expect(file).toMatch(/^\/netzchronik\/suche\/\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: .*'wasm-unsafe-eval'/m);
    for (const header of ['Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy']) expect(file).toContain(header);
    expect(file).toMatch(/^\/netzchronik\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(file).toMatch(/^\/netzchronik\/pagefind\/fragment\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    // Cloudflare Pages allows 100 rules.
    expect(file.split('\n').filter((line) => line.startsWith('/')).length).toBeLessThanOrEqual(100);
  });

  it('writes _redirects as permanent redirects', () => {
    expect(renderRedirectsFile([{ from: '/a/', to: '/b/' }], '/')).toContain('/a/ /b/ 301');
  });

  it('writes an nginx snippet with the same policies, caching and redirects, quoting what nginx would parse', () => {
    const conf = renderNginxConf([{ from: '/alt;{x}/', to: '/neu/' }], '/netzchronik/');
    expect(conf).toContain(`location = /netzchronik/suche/ {\n  add_header Content-Security-Policy "${headerCsp('/suche/')}" always;`);
    expect(conf).toContain('location = "/netzchronik/alt;{x}/" {\n  return 301 "/netzchronik/neu/";\n}');
    expect(conf).toContain('location ~ ^/netzchronik/pagefind/([0-9][0-9][0-9][0-9]/)?pagefind\\.[^/]+\\.pf_meta$ {');
    expect(conf).toContain('location ~ ^/netzchronik/pagefind/[0-9][0-9][0-9][0-9]/fragment/ {');
    expect(conf).toContain('error_page 404 /netzchronik/404.html;');
  });

  it('makes nginx answer as Cloudflare does: a page\'s index.html redirects to its folder, dotfiles and the compressed copies are no addresses', () => {
    const conf = renderNginxConf([], '/netzchronik/');
    // Under the base path, and never to "//host/": every segment has a name.
    expect(conf).toContain('location ~ "^(/netzchronik/(?:[^/]+/)*)index\\\\.html$" {\n  if (-f $request_filename) {\n    return 301 $1$is_args$args;\n  }\n  return 404;\n}');
    expect(conf).toContain('location ~ "^/netzchronik/(.*/)?\\\\." {\n  return 404;\n}');
    expect(conf).toContain('location ~ \\.(br|gz)$ {\n  return 404;\n}');
    expect(conf).toMatch(/^location \/netzchronik\/ \{\n(  add_header .*\n)+  try_files \$uri \$\{uri\}index\.html @folder;\n\}$/m);
    // The dotfile rule is the first regular expression: nginx takes the first that matches.
    expect(conf.indexOf('location ~')).toBe(conf.indexOf('location ~ "^/netzchronik/(.*/)?'));
    for (const line of ['gzip off;', 'gzip_static on;', 'gzip_vary on;', 'default_type application/octet-stream;', 'charset_types text/css text/plain;']) expect(conf).toContain(`\n${line}\n`);
    expect(conf).toMatch(/^types \{\n(  [a-z0-9+./-]+( [a-z0-9]+)+;\n)+\}$/m);
    expect(conf).toContain('  application/manifest+json webmanifest;\n');
    expect(conf).toContain('  application/javascript js mjs;\n');
  });

  it('gives each file the media type Cloudflare sends, a charset only to text', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('_astro/Page.x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('site.webmanifest')).toBe('application/manifest+json');
    expect(contentTypeOf('a.MJS')).toBe('application/javascript');
    expect(contentTypeOf('feed.xml')).toBe('application/xml');
    expect(contentTypeOf('pagefind/wasm.de.pagefind')).toBe('application/octet-stream');
  });
});

describe('feeds and structured data', () => {
  it('makes links absolute for feed readers', () => {
    const html = absolutizeLinks('<a href="/thema/x/">x</a> <a href="#quelle-1">[1]</a> <a href="https://example.org/">e</a>', 'https://n.example/a/b/');
    expect(html).toBe('<a href="https://n.example/thema/x/">x</a> <a href="https://n.example/a/b/#quelle-1">[1]</a> <a href="https://example.org/">e</a>');
  });

  it('describes a correction as schema.org CorrectionComment dated from the typed correction', () => {
    const comment = correctionComment({ date: new Date('2026-11-26T11:30:00+01:00'), wrong: 'Duysaker', right: 'Duysak', note: 'Notiz' });
    expect(comment).toEqual({ '@type': 'CorrectionComment', text: 'Notiz', datePublished: '2026-11-26T11:30:00+01:00' });
  });

  it('escapes "<" so JSON-LD cannot close its script element', () => {
    expect(serializeJsonLd({ text: '</script><script>alert(1)</script>' })).not.toContain('<');
  });

  it('finds the legal and newsroom fields that are still placeholders', () => {
    expect(placeholderFields({
      legal: { address: ['Straße 1', placeholder('Ort')], email: 'a@b.de', responsible: placeholder('x'), host: 'Host' },
      newsroom: { correctionsEmail: placeholder('Adresse'), responseTime: 'Wir antworten binnen zwei Werktagen.', verification: 'Zwei Quellen.', ownership: placeholder('y') },
    })).toEqual(['legal.address[1]', 'legal.responsible', 'newsroom.correctionsEmail', 'newsroom.ownership']);
  });

  it('names the publication\'s promises on the publisher, and the principles on every piece', () => {
    const promises = {
      publishingPrinciples: 'https://netzchronik.example/grundsaetze/',
      verificationFactCheckingPolicy: 'https://netzchronik.example/grundsaetze/#pruefung',
      ethicsPolicy: 'https://netzchronik.example/grundsaetze/#unabhaengigkeit',
      correctionsPolicy: 'https://netzchronik.example/transparenz/',
      actionableFeedbackPolicy: 'https://netzchronik.example/transparenz/#fehler-melden',
      masthead: 'https://netzchronik.example/redaktion/',
    };
    expect(frontPageData().publisher).toMatchObject({ '@type': 'NewsMediaOrganization', ...promises });
    for (const piece of [toPiece('article', 'a', data('2026-11-26T09:00:00+01:00')), toPiece('explainer', 'e', data('2026-11-26T09:00:00+01:00'))]) {
      const document = pieceData(piece);
      expect(document).toMatchObject({ publishingPrinciples: promises.publishingPrinciples, publisher: promises });
    }
  });
});
