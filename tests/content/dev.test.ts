/**
 * The dev server (`npm run dev`, `astro dev`) on a copy of content/ with one draft and one piece
 * scheduled for 2099, started once for all of these:
 * - drafts and scheduled pieces: each at its future URL with its banner, both listed on
 *   /entwuerfe/ (that a build publishes neither, nor /entwuerfe/, is tests/content/keeps-building.test.ts);
 * - in Chromium, the preview looks like a build of the same copy, runs under its page's policy
 *   without a violation, reloads itself after a save, and shows content errors on the German page
 *   of problems until the save that fixes them (that the built pages' policies are unchanged is tests/hosts/);
 * - dev parity: every save under content/ is checked again, each problem named with file and line
 *   in the terminal, the page of problems answering instead of the stale page until the file is
 *   fixed; pictures added while it runs show up on reload.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printMessages, problemsPageMessages } from '../../src/checks/messages.ts';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { acquireBuildLock } from '../support/build-lock.ts';
import { freePort } from '../support/free-port.ts';
import { INLINE, LEAD, testPhoto } from '../support/pictures.ts';
import { build } from '../support/run.ts';

const root = mkdtempSync(join(tmpdir(), 'newsroom-preview-'));
const content = join(root, 'content');
const built = join(root, 'dist');

const piece = (title: string, extra: string) => `---
title: ${title}
standfirst: Ein Vorspann für die Vorschau, lang genug für die Prüfung der Inhalte.
section: digital
subsection: netzpolitik
label: nachricht
${extra}
---

Text der Vorschau.
`;

let dev: ChildProcess | undefined;
let release: (() => void) | undefined;
let browser: Browser | undefined;
let base = '';
let log = '';

const DRAFT = '/digital/netzpolitik/2026/11/01/entwurf-zur-vorschau/';
const ARTICLE = 'articles/dieser-mann-nahm-donald-trump-vom-netz.mdx';
const PUBLISHED = '/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/';

// The first requests may wait while Vite optimizes dependencies; ask again rather than hang.
const get = (path: string) => fetch(`${base}${path}`, { signal: AbortSignal.timeout(15_000) });

/** Waits until `probe` gives a value, asking again every quarter of a second. */
async function until<T>(probe: () => Promise<T | undefined>, what: string, seconds = 60): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}\n${log}`);
}

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  // The draft carries a correction: the log does not list it, so its note links the month's first page.
  const correction = 'corrections:\n  - date: 2026-11-02T10:00:00+01:00\n    wrong: Vorschaufehler\n    right: Vorschau\n    note: In einer früheren Fassung dieses Entwurfs stand ein Fehler in der Vorschau.';
  writeFileSync(join(content, 'articles', 'entwurf-zur-vorschau.mdx'), piece('Entwurf zur Vorschau im Entwicklungsserver', `published: 2026-11-01T08:00:00+01:00\ndraft: true\n${correction}`));
  writeFileSync(join(content, 'articles', 'geplant-fuer-2099.mdx'), piece('Geplante Meldung für das Jahr 2099', 'published: 2099-01-01T08:00:00+01:00'));
  // A build of the same copy, to compare the preview's look with (the draft is not in it).
  const result = await build({ content, outDir: built, cacheDir: join(root, 'build-cache') });
  expect(result.status, result.output).toBe(0);
  // The dev server writes .astro/ in the project root like a build: one at a time.
  release = await acquireBuildLock('astro dev (tests/content/dev.test.ts)');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Its own process group, so the whole tree (npx, astro) ends with it.
  // Without Vitest's own variables (VITEST, NODE_ENV=test, …), which the dev server would take for a test run of its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));
  dev = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    detached: true,
    env: { ...env, NEWS_CONTENT_DIR: content, NEWS_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  dev.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await until(async () => ((await get('/')).ok ? true : undefined), 'astro dev to start');
});

afterAll(async () => {
  await browser?.close();
  if (dev?.pid !== undefined && dev.exitCode === null && dev.signalCode === null) {
    const exited = new Promise((resolve) => dev?.on('exit', resolve));
    process.kill(-dev.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  release?.();
  rmSync(root, { recursive: true, force: true });
});

const page = async (path: string) => {
  const response = await get(path);
  expect(response.status, `${path}\n${log}`).toBe(200);
  return (await response.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
};

describe('npm run dev', () => {
  it('shows a draft at its future URL with the banner', async () => {
    const text = await page(DRAFT);
    expect(text).toContain('Entwurf zur Vorschau im Entwicklungsserver');
    expect(text).toContain('Entwurf – nicht veröffentlicht');
  });

  it('links the correction of a draft, which the log does not list yet, to the first page of its month', async () => {
    const html = await (await get(DRAFT)).text();
    expect(html).toContain('href="/korrekturen/2026/11/#k-digital-netzpolitik-2026-11-01-entwurf-zur-vorschau-1"');
  });

  it('shows a scheduled piece with its date in German', async () => {
    const text = await page('/digital/netzpolitik/2099/01/01/geplant-fuer-2099/');
    expect(text).toContain('Geplant für 1. Januar 2099, 08:00 Uhr');
  });

  it('shows no banner on a published piece', async () => {
    const text = await page(PUBLISHED);
    expect(text).toContain('Dieser Mann nahm Donald Trump vom Netz');
    expect(text).not.toContain('nicht veröffentlicht');
  });

  it('lists both on /entwuerfe/', async () => {
    const text = await page('/entwuerfe/');
    expect(text).toContain('Entwürfe (1)');
    expect(text).toContain('Geplant (1)');
    expect(text).toContain('content/articles/entwurf-zur-vorschau.mdx');
    expect(text).toContain('Geplante Meldung für das Jahr 2099');
  });

  it('keeps them out of the listings', async () => {
    const text = await page('/');
    expect(text).not.toContain('Entwurf zur Vorschau');
    expect(text).not.toContain('Geplante Meldung');
  });
});

/** The origin Chromium loads the build of the same copy from, file by file (no server). */
const BUILT = 'http://gebaut.test';

/** A page whose console errors (a CSP violation is one) and uncaught errors are collected. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  browser ??= await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`${BUILT}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    return route.fulfill({ path: join(built, pathname.endsWith('/') ? `${pathname}index.html` : pathname) });
  });
  return { page, errors };
}

