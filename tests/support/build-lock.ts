/**
 * One Astro process at a time in this project. Every build and dev server writes `.astro/` in the
 * project root (generated types, the content assets' imports, prerender files), whatever its
 * content and output folders, so two at once could read each other's files. Vitest's and
 * Playwright's workers run side by side; each build (and dev server) a test starts holds this
 * lock, everything else runs in parallel. A folder is the lock: mkdir either creates it or fails,
 * atomically, across processes. A lock whose holder died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const LOCK = resolve(import.meta.dirname, '..', '..', '.tmp', 'astro.lock');
const OWNER = join(LOCK, 'pid');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK, { recursive: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(OWNER, 'utf8'));
    } catch {
      // Just created by another process that has not written its pid yet.
      return false;
    }
    if (Number.isInteger(owner) && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
  writeFileSync(OWNER, String(process.pid));
  return true;
}

/** Holds the lock from the first call until `release()`; waits at most `timeout` ms for it. */
export async function acquireBuildLock(timeout = 600_000): Promise<() => void> {
  mkdirSync(resolve(LOCK, '..'), { recursive: true });
  const deadline = Date.now() + timeout;
  while (!tryLock()) {
    if (Date.now() > deadline) throw new Error(`waited ${String(timeout / 1000)} s for ${LOCK}: another build or dev server of this project holds it`);
    await sleep(100);
  }
  return () => rmSync(LOCK, { recursive: true, force: true });
}

/** Runs `work` while holding the lock. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const release = await acquireBuildLock();
  try {
    return await work();
  } finally {
    release();
  }
}
