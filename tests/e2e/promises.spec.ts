/** The publication's promises: Grundsätze, Korrekturen und Transparenz, Redaktion, „Fehler melden“, and their JSON-LD. */
import { pageKindOf } from '../../src/routing/routes.ts';
import { errorReportHref } from '../../src/routing/urls.ts';
import { LABEL_MEANINGS, LABELS, labelIds } from '../../src/schemas/taxonomy.ts';
import { site } from '../../src/site.config.ts';
import { jsonLd } from '../support/json-ld.ts';
import { ARTICLE_PATH, builtPages } from '../support/site.ts';
import { expect, test } from '../support/visitor.ts';

const pages = builtPages();
const piecePaths = pages.filter((path) => pageKindOf(path) === 'piece');

test('Grundsätze, Korrekturen und Transparenz and Redaktion are linked from the footer and mark the publisher\'s placeholders', async ({ visitor: page }) => {
  for (const [link, path, heading] of [
    ['Grundsätze', '/grundsaetze/', 'Grundsätze'],
    ['Transparenz', '/transparenz/', 'Korrekturen und Transparenz'],
    ['Redaktion', '/redaktion/', 'Redaktion'],
  ] as const) {
    await page.goto(ARTICLE_PATH);
    await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(page.locator('main mark').first()).toContainText('[Platzhalter:');
  }
  await page.goto('/transparenz/');
  await expect(page.locator('main mark', { hasText: 'E-Mail-Adresse für Fehlermeldungen' })).toHaveCount(1);
  await page.goto('/redaktion/');
  await expect(page.locator('main mark', { hasText: 'verantwortlichen Person' })).toHaveCount(1);
});

test('Grundsätze explain every label, and every piece\'s label is one of them', async ({ visitor: page }) => {
  await page.goto('/grundsaetze/');
  const terms = page.locator('#kennzeichnungen ~ dl dt');
  await expect(terms).toHaveText(labelIds.map((label) => LABELS[label]));
  await expect(page.locator('#kennzeichnungen ~ dl dd')).toHaveText(labelIds.map((label) => LABEL_MEANINGS[label]));
  expect(piecePaths).toContain(ARTICLE_PATH);
  for (const path of piecePaths) {
    await page.goto(path);
    expect(Object.values(LABELS), path).toContain(await page.locator('article').getAttribute('data-label'));
  }
});

test('every piece offers „Fehler melden“: a plain e-mail link with its title and address', async ({ visitor: page }) => {
  expect(piecePaths.length).toBeGreaterThan(0);
  for (const path of piecePaths) {
    await page.goto(path);
    const title = await page.locator('h1').innerText();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href') ?? '';
    expect(canonical, path).toMatch(new RegExp(`^https?://[^/]+${path}$`));
    const link = page.locator('article').getByRole('link', { name: 'Fehler melden', exact: true });
    await expect(link, path).toHaveCount(1);
    const href = await link.getAttribute('href') ?? '';
    expect(href, path).toBe(errorReportHref(title, canonical));
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(decodeURIComponent(mail.pathname)).toBe(site.newsroom.correctionsEmail);
    expect(mail.searchParams.get('subject')).toBe(`Fehler in „${title}“`);
    expect(mail.searchParams.get('body')).toContain(`Adresse: ${canonical}\r\n`);
    await expect(page.locator('article').getByRole('link', { name: 'Wie wir korrigieren' }).last()).toHaveAttribute('href', '/transparenz/');
  }
});

test('the correction note and the corrections log lead to Korrekturen und Transparenz', async ({ visitor: page }) => {
  await page.goto(ARTICLE_PATH);
  await page.getByRole('complementary', { name: 'Korrektur' }).getByRole('link', { name: 'Wie wir korrigieren' }).click();
  await expect(page.locator('h1')).toHaveText('Korrekturen und Transparenz');
  await expect(page.locator('#korrigieren')).toBeVisible();
  await page.goto('/korrekturen/');
  await page.locator('main').getByRole('link', { name: 'Korrekturen und Transparenz' }).click();
  await expect(page).toHaveURL('/transparenz/');
});

test('the JSON-LD names the publication\'s promises, on the publisher and on every piece, each a built page and section', async ({ visitor: page }) => {
  const promises = ['publishingPrinciples', 'verificationFactCheckingPolicy', 'ethicsPolicy', 'correctionsPolicy', 'actionableFeedbackPolicy', 'masthead'];
  await page.goto('/');
  const [website] = await jsonLd(page);
  const publisher = website?.['publisher'] as Record<string, string>;
  expect(Object.keys(publisher)).toEqual(expect.arrayContaining(promises));
  expect(piecePaths).toContain(ARTICLE_PATH);
  for (const path of piecePaths) {
    await page.goto(path);
    const [piece] = await jsonLd(page);
    expect(piece?.['publishingPrinciples'], path).toBe(publisher['publishingPrinciples']);
    expect(piece?.['publisher'], path).toMatchObject(Object.fromEntries(promises.map((name) => [name, publisher[name]])));
  }
  for (const name of promises) {
    const url = new URL(publisher[name] ?? '');
    expect(url.origin, name).toBe(new URL(site.url).origin);
    expect(pages, name).toContain(url.pathname);
    await page.goto(url.pathname);
    if (url.hash) await expect(page.locator(`[id="${url.hash.slice(1)}"]`), name).toHaveCount(1);
  }
});
