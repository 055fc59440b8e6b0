/**
 * Puts a file from a build cache into the output: a hard link where cache and output share a
 * file system (thousands of files cost no copying; pruning the cache later leaves the output's
 * link intact), a copy where they do not. A file already at `target` is replaced.
 */
import { copyFile, link, rm } from 'node:fs/promises';

export async function placeFile(source: string, target: string): Promise<void> {
  await rm(target, { force: true });
  try {
    await link(source, target);
  } catch {
    await copyFile(source, target);
  }
}
