/**
 * The social cards' cache: one file per content hash (cardCacheKey) in a folder below
 * Astro's cacheDir. Entries are written atomically, so a parallel build never reads half a
 * file, and pruned after each build, so the folder only holds cards some piece still uses.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CardFormat } from './format.ts';
import { isPartial, removeIfStale, writeFileAtomicAsync } from '../../util/partial-files.ts';

/** An entry: the key and the card's format as extension (a typographic PNG or a picture's JPEG). */
const ENTRY = /^([0-9a-f]{64})\.(?:png|jpg)$/;

/** The cache file of a key. */
export function cacheFile(dir: string, key: string, format: CardFormat): string {
  return join(dir, `${key}.${format}`);
}

/** Keys of all complete entries (empty when the folder does not exist yet). */
export async function cachedKeys(dir: string): Promise<Set<string>> {
  const names = await readdir(dir).catch(() => []);
  return new Set(names.flatMap((name) => ENTRY.exec(name)?.[1] ?? []));
}

/** Writes an entry, whole or not at all. */
export async function writeCacheEntry(dir: string, key: string, format: CardFormat, bytes: Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFileAtomicAsync(cacheFile(dir, key, format), bytes);
}

/**
 * Deletes every entry whose key is not in `used`, and temporary files left by dead builds.
 * Returns how many entries were deleted (temporary files not counted).
 */
export async function pruneCache(dir: string, used: ReadonlySet<string>, now: number = Date.now()): Promise<number> {
  const names = await readdir(dir).catch(() => []);
  let pruned = 0;
  await Promise.all(
    names.map(async (name) => {
      const key = ENTRY.exec(name)?.[1];
      if (key !== undefined) {
        if (used.has(key)) return;
        await rm(join(dir, name), { force: true });
        pruned += 1;
      } else if (isPartial(name)) await removeIfStale(join(dir, name), now);
    }),
  );
  return pruned;
}
