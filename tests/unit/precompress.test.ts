import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPRESSION_SETTINGS, isCompressible, keepsCopy, MIN_BYTES, precompressionWanted } from '../../src/outputs/hosting/precompress.ts';
import type { PrecompressResult, PrecompressTask } from '../../src/outputs/hosting/precompress-worker.ts';
import { compressibleFiles, dotEntries, filesBelow, removeDotEntries } from '../../src/outputs/hosting/served-files.ts';
import { threadWorker } from '../../src/util/thread-worker.ts';
import { TaskPool } from '../../src/util/worker-pool.ts';

const root = mkdtempSync(join(tmpdir(), 'precompress-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, bytes: string | Uint8Array): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, bytes);
}

describe('which files get compressed copies', () => {
  it('takes text of at least MIN_BYTES, and keeps a copy only if it saves a tenth', () => {
    for (const file of ['index.html', '_astro/Page.x.css', 'pagefind/pagefind.js', 'a.mjs', 'feed.json', 'feed.xml', 'robots.txt', 'favicon.svg', 'site.webmanifest']) expect(isCompressible(file), file).toBe(true);
    for (const file of ['social/a.png', 'pagefind/wasm.de.pagefind', 'pagefind/fragment/de_1.pf_fragment', '_headers', '_redirects', 'index.html.gz', 'x.woff2']) expect(isCompressible(file), file).toBe(false);
    expect(keepsCopy(MIN_BYTES, 500)).toBe(true);
    expect(keepsCopy(MIN_BYTES - 1, 10)).toBe(false);
    expect(keepsCopy(10_000, 9_000)).toBe(true);
    expect(keepsCopy(10_000, 9_001)).toBe(false);
  });

  it('is skipped where the host compresses by itself: Cloudflare Pages, or NEWS_PRECOMPRESS=0', () => {
    expect(precompressionWanted({})).toBe(true);
    expect(precompressionWanted({ CF_PAGES: '1' })).toBe(false);
    expect(precompressionWanted({ CF_PAGES: '1', NEWS_PRECOMPRESS: '1' })).toBe(true);
    expect(precompressionWanted({ NEWS_PRECOMPRESS: '0' })).toBe(false);
    expect(() => precompressionWanted({ NEWS_PRECOMPRESS: 'ja' })).toThrow('NEWS_PRECOMPRESS must be 0 or 1, not "ja"');
  });

  it('removes what Astro copied of the dotfiles in public/, which no host may serve', async () => {
    const publicFiles = ['favicon.svg', '.DS_Store', '.well-known/security.txt', '.well-known/x', 'fonts/.hidden/a.txt', 'fonts/a.css', 'a.b/c.txt'];
    expect(dotEntries(publicFiles)).toEqual(['.DS_Store', '.well-known', 'fonts/.hidden']);
    const out = join(root, 'dotted');
    for (const file of publicFiles) write(join(out, file), 'x');
    expect(await removeDotEntries(out, publicFiles)).toEqual(['.DS_Store', '.well-known', 'fonts/.hidden']);
    expect((await filesBelow(out)).sort()).toEqual(['a.b/c.txt', 'favicon.svg', 'fonts/a.css']);
  });

  it('finds the text files of routes, public/, the assets, the search indexes and the top level, but no dotfile', async () => {
    const out = join(root, 'found');
    for (const file of ['index.html', 'a/index.html', 'feed.xml', 'sitemap-0.xml', 'favicon.svg', '_headers', '_astro/Page.x.css', '_astro/photo.webp', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/fragment/de_1.pf_fragment', 'pagefind/2017/pagefind-entry.json', 'fonts/x.css', '.well-known/security.txt', 'social/a/b.png']) {
      write(join(out, file), 'x');
    }
    const found = await compressibleFiles(out, ['a/index.html', 'index.html'], ['favicon.svg', 'fonts/x.css', '.well-known/security.txt']);
    expect(found).toEqual(['_astro/Page.x.css', 'a/index.html', 'favicon.svg', 'feed.xml', 'fonts/x.css', 'index.html', 'pagefind/2017/pagefind-entry.json', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'sitemap-0.xml']);
    expect(await filesBelow(join(out, 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'fragment/de_1.pf_fragment', '2017/pagefind-entry.json']));
  });
});

describe('the precompression worker', () => {
  const out = join(root, 'out');
  const cacheDir = join(root, 'cache');
  const page = `<!DOCTYPE html><html lang="de"><body>${'<p>Ein Absatz über die Netzchronik, der sich wiederholt.</p>'.repeat(200)}</body></html>`;
  const files = {
    page: join(out, 'index.html'),
    small: join(out, 'robots.txt'),
    noise: join(out, 'noise.svg'),
  };
  write(files.page, page);
  write(files.small, 'User-agent: *\nAllow: /\n');
  // Random bytes do not shrink.
  write(files.noise, randomBytes(4096));
  chmodSync(out, 0o755);

  async function run(): Promise<PrecompressResult> {
    const pool = new TaskPool<PrecompressTask, PrecompressResult>(1, () => threadWorker(new URL('../../src/outputs/hosting/precompress-worker.ts', import.meta.url), 'a precompression worker'));
    try {
      return await pool.run({ files: Object.values(files), cacheDir, settings: COMPRESSION_SETTINGS });
    } finally {
      await pool.close();
    }
  }

  it('runs as a real worker thread: writes copies that decompress to the file, none for small files or what does not shrink', async () => {
    const first = await run();
    expect(gunzipSync(readFileSync(`${files.page}.gz`)).toString()).toBe(page);
    expect(brotliDecompressSync(readFileSync(`${files.page}.br`)).toString()).toBe(page);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz', 'noise.svg', 'robots.txt']);
    expect(first.compressed).toBe(4);
    expect(first.files.map(({ file, suffixes }) => [file, suffixes])).toEqual([[files.page, ['.br', '.gz']], [files.small, []], [files.noise, []]]);
    expect(first.files.map(({ key }) => key === null)).toEqual([false, true, false]);
    // What does not shrink is remembered, not compressed again.
    const noiseKey = first.files[2]?.key ?? '';
    expect(readdirSync(cacheDir).filter((name) => name.startsWith(noiseKey)).sort()).toEqual([`${noiseKey}.br.none`, `${noiseKey}.gz.none`]);
  }, 60_000);

  it('takes the copies from the cache the second time, byte for byte the same', async () => {
    const gz = readFileSync(`${files.page}.gz`);
    const br = readFileSync(`${files.page}.br`);
    rmSync(`${files.page}.gz`);
    rmSync(`${files.page}.br`);
    const second = await run();
    expect(second.compressed).toBe(0);
    expect(readFileSync(`${files.page}.gz`).equals(gz)).toBe(true);
    expect(readFileSync(`${files.page}.br`).equals(br)).toBe(true);
    expect(existsSync(`${files.noise}.br`)).toBe(false);
  }, 60_000);
});
