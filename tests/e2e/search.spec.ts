/**
 * The search page: Pagefind's index of the built site, searched in the browser under the
 * page's CSP. Without JavaScript the page explains itself instead of breaking.
 */
import type { Page } from '@playwright/test';
import { violationsInBothSchemes } from '../support/axe.ts';
import { ARTICLE_PATH } from '../support/site.ts';
import { expect, test } from '../support/visitor.ts';

const SEARCH = '/suche/';
const HEADLINE = 'Dieser Mann nahm Donald Trump vom Netz';

/** Console errors, warnings (CSP violations land here) and uncaught exceptions of a page. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.getByRole('list').filter({ has: page.getByRole('heading') });

/** The result item whose headline links to the article. */
function articleResult(page: Page) {
  return results(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: HEADLINE }) });
}

test('searching "Duysak" with the form lists the article with label, date and excerpt', async ({ visitor: page }) => {
  const problems = problemsOf(page);
  await page.goto(SEARCH);
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Duysak');
  await page.getByRole('button', { name: 'Suchen' }).click();

  await expect(status(page)).toHaveText(/^\d+ Treffer für „Duysak“$/);
  await expect(page).toHaveURL(/\/suche\/\?q=Duysak$/);
  const item = articleResult(page);
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Nachricht');
  await expect(item.locator('time')).toHaveText('30.11.2017');
  await expect(item.locator('time')).toHaveAttribute('datetime', '2017-11-30');
  await expect(item.locator('mark').first()).toContainText('Duysak');

  await item.getByRole('link', { name: HEADLINE }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  expect(problems).toEqual([]);
});

test('/suche/?q=Duysak shows the results straight away, under the page\'s CSP', async ({ visitor: page }) => {
  const problems = problemsOf(page);
  await page.goto(`${SEARCH}?q=Duysak`);
  await expect(page.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('Duysak');
  await expect(status(page)).toHaveText(/^\d+ Treffer für „Duysak“$/);
  await expect(articleResult(page)).toHaveCount(1);
  await expect(page).toHaveTitle(/^„Duysak“ – Suche/);
  expect(problems).toEqual([]);
});

test('one search covers every year: the newest year\'s index and the earlier years merged into it', async ({ visitor: page }) => {
  // The article (2017) is in /pagefind/2017/, the explainers (2026) in /pagefind/.
  const loaded: string[] = [];
  page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${SEARCH}?q=Duysak`);
  await expect(articleResult(page)).toHaveCount(1);
  const dates = await results(page).locator('time').allTextContents();
  expect(dates).toContain('30.11.2017');
  expect(dates.some((date) => date.endsWith('.2026'))).toBe(true);
  expect(loaded).toContain('/pagefind/2017/pagefind-entry.json');
  // WebAssembly only once, from the primary index.
  expect(loaded.filter((path) => path.includes('wasm.'))).toEqual(['/pagefind/wasm.de.pagefind']);
});

// The a11y suite checks /suche/ as built; this checks the results the script renders.
test('the results have no WCAG 2.2 AA violations, light and dark', async ({ visitor: page }) => {
  const found = await violationsInBothSchemes(page, `${SEARCH}?q=Duysak`, async (loaded) => {
    await expect(articleResult(loaded)).toHaveCount(1);
  });
  expect(found).toEqual({});
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains that search needs JavaScript, keeps the form and breaks nothing', async ({ page }) => {
    const problems = problemsOf(page);
    const response = await page.goto(`${SEARCH}?q=Duysak`);
    expect(response?.status()).toBe(200);
    // Playwright's text engine skips <noscript>, so the note is found by its element.
    const note = page.locator('noscript p').first();
    await expect(note).toBeVisible();
    await expect(note).toHaveText('Die Volltextsuche braucht JavaScript, und das ist in Ihrem Browser ausgeschaltet.');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Startseite' })).toHaveAttribute('href', '/');
    await expect(main.getByRole('link', { name: 'Korrekturen' })).toHaveAttribute('href', '/korrekturen/');
    const form = page.getByRole('search');
    await expect(form.getByRole('searchbox', { name: 'Suchbegriff' })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Suchen' })).toBeVisible();
    await expect(form).toHaveAttribute('method', 'get');
    await expect(form).toHaveAttribute('action', SEARCH);
    await expect(status(page)).toHaveText('');
    expect(problems).toEqual([]);
  });
});

test('the index leaves out masthead and footer', async ({ visitor: page }) => {
  // Both words are on every page, but only in the chrome: "Startseite" in the main navigation,
  // "Redaktion" in the footer's publisher line. No piece uses them.
  await page.goto(ARTICLE_PATH);
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toContainText('Startseite');
  await expect(page.getByRole('contentinfo')).toContainText('Redaktion');
  const indexed = page.locator('[data-pagefind-body]');
  await expect(indexed).not.toContainText('Startseite');
  await expect(indexed).not.toContainText('Redaktion');

  await page.goto(`${SEARCH}?q=Startseite`);
  await expect(status(page)).toHaveText('Keine Treffer für „Startseite“');
  await expect(results(page).getByRole('listitem')).toHaveCount(0);

  // Pagefind also matches parts of compound words ("Redaktion" finds "Rede"), so this search may
  // list pieces, but none of them for the footer's word.
  await page.goto(`${SEARCH}?q=Redaktion`);
  await expect(status(page)).toHaveText(/Treffer für „Redaktion“$/);
  await expect(page.locator('#suchtreffer')).not.toContainText('Redaktion');
});

test('a query without matches says so', async ({ visitor: page }) => {
  await page.goto(SEARCH);
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Xylophonquark');
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).press('Enter');
  await expect(status(page)).toHaveText('Keine Treffer für „Xylophonquark“');
  await expect(page.locator('#suchtreffer li')).toHaveCount(0);
  await expect(page.locator('#suchtreffer')).toBeHidden();
});
