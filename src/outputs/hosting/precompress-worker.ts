/**
 * Worker thread of the precompressed copies: for each file it is sent, reads it, takes its copies
 * from the cache or compresses them into it, and links those worth keeping beside the file. Node
 * runs this file directly (type stripping), outside Vite: it imports only precompress.ts and
 * util/. tests/unit/precompress.test.ts starts it as a real worker thread.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { placeFile } from '../../util/place-file.ts';
import type { ResultMessage, TaskMessage } from '../../util/worker-pool.ts';
import { COMPRESSED_SUFFIXES, compress, copyKey, keepsCopy, MIN_BYTES } from './precompress.ts';

export interface PrecompressTask {
  /** Absolute paths of files in the output. */
  files: string[];
  /** The cache folder, and what besides the bytes decides the copies (COMPRESSION_SETTINGS). */
  cacheDir: string;
  settings: string;
}

export interface PrecompressResult {
  /** Cache keys this task used (the cache keeps these). */
  keys: string[];
  /** Files that got at least one copy, and the bytes of those files and of their copies by suffix. */
  files: number;
  bytes: number;
  copies: Record<string, number>;
  /** Copies compressed now rather than taken from the cache. */
  compressed: number;
}

/** The cache entry of a key and suffix: `<key>.br`, `<key>.gz`. */
export const cacheEntry = (cacheDir: string, key: string, suffix: string): string => join(cacheDir, `${key}${suffix}`);

/** Writes to a temporary name first, then renames into place: a parallel build never reads half a file. */
async function writeEntry(file: string, bytes: Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}

async function precompressFile(file: string, { cacheDir, settings }: PrecompressTask, result: PrecompressResult): Promise<void> {
  const bytes = await readFile(file);
  if (bytes.length < MIN_BYTES) return;
  const key = copyKey(bytes, settings);
  result.keys.push(key);
  let kept = false;
  for (const suffix of COMPRESSED_SUFFIXES) {
    const entry = cacheEntry(cacheDir, key, suffix);
    let size = (await stat(entry).catch(() => undefined))?.size;
    if (size === undefined) {
      const copy = compress(bytes, suffix);
      await writeEntry(entry, copy);
      result.compressed += 1;
      size = copy.length;
    }
    if (!keepsCopy(bytes.length, size)) continue;
    await placeFile(entry, `${file}${suffix}`);
    result.copies[suffix] = (result.copies[suffix] ?? 0) + size;
    kept = true;
  }
  if (kept) {
    result.files += 1;
    result.bytes += bytes.length;
  }
}

async function handle({ id, task }: TaskMessage<PrecompressTask>): Promise<ResultMessage<PrecompressResult>> {
  const result: PrecompressResult = { keys: [], files: 0, bytes: 0, copies: {}, compressed: 0 };
  try {
    await mkdir(task.cacheDir, { recursive: true });
    // The files' reading and linking overlap with the compression of others.
    await Promise.all(task.files.map((file) => precompressFile(file, task, result)));
    return { id, ok: true, result };
  } catch (error) {
    return { id, ok: false, error: `precompressed copies: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const port = parentPort;
if (port) port.on('message', (message: TaskMessage<PrecompressTask>) => void handle(message).then((answer) => port.postMessage(answer)));
