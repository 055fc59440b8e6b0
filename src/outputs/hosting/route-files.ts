/**
 * The files Astro wrote for its routes, as the `astro:build:done` hook lists them (`assets`):
 * pages it rendered and pages it restored from the incremental cache alike, relative to the
 * output folder, sorted. Walking the output folder instead visits every file in it (17,000 at
 * 5,000 pieces: social cards, search indexes, pictures) to find the pages among them.
 * Files copied from public/ are not routes and not listed; public/ holds no pages.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export function routeFiles(assets: ReadonlyMap<string, readonly URL[]>, outDir: URL): string[] {
  const root = fileURLToPath(outDir);
  return [...assets.values()]
    .flat()
    .map((file) => relative(root, fileURLToPath(file)).split(sep).join('/'))
    .sort();
}
