/**
 * What the output folder holds, as a digest of every file's path, size and modification time,
 * and the removal of files a build did not produce. A rebuild writes into the previous output
 * only while the folder is exactly what the last successful build left.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, sep } from 'node:path';

export interface OutputFile {
  /** Absolute path. */
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * Every file below `dir` (none when it does not exist). A top-level `.git` is left alone, as
 * Astro's own emptying of the output folder does.
 */
export function listOutput(dir: string): OutputFile[] {
  const files: OutputFile[] = [];
  // One readdir per folder by hand: Node's `recursive` option is about twice as slow here, and an
  // archive has a folder per page. Paths are joined by hand too: the names come from readdir, so
  // there is nothing for path.join to normalise, and an archive has hundreds of thousands.
  const visit = (folder: string, top: boolean): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (top && entry.name === '.git') continue;
      const path = `${folder}${sep}${entry.name}`;
      if (entry.isDirectory()) visit(path, false);
      else {
        const { size, mtimeMs } = lstatSync(path);
        files.push({ path, size, mtimeMs });
      }
    }
  };
  visit(dir, true);
  return files;
}

/** A digest of the files' paths below `dir`, sizes and modification times: any change to the folder changes it. */
export function outputDigest(dir: string, files: readonly OutputFile[]): string {
  // Every path is below `dir` (listOutput's), so its part below is a slice.
  const below = dir.length + sep.length;
  const lines = files.map(({ path, size, mtimeMs }) => `${path.slice(below)}\0${size}\0${mtimeMs}\n`).sort();
  return createHash('sha256').update(lines.join('')).digest('base64url');
}

/**
 * Removes the files of `listing` that this build did not produce: neither written since
 * `startedMs` (a page rendered or restored, a picture, a stylesheet, a host file) nor named in
 * `produced` (pages Astro kept in place, files linked from a cache, whose times are older).
 * Folders left empty go too. Returns the files that remain and how many were removed.
 */
export function removeUnproduced(dir: string, files: readonly OutputFile[], startedMs: number, produced: ReadonlySet<string>): { kept: OutputFile[]; removed: number } {
  const kept: OutputFile[] = [];
  const emptied = new Set<string>();
  for (const file of files) {
    if (file.mtimeMs >= startedMs || produced.has(file.path)) {
      kept.push(file);
      continue;
    }
    unlinkSync(file.path);
    for (let folder = dirname(file.path); folder.length > dir.length && folder.startsWith(dir); folder = dirname(folder)) emptied.add(folder);
  }
  // Deepest first, so a folder whose only content was an emptied folder goes too.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty: it still holds something this build produced.
    }
  }
  return { kept, removed: files.length - kept.length };
}
