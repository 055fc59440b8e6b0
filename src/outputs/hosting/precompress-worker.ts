/**
 * Worker thread of the precompressed copies: for each file it is sent, reads it, links its copies
 * from the cache or compresses them into it, and leaves beside the file those worth keeping. Node
 * runs this file directly (type stripping), outside Vite: it imports only precompress.ts and
 * util/. tests/unit/precompress.test.ts starts it as a real worker thread.
 *
 * Its file system calls are synchronous: a worker has no event loop to keep free, and a rebuild
 * takes nearly every copy from the cache, so the calls are most of its work (the promise API cost
 * more CPU for the same work, measured on a 5,000-piece archive).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { ResultMessage, TaskMessage } from '../../util/worker-pool.ts';
import { COMPRESSED_SUFFIXES, compress, copyKey, keepsCopy, MIN_BYTES, type Suffix } from './precompress.ts';
import { writeFileAtomic } from '../../util/partial-files.ts';

export interface PrecompressTask {
  /** Absolute paths of files in the output. */
  files: string[];
  /** The cache folder, and what besides the bytes decides the copies (COMPRESSION_SETTINGS). */
  cacheDir: string;
  settings: string;
}

/** What one file of the output got. */
export interface FileCopies {
  /** Absolute path. */
  file: string;
  /** The cache key of its bytes (the cache keeps its entries); null for a file too small for copies. */
  key: string | null;
  /** The copies beside it, by ending; none where no copy was worth keeping. */
  suffixes: Suffix[];
}

export interface PrecompressResult {
  /** Each file of the task, in its order. */
  files: FileCopies[];
  /** Copies compressed now rather than taken from the cache. */
  compressed: number;
}

/**
 * The cache entry of a key and suffix: the copy (`<key>.br`), or for a copy not worth keeping an
 * empty marker (`<key>.br.none`), so it is not compressed again to find that out.
 */
export const cacheEntry = (cacheDir: string, key: string, suffix: string, kept = true): string => join(cacheDir, `${key}${suffix}${kept ? '' : '.none'}`);

/**
 * Puts a cache entry beside the file as util/place-file.ts does (a hard link, a copy across file
 * systems, replacing a file in the way); false if the entry does not exist.
 */
function placeEntry(entry: string, target: string): boolean {
  try {
    linkSync(entry, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code === 'EEXIST') {
      // A rebuild into the last output finds the copy of an unchanged file already in place.
      const [cached, placed] = [statSync(entry), statSync(target)];
      if (cached.ino === placed.ino && cached.dev === placed.dev) return true;
      rmSync(target, { force: true });
      return placeEntry(entry, target);
    }
    copyFileSync(entry, target);
  }
  return true;
}

function precompressFile(file: string, { cacheDir, settings }: PrecompressTask, result: PrecompressResult): void {
  const bytes = readFileSync(file);
  if (bytes.length < MIN_BYTES) {
    result.files.push({ file, key: null, suffixes: [] });
    return;
  }
  const key = copyKey(bytes, settings);
  const suffixes: Suffix[] = [];
  for (const suffix of COMPRESSED_SUFFIXES) {
    const target = `${file}${suffix}`;
    if (placeEntry(cacheEntry(cacheDir, key, suffix), target)) {
      suffixes.push(suffix);
      continue;
    }
    if (existsSync(cacheEntry(cacheDir, key, suffix, false))) continue;
    const copy = compress(bytes, suffix);
    result.compressed += 1;
    const worth = keepsCopy(bytes.length, copy.length);
    writeFileAtomic(cacheEntry(cacheDir, key, suffix, worth), worth ? copy : new Uint8Array());
    if (worth && placeEntry(cacheEntry(cacheDir, key, suffix), target)) suffixes.push(suffix);
  }
  result.files.push({ file, key, suffixes });
}

function handle({ id, task }: TaskMessage<PrecompressTask>): ResultMessage<PrecompressResult> {
  const result: PrecompressResult = { files: [], compressed: 0 };
  try {
    mkdirSync(task.cacheDir, { recursive: true });
    for (const file of task.files) precompressFile(file, task, result);
    return { id, ok: true, result };
  } catch (error) {
    return { id, ok: false, error: `precompressed copies: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const port = parentPort;
if (port) port.on('message', (message: TaskMessage<PrecompressTask>) => port.postMessage(handle(message)));
