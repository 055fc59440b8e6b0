/**
 * A live ticker of realistic size builds: 500 entries, each its own file with a body that cites
 * the ticker's source, in a copy of content/ (the content itself has no live coverage). Its pages
 * show 30 entries each, older pages numbered from the oldest, without a script.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_PAGE_SIZE } from '../../src/newsroom/live.ts';
import { TICKER_ID, writeTicker } from '../support/live.ts';
import { build as runBuild, buildEnv, run, scratchBuild, type RunResult } from '../support/run.ts';

const ENTRIES = 500;
const root = mkdtempSync(join(tmpdir(), 'newsroom-live-ticker-'));
const paths = scratchBuild(root);
const { content, outDir } = paths;
const tickerFolder = join(outDir, 'chronik/welt/2017/11/30', TICKER_ID);
const page = (path: string) => readFileSync(join(tickerFolder, path, 'index.html'), 'utf8');
/** The file names of a page's entries, in page order. */
const entriesOn = (html: string) => [...html.matchAll(/<article id="eintrag-([^"]+)"[^>]*class="live-entry/g)].map((match) => match[1]);

let build: RunResult;
beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  writeTicker(content, ENTRIES);
  build = await runBuild(paths);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`a live ticker with ${ENTRIES} entries`, () => {
  it('has one file per entry', () => {
    expect(readdirSync(join(content, 'live', TICKER_ID))).toHaveLength(ENTRIES);
  });

  it('passes the checks and builds, with the ticker as an article', () => {
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(outDir, 'chronik/welt/2017/11/30', TICKER_ID, 'index.html'))).toBe(true);
  });

  it('is checked by npm run check:content as one more piece, without errors', async () => {
    const check = await run('npm', ['run', '--silent', 'check:content'], { env: buildEnv(paths), timeout: 60_000 });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^Inhalt geprüft: 6 Beiträge, keine Fehler/m);
  });

  it('shows the newest entries on its own page and fixed blocks of 30 on older pages, numbered from the oldest', () => {
    // 500 = 16 full blocks + 20: the ticker's page holds the 20 newest, page 1 the oldest 30.
    expect(entriesOn(page('.'))).toEqual(Array.from({ length: 20 }, (_, index) => `stand-${String(500 - index).padStart(4, '0')}`));
    expect(entriesOn(page('seite/1'))).toEqual(Array.from({ length: LIVE_PAGE_SIZE }, (_, index) => `stand-${String(30 - index).padStart(4, '0')}`));
    expect(entriesOn(page('seite/16'))[0]).toBe('stand-0480');
    // The newest block has its numbered page too, the same entries as the ticker's page: their permalinks' target.
    expect(entriesOn(page('seite/17'))).toEqual(entriesOn(page('.')));
    expect(existsSync(join(tickerFolder, 'seite/18'))).toBe(false);
  });

  it('links each entry\'s time to its anchor on its block\'s numbered page, which keeps it as entries arrive', () => {
    const path = `/chronik/welt/2017/11/30/${TICKER_ID}/`;
    expect(page('.')).toContain(`<a href="${path}seite/17/#eintrag-stand-0500"`);
    expect(page('seite/17')).toContain(`<a href="${path}seite/17/#eintrag-stand-0500"`);
    expect(page('seite/1')).toContain(`<article id="eintrag-stand-0001"`);
    expect(page('seite/1')).toContain(`<a href="${path}seite/1/#eintrag-stand-0001"`);
  });

  it('says the status and the last update, marks important entries in words and gives each time in Berlin time', () => {
    const html = page('.');
    expect(html).toContain('Beendet am <time datetime="2017-12-01T01:42:00+01:00">01.12.2017 um 01:42 Uhr</time>');
    expect(html).toMatch(/Zuletzt aktualisiert: <time datetime="2017-12-01T01:40:00\+01:00">01\.12\.2017, 01:40 Uhr<\/time>/);
    expect(html).toMatch(/<article id="eintrag-stand-0491"[\s\S]*?>Wichtig<\/strong>/);
    // The ticker runs past midnight, so each time has its day.
    expect(html).toMatch(/<a href="\/chronik\/welt\/2017\/11\/30\/der-abend-im-liveticker\/seite\/17\/#eintrag-stand-0500"[^>]*><time datetime="2017-12-01T01:40:00\+01:00">01\.12\.2017, 01:40 Uhr<\/time><\/a>/);
  });

  it('keeps every page without a script, with unique ids, below 100 KB, and a page of 30 entries within the article\'s 14 KB gzip', () => {
    for (const path of ['.', 'seite/1', 'seite/16', 'seite/17']) {
      const html = page(path);
      expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
      expect(ids.length).toBe(new Set(ids).size);
      expect(Buffer.byteLength(html)).toBeLessThan(100_000);
    }
    expect(gzipSync(page('seite/1')).length).toBeLessThan(14_000);
  });
});
