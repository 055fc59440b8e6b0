/**
 * A worker thread as the task pool (worker-pool.ts) uses it: a crash or an exit with an error
 * code reaches the pool as an error, so the tasks it held fail instead of waiting forever. And,
 * inside such a thread, the loop that answers the pool's tasks.
 */
import { parentPort, Worker } from 'node:worker_threads';
import type { PoolWorker, ResultMessage, TaskMessage } from './worker-pool.ts';

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

/**
 * In a worker thread: answers the pool's tasks one at a time, in the order they came (the pool may
 * send the next before this one is done), with `run`'s result or its error, which `describe`
 * names the task in. Does nothing outside a worker thread, where the file may be imported for its
 * types and constants.
 */
export function answerTasksInOrder<T, R>(run: (task: T) => Promise<R>, describe: (task: T) => string): void {
  const port = parentPort;
  if (!port) return;
  const answer = async ({ id, task }: TaskMessage<T>): Promise<ResultMessage<R>> => {
    try {
      return { id, ok: true, result: await run(task) };
    } catch (error) {
      return { id, ok: false, error: `${describe(task)}: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  let queue = Promise.resolve();
  port.on('message', (message: TaskMessage<T>) => {
    queue = queue.then(async () => port.postMessage(await answer(message)));
  });
}
