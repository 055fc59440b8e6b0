/**
 * A small task pool over worker threads (or anything that passes messages like one): tasks go
 * to the least busy worker, at most a few per worker at a time, so results stream back while
 * the queue still holds work. Workers start on the first task that needs them. Generic and
 * free of worker_threads itself, so the scheduling is unit tested with fake workers.
 */

/** What the pool sends: a task and the number its answer must carry. */
export interface TaskMessage<T> {
  id: number;
  task: T;
}

/** What a worker answers, once per task. */
export type ResultMessage<R> = { id: number; ok: true; result: R } | { id: number; ok: false; error: string };

/** The part of a worker the pool uses (worker_threads' Worker has it). */
export interface PoolWorker<T, R> {
  postMessage(message: TaskMessage<T>): void;
  onMessage(listener: (message: ResultMessage<R>) => void): void;
  /** A crash: the worker is gone, and with it every task it held. */
  onError(listener: (error: Error) => void): void;
  terminate(): Promise<unknown>;
}

interface Pending<R> {
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

interface Slot<T, R> {
  worker: PoolWorker<T, R>;
  pending: Map<number, Pending<R>>;
}

interface Queued<T, R> extends Pending<R> {
  task: T;
}

export class TaskPool<T, R> {
  #size: number;
  readonly #perWorker: number;
  readonly #spawn: () => PoolWorker<T, R>;
  readonly #slots: Slot<T, R>[] = [];
  readonly #queue: Queued<T, R>[] = [];
  #nextId = 0;
  #failure: Error | undefined;

  /**
   * @param size most workers to start (at least 1)
   * @param spawn starts one worker
   * @param perWorker tasks sent to one worker before it answers: 2 keeps it busy while an answer travels
   */
  constructor(size: number, spawn: () => PoolWorker<T, R>, perWorker = 2) {
    this.#size = Math.max(1, Math.floor(size));
    this.#spawn = spawn;
    this.#perWorker = Math.max(1, Math.floor(perWorker));
  }

  /** How many workers have been started. */
  get workers(): number {
    return this.#slots.length;
  }

  /**
   * Allows up to `size` workers from now on; more start at once if tasks are waiting. (Fewer
   * only takes effect for workers not yet started.)
   */
  resize(size: number): void {
    this.#size = Math.max(1, Math.floor(size));
    this.#dispatch();
  }

  /** Runs a task on some worker; rejects with the worker's error message if it failed. */
  run(task: T): Promise<R> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ task, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops all workers; tasks not yet answered are rejected. */
  async close(): Promise<void> {
    this.#fail(new Error('the pool was closed'));
    await Promise.all(this.#slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const slot = this.#freeSlot();
      if (!slot) return;
      const { task, resolve, reject } = this.#queue.shift()!;
      const id = this.#nextId++;
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, task });
    }
  }

  /** The idle-most worker with room, starting a new one while idle ones are missing. */
  #freeSlot(): Slot<T, R> | undefined {
    const idle = this.#slots.find((slot) => slot.pending.size === 0);
    if (idle) return idle;
    if (this.#slots.length < this.#size) return this.#start();
    let best: Slot<T, R> | undefined;
    for (const slot of this.#slots) {
      if (slot.pending.size < this.#perWorker && (!best || slot.pending.size < best.pending.size)) best = slot;
    }
    return best;
  }

  #start(): Slot<T, R> {
    const slot: Slot<T, R> = { worker: this.#spawn(), pending: new Map() };
    slot.worker.onMessage((message) => {
      const pending = slot.pending.get(message.id);
      if (!pending) return;
      slot.pending.delete(message.id);
      if (message.ok) pending.resolve(message.result);
      else pending.reject(new Error(message.error));
      this.#dispatch();
    });
    slot.worker.onError((error) => this.#fail(error));
    this.#slots.push(slot);
    return slot;
  }

  /** A crashed worker fails the whole pool: a build must not go on with work silently lost. */
  #fail(error: Error): void {
    this.#failure ??= error;
    for (const slot of this.#slots) {
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
    }
    for (const queued of this.#queue.splice(0)) queued.reject(error);
  }
}
