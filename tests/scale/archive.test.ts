/**
 * The archive at scale, on a generated site (bench/generate.ts): a crawl from the front page
 * reaches every piece with no broken link or anchor, no page grows with the archive, and a chain
 * of incremental rebuilds (edits, a piece added, deleted and renamed with its redirect, a scheduled
 * piece going live as the build clock moves on) ends exactly where a clean build of the same
 * content at the same time does, every file of the output and the nginx file beside it.
 */
import { existsSync, globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyLiveEntry, applyWordEdit, generate, type Manifest } from '../../bench/generate.ts';
import { LEDGER_FILE } from '../../src/content-root.ts';
import { FEED_SIZE, FRONT_PAGE_MORE, LISTING_PAGE_SIZE } from '../../src/newsroom/listings.ts';
import { isCompressible, MIN_BYTES } from '../../src/outputs/hosting/precompress.ts';
import { cardPath } from '../../src/outputs/social/card.ts';
import { cardFormat } from '../../src/outputs/social/format.ts';
import { BUILD_FOLDERS, pageKindOf } from '../../src/routing/routes.ts';
import { MIN_INLINE_WIDTH, MIN_LEAD_WIDTH } from '../../src/schemas/picture.ts';
import { BUILD_TIME_ENV } from '../../src/util/clock.ts';
import { LEAD, INLINE, testPhoto } from '../support/pictures.ts';
import { build as runBuild } from '../support/run.ts';

const N = 150;
const root = mkdtempSync(join(tmpdir(), 'newsroom-archive-'));
let manifest: Manifest;

/**
 * The build clock (src/util/clock.ts) of every build here: the first builds at T1, after the
 * generated dates and the corrections below; the later ones three days on, when a piece scheduled
 * between the two is live and the news sitemap's window has moved past a piece it held at T1.
 */
const T1 = '2026-11-10T12:00:00+01:00';
const T2 = '2026-11-13T12:00:00+01:00';

/** A build of the generated content at `time`; `urls:record` also records its URLs in the content's ledger. */
async function build(outDir: string, cacheDir: string, { time = T1, script = 'build' }: { time?: string; script?: 'build' | 'urls:record' } = {}): Promise<string> {
  const result = await runBuild({ content: manifest.contentDirs.site, outDir, cacheDir }, { script, env: { [BUILD_TIME_ENV]: time } });
  expect(result.status, result.output).toBe(0);
  return result.output;
}

/** Every file below `dir`, relative, sorted. */
function filesIn(dir: string): string[] {
  return globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** The URL of every page in the build's search index, with the index it is in: its year's, or "primary". */
function searchIndex(dist: string): Map<string, string> {
  const indexed = new Map<string, string>();
  for (const file of filesIn(join(dist, 'pagefind')).filter((name) => name.endsWith('.pf_fragment'))) {
    // A fragment is gzipped JSON after Pagefind's "pagefind_dcd" signature.
    const text = gunzipSync(readFileSync(join(dist, 'pagefind', file))).toString('utf8');
    const url = /"url":"([^"]+)"/.exec(text)?.[1] ?? '';
    indexed.set(url, /^(\d{4})\//.exec(file)?.[1] ?? 'primary');
  }
  return indexed;
}

/** Asserts that the builds at `dist` and `expected` hold the same files, byte for byte, and the same nginx file beside them; returns the files. */
function expectSameOutput(dist: string, expected: string): string[] {
  const files = filesIn(expected);
  expect(filesIn(dist)).toEqual(files);
  const differing = files.filter((file) => !readFileSync(join(dist, file)).equals(readFileSync(join(expected, file))));
  expect(differing).toEqual([]);
  expect(readFileSync(`${dist}-nginx.conf`, 'utf8')).toBe(readFileSync(`${expected}-nginx.conf`, 'utf8'));
  return files;
}

interface PageLinks {
  ids: Set<string>;
  /** Site-relative link targets, with their fragment if any. */
  links: string[];
}

function readPage(dist: string, path: string): PageLinks {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const ids = new Set<string>();
  const links: string[] = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const { attributes } = node as ElementNode;
    if (attributes['id']) ids.add(attributes['id']);
    const target = (node as ElementNode).name === 'a' ? attributes['href'] : undefined;
    if (target === undefined || /^[a-z]+:/.test(target)) return;
    links.push(target.startsWith('#') ? `${path}${target}` : target);
  });
  return { ids, links };
}

