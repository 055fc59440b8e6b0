/**
 * Files written whole or not at all, for the caches and the output. A file is written to a
 * partial file beside it and renamed into place, so a parallel build never reads half a file, and
 * a build killed while writing leaves only a partial file, which a later build's pruning removes
 * once it is stale.
 *
 * Own code rather than npm's `write-file-atomic`: its partial files carry no suffix by which the
 * pruning could tell them from entries, and it syncs every file to disk by default, which a cache
 * that any build can fill again does not need.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';

const PARTIAL_SUFFIX = '.tmp';

/** A partial file younger than this may belong to a build still writing it; an older one was left by a build that died. */
const STALE_MS = 60 * 60 * 1000;

let partialsNamed = 0;

/**
 * A partial path for `target` that no other writer uses: builds differ by process, the workers
 * of one build by thread, and one thread's writes by a counter.
 */
export function partialPath(target: string): string {
  partialsNamed += 1;
  return `${target}.${process.pid}.${threadId}.${partialsNamed}${PARTIAL_SUFFIX}`;
}

/** Writes `file` whole: through a partial file, renamed into place. Its folder must exist. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const partial = partialPath(file);
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/** `writeFileAtomic` without blocking the event loop. */
export async function writeFileAtomicAsync(file: string, data: string | Uint8Array): Promise<void> {
  const partial = partialPath(file);
  await writeFile(partial, data);
  await rename(partial, file);
}

/** Whether a folder's entry is a partial file or folder (of this build, another build or a dead one). */
export function isPartial(name: string): boolean {
  return name.endsWith(PARTIAL_SUFFIX);
}

/** Removes a partial file or folder that a dead build left; one a build may still be writing stays. */
export async function removeIfStale(path: string, now: number = Date.now()): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info !== undefined && now - info.mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true });
}
