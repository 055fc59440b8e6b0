import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFile, cachedKeys, pruneCache, writeCacheEntry } from '../../src/outputs/social/cache.ts';

const key = (char: string) => char.repeat(64);
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'social-cache-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('social card cache', () => {
  it('is empty before anything was written, even without its folder', async () => {
    expect(await cachedKeys(join(dir, 'missing'))).toEqual(new Set());
  });

  it('writes entries atomically and lists their keys, ignoring other files', async () => {
    await writeCacheEntry(join(dir, 'social'), key('a'), 'png', Uint8Array.of(1, 2, 3));
    await writeCacheEntry(join(dir, 'social'), key('b'), 'jpg', Uint8Array.of(4));
    writeFileSync(join(dir, 'social', 'notes.txt'), 'x');
    expect(await cachedKeys(join(dir, 'social'))).toEqual(new Set([key('a'), key('b')]));
    expect(readdirSync(join(dir, 'social')).some((name) => name.endsWith('.tmp'))).toBe(false);
    expect(cacheFile(join(dir, 'social'), key('a'), 'png')).toBe(join(dir, 'social', `${key('a')}.png`));
    expect(cacheFile(join(dir, 'social'), key('b'), 'jpg')).toBe(join(dir, 'social', `${key('b')}.jpg`));
  });

  it('prunes the entries no card used, and temporary files of dead builds only', async () => {
    for (const char of 'abc') await writeCacheEntry(dir, key(char), char === 'c' ? 'jpg' : 'png', Uint8Array.of(0));
    const now = Date.now();
    writeFileSync(join(dir, 'old.png.1.x.tmp'), '');
    utimesSync(join(dir, 'old.png.1.x.tmp'), new Date(now - 2 * 3600_000), new Date(now - 2 * 3600_000));
    writeFileSync(join(dir, 'fresh.png.2.y.tmp'), '');
    expect(await pruneCache(dir, new Set([key('b')]), now)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([`${key('b')}.png`, 'fresh.png.2.y.tmp']);
    expect(await pruneCache(join(dir, 'missing'), new Set())).toBe(0);
  });
});
