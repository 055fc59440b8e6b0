/**
 * One Astro process at a time in the project's own folder. Every build and dev server writes
 * `.astro/` in the root it runs in (the content assets' imports, which differ by content;
 * generated types; the prerendered chunks of a build whose output lies outside the working
 * folder), whatever its content and output folders, so two at once could read each other's files.
 * Vitest's and Playwright's workers and `npm test`'s own steps run side by side: `npm test`'s
 * build and `astro check` and the dev servers that tests start in the project hold this lock; the
 * tests' builds and the benchmark's run in copies of the project (tests/support/run.ts) and need none.
 *
 * A queue of ticket files, first come first served across processes: a waiter writes its ticket
 * (the time, its pid) and holds the lock when its ticket is the oldest one whose process lives.
 * A ticket of a process that died is removed by the next waiter. Each turn is appended to a log
 * (label, seconds waited, seconds held) that `npm test` sums up.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const TMP = resolve(import.meta.dirname, '..', '..', '.tmp');
const QUEUE = join(TMP, 'astro-lock');
/** One line per turn: label, seconds waited, seconds held, tab-separated. */
export const LOCK_LOG = join(TMP, 'astro-lock.log');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in a ticket's name: `<time>-<pid>-<random>`. */
const pidOf = (ticket: string) => Number(ticket.split('-')[1]);

/**
 * Waits for the lock (at most `timeout` ms) and holds it until the returned function is called.
 * `label` names the holder in the log.
 */
export async function acquireBuildLock(label: string, timeout = 900_000): Promise<() => void> {
  mkdirSync(QUEUE, { recursive: true });
  const ticket = `${String(Date.now()).padStart(15, '0')}-${String(process.pid)}-${randomUUID()}`;
  writeFileSync(join(QUEUE, ticket), label);
  const asked = performance.now();
  for (;;) {
    const first = readdirSync(QUEUE)
      .sort()
      .find((waiting) => {
        if (waiting === ticket || alive(pidOf(waiting))) return true;
        rmSync(join(QUEUE, waiting), { force: true });
        return false;
      });
    if (first === ticket) break;
    if (performance.now() - asked > timeout) {
      rmSync(join(QUEUE, ticket), { force: true });
      throw new Error(`waited ${String(timeout / 1000)} s for the build lock (${QUEUE}): another build or dev server of this project holds it`);
    }
    await sleep(100);
  }
  const held = performance.now();
  return () => {
    rmSync(join(QUEUE, ticket), { force: true });
    const seconds = (since: number, until: number) => ((until - since) / 1000).toFixed(1);
    appendFileSync(LOCK_LOG, `${label.replaceAll(/\s+/g, ' ')}\t${seconds(asked, held)}\t${seconds(held, performance.now())}\n`);
  };
}

/** Runs `work` while holding the lock. */
export async function withBuildLock<T>(label: string, work: () => Promise<T>): Promise<T> {
  const release = await acquireBuildLock(label);
  try {
    return await work();
  } finally {
    release();
  }
}
