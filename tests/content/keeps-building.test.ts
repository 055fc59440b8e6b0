/**
 * One real build of a copy of content/ with what must build but never show, checked from both
 * sides:
 *
 * - Input that looks odd but is right keeps building: a file with Windows line endings, markup
 *   characters in a headline (escaped on every page and in every feed), a scheduled piece, and
 *   hidden system files (.DS_Store) beside the content.
 * - Drafts and future pieces appear nowhere: every output file (pages, feeds, sitemaps, search
 *   index metadata, redirects, corrections log) is searched for a draft and a future-dated piece.
 *   The copy lies outside any git repository, so the same build also shows the version pages'
 *   fallback to the typed corrections.
 * - The build's clock decides: built at a fixed instant (NEWS_BUILD_TIME), a piece published an
 *   hour before has its page, card and feed items and is the one entry of the news sitemap, and a
 *   piece scheduled an hour after is nowhere; built again a day later, the scheduled piece is
 *   public too, and both are in the news sitemap, newest first.
 */
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIME_ENV } from '../../src/util/clock.ts';
import { build, scratchBuild, type BuildPaths } from '../support/run.ts';

const root = mkdtempSync(join(tmpdir(), 'newsroom-keeps-building-'));
const paths = scratchBuild(root);
const { content, outDir } = paths;
const ARTICLE = join(content, 'articles/dieser-mann-nahm-donald-trump-vom-netz.mdx');
const WHO = join(content, 'explainers/wer-ist-bahtiyar-duysak.mdx');
const TITLE = 'Wer ist Bahtiyar Duysak? 3 < 5 & 7 > 2 & <3';

const piece = (title: string, extra: string) => `---
title: ${title}
standfirst: Dieser Vorspann gehört zu einem Beitrag, der noch nicht erscheinen darf, und darf nirgends stehen.
section: chronik
subsection: welt
label: nachricht
topics: [twitter]
sources: [techcrunch-2017-11-29]
${extra}
---

Geheimwortrichtig steht im Text.
`;

/**
 * The build's "now", fixed long after every date the real content has or will soon have (an
 * update dated after it would be an error), so that the two-day window of the news sitemap holds
 * this test's pieces alone, and each check below knows its whole answer. The pieces scheduled for
 * 2099 above stay in the future at both instants.
 */
const NOW = '2098-06-01T08:00:00+02:00';
const A_DAY_LATER = '2098-06-02T08:00:00+02:00';
const JUST_OUT = { id: 'eben-erschienen', title: 'Eine Meldung der letzten Stunde', published: '2098-06-01T07:00:00+02:00' };
const SCHEDULED = { id: 'gleich-geplant', title: 'Eine Meldung für die nächste Stunde', published: '2098-06-01T09:00:00+02:00' };
const pathOf = ({ id }: { id: string }) => `/chronik/welt/2098/06/01/${id}/`;
const timedPiece = ({ title, published }: { title: string; published: string }) => `---
title: ${title}
standfirst: Ein Beitrag, der nur zeigt, wann der Build einen Beitrag veröffentlicht und in die News-Sitemap aufnimmt.
section: chronik
subsection: welt
label: nachricht
topics: [twitter]
sources: [techcrunch-2017-11-29]
published: ${published}
---

Dieser Text gehört zu einem Test der Uhr des Builds.
`;

