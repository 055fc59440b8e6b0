/**
 * Worker thread of the social cards' integration: renders the cards it is sent, writes each
 * into the cache and answers with its size and cost. Node runs this file directly (type
 * stripping), outside Vite, so it and everything it imports are plain Node modules: render.ts,
 * look.ts, format.ts, png.ts, cache.ts and util/. tests/unit/social-worker.test.ts starts it as
 * a real worker thread, so a Vite-only import here fails that test.
 */
import { writeCacheEntry } from './cache.ts';
import { renderCard, type CardInput } from './render.ts';
import { answerTasksInOrder } from '../../util/thread-worker.ts';

export interface CardTask {
  input: CardInput;
  /** Cache key of the input, and the folder the entry goes to. */
  key: string;
  cacheDir: string;
}

export interface CardResult {
  bytes: number;
  /** CPU time of this thread for the card (layout, rasterising, encoding; not the write). */
  cpuMs: number;
  layouts: number;
}

// One card at a time: the CPU time measured must be this card's alone.
answerTasksInOrder<CardTask, CardResult>(
  async ({ input, key, cacheDir }) => {
    const before = process.threadCpuUsage();
    const { bytes, format, layouts } = await renderCard(input);
    const used = process.threadCpuUsage(before);
    await writeCacheEntry(cacheDir, key, format, bytes);
    return { bytes: bytes.length, cpuMs: (used.user + used.system) / 1000, layouts };
  },
  ({ input }) => `social card for "${input.headline}"`,
);