/** What the site's stylesheet decides about a page's body and headline. */
const look = (page: Page) =>
  page.evaluate(() => {
    const style = (element: Element | null) => {
      const computed = getComputedStyle(element ?? document.documentElement);
      return { fontFamily: computed.fontFamily, fontSize: computed.fontSize, fontWeight: computed.fontWeight, color: computed.color, backgroundColor: computed.backgroundColor };
    };
    return { body: style(document.body), headline: style(document.querySelector('h1')), masthead: style(document.querySelector('header a')) };
  });

const headline = (page: Page) => page.locator('h1').textContent();

describe('npm run dev in a browser', () => {
  it('styles a draft and a published piece exactly like the build, with no CSP violation', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BUILT}${PUBLISHED}`);
    const builtLook = await look(page);
    // Not the browser's defaults: the built stylesheet set the serif headline.
    expect(builtLook.headline.fontFamily).toMatch(/^Charter/);
    for (const path of [PUBLISHED, DRAFT]) {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      expect(await look(page), path).toEqual(builtLook);
    }
    // Under the page's own policy with the dev server's additions (src/outputs/hosting/host-files.ts).
    expect(await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')).toMatch(/^default-src 'none';.*style-src 'self' 'unsafe-inline'/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reloads a draft by itself after its file is saved', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${base}${DRAFT}`, { waitUntil: 'networkidle' });
    expect(await headline(page)).toBe('Entwurf zur Vorschau im Entwicklungsserver');
    // Gone after a reload: the new title must come with a fresh page, not from this test.
    await page.evaluate(() => Object.assign(window, { beforeSave: true }));
    const file = join(content, 'articles', 'entwurf-zur-vorschau.mdx');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('title: Entwurf zur Vorschau im Entwicklungsserver', 'title: Neuer Titel des Entwurfs nach dem Speichern'));
    try {
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Neuer Titel des Entwurfs nach dem Speichern', null, { timeout: 60_000 });
      expect(await page.evaluate(() => 'beforeSave' in window)).toBe(false);
    } finally {
      writeFileSync(file, original);
    }
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Entwurf zur Vorschau im Entwicklungsserver', null, { timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every content problem on the German page of problems, without a stack, until the save that fixes them', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${base}${DRAFT}`, { waitUntil: 'networkidle' });
    const draft = join(content, 'articles', 'entwurf-zur-vorschau.mdx');
    const scheduled = join(content, 'articles', 'geplant-fuer-2099.mdx');
    const originals = [draft, scheduled].map((file) => [file, readFileSync(file, 'utf8')] as const);
    // Two problems in two files: a label that does not exist, and HTML a body may not contain.
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('label: nachricht', 'label: glosse'));
    writeFileSync(scheduled, readFileSync(scheduled, 'utf8').replace('Text der Vorschau.', 'Text der <iframe src="https://video.example/" /> Vorschau.'));
    try {
      // Each save reloads the page; the second one adds the second file's problem.
      await page.waitForFunction(() => ['entwurf-zur-vorschau.mdx:', 'geplant-fuer-2099.mdx:'].every((file) => (document.body.textContent ?? '').includes(file)), null, { timeout: 60_000 });
      expect((await get(DRAFT)).status).toBe(500);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      const lines = await page.locator('main li code').allTextContents();
      expect(lines.filter((line) => line.includes('entwurf-zur-vorschau.mdx:6  label: ')), lines.join('\n')).toHaveLength(1);
      expect(lines.filter((line) => line.includes('geplant-fuer-2099.mdx:10  body: ')), lines.join('\n')).toHaveLength(1);
      const text = (await page.locator('body').textContent()) ?? '';
      expect(text).toContain(problemsPageMessages.reload);
      expect(text).not.toMatch(/Stack Trace|An error occurred/);
      expect(await page.locator('vite-error-overlay').count()).toBe(0);
      // Styled by the site's stylesheet, under the dev server's policy.
      expect((await look(page)).headline.fontFamily).toMatch(/^Charter/);
      // The 500 of the page itself is the only error in the console.
      expect(errors.filter((error) => !error.includes('500'))).toEqual([]);
    } finally {
      for (const [file, text] of originals) writeFileSync(file, text);
    }
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Entwurf zur Vorschau im Entwicklungsserver', null, { timeout: 60_000 });
    await page.close();
  });
});

const status = async (): Promise<number> => (await get(PUBLISHED)).status;

describe('npm run dev while an editor saves', () => {
  it('shows the problem of a file saved with an error, and the page again once it is fixed', async () => {
    const file = join(content, ARTICLE);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('Mittlerweile ist Bahtiyar Duysak wieder', 'Mittlerweile ist <iframe src="https://video.example/" /> Bahtiyar Duysak wieder'));

    expect(await until(async () => ((await status()) === 500 ? true : undefined), 'the error page')).toBe(true);
    // The whole line, as the build prints it; the file named from the server's working folder, the project's.
    const problem = `${relative(process.cwd(), content)}/${ARTICLE}:35  body: <iframe> ist HTML, das nicht im Text stehen darf: erlaubt sind abbr, br, span, sub, sup und die Bausteine Bild, Infobox, Post, Quelle, Stundengrafik, Timeline, Zitat`;
    await until(async () => (log.split('\n').includes(`  ${problem}`) ? true : undefined), 'the problem in the terminal');
    // Every page answers with the page of problems (src/preview/Pruefung.astro), not Astro's overlay.
    const problems = await get('/');
    expect(problems.status).toBe(500);
    const html = await problems.text();
    expect(html).toContain(`<code>${problem.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</code>`);
    expect(html).toContain(problemsPageMessages.reload);
    expect(html).not.toContain('ContentCheckError');

    writeFileSync(file, original);
    expect(await until(async () => ((await status()) === 200 ? true : undefined), 'the page again')).toBe(true);
    const page = await (await get(PUBLISHED)).text();
    expect(page).toContain('Mittlerweile ist Bahtiyar Duysak wieder');
  }, 120_000);

  it('shows a lead image and a <Bild> added while it runs, and the social card with the picture, without a restart', async () => {
    const file = join(content, ARTICLE);
    const original = readFileSync(file, 'utf8');
    mkdirSync(join(content, 'bilder'), { recursive: true });
    writeFileSync(join(content, 'bilder', LEAD.src), await testPhoto(1600, 900));
    writeFileSync(join(content, 'bilder', INLINE.src), await testPhoto(800, 1100));
    const lead = ['image:', ...Object.entries(LEAD).map(([key, value]) => `  ${key}: "${value}"`)].join('\n');
    const inline = `<Bild ${Object.entries(INLINE).map(([key, value]) => `${key}="${value}"`).join(' ')} />\n\n`;
    writeFileSync(
      file,
      original
        .replace('published: 2017-11-30T00:00:00+01:00', `published: 2017-11-30T00:00:00+01:00\n${lead}`)
        .replace('Mittlerweile ist Bahtiyar Duysak wieder', `${inline}Mittlerweile ist Bahtiyar Duysak wieder`),
    );
    const page = await until(async () => {
      const html = await (await get(PUBLISHED)).text();
      return html.includes(`alt="${LEAD.alt}"`) && html.includes(`alt="${INLINE.alt}"`) ? html : undefined;
    }, 'both pictures on the page');
    for (const alt of [LEAD.alt, INLINE.alt]) {
      const src = new RegExp(`<img src="([^"]+)"[^>]*alt="${alt}"`).exec(page)?.[1]?.replaceAll('&amp;', '&') ?? '';
      const picture = await get(src);
      expect(picture.status, src).toBe(200);
      expect(picture.headers.get('content-type')).toMatch(/^image\//);
    }
    const card = /<meta property="og:image" content="https?:\/\/[^/]+([^"]+)"/.exec(page)?.[1] ?? '';
    expect(card).toMatch(/\.jpg$/);
    const response = await get(card);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    writeFileSync(file, original);
  }, 120_000);

  it("leaves the warning about the publisher's placeholders to the production build", () => {
    // By now the server has started and re-checked every save above; `npm run build` and `npm run check:content` warn.
    expect(log).not.toContain(printMessages.sitePlaceholders(''));
  });
});
