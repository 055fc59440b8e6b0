/**
 * Which files of the output the hosts serve, found without walking the whole output (it holds a
 * folder per page; docs/decisions/2026-11-26-route-files-instead-of-walking-dist.md): the files
 * Astro lists for its routes, what Astro copied from `public/`, and the few folders the build
 * fills besides pages (its assets, the search indexes, the top level with the sitemaps).
 * tests/scale/archive.test.ts compares the result with a walk of a whole built archive.
 */
import { readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { BUILD_FOLDERS } from '../../routing/routes.ts';
import { isCompressible } from './precompress.ts';

/** Every file below `dir`, relative, with "/" (none when it does not exist). */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The files directly in `folder` of `outDir`, relative to `outDir`. */
async function filesIn(outDir: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(outDir, folder), { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => (folder === '' ? entry.name : `${folder}/${entry.name}`));
}

/** A path's topmost dotfile or dot folder, if it has one (".well-known/x" → ".well-known"). */
const DOT_ENTRY = /^((?:[^/]+\/)*?\.[^/]*)/;

/** The topmost dotfile or dot folder of each path that has one: no host may serve them, and Cloudflare serves whatever is uploaded. */
export function dotEntries(files: readonly string[]): string[] {
  return [...new Set(files.flatMap((file) => DOT_ENTRY.exec(file)?.[1] ?? []))].sort();
}

/** Removes from `outDir` the dot entries among the files Astro copied from `public/`, and names them. */
export async function removeDotEntries(outDir: string, publicFiles: readonly string[]): Promise<string[]> {
  const dotted = dotEntries(publicFiles);
  await Promise.all(dotted.map((entry) => rm(join(outDir, entry), { recursive: true, force: true })));
  return dotted;
}

/** The output's text files that may get compressed copies, relative to `outDir`, sorted. */
export async function compressibleFiles(outDir: string, routeFiles: readonly string[], publicFiles: readonly string[]): Promise<string[]> {
  const assets = BUILD_FOLDERS.assets.slice(1, -1);
  const search = BUILD_FOLDERS.search.slice(1, -1);
  // The newest year's index is at /pagefind/, earlier years' at /pagefind/<year>/ (src/outputs/search/shards.ts).
  const years = (await readdir(join(outDir, search), { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
    .map((entry) => `${search}/${entry.name}`);
  const folders = await Promise.all(['', assets, search, ...years].map((folder) => filesIn(outDir, folder)));
  return [...new Set([...routeFiles, ...publicFiles, ...folders.flat()])].filter((file) => isCompressible(file) && !DOT_ENTRY.test(file)).sort();
}