let status: number | null = null;
let output = '';
beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  writeFileSync(ARTICLE, readFileSync(ARTICLE, 'utf8').replaceAll('\n', '\r\n'));
  const who = readFileSync(WHO, 'utf8');
  writeFileSync(WHO, who.replace(/^title: .*$/m, `title: "${TITLE}"`));
  writeFileSync(
    join(content, 'articles/termin-meldung.mdx'),
    readFileSync(ARTICLE, 'utf8').replace('published: 2017-11-30T00:00:00+01:00', 'published: 2099-01-01T08:00:00+01:00').replace(/corrections:[\s\S]*?\r\n---/, '---'),
  );
  writeFileSync(join(content, '.DS_Store'), Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]));
  writeFileSync(join(content, 'articles/.notiz.md'), 'Eine Notiz des Redakteurs, kein Beitrag.\n');
  // A correction is dated when it is made, so only the draft (published in the past) can have one.
  const correction = 'corrections:\n  - date: 2026-11-02T10:00:00+01:00\n    wrong: Geheimwortfalsch\n    right: Geheimwortrichtig\n    note: Eine Korrektur an einem unveröffentlichten Beitrag, die im Protokoll fehlen muss.';
  writeFileSync(join(content, 'articles', 'entwurf-ohne-termin.mdx'), piece('Entwurfsmeldung Zebrastreifen', `published: 2026-11-01T08:00:00+01:00\ndraft: true\nredirectFrom: [/alt/entwurf/]\n${correction}`));
  writeFileSync(join(content, 'articles', 'meldung-aus-der-zukunft.mdx'), piece('Zukunftsmeldung Zebrastreifen', 'published: 2099-01-01T08:00:00+01:00'));
  writeFileSync(join(content, 'articles', `${JUST_OUT.id}.mdx`), timedPiece(JUST_OUT));
  writeFileSync(join(content, 'articles', `${SCHEDULED.id}.mdx`), timedPiece(SCHEDULED));
  const result = await build(paths, { env: { [BUILD_TIME_ENV]: NOW } });
  status = result.status;
  output = result.output;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const textFiles = () => globSync('**/*.{html,xml,json}', { cwd: outDir }).map((file) => ({ file, text: readFileSync(join(outDir, file), 'utf8') }));

describe('odd but valid content', () => {
  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('reads a file with Windows line endings like any other', () => {
    const page = readFileSync(join(outDir, 'chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/index.html'), 'utf8');
    expect(page).toContain('Dieser Mann nahm Donald Trump vom Netz</h1>');
    expect(page).toContain('Hofft nun auf Ruhe');
    expect(page).not.toContain('\r');
  });

  it('escapes markup characters of a headline in every page and feed', () => {
    const escaped = 'Wer ist Bahtiyar Duysak? 3 &lt; 5 &amp; 7 &gt; 2 &amp; &lt;3';
    const files = textFiles();
    const html = files.filter(({ file }) => file.endsWith('.html') || file.endsWith('.xml'));
    expect(html.filter(({ text }) => text.includes(escaped)).length).toBeGreaterThan(3);
    const raw = html.filter(({ text }) => text.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '').includes('3 < 5 & 7 > 2'));
    expect(raw.map(({ file }) => file)).toEqual([]);
    expect(files.find(({ file }) => file === 'feed.json')?.text).toContain(JSON.stringify(TITLE).slice(1, -1));
  });

  it('keeps a scheduled piece and hidden files out of the site', () => {
    expect(textFiles().filter(({ file, text }) => file.includes('termin-meldung') || text.includes('termin-meldung'))).toEqual([]);
    expect(output).not.toContain('.DS_Store');
    expect(output).not.toContain('.notiz.md');
  });
});

