/**
 * A worker thread as the task pool (worker-pool.ts) uses it: a crash or an exit with an error
 * code reaches the pool as an error, so the tasks it held fail instead of waiting forever.
 */
import { Worker } from 'node:worker_threads';
import type { PoolWorker } from './worker-pool.ts';

/** Starts `file` on a worker thread; `what` names it in the error of an unexpected exit. */
export function threadWorker<T, R>(file: URL, what: string): PoolWorker<T, R> {
  const worker = new Worker(file);
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onError: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => {
        if (code !== 0) listener(new Error(`${what} stopped with exit code ${code}`));
      });
    },
    terminate: () => worker.terminate(),
  };
}
