import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { placeFile } from '../../src/util/place-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'place-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('links a cached file into the output, replacing what stood there, and the link outlives the cache entry', async () => {
  const source = join(dir, 'cached.png');
  const target = join(dir, 'out.png');
  writeFileSync(source, 'neu');
  writeFileSync(target, 'alt');
  await placeFile(source, target);
  expect(readFileSync(target, 'utf8')).toBe('neu');
  expect(statSync(target).ino).toBe(statSync(source).ino);
  rmSync(source);
  expect(readFileSync(target, 'utf8')).toBe('neu');
});

it('leaves a file that already is the cached one alone (a rebuild into the last output)', async () => {
  const source = join(dir, 'kept.png');
  const target = join(dir, 'kept-out.png');
  writeFileSync(source, 'karte');
  await placeFile(source, target);
  const before = statSync(target);
  await placeFile(source, target);
  const after = statSync(target);
  expect(after.ino).toBe(before.ino);
  expect(after.ctimeMs).toBe(before.ctimeMs);
  expect(readFileSync(target, 'utf8')).toBe('karte');
});
