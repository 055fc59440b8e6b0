import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchIndexTask } from '../../src/outputs/search/index-worker.ts';
import { pieceGlob, SEARCH_ENTRY_FILE } from '../../src/outputs/search/shards.ts';
import { threadWorker } from '../../src/util/thread-worker.ts';
import { TaskPool } from '../../src/util/worker-pool.ts';

describe('the search index worker', () => {
  const root = mkdtempSync(join(tmpdir(), 'search-worker-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const outDir = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  mkdirSync(cacheDir);

  /** A piece page of the output, as the search reads it. */
  function page(url: string, headline: string): string {
    mkdirSync(join(outDir, url), { recursive: true });
    writeFileSync(join(outDir, url, 'index.html'), `<!doctype html><html lang="de"><head><title>${headline}</title></head><body><main data-pagefind-body><h1>${headline}</h1><p>Bahtiyar Duysak nahm das Konto vom Netz.</p></main></body></html>`);
    return url;
  }

  it('runs as a real worker thread, one index per year, and fails a year whose pages Pagefind does not all find', async () => {
    const pool = new TaskPool<SearchIndexTask, null>(2, () => threadWorker(new URL('../../src/outputs/search/index-worker.ts', import.meta.url), 'a search index worker'), 1);
    try {
      const y2017 = [page('/chronik/welt/2017/11/30/dieser-mann/', 'Dieser Mann nahm Donald Trump vom Netz'), page('/chronik/welt/2017/12/01/danach/', 'Was danach geschah')];
      const y2018 = [page('/chronik/welt/2018/01/02/ein-jahr/', 'Ein Jahr danach')];
      const task = (year: string, urls: string[], glob = pieceGlob(year)): SearchIndexTask => ({ year, outDir, urls, glob, target: join(cacheDir, year), language: 'de' });
      await Promise.all([pool.run(task('2017', y2017)), pool.run(task('2018', y2018))]);
      expect(pool.workers).toBe(2);
      for (const year of ['2017', '2018']) expect(JSON.parse(readFileSync(join(cacheDir, year, SEARCH_ENTRY_FILE), 'utf8'))).toHaveProperty('languages.de');

      // A glob that misses a page of the year: the page would be unfindable, so the year fails.
      await expect(pool.run(task('2019', y2017, '*/*/2017/11/*/*/index.html'))).rejects.toThrow('search index of 2019: Pagefind indexed 1 of 2 piece pages: ');
      expect(existsSync(join(cacheDir, '2019'))).toBe(false);
      // Neither the links to the pages nor a half-written index stay behind.
      expect(readdirSync(cacheDir).sort()).toEqual(['2017', '2018']);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
