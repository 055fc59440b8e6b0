import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { ELEMENT_NODE, parse, TEXT_NODE, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { pageKindOf } from '../../src/routing/routes.ts';
import { jsonLd, type JsonLd } from '../support/json-ld.ts';
import { ARTICLE_PATH, builtPages } from '../support/site.ts';
import { expect, test } from '../support/visitor.ts';

const pages = builtPages();
const piecePaths = pages.filter((path) => pageKindOf(path) === 'piece');
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'item', 'sitemap', 'category'].includes(name) });

/** The text inside an element of a parsed page, e.g. a script's. */
const textOf = (element: Node): string => (element.type === ELEMENT_NODE ? element.children.map((child) => (child.type === TEXT_NODE ? child.value : '')).join('') : '');

/** An attribute of the first element `selector` finds in a parsed page, if there is one. */
function attributeOf(document: Node, selector: string, name: string): string | undefined {
  const element: Node | undefined = querySelector(document, selector);
  return element?.type === ELEMENT_NODE ? element.attributes[name] : undefined;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(sitePath: string): { width: number; height: number } {
  const bytes = readFileSync(join('dist', new URL(sitePath, 'https://x.invalid').pathname));
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

// The head's facts are static HTML (no script changes them): read from each page as the host
// serves it, without a browser, which would also load and lay out every page.
test('every page has parseable JSON-LD, an absolute canonical URL and a description', async ({ request }) => {
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const document: Node = parse(await response.text());
    const blocks = querySelectorAll(document, 'script[type="application/ld+json"]').map((script) => textOf(script));
    expect(blocks.length, path).toBeGreaterThan(0);
    for (const block of blocks) expect((JSON.parse(block) as JsonLd)['@context'], path).toBe('https://schema.org');
    expect(attributeOf(document, 'link[rel="canonical"]', 'href'), path).toMatch(new RegExp(`^https?://[^/]+${path}$`));
    expect(attributeOf(document, 'meta[name="description"]', 'content')?.length, path).toBeGreaterThan(20);
  }
});

test('the article is a NewsArticle with its correction as CorrectionComment', async ({ visitor: page }) => {
  await page.goto(ARTICLE_PATH);
  const [article, breadcrumbs] = await jsonLd(page);
  expect(article).toMatchObject({
    '@type': 'NewsArticle',
    headline: 'Dieser Mann nahm Donald Trump vom Netz',
    description: expect.stringContaining('Twitter-Account des US-Präsidenten'),
    datePublished: '2017-11-30T00:00:00+01:00',
    dateModified: '2026-11-26T11:30:00+01:00',
    inLanguage: 'de-DE',
    articleSection: ['Chronik', 'Welt'],
    keywords: ['Twitter', 'Donald Trump', 'Bahtiyar Duysak'],
    mainEntityOfPage: { '@type': 'WebPage', '@id': expect.stringMatching(new RegExp(`${ARTICLE_PATH}$`)) },
    // No person is named (no author files): the newsroom, as site.config.ts names it.
    author: { '@type': 'Organization', name: 'Netzchronik Redaktion', parentOrganization: { '@id': expect.stringContaining('#organisation') } },
    publisher: { '@type': 'NewsMediaOrganization', name: 'Netzchronik', logo: { url: expect.stringMatching(/\/logo\.png$/) } },
    correction: [{ '@type': 'CorrectionComment', datePublished: '2026-11-26T11:30:00+01:00', text: expect.stringContaining('Duysaker') }],
  });
  // One image for everything: the social card, also og:image (see CARD_SIZE in src/routing/urls.ts).
  const image = article?.['image'] as { '@type': string; url: string; width: string; height: string };
  expect(image).toMatchObject({ '@type': 'ImageObject', width: '1200', height: '630' });
  expect(pngSize(image.url)).toEqual({ width: 1200, height: 630 });
  expect(image.url).toBe(await meta(page, 'og:image'));
  expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList', itemListElement: [{ position: 1 }, { name: 'Chronik' }, { name: 'Welt' }, { position: 4, name: 'Dieser Mann nahm Donald Trump vom Netz' }] });
  expect(JSON.stringify(article)).not.toMatch(/Duysaker(?![^"]*Richtig)/);
});

test('explainers are BackgroundNewsArticles; the front page describes the site and its publisher', async ({ visitor: page }) => {
  const explainers = piecePaths.filter((path) => path !== ARTICLE_PATH);
  expect(explainers.length, 'explainers among the built pages').toBeGreaterThan(0);
  for (const path of explainers) {
    await page.goto(path);
    const [piece, breadcrumbs] = await jsonLd(page);
    expect(piece, path).toMatchObject({ '@type': 'BackgroundNewsArticle', datePublished: expect.stringMatching(/^2026-11-26T/), inLanguage: 'de-DE' });
    expect(breadcrumbs?.['@type']).toBe('BreadcrumbList');
  }
  await page.goto('/');
  const [website] = await jsonLd(page);
  expect(website).toMatchObject({ '@type': 'WebSite', inLanguage: 'de-DE', publisher: { '@type': 'NewsMediaOrganization', name: 'Netzchronik' } });
});

test('pieces carry Open Graph, Twitter and article metadata with a 1200×630 image', async ({ visitor: page }) => {
  expect(piecePaths).toContain(ARTICLE_PATH);
  for (const path of piecePaths) {
    await page.goto(path);
    expect(await meta(page, 'og:type')).toBe('article');
    expect(await meta(page, 'og:title')).toBe(await page.locator('h1').innerText());
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(await meta(page, 'article:section')).toBe('Chronik');
    expect(await page.locator('meta[property="article:tag"]').count()).toBeGreaterThan(0);
    const image = await meta(page, 'og:image');
    expect(pngSize(image ?? '')).toEqual({ width: 1200, height: 630 });
    // The card's path follows the piece's path, so it is as unique as the piece.
    expect(new URL(image ?? '').pathname).toBe(`/social${path.replace(/\/$/, '')}.png`);
    expect(await meta(page, 'og:image:type')).toBe('image/png');
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('630');
    expect(await meta(page, 'twitter:image')).toBe(image);
    const alt = await meta(page, 'og:image:alt');
    expect(alt).toContain(`Überschrift: „${await page.locator('h1').innerText()}“`);
    expect(await meta(page, 'twitter:image:alt')).toBe(alt);
  }
  await page.goto(ARTICLE_PATH);
  expect(await meta(page, 'article:modified_time')).toBe('2026-11-26T11:30:00+01:00');
});

test('the sitemap lists every public page exactly once, with lastmod', async ({ request }) => {
  const index = xml.parse(await (await request.get('/sitemap-index.xml')).text());
  const locs: string[] = [];
  for (const entry of index.sitemapindex.sitemap as { loc: string }[]) {
    const sitemap = xml.parse(await (await request.get(new URL(entry.loc).pathname)).text());
    for (const url of sitemap.urlset.url as { loc: string; lastmod?: string }[]) {
      locs.push(new URL(url.loc).pathname);
      expect(url.lastmod, url.loc).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  }
  expect([...locs].sort()).toEqual(pages);
  const article = xml.parse(await (await request.get('/sitemap-0.xml')).text()).urlset.url.find((url: { loc: string }) => url.loc.endsWith(ARTICLE_PATH));
  expect(article.lastmod).toBe('2026-11-26T10:30:00.000Z');
});

test('the feeds carry every piece once, in full, with the correction', async ({ request }) => {
  const rss = xml.parse(await (await request.get('/feed.xml')).text());
  const items = rss.rss.channel.item as { link: string; 'content:encoded': string; 'atom:updated'?: string }[];
  expect(items.map((item) => new URL(item.link).pathname).sort()).toEqual(piecePaths);
  const article = items.find((item) => item.link.endsWith(ARTICLE_PATH));
  expect(article?.['content:encoded']).toContain('Korrektur vom 26.11.2026:');
  expect(article?.['content:encoded']).toContain('Hofft nun auf Ruhe');
  expect(article?.['atom:updated']).toBe('2026-11-26T11:30:00+01:00');

  const json = (await (await request.get('/feed.json')).json()) as { version: string; items: { url: string; date_modified?: string; content_html: string }[] };
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items.map((item) => new URL(item.url).pathname).sort()).toEqual(piecePaths);
  expect(json.items.find((item) => item.url.endsWith(ARTICLE_PATH))?.date_modified).toBe('2026-11-26T11:30:00+01:00');

  for (const path of ['/', ARTICLE_PATH]) {
    const html = await (await request.get(path)).text();
    expect(html).toContain('type="application/rss+xml"');
    expect(html).toContain('type="application/feed+json"');
  }
});

// Which pieces the news sitemap lists depends on the build's clock (the two days before it): the
// real content's are older, so this build's is empty. tests/content/keeps-building.test.ts builds
// at a fixed clock (NEWS_BUILD_TIME) with pieces inside and after the window and checks each entry.
test('the Google News sitemap is a sitemap with Google News\'s namespace; robots.txt names both sitemaps', async ({ request }) => {
  const news = xml.parse(await (await request.get('/news-sitemap.xml')).text());
  expect(news.urlset).toMatchObject({ '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9' });
  const robots = await (await request.get('/robots.txt')).text();
  for (const sitemap of ['/sitemap-index.xml', '/news-sitemap.xml']) {
    expect(robots).toMatch(new RegExp(`^Sitemap: https?://.+${sitemap}$`, 'm'));
    expect((await request.get(sitemap)).status()).toBe(200);
  }
});

test('Impressum and Datenschutz are linked from the footer and mark their placeholders', async ({ visitor: page }) => {
  for (const [name, path] of [['Impressum', '/impressum/'], ['Datenschutz', '/datenschutz/']] as const) {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name }).click();
    await expect(page).toHaveURL(path);
    await expect(page.locator('h1')).toHaveText(name);
    await expect(page.locator('mark').first()).toContainText('[Platzhalter:');
  }
});

test('an unknown address gets the 404 page that helps on', async ({ visitor: page }) => {
  const response = await page.goto('/gibt-es-nicht/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Diese Seite gibt es nicht');
  await expect(page.getByRole('search')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zur Startseite' })).toBeVisible();
  expect(await page.locator('main article.teaser').count()).toBeGreaterThan(0);
});
