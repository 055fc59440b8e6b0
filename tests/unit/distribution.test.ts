import { describe, expect, it } from 'vitest';
import { cspFromHtml, headerCsp, mergeCsp, parseCsp, renderCsp, renderHeadersFile, renderRedirectsFile } from '../../src/lib/deploy-files.ts';
import { absolutizeLinks } from '../../src/lib/feed.ts';
import { NEWS_MAX_URLS, renderNewsSitemap, selectNewsPieces } from '../../src/lib/news-sitemap.ts';
import { toPiece, type PieceData } from '../../src/lib/pieces.ts';
import { correctionComment, serializeJsonLd } from '../../src/lib/structured-data.ts';
import { placeholderFields, PLACEHOLDER_PREFIX } from '../../src/site.config.ts';

const data = (published: string, overrides: Partial<PieceData> = {}): PieceData => ({
  title: 'Titel & „Zitat“', standfirst: 'Vorspann.', section: 'chronik', subsection: 'welt', label: 'nachricht',
  published: new Date(published), topics: [], corrections: [], redirectFrom: [], draft: false, ...overrides,
});

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
  it('merges the pages\' CSPs into one policy and adds what only a header can say', () => {
    const a = parseCsp("script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S'");
    const b = parseCsp("script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-S' 'sha256-T';");
    expect(renderCsp(mergeCsp([a, b]))).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-A'; style-src 'self' 'sha256-S' 'sha256-T'");
    const policy = renderCsp(headerCsp(a));
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('reads the CSP meta Astro writes', () => {
    const csp = cspFromHtml('<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;; style-src &#39;self&#39;"></head>');
    expect(csp && renderCsp(csp)).toBe("script-src 'self'; style-src 'self'");
    expect(cspFromHtml('<p>no policy</p>')).toBeUndefined();
  });

  it('writes _headers with the security headers and immutable caching under the base path', () => {
    const file = renderHeadersFile({ csp: parseCsp("script-src 'self'"), basePath: '/netzchronik/' });
    expect(file).toMatch(/^\/netzchronik\/\*\n {2}Content-Security-Policy: script-src 'self'; frame-ancestors 'none'/m);
    for (const header of ['Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy']) expect(file).toContain(header);
    expect(file).toMatch(/^\/netzchronik\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });

  it('writes _redirects as permanent redirects', () => {
    expect(renderRedirectsFile([{ from: '/a/', to: '/b/' }], '/')).toContain('/a/ /b/ 301');
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

  it('finds the legal fields that are still placeholders', () => {
    expect(placeholderFields({ legal: { address: ['Straße 1', `${PLACEHOLDER_PREFIX} Ort]`], email: 'a@b.de', responsible: `${PLACEHOLDER_PREFIX} x]`, host: 'Host' } }))
      .toEqual(['legal.address[1]', 'legal.responsible']);
  });
});
