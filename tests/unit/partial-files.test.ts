import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPartial, partialPath, removeIfStale, writeFileAtomic, writeFileAtomicAsync } from '../../src/util/partial-files.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'partial-files-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('partial files', () => {
  it('writes a file whole, replacing the last one, and leaves no partial file', async () => {
    const file = join(dir, 'record.json');
    writeFileAtomic(file, 'first');
    writeFileAtomic(file, Uint8Array.of(0x7b, 0x7d));
    expect(readFileSync(file, 'utf8')).toBe('{}');
    await writeFileAtomicAsync(file, 'third');
    expect(readFileSync(file, 'utf8')).toBe('third');
    expect(readdirSync(dir)).toEqual(['record.json']);
  });

  it('names a partial file no other call, thread or process uses, and recognises it as partial', async () => {
    const file = join(dir, 'entry.br');
    const here = [partialPath(file), partialPath(file)];
    // Two other threads, each naming its first partial file: the precompression workers write into one cache folder.
    const inWorker = async (): Promise<string> => {
      const worker = new Worker(
        `const { parentPort, workerData } = require('node:worker_threads');
        import(workerData.url).then(({ partialPath }) => parentPort.postMessage(partialPath(workerData.file)));`,
        { eval: true, workerData: { url: new URL('../../src/util/partial-files.ts', import.meta.url).href, file } },
      );
      try {
        return await new Promise<string>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        });
      } finally {
        await worker.terminate();
      }
    };
    const there = await Promise.all([inWorker(), inWorker()]);
    const names = [...here, ...there];
    expect(new Set(names).size).toBe(4);
    for (const name of names) {
      expect(name.startsWith(`${file}.${process.pid}.`)).toBe(true);
      expect(isPartial(name)).toBe(true);
    }
    expect(isPartial('entry.br')).toBe(false);
  });

  it('removes what a dead build left, an hour old or more, and keeps what a build may still be writing', async () => {
    const now = Date.now();
    const old = join(dir, 'index.1.0.1.tmp');
    mkdirSync(join(old, 'fragment'), { recursive: true });
    writeFileSync(join(old, 'fragment', 'a'), '');
    utimesSync(old, new Date(now - 2 * 3600_000), new Date(now - 2 * 3600_000));
    const fresh = join(dir, 'index.2.0.1.tmp');
    writeFileSync(fresh, '');
    await removeIfStale(old, now);
    await removeIfStale(fresh, now);
    await removeIfStale(join(dir, 'gone.tmp'), now);
    expect(readdirSync(dir)).toEqual(['index.2.0.1.tmp']);
  });
});
