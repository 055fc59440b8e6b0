/**
 * Puts a file from a build cache into the output: a hard link where cache and output share a
 * file system (thousands of files cost no copying; pruning the cache later leaves the output's
 * link intact), a copy where they do not. A file already at `target` is replaced, unless it is
 * the cached file itself (a rebuild into the previous output links nothing again).
 */
import { copyFile, link, rm, stat } from 'node:fs/promises';

export async function placeFile(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    // A fresh output has no file in the way, so checking first would cost one more system call
    // for each of thousands of files.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return copyFile(source, target);
    const [cached, placed] = await Promise.all([stat(source), stat(target)]);
    if (cached.ino === placed.ino && cached.dev === placed.dev) return;
    await rm(target, { force: true });
    await placeFile(source, target);
  }
}
