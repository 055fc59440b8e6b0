/**
 * A running live ticker everywhere a piece appears: 60 entries (one of them corrected) in a copy
 * of content/, built once. Its teasers say „Live“ with the last update, its page is a
 * LiveBlogPosting with the entries it shows, its feeds carry the newest 50 entries, and the
 * corrections log links the corrected entry on the ticker page that shows it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TICKER_ID, tickerEntry, writeTicker } from '../support/live.ts';
import { build as runBuild, scratchBuild, type RunResult } from '../support/run.ts';

const ENTRIES = 60;
const root = mkdtempSync(join(tmpdir(), 'newsroom-live-everywhere-'));
const paths = scratchBuild(root);
const { content, outDir } = paths;
const tickerPath = `/chronik/welt/2017/11/30/${TICKER_ID}/`;
const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const running = `  status: laeuft
  summary:
    - Der Account war elf Minuten lang nicht erreichbar.`;
/** Entry 7 (09:14) says „andere Accounts“; it once said „alle Accounts“. */
const CORRECTED = 6;

/** The teaser of the ticker on a listing page: from its kicker to its date. */
const teaserOf = (html: string) => html.match(new RegExp(`<article class="teaser[^"]*"(?:(?!</article>)[\\s\\S])*?${tickerPath}(?:(?!</article>)[\\s\\S])*</article>`))?.[0] ?? '';

let build: RunResult;
beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  writeTicker(content, ENTRIES, running);
  const { name, text } = tickerEntry(CORRECTED);
  const corrected = text.replace('\n---\n', `
corrections:
  - date: 2017-11-30T12:00:00+01:00
    wrong: alle Accounts
    right: andere Accounts
    note: In einer früheren Fassung dieses Eintrags hieß es, alle Accounts seien betroffen gewesen.
---
`);
  writeFileSync(join(content, 'live', TICKER_ID, `${name}.mdx`), corrected);
  build = await runBuild(paths);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`a running live ticker with ${ENTRIES} entries, everywhere it appears`, () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('is marked „Live“ in words in its teasers, dated by its newest entry', () => {
    for (const page of ['index.html', 'chronik/index.html', 'thema/twitter/index.html']) {
      const teaser = teaserOf(read(page));
      expect(teaser, page).toContain('>Live</strong>');
      expect(teaser, page).toContain('Zuletzt aktualisiert: <time datetime="2017-11-30T11:00:00+01:00">');
    }
  });

  it('is a LiveBlogPosting with the 30 entries its page shows, newest first, and no end while it runs', () => {
    const documents = [...read(`${tickerPath.slice(1)}index.html`).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? '{}') as Record<string, unknown>);
    const posting = documents.find((document) => document['@type'] === 'LiveBlogPosting');
    expect(posting).toMatchObject({ coverageStartTime: '2017-11-30T09:00:00+01:00', dateModified: '2017-11-30T11:00:00+01:00' });
    expect(posting).not.toHaveProperty('coverageEndTime');
    const updates = posting?.['liveBlogUpdate'] as { url: string; headline: string; datePublished: string; articleBody: string }[];
    expect(updates).toHaveLength(30);
    expect(updates[0]).toMatchObject({ url: `https://netzchronik.example${tickerPath}#eintrag-stand-0060`, headline: 'Stand 60: Ein Bericht erklärt', datePublished: '2017-11-30T11:00:00+01:00' });
    expect(updates[0]?.articleBody).toMatch(/^Ein Bericht erklärt, dass /);
    expect(updates.at(-1)?.url).toMatch(/#eintrag-stand-0031$/);
  });

  it('announces the feeds of its entries, which carry the newest 50, newest first, each linked on the numbered page that keeps it', () => {
    expect(read(`${tickerPath.slice(1)}index.html`)).toContain(`<link rel="alternate" type="application/rss+xml" title="Der Tag nach der Abschaltung im Liveticker – Liveticker (RSS)" href="https://netzchronik.example${tickerPath}feed.xml">`);
    const rss = read(`${tickerPath.slice(1)}feed.xml`);
    const links = [...rss.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(links).toHaveLength(50);
    expect(links[0]).toBe(`https://netzchronik.example${tickerPath}seite/2/#eintrag-stand-0060`);
    expect(links.at(-1)).toBe(`https://netzchronik.example${tickerPath}seite/1/#eintrag-stand-0011`);
    const json = JSON.parse(read(`${tickerPath.slice(1)}feed.json`)) as { items: { id: string; date_published: string; content_html: string }[] };
    expect(json.items.map(({ id }) => id)).toEqual(links);
    const times = json.items.map(({ date_published }) => date_published);
    expect(times).toEqual([...times].sort().reverse());
    // The corrected entry (09:14) is older than the newest 50.
    expect(rss).not.toContain('Korrektur vom');
  });

  it('lists the entry\'s correction in the corrections log, linked to the entry on the ticker\'s older page', () => {
    const log = read('korrekturen/index.html');
    expect(log).toContain(`<a class="underline underline-offset-2" href="${tickerPath}seite/1/#eintrag-stand-0007">Eintrag vom 30.11.2017, 09:14 Uhr: Stand 7: Der Account berichtet</a>`);
    expect(log).toContain('In einer früheren Fassung dieses Eintrags hieß es, alle Accounts seien betroffen gewesen.');
    expect(read('korrekturen/2017/11/index.html')).toContain(`id="k-chronik-welt-2017-11-30-${TICKER_ID}-stand-0007-1"`);
  });

  it('has a social card and is a search result with the entries its page shows; its older pages are not', () => {
    expect(existsSync(join(outDir, `social${tickerPath.slice(0, -1)}.png`))).toBe(true);
    const html = read(`${tickerPath.slice(1)}index.html`);
    const body = html.indexOf('data-pagefind-body');
    expect(body).toBeGreaterThan(-1);
    expect(html.indexOf('id="eintrag-stand-0060"')).toBeGreaterThan(body);
    expect(read(`${tickerPath.slice(1)}seite/1/index.html`)).not.toContain('data-pagefind-body');
  });

  it('refreshes its teasers and feeds in an incremental build when an entry arrives', async () => {
    const { name, text } = tickerEntry(ENTRIES);
    writeFileSync(join(content, 'live', TICKER_ID, `${name}.mdx`), text);
    const next = join(root, 'dist-next');
    const rebuild = await runBuild({ ...paths, outDir: next });
    expect(rebuild.status, rebuild.output).toBe(0);
    // The rebuild reuses pages from the first build, so only the keys make the listings fresh.
    expect(rebuild.stdout).toMatch(/\((cached|restored)\)/);
    const readNext = (path: string) => readFileSync(join(next, path), 'utf8');
    for (const page of ['index.html', 'chronik/index.html', 'thema/twitter/index.html']) {
      expect(teaserOf(readNext(page)), page).toContain('Zuletzt aktualisiert: <time datetime="2017-11-30T11:02:00+01:00">');
    }
    expect(readNext(`${tickerPath.slice(1)}feed.xml`)).toContain(`<link>https://netzchronik.example${tickerPath}seite/3/#eintrag-stand-0061</link>`);
  });
});
