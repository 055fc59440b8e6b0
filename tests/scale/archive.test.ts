/**
 * The archive at scale, on a generated site (bench/generate.ts): a crawl from the front page
 * reaches every piece with no broken link or anchor, no page grows with the archive, and an
 * incremental rebuild after an edit produces exactly what a clean build of the edited content does.
 */
import { existsSync, globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyLiveEntry, applyWordEdit, generate, type Manifest } from '../../bench/generate.ts';
import { FEED_SIZE, FRONT_PAGE_MORE, LISTING_PAGE_SIZE } from '../../src/newsroom/listings.ts';
import { isCompressible, MIN_BYTES } from '../../src/outputs/hosting/precompress.ts';
import { pageKindOf } from '../../src/routing/routes.ts';
import { LEAD, INLINE, testPhoto } from '../support/pictures.ts';
import { build as runBuild } from '../support/run.ts';

const N = 150;
const root = mkdtempSync(join(tmpdir(), 'newsroom-archive-'));
let manifest: Manifest;

async function build(outDir: string, cacheDir: string): Promise<string> {
  const result = await runBuild({ content: manifest.contentDirs.site, outDir, cacheDir });
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
  writeFileSync(join(content, 'bilder', LEAD.src), await testPhoto(1600, 900));
  writeFileSync(join(content, 'bilder', INLINE.src), await testPhoto(800, 1100));
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
  cleanLog = await build(clean, join(root, 'cache-clean'));
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
    const indexed = new Map<string, string>();
    for (const file of filesIn(join(clean, 'pagefind')).filter((name) => name.endsWith('.pf_fragment'))) {
      // A fragment is gzipped JSON after Pagefind's "pagefind_dcd" signature.
      const text = gunzipSync(readFileSync(join(clean, 'pagefind', file))).toString('utf8');
      const url = /"url":"([^"]+)"/.exec(text)?.[1] ?? '';
      indexed.set(url, /^(\d{4})\//.exec(file)?.[1] ?? 'primary');
    }
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

  it('rebuilds incrementally after edits, exactly as a clean build of the edited content', async () => {
    const cacheDir = join(root, 'cache-clean');
    // A word in one body, and the headline of an article that explainers point to: its teaser
    // changes on listings, in feeds and under "Mehr zum Thema" of pages that are not its own.
    applyWordEdit(manifest, 'site');
    const explained = explainedArticle();
    const articleFile = join(manifest.contentDirs.site, 'articles', `${explained}.mdx`);
    const article = readFileSync(articleFile, 'utf8');
    const retitled = article.replace(/^title: .*$/m, 'title: Neue Überschrift nach der Redaktionskonferenz');
    expect(retitled).not.toBe(article);
    writeFileSync(articleFile, retitled);
    // A correction made before all others of the month moves the last entry of its first page
    // to the second: that piece's page must link there, though nothing else about it changed.
    const movedToSecondPage = corrected[LISTING_PAGE_SIZE - 1] ?? '';
    expect(correctionLinks(clean, [movedToSecondPage])[0]).toMatch(new RegExp(`^${CORRECTIONS_MONTH}#`));
    addCorrection(corrected[MONTH_CORRECTIONS] ?? '', MONTH_CORRECTIONS, -60);
    const incremental = join(root, 'incremental');
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
    expect(Number(search?.[1])).toBe(N + manifest.tickers);
    expect(Number(search?.[3])).toBeGreaterThan(0);
    expect(Number(search?.[3])).toBeLessThan(Number(search?.[2]));

    // Compressed copies: only the changed files are compressed again (two copies each).
    const copies = /compressed copies \(.*\) of (\d+) files: (\d+) compressed/.exec(log);
    expect(Number(copies?.[2])).toBeGreaterThan(0);
    expect(Number(copies?.[2])).toBeLessThan(Number(copies?.[1]) * 0.2);

    const fresh = join(root, 'fresh');
    await build(fresh, join(root, 'cache-fresh'));
    const files = filesIn(fresh);
    expect(filesIn(incremental)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(incremental, file)).equals(readFileSync(join(fresh, file))));
    expect(differing).toEqual([]);
    // And the edits really are in the output, also on pages other than the edited pieces'.
    const edited = files.find((file) => file.endsWith(`/${manifest.edits.word.id}/index.html`)) ?? '';
    expect(readFileSync(join(incremental, edited), 'utf8')).toContain(manifest.edits.word.replace);
    const showingNewTitle = files.filter((file) => file.endsWith('.html') && readFileSync(join(incremental, file), 'utf8').includes('Neue Überschrift nach der Redaktionskonferenz'));
    expect(showingNewTitle.length).toBeGreaterThan(3);
    expect(correctionLinks(incremental, [movedToSecondPage])[0]).toMatch(new RegExp(`^${CORRECTIONS_MONTH}seite/2/#`));
  });

  it('rebuilds into its own last output, where a deleted piece disappears, exactly as a clean build', async () => {
    // The build before wrote `incremental` with this cache, so this one writes into it.
    const cacheDir = join(root, 'cache-clean');
    const incremental = join(root, 'incremental');
    const articles = join(manifest.contentDirs.site, 'articles');
    const contentFiles = globSync('**/*.{mdx,yaml}', { cwd: manifest.contentDirs.site });
    const namedElsewhere = (id: string) => contentFiles.some((file) => file !== `articles/${id}.mdx` && readFileSync(join(manifest.contentDirs.site, file), 'utf8').includes(id));
    // A piece with a lead picture that no other file names (a reference to it would be an error).
    const deleted = withPictures.find((id) => id !== explainedArticle() && id !== manifest.edits.word.id && !namedElsewhere(id)) ?? '';
    expect(deleted).not.toBe('');
    const deletedFolders = filesIn(incremental).filter((file) => file.includes(`/${deleted}/`)).map((file) => file.slice(0, file.indexOf(`/${deleted}/`) + deleted.length + 1));
    expect(deletedFolders.length).toBeGreaterThan(0);
    rmSync(join(articles, `${deleted}.mdx`));
    applyLiveEntry(manifest);

    const log = await build(incremental, cacheDir);
    expect(log).not.toMatch(/output folder: .* emptied/);
    const inPlace = Number(/output folder: \d+ files, (\d+) kept in place/.exec(log)?.[1]);
    expect(inPlace).toBeGreaterThan(N);
    expect(Number(/(\d+) no longer produced removed/.exec(log)?.[1])).toBeGreaterThan(0);
    for (const folder of new Set(deletedFolders)) expect(existsSync(join(incremental, folder)), folder).toBe(false);

    const fresh = join(root, 'fresh-after-delete');
    await build(fresh, join(root, 'cache-fresh-after-delete'));
    const files = filesIn(fresh);
    expect(filesIn(incremental)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(incremental, file)).equals(readFileSync(join(fresh, file))));
    expect(differing).toEqual([]);
    expect(readFileSync(`${incremental}-nginx.conf`, 'utf8')).toBe(readFileSync(`${fresh}-nginx.conf`, 'utf8'));
  });
});

it('logs the content checks of the generated archive without errors', () => {
  expect(cleanLog).toContain(`Inhalt geprüft: ${N + manifest.tickers} Beiträge, keine Fehler`);
});
