/**
 * Worker thread of the social cards' integration: renders the cards it is sent, writes each
 * into the cache and answers with its size and cost. Node runs this file directly (type
 * stripping), outside Vite, so it and everything it imports are plain Node modules: render.ts,
 * look.ts, format.ts, png.ts, cache.ts and util/. tests/unit/social-worker.test.ts starts it as
 * a real worker thread, so a Vite-only import here fails that test.
 */
import { parentPort } from 'node:worker_threads';
import { writeCacheEntry } from './cache.ts';
import { renderCard, type CardInput } from './render.ts';
import type { ResultMessage, TaskMessage } from '../../util/worker-pool.ts';

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

async function handle({ id, task }: TaskMessage<CardTask>): Promise<ResultMessage<CardResult>> {
  try {
    const before = process.threadCpuUsage();
    const { bytes, format, layouts } = await renderCard(task.input);
    const used = process.threadCpuUsage(before);
    await writeCacheEntry(task.cacheDir, task.key, format, bytes);
    return { id, ok: true, result: { bytes: bytes.length, cpuMs: (used.user + used.system) / 1000, layouts } };
  } catch (error) {
    return { id, ok: false, error: `social card for "${task.input.headline}": ${error instanceof Error ? error.message : String(error)}` };
  }
}

const port = parentPort;
if (port) {
  // One card at a time, in order: the pool sends the next before this one is done, and the
  // CPU time measured must be this card's alone.
  let queue = Promise.resolve();
  port.on('message', (message: TaskMessage<CardTask>) => {
    queue = queue.then(async () => port.postMessage(await handle(message)));
  });
}
