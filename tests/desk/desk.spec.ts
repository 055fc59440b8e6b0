/**
 * The browser desk in Chromium, as an editor uses it: `npm run cms` over a copy of the content in
 * a git repository of its own (tests/support/desk.ts). An editor creates an article with a picture
 * and two citations, corrects an existing piece, and sees a wrong value's German message; the
 * files the desk wrote pass the checks and build, and the correction is on the built page and in
 * its version history. The page loads nothing from another origin.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { MIN_LEAD_WIDTH } from '../../src/schemas/picture.ts';
import { startDesk, type Desk } from '../support/desk.ts';
import { testPhoto } from '../support/pictures.ts';
import { build, run, scratchBuild } from '../support/run.ts';

// One desk for the file's tests, which follow an editor's day in order.
test.describe.configure({ mode: 'serial', timeout: 300_000 });
test.use({ actionTimeout: 20_000 });

const PICTURE = 'brueckenbau.jpg';
const TITLE = 'Die Stadt eröffnet eine neue Brücke über den Fluss';
/** The file the desk names for the title, as `npm run new` would: transliterated, without the small words. */
const NEW_FILE = 'content/articles/stadt-eroeffnet-neue-bruecke-ueber-fluss.mdx';
const ARTICLE = 'content/articles/dieser-mann-nahm-donald-trump-vom-netz.mdx';
const CORRECTION_NOTE = 'In einer früheren Fassung dieses Artikels stand an einer Stelle „Maulkorb“; gemeint war ein Knebel.';
const VERSIONS_LINE = 'Ein Wort berichtigt';

let desk: Desk;
/** Every address the page asked for, across the tests. */
const requested: string[] = [];

/** The photo the editor uploads, from outside the repository. */
let upload = '';

/**
 * The editor's browser tab, open from the first test to the last as an editor keeps it: Decap
 * (a 6 MB application) is loaded and signed in to once, and each test goes to its entry by the
 * address's fragment, which Decap routes without loading the page again.
 */
let editor: Page;

test.beforeAll(async ({ browser }) => {
  desk = await startDesk(1_200_000);
  upload = join(desk.root, PICTURE);
  // As small as the checks allow a lead image: the build of what the desk wrote encodes less.
  writeFileSync(upload, await testPhoto(MIN_LEAD_WIDTH, Math.round((MIN_LEAD_WIDTH * 9) / 16)));
  editor = await browser.newPage();
  // As test.use gives the tests' own pages above.
  editor.setDefaultTimeout(20_000);
  editor.on('request', (request) => requested.push(request.url()));
  await editor.goto(desk.url);
  // Decap's sign-in page of the local backend is one button, not translated.
  await editor.getByRole('button', { name: 'Login' }).click({ timeout: 60_000 });
});
test.afterAll(async () => {
  await editor.close();
  await desk.stop();
});

/**
 * The editor's tab at the desk's `hash` (a collection or an entry), by way of the collection's
 * list: Decap reads an entry when its editor opens, not when the address changes under an open
 * one, so the list must be on screen (the last entry's editor closed) before the new address.
 */
async function openDesk(hash: string): Promise<Page> {
  await editor.goto(`${desk.url}#/collections/articles`);
  await editor.locator('a[href="#/collections/articles/new"]').waitFor();
  await editor.goto(`${desk.url}${hash}`);
  return editor;
}

/** A field of the form by its label, which Decap ends with „(optional)“ where the field may be empty. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}(?: \\(optional\\))?$`));

/** Picks an option of one of Decap's select or relation fields by typing part of it. */
async function choose(page: Page, label: string, typed: string, option: string | RegExp): Promise<void> {
  await field(page, label).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await page.getByText('Jetzt veröffentlichen', { exact: true }).click();
}

/**
 * The check panel. Opening an entry already shows its file's check, so a test waits for the note
 * of the commit (after the save, its commit and the check again) before it reads the panel or git.
 */
const panel = (page: Page) => page.locator('#nc-pruefung');
const git = (...args: string[]) => execFileSync('git', args, { cwd: desk.root, encoding: 'utf8', timeout: 30_000 });

test('serves the desk with its own policy, not indexed', async ({ request }) => {
  const response = await request.get(desk.url);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-eval'");
  expect(response.headers()['content-security-policy']).toContain("connect-src 'self' blob:;");
  expect(response.headers()['x-robots-tag']).toBe('noindex, nofollow');
  expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow" />');
});