/** The article the first explainer explains: its headline is edited below, so its teaser changes on many pages. */
function explainedArticle(): string {
  const explainers = join(manifest.contentDirs.site, 'explainers');
  return /^article: (\S+)$/m.exec(readFileSync(join(explainers, readdirSync(explainers)[0] ?? ''), 'utf8'))?.[1] ?? '';
}

/**
 * Pictures in the generated archive: a lead image on the edited pieces and on a few others (their
 * teasers show crops on listings and the front page), and a <Bild> in one body, so the rebuild
 * must bring back every picture file of the pages it reuses.
 */
async function addPictures(): Promise<string[]> {
  const content = manifest.contentDirs.site;
  mkdirSync(join(content, 'bilder'), { recursive: true });
  // As small as the checks allow: every kind of picture file is made, each clean build encodes less.
  writeFileSync(join(content, 'bilder', LEAD.src), await testPhoto(MIN_LEAD_WIDTH, Math.round((MIN_LEAD_WIDTH * 9) / 16)));
  writeFileSync(join(content, 'bilder', INLINE.src), await testPhoto(MIN_INLINE_WIDTH, MIN_INLINE_WIDTH + 300));
  const articles = readdirSync(join(content, 'articles')).map((file) => file.replace(/\.mdx$/, ''));
  const ids = [...new Set([explainedArticle(), manifest.edits.word.id, ...articles.slice(0, 4)])];
  const lead = ['image:', ...Object.entries(LEAD).map(([key, value]) => `  ${key}: "${value}"`), '  focus: { x: 30, y: 40 }'].join('\n');
  const inline = `<Bild ${Object.entries(INLINE).map(([key, value]) => `${key}="${value}"`).join(' ')} />`;
  for (const [index, id] of ids.entries()) {
    const file = join(content, 'articles', `${id}.mdx`);
    const text = readFileSync(file, 'utf8');
    let withPicture = text.replace(/^(published: .*)$/m, `$1\n${lead}`);
    // After the body's first paragraph.
    if (index === 0) withPicture = withPicture.replace(/\n---\n\n(.+)\n\n/, `\n---\n\n$1\n\n${inline}\n\n`);
    expect(withPicture).not.toBe(text);
    writeFileSync(file, withPicture);
  }
  return ids;
}

/** The month the corrections below are made in: after every generated date (bench/generate.ts ends on 2026-10-31), before today. */
const CORRECTIONS_MONTH = '/korrekturen/2026/11/';
/** Corrections made that month: more than one page of the log's month page. */
const MONTH_CORRECTIONS = 40;

/** A correction of an invented word that occurs nowhere in the piece, made on 3 November 2026 `minutes` after 8:00. */
function correctionYaml(piece: number, minutes: number): string {
  const wrong = `Zworpelquanz${String.fromCharCode(97 + (piece % 26), 97 + Math.floor(piece / 26))}`;
  const time = 8 * 60 + minutes;
  const pad = (value: number) => String(value).padStart(2, '0');
  return [
    'corrections:',
    `  - date: 2026-11-03T${pad(Math.floor(time / 60))}:${pad(time % 60)}:00+01:00`,
    `    wrong: ${wrong}`,
    '    right: Quarkbrunnen',
    `    note: In einer früheren Fassung stand hier irrtümlich „${wrong}“ statt „Quarkbrunnen“.`,
  ].join('\n');
}

/** Gives the article `id` (which has no correction yet) the correction `correctionYaml` describes. */
function addCorrection(id: string, piece: number, minutes: number): void {
  const file = join(manifest.contentDirs.site, 'articles', `${id}.mdx`);
  const text = readFileSync(file, 'utf8');
  expect(text.toLowerCase()).not.toContain('zworpelquanz');
  const corrected = text.replace(/^(published: .*)$/m, `$1\n${correctionYaml(piece, minutes)}`);
  expect(corrected).not.toBe(text);
  writeFileSync(file, corrected);
}

/**
 * Articles without a correction and outside the edits of the rebuild test, in a stable order:
 * the first MONTH_CORRECTIONS get one correction each in CORRECTIONS_MONTH, 15 minutes apart, so
 * that month's log has a second page; the next one is kept for a correction the rebuild test
 * inserts before all of them.
 */
