import { ARTICLE_PATH, deliveredArticle, normalizeText } from '../support/site.ts';
import { expect, test } from '../support/visitor.ts';

const seed = deliveredArticle();
// The one change to the delivered words: the corrected name (see the article's corrections).
const corrected = (text: string) => text.replaceAll('Duysaker', 'Duysak');

test.describe('the article', () => {
  test.beforeEach(async ({ visitor: page }) => {
    await page.goto(ARTICLE_PATH);
  });

  test('has the delivered headline as its only h1, and the standfirst', async ({ visitor: page }) => {
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(seed.headline);
    await expect(page).toHaveTitle(new RegExp(`^${seed.headline} \\| `));
    await expect(page.locator('article header')).toContainText(seed.standfirst);
  });

  test('shows section › subsection as kicker and the publication date the German way', async ({ visitor: page }) => {
    expect(seed.sectionLine).toBe('Chronik | Welt');
    await expect(page.getByRole('navigation', { name: 'Rubrik' })).toHaveText(/Chronik\s*›\s*Welt/);
    const published = page.locator('article header time').first();
    await expect(published).toHaveText(seed.date);
    await expect(published).toHaveAttribute('datetime', '2017-11-30T00:00:00+01:00');
    await expect(page.locator('article header')).toContainText('Nachricht');
  });

  test('carries every delivered paragraph, word for word, with the name corrected', async ({ visitor: page }) => {
    const prose = page.locator('article .prose');
    const paragraphs = (await prose.locator('p').allInnerTexts()).map(normalizeText);
    expect(paragraphs).toEqual(seed.paragraphs.map((text) => normalizeText(corrected(text))));
    expect(seed.subheads).toEqual(['Hofft nun auf Ruhe']);
    await expect(prose.locator('h2')).toHaveText(seed.subheads);
  });

  test('shows a dated correction note naming both spellings, linked to the corrections log', async ({ visitor: page }) => {
    const note = page.getByRole('complementary', { name: 'Korrektur' });
    await expect(note).toBeVisible();
    await expect(note).toContainText('Korrektur vom 26.11.2026:');
    await expect(note.locator('time')).toHaveAttribute('datetime', '2026-11-26T11:30:00+01:00');
    await expect(note).toContainText('Duysaker');
    await expect(note).toContainText('Bahtiyar Duysak');
    // The log lists a month oldest first, a page at a time: the link stays right however many corrections follow.
    await expect(note.getByRole('link', { name: 'Alle Korrekturen' })).toHaveAttribute('href', '/korrekturen/2026/11/#k-chronik-welt-2017-11-30-dieser-mann-nahm-donald-trump-vom-netz-1');
    // The article's update date follows from the correction.
    await expect(page.locator('article header time').nth(1)).toHaveText('26.11.2026');
  });

  test('says "Duysaker" only inside the correction note: not in the text, title or description', async ({ visitor: page }) => {
    const everywhere = (await page.locator('body').innerText()).match(/Duysaker/g) ?? [];
    const inNote = (await page.getByRole('complementary', { name: 'Korrektur' }).innerText()).match(/Duysaker/g) ?? [];
    expect(inNote.length).toBeGreaterThan(0);
    expect(everywhere.length).toBe(inNote.length);
    expect(await page.title()).not.toContain('Duysaker');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).not.toContain('Duysaker');
  });

  test('has "Duysaker" in its source only in the correction: the visible note and the CorrectionComment', async ({ request }) => {
    const html = await (await request.get(ARTICLE_PATH)).text();
    const withoutNote = html.replace(/<aside aria-label="Korrektur"[\s\S]*?<\/aside>/, '');
    const jsonLd = [...withoutNote.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, json]) => JSON.parse(json ?? '{}') as Record<string, unknown>);
    const withoutCorrections = jsonLd.map(({ correction: _correction, ...rest }) => rest);
    const rest = withoutNote.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
    expect(html.match(/Duysaker/g)).toHaveLength(2);
    expect(rest).not.toContain('Duysaker');
    expect(JSON.stringify(withoutCorrections)).not.toContain('Duysaker');
  });

  test('ships no JavaScript', async ({ visitor: page }) => {
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  });

  test('lists its source and links to its explainers', async ({ visitor: page }) => {
    await expect(page.locator('#quellen + ol li')).toHaveCount(1);
    await expect(page.locator('#quellen + ol')).toContainText('TechCrunch');
    const related = page.getByRole('region', { name: /Mehr zum Thema/ }).getByRole('link');
    await expect(related).toHaveCount(4);
  });
});

test('the front page leads with the article', async ({ visitor: page }) => {
  await page.goto('/');
  const lead = page.getByRole('region', { name: 'Aufmacher' });
  await expect(lead.getByRole('link', { name: seed.headline })).toHaveAttribute('href', ARTICLE_PATH);
  await expect(lead).toContainText('Chronik › Welt');
  await expect(lead).toContainText(seed.standfirst);
  await expect(lead.locator('time').first()).toHaveText('30.11.2017');
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  await lead.getByRole('link', { name: seed.headline }).click();
  await expect(page).toHaveURL(ARTICLE_PATH);
});

test('the layout has German language, landmarks and a working skip link', async ({ visitor: page }) => {
  await page.goto(ARTICLE_PATH);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  for (const role of ['banner', 'main', 'contentinfo'] as const) await expect(page.getByRole(role)).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#inhalt$/);
});