test('creates an article with a picture and two citations; its file passes the checks', async () => {
  const page = await openDesk('#/collections/articles/new');
  await field(page, 'Überschrift').fill(TITLE);
  await field(page, 'Vorspann').fill('Nach drei Jahren Bauzeit ist die neue Brücke fertig; am Samstag fahren die ersten Autos darüber.');
  await choose(page, 'Ressort', 'Chro', 'Chronik');
  await choose(page, 'Unterressort', 'Deutsch', 'Deutschland (Chronik)');
  await choose(page, 'Label', 'Nach', 'Nachricht');
  await field(page, 'Veröffentlicht').fill('2026-12-01T10:00:00+01:00');
  await choose(page, 'Quellen', 'TechCrunch', /TechCrunch/);
  await choose(page, 'Quellen', 'Snopes', /Snopes/);

  // The picture is uploaded through Decap's media library into content/bilder/, then chosen.
  await page.getByRole('button', { name: 'Wähle ein Bild' }).click();
  await page.locator('input[type="file"]').setInputFiles(upload);
  await expect(page.getByText(PICTURE, { exact: true })).toBeVisible();
  // Decap selects an uploaded picture itself.
  await page.getByRole('button', { name: 'Ausgewähltes Element verwenden' }).click();
  await field(page, 'Bildbeschreibung (Alternativtext)').fill('Die neue Brücke über den Fluss am Tag vor der Eröffnung');
  await field(page, 'Bildnachweis').fill('Foto: Netzchronik');

  // The body, with a citation after each sentence, each inserted through the block form at the cursor.
  const body = field(page, 'Text');
  const first = 'Die Brücke ist 300 Meter lang.';
  await body.fill(`${first}\n\nDer Bürgermeister spricht von einem guten Tag.\n`);
  for (const [at, source] of [[first.length, 'techcrunch-2017-11-29'], [-1, 'snopes-2017-11-02']] as const) {
    await body.evaluate((area: HTMLTextAreaElement, cursor) => {
      const position = cursor < 0 ? area.value.length - 1 : cursor;
      area.focus();
      area.setSelectionRange(position, position);
    }, at);
    await page.getByLabel('Baustein einfügen').selectOption('Quelle');
    await page.locator('.nc-kit-form').getByLabel('Quelle', { exact: true }).selectOption(source);
    await page.getByRole('button', { name: 'Einfügen' }).click();
  }
  await expect(body).toHaveValue('Die Brücke ist 300 Meter lang.<Quelle id="techcrunch-2017-11-29" />\n\nDer Bürgermeister spricht von einem guten Tag.<Quelle id="snopes-2017-11-02" />\n');
  await field(page, 'Versionen-Zeile').fill('Erste Fassung');
  await publish(page);

  await expect(panel(page)).toContainText('gespeichert und eingetragen', { timeout: 60_000 });
  await expect(panel(page)).toContainText('Prüfung: keine Fehler in dieser Datei');
  const file = readFileSync(join(desk.root, NEW_FILE), 'utf8');
  expect(file).toMatch(/^---\ntitle: Die Stadt eröffnet eine neue Brücke über den Fluss\nstandfirst: .*\nsection: chronik\nsubsection: deutschland\nlabel: nachricht\npublished: 2026-12-01T10:00:00\+01:00\nimage:\n {2}src: brueckenbau.jpg\n/);
  expect(file).toContain('sources:\n  - techcrunch-2017-11-29\n  - snopes-2017-11-02\n');
  expect(file).not.toContain('versionen');

  const checked = await run('npm', ['run', '--silent', 'check:content'], { cwd: desk.root, timeout: 120_000 });
  expect(checked.status, checked.output).toBe(0);
  expect(git('log', '-1', '--format=%B', '--', NEW_FILE)).toBe(`${TITLE} (${NEW_FILE}), im Browser bearbeitet\n\nVersionen: Erste Fassung\n\n`);
  expect(git('ls-files', `content/bilder/${PICTURE}`).trim()).toBe(`content/bilder/${PICTURE}`);
});

test('adds a correction to an existing piece through its form', async () => {
  const page = await openDesk(`#/collections/articles/entries/dieser-mann-nahm-donald-trump-vom-netz`);
  const body = field(page, 'Text');
  await expect(body).toHaveValue(/Maulkorb/);
  await body.fill((await body.inputValue()).replace('Maulkorb', 'Knebel'));
  await page.getByRole('button', { name: /korrekturen hinzufügen/i }).click();
  const date = new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d+Z$/, '+00:00');
  await field(page, 'Datum der Korrektur').last().fill(date);
  await field(page, 'Falsche Form').last().fill('Maulkorb');
  await field(page, 'Richtige Form').last().fill('Knebel');
  await field(page, 'Hinweis für Leser').last().fill(CORRECTION_NOTE);
  await field(page, 'Versionen-Zeile').fill(VERSIONS_LINE);
  await publish(page);
  await expect(panel(page)).toContainText('gespeichert und eingetragen', { timeout: 60_000 });
  await expect(panel(page)).toContainText('Prüfung: keine Fehler in dieser Datei');

  // Only the corrected line and the four lines of the correction changed.
  const diff = git('diff', '-U0', 'HEAD~1', '--', ARTICLE).split('\n').filter((line) => /^[+-](?![+-])/.test(line));
  expect(diff).toHaveLength(6);
  expect(git('log', '-1', '--format=%B', '--', ARTICLE)).toContain(`Versionen: ${VERSIONS_LINE}`);
});