describe('unpublished pieces', () => {
  it('are checked by the build but published nowhere', () => {
    const files = globSync('**/*', { cwd: outDir, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    for (const entry of files) {
      const path = join(entry.parentPath, entry.name);
      let text = readFileSync(path).toString('utf8');
      // Pagefind stores its metadata gzipped (after a "pagefind_dcd" signature once unpacked).
      if (/\.pf_(meta|fragment)$/.test(entry.name)) text = gunzipSync(readFileSync(path)).toString('utf8');
      for (const marker of ['entwurf-ohne-termin', 'meldung-aus-der-zukunft', 'Zebrastreifen', 'Geheimwortrichtig', '/alt/entwurf/']) {
        if (text.includes(marker) || path.includes(marker)) leaks.push(`${path.slice(outDir.length)}: ${marker}`);
      }
    }
    expect(leaks).toEqual([]);
    // The dev server's overview of drafts (/entwuerfe/) is no page of a build.
    expect(files.filter((entry) => join(entry.parentPath, entry.name).includes('/entwuerfe'))).toEqual([]);
  });
});

describe('a build without git history', () => {
  it('says so once and lists the typed corrections as versions', () => {
    expect(output.match(/\[versions\] No version history: .* is not in a git repository/g)).toHaveLength(1);
    const page = readFileSync(join(outDir, 'chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/versionen/index.html'), 'utf8');
    expect(page).toContain('Erstveröffentlichung');
    expect(page).toContain('Korrektur: In einer früheren Fassung dieses Artikels war der Nachname');
    expect(page).toContain('Frühere Fassungen des Textes liegen uns hier nicht vor');
    expect(page).not.toContain('<ins');
  });
});

const xml = new XMLParser({ isArray: (name) => ['url', 'item'].includes(name) });

/** What a build in `dir` published when: the news sitemap's entries, and which pieces have pages, social cards, feed items and sitemap entries. */
function publication(dir: string) {
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const news = (xml.parse(read('news-sitemap.xml')).urlset.url ?? []) as { loc: string; 'news:news': Record<string, unknown> }[];
  const paths = (urls: readonly string[]) => urls.map((url) => new URL(url).pathname);
  return {
    news: news.map((url) => ({ path: new URL(url.loc).pathname, ...url['news:news'] })),
    pages: [JUST_OUT, SCHEDULED].filter((piece) => existsSync(join(dir, pathOf(piece), 'index.html'))).map(pathOf),
    cards: [JUST_OUT, SCHEDULED].filter((piece) => existsSync(join(dir, 'social', `${pathOf(piece).slice(0, -1)}.png`))).map(pathOf),
    rss: paths((xml.parse(read('feed.xml')).rss.channel.item as { link: string }[]).map((item) => item.link)),
    json: paths((JSON.parse(read('feed.json')) as { items: { url: string }[] }).items.map((item) => item.url)),
    sitemap: paths((xml.parse(read('sitemap-0.xml')).urlset.url as { loc: string }[]).map((url) => url.loc)),
  };
}

const newsEntry = ({ title, published, ...piece }: typeof JUST_OUT) => ({
  path: pathOf(piece),
  'news:publication': { 'news:name': 'Netzchronik', 'news:language': 'de' },
  'news:publication_date': published,
  'news:title': title,
});

describe(`the build's clock (${BUILD_TIME_ENV})`, () => {
  it('publishes a piece of the hour before, with its card, and lists it alone in the news sitemap; a piece scheduled after is nowhere', () => {
    expect(status, output).toBe(0);
    const { news, pages, cards, rss, json, sitemap } = publication(outDir);
    expect(news).toEqual([newsEntry(JUST_OUT)]);
    expect(pages).toEqual([pathOf(JUST_OUT)]);
    expect(cards).toEqual([pathOf(JUST_OUT)]);
    for (const listed of [rss, json, sitemap]) {
      expect(listed).toContain(pathOf(JUST_OUT));
      expect(listed).not.toContain(pathOf(SCHEDULED));
    }
    expect(globSync('**/*', { cwd: outDir }).filter((file) => file.includes(SCHEDULED.id))).toEqual([]);
    expect(textFiles().filter(({ text }) => text.includes(SCHEDULED.id) || text.includes(SCHEDULED.title)).map(({ file }) => file)).toEqual([]);
  });

  describe('a day later', () => {
    const later: BuildPaths = { ...paths, outDir: join(root, 'dist-later') };
    let result = { status: null as number | null, output: '' };
    // The same copy and cache: an incremental build, as a deploy the next day would be.
    beforeAll(async () => {
      result = await build(later, { env: { [BUILD_TIME_ENV]: A_DAY_LATER } });
    });

    it('has published the scheduled piece too, with its card, and lists both in the news sitemap, newest first', () => {
      expect(result.status, result.output).toBe(0);
      const { news, pages, cards, rss, json, sitemap } = publication(later.outDir);
      expect(news).toEqual([newsEntry(SCHEDULED), newsEntry(JUST_OUT)]);
      expect(pages).toEqual([pathOf(JUST_OUT), pathOf(SCHEDULED)]);
      expect(cards).toEqual([pathOf(JUST_OUT), pathOf(SCHEDULED)]);
      for (const listed of [rss, json, sitemap]) expect(listed).toEqual(expect.arrayContaining([pathOf(JUST_OUT), pathOf(SCHEDULED)]));
    });
  });
});
