/**
 * Puts a file from a build cache into the output: a hard link where cache and output share a
 * file system (thousands of files cost no copying; pruning the cache later leaves the output's
 * link intact), a copy where they do not. A file already at `target` is replaced.
 */
import { copyFile, link, rm } from 'node:fs/promises';

export async function placeFile(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    // The output is usually fresh, so a file in the way is rare: removing first would cost one
    // more system call for each of thousands of files.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return copyFile(source, target);
    await rm(target, { force: true });
    await placeFile(source, target);
  }
}