test('the files the desk wrote build: the new article, and the correction on the page and in its versions', async () => {
  const paths = scratchBuild(desk.root);
  const built = await build(paths);
  expect(built.status, built.output).toBe(0);
  const page = (path: string) => readFileSync(join(paths.outDir, path, 'index.html'), 'utf8');
  const article = page('chronik/deutschland/2026/12/01/stadt-eroeffnet-neue-bruecke-ueber-fluss');
  expect(article).toContain('Die Stadt eröffnet eine neue Brücke über den Fluss');
  expect(article).toMatch(/<img[^>]+alt="Die neue Brücke über den Fluss am Tag vor der Eröffnung"/);
  expect(article).toContain('TechCrunch');
  const corrected = 'chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz';
  expect(page(corrected)).toContain(CORRECTION_NOTE);
  expect(existsSync(join(paths.outDir, corrected, 'versionen', 'index.html'))).toBe(true);
  expect(page(`${corrected}/versionen`)).toContain(VERSIONS_LINE);
});

test('inserts a picture block from content/bilder/ and edits it in place', async () => {
  const page = await openDesk(`#/collections/articles/entries/stadt-eroeffnet-neue-bruecke-ueber-fluss`);
  const body = field(page, 'Text');
  const form = page.locator('.nc-kit-form');
  const at = async (cursor: (value: string) => number) =>
    body.evaluate((area: HTMLTextAreaElement, position) => {
      area.focus();
      area.setSelectionRange(position, position);
    }, cursor(await body.inputValue()));
  await at((value) => value.length);
  await page.getByLabel('Baustein einfügen').selectOption('Bild');
  await form.getByLabel('Bilddatei', { exact: true }).selectOption(PICTURE);
  await form.getByLabel('Bildbeschreibung (Alternativtext)', { exact: true }).fill('Die Brücke von unten, mit dem Fluss im Vordergrund');
  await form.getByLabel('Bildnachweis', { exact: true }).fill('Foto: Netzchronik');
  await page.getByRole('button', { name: 'Einfügen' }).click();
  const tag = `<Bild src="${PICTURE}" alt="Die Brücke von unten, mit dem Fluss im Vordergrund" credit="Foto: Netzchronik" />`;
  await expect(body).toHaveValue(new RegExp(`<Quelle id="snopes-2017-11-02" />\n\n${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`));

  // With the cursor in the tag, the form shows its values and replaces exactly that tag.
  await at((value) => value.indexOf('alt='));
  await page.getByLabel('Baustein einfügen').selectOption('Bild');
  await expect(form.getByLabel('Bildnachweis', { exact: true })).toHaveValue('Foto: Netzchronik');
  await form.getByLabel('Bildnachweis', { exact: true }).fill('Foto: Anna Beispiel');
  await page.getByRole('button', { name: 'Einfügen' }).click();
  await expect(body).toHaveValue(new RegExp(`credit="Foto: Anna Beispiel" />\n$`));
  expect((await body.inputValue()).match(/<Bild /g)).toHaveLength(1);
  await publish(page);
  await expect(panel(page)).toContainText('gespeichert und eingetragen', { timeout: 60_000 });
  await expect(panel(page)).toContainText('Prüfung: keine Fehler in dieser Datei');
  const diff = git('diff', '-U0', 'HEAD~1', '--', NEW_FILE).split('\n').filter((line) => /^[+-](?![+-])/.test(line));
  expect(diff).toEqual(['+', `+${tag.replace('Foto: Netzchronik', 'Foto: Anna Beispiel')}`]);
});

test('shows the German message of a wrong value in the desk', async () => {
  const page = await openDesk(`#/collections/articles/entries/stadt-eroeffnet-neue-bruecke-ueber-fluss`);
  await field(page, 'Bildnachweis').fill('Netzchronik');
  await publish(page);
  await expect(panel(page)).toContainText('Die Prüfung hat 1 Fehler gefunden', { timeout: 60_000 });
  // The same line `npm run check:content` prints, at the line the editor's file has it.
  const line = readFileSync(join(desk.root, NEW_FILE), 'utf8').split('\n').findIndex((text) => text.includes('credit: ')) + 1;
  const expected = `${NEW_FILE}:${line}  image.credit: muss mit der Art des Bildes und einem Doppelpunkt beginnen`;
  await expect(panel(page)).toContainText(expected);
  // Saved, as the editor asked, but not committed: the build would refuse the file.
  await expect(panel(page)).toContainText('gespeichert, aber nicht eingetragen: die Prüfung meldet Fehler');
  expect(git('status', '--porcelain', '--', NEW_FILE)).toMatch(/^ M /);
  const checked = await run('npm', ['run', '--silent', 'check:content'], { cwd: desk.root, timeout: 120_000 });
  expect(checked.status).toBe(1);
  expect(checked.output).toContain(expected);
});

test('loaded nothing from another origin in all of the above', () => {
  expect(requested).toEqual(expect.arrayContaining([`${desk.url}decap-cms.js`, `${desk.url}desk.js`, `${desk.url}api/v1`]));
  expect(requested.filter((url) => !url.startsWith(desk.url) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
});