function uncorrectedArticles(): string[] {
  const folder = join(manifest.contentDirs.site, 'articles');
  const edited = new Set([explainedArticle(), manifest.edits.word.id]);
  return readdirSync(folder)
    .sort()
    .map((file) => file.replace(/\.mdx$/, ''))
    .filter((id) => !edited.has(id) && !/^corrections:/m.test(readFileSync(join(folder, `${id}.mdx`), 'utf8')))
    .slice(0, MONTH_CORRECTIONS + 1);
}

function addMonthOfCorrections(articles: readonly string[]): void {
  expect(articles).toHaveLength(MONTH_CORRECTIONS + 1);
  articles.slice(0, MONTH_CORRECTIONS).forEach((id, piece) => addCorrection(id, piece, piece * 15));
}

const clean = join(root, 'clean');
let cleanLog = '';
let withPictures: string[] = [];
let corrected: string[] = [];

beforeAll(async () => {
  // Without the generator's pictures: these few, known ones are enough for what this test checks,
  // and every picture costs a clean build seconds of encoding.
  manifest = await generate({ n: N, outDir: join(root, 'content'), pictureShare: 0 });
  withPictures = await addPictures();
  corrected = uncorrectedArticles();
  addMonthOfCorrections(corrected);
  // Records the URL ledger, as a site that has published does: a later build fails if one of
  // these URLs disappears without a redirect.
  cleanLog = await build(clean, join(root, 'cache-clean'), { script: 'urls:record' });
});

/** Where the note of the one correction of each of the articles `ids` links, in the build at `dist`. */
function correctionLinks(dist: string, ids: readonly string[]): string[] {
  const pages = filesIn(dist);
  return ids.map((id) => {
    const page = pages.find((file) => file.endsWith(`/${id}/index.html`)) ?? '';
    return /<a [^>]*href="(\/korrekturen\/[^"]*)"[^>]*>Alle Korrekturen<\/a>/.exec(readFileSync(join(dist, page), 'utf8'))?.[1] ?? '';
  });
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The headline the rebuilds give the article the first explainer explains. */
const NEW_TITLE = 'Neue Überschrift nach der Redaktionskonferenz';

/** Where the build at `dist` put the page of the piece `id`: its site path. */
function pagePath(dist: string, id: string): string {
  const page = filesIn(dist).find((file) => file.endsWith(`/${id}/index.html`));
  expect(page, id).toBeDefined();
  return `/${page?.replace(/index\.html$/, '') ?? ''}`;
}

/** Every file of the build at `dist` that belongs to the piece `id`: its pages, their compressed copies, its card. */
function filesOf(dist: string, id: string): string[] {
  return filesIn(dist).filter((file) => file.split('/').some((segment) => segment === id || segment.startsWith(`${id}.`)));
}

