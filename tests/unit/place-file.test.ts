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
