/**
 * Named authors as readers get them, in Chromium: the fixture site
 * (tests/support/fixture-site.ts), whose content has made-up authors (tests/support/authors.ts;
 * the real content has none), served by nginx. The byline links each author's page; the page
 * says who they are and lists their pieces, newest first, a page at a time; the JSON-LD names
 * them as Persons (the newsroom where a piece names nobody); the author pages have no WCAG 2.2 AA
 * violation and pass html-validate.
 */
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { LISTING_PAGE_SIZE } from '../../src/newsroom/listings.ts';
import { violationsInBothSchemes } from '../support/axe.ts';
import { ANNA, BEN, CARLA, MORE_PIECES, PORTRAIT } from '../support/authors.ts';
import { serveFixtureSite, type ServedSite } from '../support/fixture-site.ts';
import { jsonLd } from '../support/json-ld.ts';
import { ARTICLE_PATH } from '../support/site.ts';
import { expect, test } from '../support/visitor.ts';

const AUTHOR_PAGES = [`/autoren/${ANNA.id}/`, `/autoren/${ANNA.id}/seite/2/`, `/autoren/${BEN.id}/`, `/autoren/${CARLA.id}/`];
const EXPLAINER_PATH = '/chronik/welt/2026/11/26/wer-ist-bahtiyar-duysak/';

test.describe('named authors', () => {
  test.describe.configure({ mode: 'serial' });
  let site: ServedSite;

  test.beforeAll(async () => {
    site = await serveFixtureSite();
  });
  test.afterAll(() => site?.stop());

  test('the byline names the authors and links their pages', async ({ visitor: page }) => {
    await page.goto(`${site.baseURL}${ARTICLE_PATH}`);
    const byline = page.locator('article header p', { hasText: /^Von / });
    await expect(byline).toHaveText(`Von ${ANNA.name} und ${BEN.name}`);
    await expect(byline.getByRole('link', { name: ANNA.name })).toHaveAttribute('href', `/autoren/${ANNA.id}/`);
    await expect(byline.getByRole('link', { name: BEN.name })).toHaveAttribute('href', `/autoren/${BEN.id}/`);
    await byline.getByRole('link', { name: BEN.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BEN.name);
  });

  test('the author page says who the author is and how to reach them', async ({ visitor: page }) => {
    await page.goto(`${site.baseURL}/autoren/${ANNA.id}/`);
    await expect(page).toHaveTitle(new RegExp(`^${ANNA.name} `));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ANNA.name);
    const main = page.locator('main');
    await expect(main).toContainText(ANNA.role);
    await expect(main).toContainText(ANNA.expertise.join(', '));
    await expect(main.getByRole('link', { name: ANNA.email })).toHaveAttribute('href', `mailto:${ANNA.email}`);
    await expect(main.getByRole('img', { name: PORTRAIT.alt })).toBeVisible();
    await expect(main.locator('figcaption')).toHaveText(PORTRAIT.credit);
    await page.goto(`${site.baseURL}/autoren/${BEN.id}/`);
    await expect(page.locator('main').getByRole('link', { name: BEN.url })).toHaveAttribute('href', BEN.url);
    await expect(page.locator('main').getByRole('link', { name: /^mailto:|@/ })).toHaveCount(0);
  });

  test('lists the author’s pieces newest first, a page at a time', async ({ visitor: page }) => {
    await page.goto(`${site.baseURL}/autoren/${ANNA.id}/`);
    await expect(page.locator('main')).toContainText(`${MORE_PIECES + 1} Beiträge, neueste zuerst · Seite 1 von 2`);
    const teasers = page.locator('main article.teaser h3 a');
    await expect(teasers).toHaveCount(LISTING_PAGE_SIZE);
    await expect(teasers.first()).toHaveAttribute('href', ARTICLE_PATH);
    await expect(teasers.nth(1)).toHaveText(`Testmeldung Nummer ${MORE_PIECES} über eine Plattform`);
    await page.getByRole('link', { name: /Ältere/ }).click();
    await expect(page).toHaveURL(`${site.baseURL}/autoren/${ANNA.id}/seite/2/`);
    await expect(teasers).toHaveCount(1);
    await expect(teasers.first()).toHaveText('Testmeldung Nummer 1 über eine Plattform');
  });

  test('an author without a public piece has a page that says so', async ({ visitor: page }) => {
    await page.goto(`${site.baseURL}/autoren/${CARLA.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CARLA.name);
    await expect(page.locator('main')).toContainText('Noch keine veröffentlichten Beiträge.');
  });

  test('JSON-LD names the authors as Persons, and the newsroom where a piece names nobody', async ({ visitor: page }) => {
    await page.goto(`${site.baseURL}${ARTICLE_PATH}`);
    const article = (await jsonLd(page)).find((data) => data['@type'] === 'NewsArticle');
    expect(article?.['author']).toEqual([
      expect.objectContaining({ '@type': 'Person', name: ANNA.name, url: `https://netzchronik.example/autoren/${ANNA.id}/`, jobTitle: ANNA.role, email: ANNA.email, image: expect.objectContaining({ width: '400', height: '400' }) }),
      expect.objectContaining({ '@type': 'Person', name: BEN.name, url: `https://netzchronik.example/autoren/${BEN.id}/`, jobTitle: BEN.role, sameAs: [BEN.url] }),
    ]);
    const image = (article?.['author'] as { image: { url: string } }[])[0]?.image.url ?? '';
    expect((await page.request.get(`${site.baseURL}${new URL(image).pathname}`)).ok()).toBe(true);

    await page.goto(`${site.baseURL}${EXPLAINER_PATH}`);
    const explainer = (await jsonLd(page)).find((data) => data['@type'] === 'BackgroundNewsArticle');
    expect(explainer?.['author']).toMatchObject({ '@type': 'Organization', name: 'Netzchronik Redaktion' });

    await page.goto(`${site.baseURL}/autoren/${ANNA.id}/`);
    expect(await jsonLd(page)).toEqual([expect.objectContaining({ '@type': 'ProfilePage', mainEntity: expect.objectContaining({ '@type': 'Person', name: ANNA.name }) })]);
  });

  test('the author pages have no WCAG 2.2 AA violations, light and dark', async ({ visitor: page }) => {
    for (const path of [...AUTHOR_PAGES, ARTICLE_PATH]) expect(await violationsInBothSchemes(page, `${site.baseURL}${path}`), path).toEqual({});
  });

  test('the author pages pass html-validate', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
    for (const path of AUTHOR_PAGES) {
      const report = await validator.validateFile(join(site.dist, path, 'index.html'));
      expect(report.results.flatMap((result) => result.messages.map((message) => `${path} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`))).toEqual([]);
    }
  });
});
