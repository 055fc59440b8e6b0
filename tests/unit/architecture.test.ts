/**
 * docs/architecture.md is the map of src/: its table lists the folders bottom up, and each may
 * import only from its own row or rows above it. This test holds the code to the map, and the
 * map to the tree (every path it names exists), so neither can drift from the other.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAP = 'docs/architecture.md';
const map = readFileSync(MAP, 'utf8');

/** The table's rows in order, each with the src/ paths its first cell names. */
const rows = map
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => [...(line.split(' | ')[0] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '').filter((path) => path.startsWith('src/')))
  .filter((paths) => paths.length > 0);

/** The row a file of src/ belongs to: the one naming the longest path that holds it. */
function rowOf(file: string): number | undefined {
  let best: { row: number; length: number } | undefined;
  rows.forEach((paths, row) => {
    for (const path of paths) {
      const holds = path.endsWith('/') ? file.startsWith(path) : file === path;
      if (holds && (!best || path.length > best.length)) best = { row, length: path.length };
    }
  });
  return best?.row;
}

const sources = globSync('src/**/*.{ts,astro}').sort();
const IMPORT = /(?:\bfrom\s+|\bimport\s+|new URL\()['"](\.{1,2}\/[^'"]+)['"]/g;

describe('docs/architecture.md', () => {
  it('names folders that exist, and every file of src/ belongs to one of its rows', () => {
    expect(rows.length).toBeGreaterThan(5);
    expect(sources.length).toBeGreaterThan(50);
    expect(rows.flat().filter((path) => !existsSync(path))).toEqual([]);
    expect(sources.filter((file) => rowOf(file) === undefined)).toEqual([]);
  });

  it('names only paths of the repository in its text', () => {
    const named = [...map.matchAll(/`((?:src|scripts|tests|docs|bench)\/[^`*\s]+)`/g)].map((match) => (match[1] ?? '').replace(/[.,:]$/, ''));
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((path) => !existsSync(path))).toEqual([]);
  });

  it('is kept by the code: no file imports from a folder below its own', () => {
    const imports = sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => ({ file, target: normalize(join(dirname(file), match[1] ?? '')) })));
    expect(imports.length).toBeGreaterThan(200);
    const upward = imports.flatMap(({ file, target }) => {
      const row = target.startsWith('src/') ? rowOf(target) : undefined;
      return row !== undefined && row > (rowOf(file) ?? 0) ? [`${file} → ${target}`] : [];
    });
    expect(upward).toEqual([]);
  });
});
