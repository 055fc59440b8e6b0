import { ARTICLE_PATH } from '../support/site.ts';
import { expect, test } from '../support/visitor.ts';

const EXPLAINERS = [
  { path: '/chronik/welt/2026/11/26/die-elf-minuten-chronologie/', label: 'Chronologie' },
  { path: '/chronik/welt/2026/11/26/wer-ist-bahtiyar-duysak/', label: 'Hintergrund' },
  { path: '/chronik/welt/2026/11/26/wie-konnte-ein-mitarbeiter-den-account-abschalten/', label: 'Erklärstück' },
  { path: '/chronik/welt/2026/11/26/was-danach-geschah/', label: 'Hintergrund' },
];

for (const { path, label } of EXPLAINERS) {
  test.describe(`explainer ${path}`, () => {
    test.beforeEach(async ({ visitor: page }) => {
      await page.goto(path);
    });

    test('shows its label, one h1, a standfirst and the summary box', async ({ visitor: page }) => {
      await expect(page.locator('article header')).toContainText(label);
      await expect(page.locator('h1')).toHaveCount(1);
      const standfirst = await page.locator('meta[name="description"]').getAttribute('content');
      expect(standfirst?.length).toBeGreaterThan(40);
      await expect(page.locator('article header')).toContainText(standfirst ?? '');
      await expect(page.getByRole('complementary', { name: 'Das Wichtigste in Kürze' })).toBeVisible();
    });

    test('numbers every reference to an entry of its sources list', async ({ visitor: page }) => {
      const entries = page.locator('#quellen + ol > li');
      const count = await entries.count();
      expect(count).toBeGreaterThan(0);
      const references = page.locator('article sup.quelle a');
      expect(await references.count()).toBeGreaterThan(0);
      for (const reference of await references.all()) {
        const target = await reference.getAttribute('href');
        expect(target).toMatch(/^#quelle-\d+$/);
        await expect(page.locator(target ?? '')).toHaveCount(1);
        await expect(reference).toHaveText(`[${target?.replace('#quelle-', '')}]`);
      }
      await references.first().click();
      await expect(page.locator(':target')).toHaveCount(1);
    });

    test('links to the article it explains, and the article links back', async ({ visitor: page }) => {
      await expect(page.getByRole('region', { name: 'Mehr zum Thema' }).locator(`a[href="${ARTICLE_PATH}"]`)).toHaveCount(1);
      await page.goto(ARTICLE_PATH);
      await expect(page.getByRole('region', { name: /Mehr zum Thema/ }).locator(`a[href="${path}"]`)).toHaveCount(1);
    });

    test('says in one sentence that it changed, with a space before the link to its versions', async ({ visitor: page }) => {
      await expect(page.locator('p:has(> a[href$="/versionen/"])')).toHaveText(
        /^Dieser Beitrag wurde seit seiner Veröffentlichung geändert: Versionen \(\d+ Fassungen\) vergleichen$/,
      );
    });

    test('ships no JavaScript and says "Duysaker" nowhere', async ({ visitor: page }) => {
      await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
      expect(await page.locator('body').innerText()).not.toContain('Duysaker');
    });
  });
}

test('the chronology renders its timeline as an ordered list with machine-readable times', async ({ visitor: page }) => {
  await page.goto(EXPLAINERS[0]?.path ?? '');
  const events = page.locator('.timeline ol > li');
  await expect(events).toHaveCount(6);
  const datetimes = await events.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(datetimes).toEqual(['2017-11-02T19:00:00-04:00', '2017-11-02T20:05:00-04:00', '2017-11-02', '2017-11-03', '2017-11-29', '2017-11-30']);
  // US Eastern time with its German equivalent.
  // An approximate time claims no minute: „gegen 19 Uhr“, not „gegen 19:00 Uhr“.
  await expect(events.first()).toContainText('gegen 19 Uhr (Ortszeit US-Ostküste)');
  await expect(events.first()).toContainText('in Deutschland 3. November 2017, gegen 0 Uhr');
  await expect(events.last().getByRole('link', { name: 'Zum Artikel' })).toHaveAttribute('href', ARTICLE_PATH);
});

test('section, subsection and topic pages list their pieces newest first with labels', async ({ visitor: page }) => {
  for (const path of ['/chronik/', '/chronik/welt/', '/thema/twitter/']) {
    await page.goto(path);
    const teasers = page.locator('main article.teaser');
    await expect(teasers).toHaveCount(5);
    const dates = await teasers.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect([...dates].sort().reverse()).toEqual(dates);
    await expect(teasers.last()).toContainText('Nachricht');
  }
  await page.goto('/thema/bahtiyar-duysak/');
  await expect(page.locator('h1')).toHaveText('Bahtiyar Duysak');
});

test('the corrections log lists the correction with date, piece and note, newest first and on its month page, oldest first', async ({ visitor: page }) => {
  for (const logPage of ['/korrekturen/', '/korrekturen/2026/11/']) {
    await page.goto(logPage);
    const entry = page.locator('#k-chronik-welt-2017-11-30-dieser-mann-nahm-donald-trump-vom-netz-1');
    await expect(entry).toContainText('26.11.2026');
    await expect(entry).toContainText('Duysaker');
    await expect(entry.getByRole('link', { name: 'Dieser Mann nahm Donald Trump vom Netz' })).toHaveAttribute('href', ARTICLE_PATH);
  }
  // The month page lists oldest first; fewer corrections than a page holds, so no pager.
  await expect(page.getByRole('main')).toContainText(/\d+ Korrekturen?, älteste zuerst/);
  const dates = await page.locator('main li[id^="k-"] time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(1);
  expect(dates.map((date) => Date.parse(date))).toEqual(dates.map((date) => Date.parse(date)).sort((a, b) => a - b));
  await expect(page.getByRole('navigation', { name: 'Seiten' })).toHaveCount(0);
  await expect(page).toHaveTitle(/^Korrekturen im November 2026/);
  await page.goto('/korrekturen/');
  await page.getByRole('link', { name: 'November 2026' }).click();
  await expect(page).toHaveURL('/korrekturen/2026/11/');
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Korrekturen' }).click();
  await expect(page).toHaveURL('/korrekturen/');
});

test('the chronology quotes Trump\'s post as a quotation with author, handle and day, loading nothing from elsewhere', async ({ visitor: page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin) foreign.push(request.url());
  });
  await page.goto(EXPLAINERS[0]?.path ?? '');
  const post = page.locator('figure.post').filter({ hasText: 'rogue employee' });
  await expect(post).toHaveCount(1);
  await expect(post.locator('blockquote[lang="en"]')).toHaveText(
    'My Twitter account was taken down for 11 minutes by a rogue employee. I guess the word must finally be getting out-and having an impact.',
  );
  const caption = post.locator('figcaption');
  await expect(caption).toContainText('– Donald Trump (@realDonaldTrump) auf Twitter, 3. November 2017; zitiert nach Business Insider');
  await expect(caption.locator('time')).toHaveAttribute('datetime', '2017-11-03');
  // The post cites its source like <Quelle>: a numbered link into the sources list.
  const citation = caption.locator('sup.quelle a');
  await expect(page.locator(`#quellen + ol > li${(await citation.getAttribute('href')) ?? ''}`)).toContainText('Business Insider');
  // The sources give no address of the post, so there is no link to the platform, and nothing is loaded from it.
  await expect(post.locator('a:not(sup a), img, script, iframe')).toHaveCount(0);
  expect(foreign).toEqual([]);
});

test('the feeds carry the post as the page shows it', async ({ request }) => {
  const feed = (await (await request.get('/feed.json')).json()) as { items: { url: string; content_html: string }[] };
  const chronology = feed.items.find((item) => item.url.endsWith(EXPLAINERS[0]?.path ?? ''));
  expect(chronology?.content_html).toContain('<blockquote lang="en"');
  expect(chronology?.content_html).toContain('– Donald Trump (@realDonaldTrump) auf Twitter, <time datetime="2017-11-03">3. November 2017</time>; zitiert nach Business Insider');
});
