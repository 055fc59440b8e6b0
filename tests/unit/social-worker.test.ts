import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFile } from '../../src/outputs/social/cache.ts';
import type { CardResult, CardTask } from '../../src/outputs/social/worker.ts';
import { threadWorker } from '../../src/util/thread-worker.ts';
import { TaskPool } from '../../src/util/worker-pool.ts';

describe('the social card worker', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'social-worker-test-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('runs as a real worker thread, writing each card into the cache', async () => {
    const pool = new TaskPool<CardTask, CardResult>(2, () => threadWorker(new URL('../../src/outputs/social/worker.ts', import.meta.url), 'a social card worker'));
    try {
      const headlines = ['Dieser Mann nahm Donald Trump vom Netz', 'Wer ist Bahtiyar Duysak?', 'Was danach geschah'];
      const results = await Promise.all(
        headlines.map((headline, index) =>
          pool.run({ input: { siteName: 'Netzchronik', kicker: 'Chronik › Welt', label: 'Nachricht', headline }, key: String(index).repeat(64), cacheDir }),
        ),
      );
      expect(pool.workers).toBe(2);
      results.forEach((result, index) => {
        const png = readFileSync(cacheFile(cacheDir, String(index).repeat(64), 'png'));
        expect(png.length).toBe(result.bytes);
        expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
        expect(result.cpuMs).toBeGreaterThan(0);
      });
    } finally {
      await pool.close();
    }
  }, 60_000);
});
