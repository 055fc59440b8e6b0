import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { listOutput, outputDigest, removeUnproduced } from '../../src/outputs/output-folder/folder-state.ts';

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
