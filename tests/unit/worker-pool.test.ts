import { describe, expect, it } from 'vitest';
import { TaskPool, type PoolWorker, type ResultMessage, type TaskMessage } from '../../src/util/worker-pool.ts';

/** A worker in the test's hands: it records what it was sent; the test answers or crashes it. */
class FakeWorker implements PoolWorker<number, number> {
  readonly received: TaskMessage<number>[] = [];
  terminated = false;
  #message: (message: ResultMessage<number>) => void = () => {};
  #error: (error: Error) => void = () => {};
  postMessage(message: TaskMessage<number>): void {
    this.received.push(message);
  }
  onMessage(listener: (message: ResultMessage<number>) => void): void {
    this.#message = listener;
  }
  onError(listener: (error: Error) => void): void {
    this.#error = listener;
  }
  async terminate(): Promise<void> {
    this.terminated = true;
  }
  answer(index: number, result = (this.received[index]?.task ?? 0) * 10): void {
    this.#message({ id: this.received[index]?.id ?? -1, ok: true, result });
  }
  refuse(index: number, error: string): void {
    this.#message({ id: this.received[index]?.id ?? -1, ok: false, error });
  }
  crash(): void {
    this.#error(new Error('worker crashed'));
  }
}

function fakePool(size: number, perWorker = 2): { pool: TaskPool<number, number>; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const pool = new TaskPool<number, number>(size, () => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  }, perWorker);
  return { pool, workers };
}

describe('TaskPool', () => {
  it('starts workers only as tasks need them, and no more than its size', () => {
    const { pool, workers } = fakePool(3);
    expect(pool.workers).toBe(0);
    void pool.run(1);
    expect(workers).toHaveLength(1);
    for (let task = 2; task <= 8; task++) void pool.run(task);
    expect(workers).toHaveLength(3);
  });

  it('spreads tasks over idle workers first, then up to perWorker each, and queues the rest', () => {
    const { pool, workers } = fakePool(2, 2);
    for (let task = 1; task <= 6; task++) void pool.run(task);
    expect(workers.map((worker) => worker.received.map((message) => message.task))).toEqual([[1, 3], [2, 4]]);
    workers[1]?.answer(0);
    expect(workers[1]?.received.map((message) => message.task)).toEqual([2, 4, 5]);
  });

  it('starts more workers for the waiting tasks when it grows', () => {
    const { pool, workers } = fakePool(1, 1);
    for (let task = 1; task <= 4; task++) void pool.run(task);
    expect(workers).toHaveLength(1);
    pool.resize(3);
    expect(workers.map((worker) => worker.received.map((message) => message.task))).toEqual([[1], [2], [3]]);
  });

  it('resolves each task with its own answer, in any order', async () => {
    const { pool, workers } = fakePool(1, 2);
    const first = pool.run(1);
    const second = pool.run(2);
    workers[0]?.answer(1);
    workers[0]?.answer(0);
    expect(await Promise.all([first, second])).toEqual([10, 20]);
  });

  it('rejects only the task whose worker reported an error', async () => {
    const { pool, workers } = fakePool(1);
    const bad = pool.run(1);
    const good = pool.run(2);
    workers[0]?.refuse(0, 'no font');
    workers[0]?.answer(1);
    await expect(bad).rejects.toThrow('no font');
    await expect(good).resolves.toBe(20);
  });

  it('fails every open and later task when a worker crashes', async () => {
    const { pool, workers } = fakePool(1, 1);
    const running = pool.run(1);
    const queued = pool.run(2);
    workers[0]?.crash();
    await expect(running).rejects.toThrow('worker crashed');
    await expect(queued).rejects.toThrow('worker crashed');
    await expect(pool.run(3)).rejects.toThrow('worker crashed');
  });

  it('terminates its workers on close', async () => {
    const { pool, workers } = fakePool(2);
    const open = pool.run(1);
    await pool.close();
    await expect(open).rejects.toThrow(/closed/);
    expect(workers.every((worker) => worker.terminated)).toBe(true);
  });
});
