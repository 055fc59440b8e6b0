import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { listOutput, outputDigest, removeUnproduced } from '../../src/outputs/output-folder/folder-state.ts';
import { outputFolder } from '../../src/outputs/output-folder/integration.ts';

const root = mkdtempSync(join(tmpdir(), 'output-folder-'));
const out = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `path` below the output with a modification time `secondsAgo` before now. */
function write(path: string, text: string, secondsAgo: number): string {
  const file = join(out, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  const time = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, time, time);
  return file;
}

beforeEach(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
});

describe('the output folder of a rebuild', () => {
  it('lists every file with size and time, but not a top-level .git', () => {
    write('index.html', '<p>Start</p>', 60);
    write('chronik/welt/2017/11/30/stueck/index.html', 'Stück', 60);
    write('.git/HEAD', 'ref', 60);
    write('pagefind/.hidden', 'x', 60);
    const listed = listOutput(out).map((file) => file.path.slice(out.length + 1)).sort();
    expect(listed).toEqual(['chronik/welt/2017/11/30/stueck/index.html', 'index.html', 'pagefind/.hidden']);
    expect(listOutput(join(root, 'fehlt'))).toEqual([]);
  });

  it('has a digest that changes when a file is added, removed, rewritten or touched', () => {
    const page = write('index.html', 'a', 60);
    const digest = () => outputDigest(out, listOutput(out));
    const first = digest();
    expect(digest()).toBe(first);
    writeFileSync(page, 'b');
    const rewritten = digest();
    expect(rewritten).not.toBe(first);
    const time = new Date(Date.now() - 30_000);
    utimesSync(page, time, time);
    expect(digest()).not.toBe(rewritten);
    const touched = digest();
    write('neu.html', 'n', 60);
    expect(digest()).not.toBe(touched);
    rmSync(join(out, 'neu.html'));
    expect(digest()).toBe(touched);
  });

  it('removes what the build neither wrote nor named, and the folders that leaves empty', () => {
    const kept = write('chronik/welt/2017/11/30/bleibt/index.html', 'alt, aber noch da', 60);
    const linked = write('social/bleibt.png', 'karte', 3600);
    write('chronik/welt/2017/11/30/geloescht/index.html', 'gelöscht', 60);
    write('chronik/welt/2017/11/30/geloescht/versionen/index.html', 'gelöscht', 60);
    write('_astro/alt.css', 'alt', 60);
    const startedMs = Date.now() - 10_000;
    const fresh = write('_astro/neu.css', 'neu', 0);
    const { kept: remaining, removed } = removeUnproduced(out, listOutput(out), startedMs, new Set([kept, linked]));
    expect(removed).toBe(3);
    expect(remaining.map((file) => file.path).sort()).toEqual([fresh, kept, linked].sort());
    expect(readdirSync(join(out, 'chronik/welt/2017/11/30'))).toEqual(['bleibt']);
    expect(readdirSync(join(out, '_astro'))).toEqual(['neu.css']);
    expect(statSync(out).isDirectory()).toBe(true);
  });
});

type Hooks = AstroIntegration['hooks'];
type SetupOptions = Parameters<NonNullable<Hooks['astro:config:setup']>>[0];
type DoneOptions = Parameters<NonNullable<Hooks['astro:build:done']>>[0];

describe('the records integrations keep of what they put into the output', () => {
  const cacheDir = join(root, 'cache');
  const recordFile = join(cacheDir, 'record.json');

  /**
   * One `astro build` as the output folder's hooks see it (they read only these options): what the
   * build finds recorded, after `recording` wrote its record, if any, during the build.
   */
  async function build(recording?: string): Promise<string | undefined> {
    const folder = outputFolder({ placing: () => [] });
    const config = { outDir: pathToFileURL(`${out}/`), cacheDir: pathToFileURL(`${cacheDir}/`) };
    const logger = { info: () => undefined };
    await folder.start.hooks['astro:config:setup']?.({ command: 'build', config } as unknown as SetupOptions);
    await folder.finish.hooks['astro:config:setup']?.({ command: 'build', config, updateConfig: () => undefined, logger } as unknown as SetupOptions);
    const found = folder.records.read<string>(recordFile);
    if (recording !== undefined) folder.records.write(recordFile, recording);
    await folder.finish.hooks['astro:build:done']?.({ assets: new Map(), logger } as unknown as DoneOptions);
    return found;
  }

  it('are read back only by the build that writes into the output the recording build left', async () => {
    expect(await build('Build 1')).toBeUndefined();
    expect(await build()).toBe('Build 1');
    // The build before this one recorded nothing (as with NEWS_PRECOMPRESS=0, which writes no
    // compressed copies, and the output folder removes those of the build before).
    expect(await build('Build 3')).toBeUndefined();
    expect(await build('Build 4')).toBe('Build 3');
    // A file changed by hand: the folder is emptied, and no record holds.
    write('index.html', 'von Hand', 60);
    expect(await build()).toBeUndefined();
  }, 30_000);

  it('leave no partial file, and a build removes the partial files a dead build left at the cache\'s top', async () => {
    await build('Build 1');
    const dead = join(cacheDir, 'output-folder.json.4711.0.1.tmp');
    const writing = join(cacheDir, 'picture-encoders.json.4712.0.1.tmp');
    writeFileSync(dead, '{"outDir":');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(dead, twoHoursAgo, twoHoursAgo);
    writeFileSync(writing, '{');
    expect(await build('Build 2')).toBe('Build 1');
    expect(readdirSync(cacheDir).sort()).toEqual(['output-folder.json', basename(writing), 'record.json']);
  }, 30_000);
});