/** The pieces in the news sitemap of the build at `dist`, by site path. */
function newsSitemap(dist: string): string[] {
  return [...readFileSync(join(dist, 'news-sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/**
 * The first piece of `collection` (by file name) outside `busy` that a copy can take over
 * whole: no correction or update (older than the copy would be), no picture, no ticker.
 */
function plainPiece(collection: 'articles' | 'explainers', busy: ReadonlySet<string>): string {
  const folder = join(manifest.contentDirs.site, collection);
  const id = readdirSync(folder)
    .sort()
    .map((file) => file.replace(/\.mdx$/, ''))
    .find((candidate) => !busy.has(candidate) && !/^(updated|corrections|image|live):/m.test(readFileSync(join(folder, `${candidate}.mdx`), 'utf8')));
  expect(id, collection).toBeDefined();
  return id ?? '';
}

/** A new piece `id`: a copy of the piece `from` with a headline of its own, published at `published`. Returns its file's text. */
function copyPiece(collection: 'articles' | 'explainers', from: string, id: string, title: string, published: string): string {
  const folder = join(manifest.contentDirs.site, collection);
  const text = readFileSync(join(folder, `${from}.mdx`), 'utf8').replace(/^title: .*$/m, `title: ${title}`).replace(/^published: .*$/m, `published: ${published}`);
  writeFileSync(join(folder, `${id}.mdx`), text);
  return text;
}


describe(`a generated archive of ${N} pieces`, () => {
  it('is reachable from the front page: every piece, no broken link, no missing anchor', () => {
    const pages = new Map<string, PageLinks>();
    const queue = ['/'];
    const broken: string[] = [];
    const fragments: { from: string; path: string; id: string }[] = [];
    while (queue.length > 0) {
      const path = queue.shift() ?? '/';
      if (pages.has(path)) continue;
      const page = readPage(clean, path);
      pages.set(path, page);
      for (const link of page.links) {
        const [target = '', id] = link.split('#');
        if (id !== undefined) fragments.push({ from: path, path: target, id });
        if (!target.endsWith('/')) continue; // feeds and other files: checked below
        if (!existsSync(join(clean, target, 'index.html'))) broken.push(`${path} → ${link}`);
        else if (!pages.has(target)) queue.push(target);
      }
    }
    expect(broken).toEqual([]);
    // At least each correction note's link to its entry in the log.
    expect(fragments.length).toBeGreaterThanOrEqual(MONTH_CORRECTIONS);
    const missingAnchors = fragments.filter(({ path, id }) => !pages.get(path)?.ids.has(id));
    expect(missingAnchors).toEqual([]);
    const piecePages = filesIn(clean).filter((file) => /^[a-z]+\/[a-z]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file));
    // The generator writes its live tickers as articles besides the N pieces.
    expect(piecePages).toHaveLength(manifest.articles + manifest.explainers + manifest.tickers);
    const orphans = piecePages.map((file) => `/${file.replace(/index\.html$/, '')}`).filter((path) => !pages.has(path));
    expect(orphans).toEqual([]);
  });

  it('builds no page the route table does not know: each is a piece, its versions, a standing page or a growing listing', () => {
    const pages = filesIn(clean).filter((file) => file.endsWith('index.html')).map((file) => `/${file.replace(/index\.html$/, '')}`);
    const kinds = new Set(pages.map(pageKindOf));
    expect(pages.filter((path) => pageKindOf(path) === undefined)).toEqual([]);
    expect(kinds).toEqual(new Set(['piece', 'versions', 'standing', 'growing listing']));
  });

  it('keeps every listing to a page size and paginates the rest, with a pager', () => {
    const front = readFileSync(join(clean, 'index.html'), 'utf8');
    // The lead, its package (at most a few explainers) and a fixed number of others.
    expect((front.match(/<article class="teaser/g) ?? []).length).toBeLessThanOrEqual(1 + 5 + FRONT_PAGE_MORE);
    for (const listing of ['chronik', 'digital']) {
      const first = readFileSync(join(clean, listing, 'index.html'), 'utf8');
      expect((first.match(/<article class="teaser/g) ?? []).length).toBe(LISTING_PAGE_SIZE);
      expect(first).toContain(`href="/${listing}/seite/2/"`);
      const second = readFileSync(join(clean, listing, 'seite', '2', 'index.html'), 'utf8');
      expect(second).toContain('aria-current="page"');
      expect(second).toContain('rel="prev"');
    }
    // The month with more corrections than a page holds: oldest first, a page at a time.
    const monthDir = join(clean, CORRECTIONS_MONTH);
    const firstMonthPage = readFileSync(join(monthDir, 'index.html'), 'utf8');
    expect(firstMonthPage).toContain(`${MONTH_CORRECTIONS} Korrekturen, älteste zuerst · Seite 1 von 2`);
    expect((firstMonthPage.match(/<li id="k-/g) ?? []).length).toBe(LISTING_PAGE_SIZE);
    expect(firstMonthPage).toMatch(new RegExp(`href="${CORRECTIONS_MONTH}seite/2/" rel="next">Spätere →`));
    const secondMonthPage = readFileSync(join(monthDir, 'seite', '2', 'index.html'), 'utf8');
    expect((secondMonthPage.match(/<li id="k-/g) ?? []).length).toBe(MONTH_CORRECTIONS - LISTING_PAGE_SIZE);
    expect(secondMonthPage).toContain('aria-current="page"');
    expect(secondMonthPage).toMatch(new RegExp(`href="${CORRECTIONS_MONTH}" rel="prev">← Frühere`));
    expect(secondMonthPage).toContain(`<title>Korrekturen im November 2026 – Seite 2`);
    const largest = Math.max(...filesIn(clean).filter((file) => file.endsWith('.html')).map((file) => readFileSync(join(clean, file)).length));
    expect(largest).toBeLessThan(100_000);
  });

  it('indexes every piece for search, each in the index of its year, and the search page merges them all', () => {
    const piecePages = filesIn(clean).filter((file) => /^[a-z]+\/[a-z]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file));
    const indexed = searchIndex(clean);
    const years = [...new Set(piecePages.map((file) => file.split('/')[2] ?? ''))].sort().reverse();
    expect(years.length).toBeGreaterThan(5);
    for (const file of piecePages) {
      const url = `/${file.replace(/index\.html$/, '')}`;
      const year = file.split('/')[2];
      expect(indexed.get(url), url).toBe(year === years[0] ? 'primary' : year);
    }
    expect(indexed.size).toBe(piecePages.length);
    const search = readFileSync(join(clean, 'suche', 'index.html'), 'utf8');
    expect(/data-search-merge="([^"]*)"/.exec(search)?.[1]).toBe(years.slice(1).map((year) => `/pagefind/${year}/`).join(' '));
  });

  it('shows the pictures on their pieces, every candidate a file of the build', () => {
    const pages = filesIn(clean).filter((file) => withPictures.some((id) => file.endsWith(`/${id}/index.html`)));
    expect(pages).toHaveLength(withPictures.length);
    for (const page of pages) {
      const html = readFileSync(join(clean, page), 'utf8');
      expect(html).toContain(`alt="${LEAD.alt}"`);
      const candidates = [...html.matchAll(/(?:src|srcset)="([^"]+)"/g)].flatMap((match) => (match[1] ?? '').split(', ').map((candidate) => candidate.split(' ')[0] ?? ''));
      const pictures = candidates.filter((url) => url.startsWith('/_astro/'));
      expect(pictures.length).toBeGreaterThan(3);
      for (const url of pictures) expect(existsSync(join(clean, url)), url).toBe(true);
    }
    const withInline = readFileSync(join(clean, pages.find((page) => page.endsWith(`/${withPictures[0] ?? ''}/index.html`)) ?? ''), 'utf8');
    expect(withInline).toContain(`alt="${INLINE.alt}"`);
  });

  it('links every correction note to the page of the log that lists it', () => {
    // The crawl above checks that each anchor is on the page linked.
    correctionLinks(clean, corrected.slice(0, MONTH_CORRECTIONS)).forEach((link, position) => {
      expect(link, corrected[position]).toMatch(new RegExp(`^${position < LISTING_PAGE_SIZE ? CORRECTIONS_MONTH : `${CORRECTIONS_MONTH}seite/2/`}#k-`));
    });
  });

  it('carries the newest pieces in the site feeds and one pair per section', () => {
    for (const feed of ['feed.xml', 'chronik/feed.xml', 'digital/feed.xml']) {
      expect((readFileSync(join(clean, feed), 'utf8').match(/<item>/g) ?? []).length).toBe(FEED_SIZE);
    }
    for (const feed of ['feed.json', 'chronik/feed.json', 'digital/feed.json']) {
      expect((JSON.parse(readFileSync(join(clean, feed), 'utf8')) as { items: unknown[] }).items).toHaveLength(FEED_SIZE);
    }
  });

  it('writes compressed copies of every text file of MIN_BYTES or more, wherever it is, each decompressing to its file', () => {
    const files = filesIn(clean);
    // A walk of the whole output: the build finds these files without one (src/outputs/hosting/served-files.ts).
    const text = files.filter((file) => isCompressible(file) && statSync(join(clean, file)).size >= MIN_BYTES);
    expect(text.length).toBeGreaterThan(N * 2);
    for (const [suffix, decompress] of [['.gz', gunzipSync], ['.br', brotliDecompressSync]] as const) {
      const copies = files.filter((file) => file.endsWith(suffix));
      expect(copies.map((copy) => copy.slice(0, -suffix.length)), suffix).toEqual(text);
      for (const copy of copies) expect(decompress(readFileSync(join(clean, copy))).equals(readFileSync(join(clean, copy.slice(0, -suffix.length)))), copy).toBe(true);
    }
  });

  describe('rebuilt by a chain of incremental builds with one cache', () => {
    // The clean build's cache: each build of the chain finds what the one before it cached.
    const cacheDir = join(root, 'cache-clean');
    const incremental = join(root, 'incremental');
    const fresh = join(root, 'fresh');
    const ADDED = 'neuer-bericht-aus-der-redaktion';
    const SCHEDULED = 'geplantes-erklaerstueck-zum-bericht';
    const RENAMED = 'umbenannter-bericht';
    /** The article the scheduled explainer explains: its page links the explainer once it is live. */
    let explainedBySchedule = '';
    let addedPath = '';

    it('rebuilds into a fresh folder after edits, a piece added and one scheduled for later', async () => {
      const content = manifest.contentDirs.site;
      // A word in one body, and the headline of an article that explainers point to: its teaser
      // changes on listings, in feeds and under "Mehr zum Thema" of pages that are not its own.
      applyWordEdit(manifest, 'site');
      const articleFile = join(content, 'articles', `${explainedArticle()}.mdx`);
      const article = readFileSync(articleFile, 'utf8');
      const retitled = article.replace(/^title: .*$/m, `title: ${NEW_TITLE}`);
      expect(retitled).not.toBe(article);
      writeFileSync(articleFile, retitled);
      // A correction made before all others of the month moves the last entry of its first page
      // to the second: that piece's page must link there, though nothing else about it changed.
      const movedToSecondPage = corrected[LISTING_PAGE_SIZE - 1] ?? '';
      expect(correctionLinks(clean, [movedToSecondPage])[0]).toMatch(new RegExp(`^${CORRECTIONS_MONTH}#`));
      addCorrection(corrected[MONTH_CORRECTIONS] ?? '', MONTH_CORRECTIONS, -60);
      // A new article of this morning, inside the news sitemap's window at T1; an explainer
      // scheduled for the day after tomorrow, not public at T1.
      const busy = new Set([explainedArticle(), manifest.edits.word.id, ...withPictures, ...corrected]);
      copyPiece('articles', plainPiece('articles', busy), ADDED, 'Neuer Bericht aus der Redaktion am Dienstagmorgen', '2026-11-10T09:00:00+01:00');
      const explainer = copyPiece('explainers', plainPiece('explainers', busy), SCHEDULED, 'Geplantes Erklärstück zum Bericht', '2026-11-12T09:00:00+01:00');
      explainedBySchedule = /^article: (\S+)$/m.exec(explainer)?.[1] ?? '';
      expect(explainedBySchedule).not.toBe('');

      const log = await build(incremental, cacheDir);
      // Most pages come from the cache; the edited piece is rendered again.
      const reused = (log.match(/\((cached|restored)\)/g) ?? []).length;
      expect(reused).toBeGreaterThan(N * 0.9);
      // Pages render several at a time (build.concurrency), so a rendered page's timing may land on a later line.
      const editedPage = `├─ /\\S+/${manifest.edits.word.id}/index\\.html`;
      expect(log).toMatch(new RegExp(editedPage));
      expect(log).not.toMatch(new RegExp(`${editedPage} \\((cached|restored)\\)`));
      // Search: only the years whose piece pages changed are indexed again.
      const search = /search index: (\d+) pages in (\d+) yearly indexes; (\d+) indexed again/.exec(log);
      expect(Number(search?.[1])).toBe(N + 1 + manifest.tickers);
      expect(Number(search?.[3])).toBeGreaterThan(0);
      expect(Number(search?.[3])).toBeLessThan(Number(search?.[2]));
      // Compressed copies: only the changed files are compressed again (two copies each).
      const copies = /compressed copies \(.*\) of (\d+) files: (\d+) compressed/.exec(log);
      expect(Number(copies?.[2])).toBeGreaterThan(0);
      expect(Number(copies?.[2])).toBeLessThan(Number(copies?.[1]) * 0.2);

      // The edits are in the output, also on pages other than the edited pieces'.
      expect(readFileSync(join(incremental, pagePath(incremental, manifest.edits.word.id), 'index.html'), 'utf8')).toContain(manifest.edits.word.replace);
      const showingNewTitle = filesIn(incremental).filter((file) => file.endsWith('.html') && readFileSync(join(incremental, file), 'utf8').includes(NEW_TITLE));
      expect(showingNewTitle.length).toBeGreaterThan(3);
      expect(correctionLinks(incremental, [movedToSecondPage])[0]).toMatch(new RegExp(`^${CORRECTIONS_MONTH}seite/2/#`));
      // The added piece: its page, card and search entry, on the front page and in the news sitemap.
      addedPath = pagePath(incremental, ADDED);
      expect(existsSync(join(incremental, cardPath(addedPath, cardFormat(false))))).toBe(true);
      expect(searchIndex(incremental).get(addedPath)).toBe('primary');
      expect(readFileSync(join(incremental, 'index.html'), 'utf8')).toContain(`href="${addedPath}"`);
      expect(newsSitemap(incremental)).toEqual([addedPath]);
      // The scheduled piece: nowhere yet.
      expect(filesOf(incremental, SCHEDULED)).toEqual([]);
      expect(readFileSync(join(incremental, pagePath(incremental, explainedBySchedule), 'index.html'), 'utf8')).not.toContain(SCHEDULED);
    });

    it('rebuilds into its own last output three days on, after a piece is deleted, another renamed with its redirect and a live entry added', async () => {
      const content = manifest.contentDirs.site;
      const contentFiles = globSync('**/*.{mdx,yaml}', { cwd: content });
      const namedElsewhere = (id: string) => contentFiles.some((file) => file !== `articles/${id}.mdx` && readFileSync(join(content, file), 'utf8').includes(id));
      // Pieces with a lead picture that no other file names (a reference to them would be an error).
      const [deleted = '', renamedFrom = ''] = withPictures.filter((id) => id !== explainedArticle() && id !== manifest.edits.word.id && !namedElsewhere(id));
      expect(renamedFrom).not.toBe('');
      const deletedPath = pagePath(incremental, deleted);
      const renamedOldPath = pagePath(incremental, renamedFrom);
      expect(filesOf(incremental, deleted).length).toBeGreaterThan(0);
      expect(filesOf(incremental, renamedFrom).length).toBeGreaterThan(0);

      // Deleted, and its address withdrawn from the URL ledger: its own line only, as EDITING.md
      // says; its version page goes with it.
      rmSync(join(content, 'articles', `${deleted}.mdx`));
      const ledgerFile = join(content, LEDGER_FILE);
      const ledger = readFileSync(ledgerFile, 'utf8');
      const withdrawn = ledger.split('\n').filter((line) => !line.startsWith(`${deletedPath}  `)).join('\n');
      expect(withdrawn).toContain(`\n${deletedPath}versionen/  `);
      expect(ledger.length - withdrawn.length).toBeGreaterThan(0);
      writeFileSync(ledgerFile, withdrawn);
      // Renamed: a new file name, and its old address in redirectFrom; the ledger keeps the old one.
      expect(ledger).toContain(`\n${renamedOldPath}  article:${renamedFrom}\n`);
      const renamedText = readFileSync(join(content, 'articles', `${renamedFrom}.mdx`), 'utf8');
      rmSync(join(content, 'articles', `${renamedFrom}.mdx`));
      writeFileSync(join(content, 'articles', `${RENAMED}.mdx`), renamedText.replace(/^(published: .*)$/m, `$1\nredirectFrom: ["${renamedOldPath}"]`));
      applyLiveEntry(manifest);

      const log = await build(incremental, cacheDir, { time: T2 });
      expect(log).not.toMatch(/output folder: .* emptied/);
      const inPlace = Number(/output folder: \d+ files, (\d+) kept in place/.exec(log)?.[1]);
      expect(inPlace).toBeGreaterThan(N);
      // Neither the cards and search indexes that did not change nor the compressed copies of unchanged files are placed again.
      expect(Number(/social cards: .* \((\d+) in place from the last build\)/.exec(log)?.[1])).toBeGreaterThan(N * 0.9);
      const years = /(\d+) yearly indexes; (\d+) indexed again .*, (\d+) of them in place from the last build/.exec(log);
      expect(Number(years?.[3])).toBeGreaterThan(0);
      expect(Number(years?.[3])).toBe(Number(years?.[1]) - Number(years?.[2]));
      expect(Number(/compressed copies .*, (\d+) files as the last build left them/.exec(log)?.[1])).toBeGreaterThan(N);
      expect(Number(/(\d+) no longer produced removed/.exec(log)?.[1])).toBeGreaterThan(0);

      // The deleted piece: gone, with its card, its compressed copies and its search entry.
      expect(filesOf(incremental, deleted)).toEqual([]);
      expect(existsSync(join(incremental, deletedPath))).toBe(false);
      expect(searchIndex(incremental).has(deletedPath)).toBe(false);
      // The renamed piece: at its new address, its old one a redirect on both hosts and gone from the folder.
      const renamedPath = pagePath(incremental, RENAMED);
      expect(renamedPath).toBe(renamedOldPath.replace(`/${renamedFrom}/`, `/${RENAMED}/`));
      expect(filesOf(incremental, renamedFrom)).toEqual([]);
      expect(existsSync(join(incremental, renamedOldPath))).toBe(false);
      expect(existsSync(join(incremental, cardPath(renamedPath, cardFormat(true))))).toBe(true);
      expect(searchIndex(incremental).has(renamedPath)).toBe(true);
      expect(searchIndex(incremental).has(renamedOldPath)).toBe(false);
      const rules = readFileSync(join(incremental, '_redirects'), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
      expect(rules).toEqual([`${renamedOldPath} ${renamedPath} 301`]);
      expect(readFileSync(`${incremental}-nginx.conf`, 'utf8')).toContain(`location = "${renamedOldPath}" {\n  return 301 "${renamedPath}";\n}`);
      // The ledger let the build pass by the redirect; the new address is the one to record.
      expect(log).toMatch(new RegExp(`noch nicht in ${basename(content)}/${LEDGER_FILE}:[^]*\n  ${renamedPath}\n`));
      // The scheduled piece is live: its page, card and search entry, and on its article's page.
      const scheduledPath = pagePath(incremental, SCHEDULED);
      expect(scheduledPath).toMatch(new RegExp(`/2026/11/12/${SCHEDULED}/$`));
      expect(existsSync(join(incremental, cardPath(scheduledPath, cardFormat(false))))).toBe(true);
      expect(searchIndex(incremental).get(scheduledPath)).toBe('primary');
      expect(readFileSync(join(incremental, pagePath(incremental, explainedBySchedule), 'index.html'), 'utf8')).toContain(`href="${scheduledPath}"`);
      // The news sitemap's window moved with the clock: the scheduled piece in, the added one out.
      expect(newsSitemap(incremental)).toEqual([scheduledPath]);
      expect(existsSync(join(incremental, addedPath, 'index.html'))).toBe(true);
    });

    it('ends exactly where a clean build of the same content at the same time does: every file, the nginx file beside them', async () => {
      await build(fresh, join(root, 'cache-fresh'), { time: T2 });
      const files = expectSameOutput(incremental, fresh);
      // What was compared holds every kind of file the build writes besides pages, and those that
      // the chain's changes reach differ from the first build's.
      const differsFromFirst = (file: string) => !existsSync(join(clean, file)) || !readFileSync(join(clean, file)).equals(readFileSync(join(fresh, file)));
      expect(files).toContain('_headers');
      for (const kind of [/^_redirects$/, /\.html\.br$/, /\.html\.gz$/, /^pagefind\/.+\.pf_meta$/, new RegExp(`^${BUILD_FOLDERS.social.slice(1)}.+\\.(png|jpg)$`), /^news-sitemap\.xml$/]) {
        expect(files.filter((file) => kind.test(file)).some(differsFromFirst), String(kind)).toBe(true);
      }
      expect(readFileSync(`${fresh}-nginx.conf`, 'utf8')).not.toBe(readFileSync(`${clean}-nginx.conf`, 'utf8'));
    });

    it('rebuilds the same into a fresh folder, every piece\'s page restored from the cache', async () => {
      const restored = join(root, 'restored');
      const log = await build(restored, cacheDir, { time: T2 });
      // Pages without a cache key are rendered by every build; every piece's page has one.
      const piecePage = /^[a-z]+\/[a-z]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;
      const restoredPieces = [...log.matchAll(/├─ \/(\S+) \(restored\)/g)].filter((match) => piecePage.test(match[1] ?? ''));
      expect(restoredPieces).toHaveLength(filesIn(fresh).filter((file) => piecePage.test(file)).length);
      expectSameOutput(restored, fresh);
    });
  });
});

it('logs the content checks of the generated archive without errors', () => {
  expect(cleanLog).toContain(`Inhalt geprüft: ${N + manifest.tickers} Beiträge, keine Fehler`);
});

it("bundles the content store as a module of string literals in parts (src/loaders/store-module.ts), not Astro's one literal", () => {
  expect(cleanLog).toMatch(/content store module: \d+\.\d MB in 1 part\(s\)/);
  expect(cleanLog).not.toContain('in a form this integration does not know');
});
