/**
 * The files Astro wrote for its routes, as the `astro:build:done` hook lists them (`assets`):
 * pages it rendered and pages it restored from the incremental cache alike, relative to the
 * output folder, sorted. Cheaper than walking the output folder, which holds far more files than
 * pages (docs/decisions/2026-11-26-route-files-instead-of-walking-dist.md).
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
