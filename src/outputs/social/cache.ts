/**
 * The social cards' cache: one file per content hash (cardCacheKey) in a folder below
 * Astro's cacheDir. Entries are written atomically, so a parallel build never reads half a
 * file, and pruned after each build, so the folder only holds cards some piece still uses.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CardFormat } from './format.ts';

/** An entry: the key and the card's format as extension (a typographic PNG or a picture's JPEG). */
const ENTRY = /^([0-9a-f]{64})\.(?:png|jpg)$/;
/** A temporary file older than this belongs to a build that died; younger ones may be in use. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** The cache file of a key. */
export function cacheFile(dir: string, key: string, format: CardFormat): string {
  return join(dir, `${key}.${format}`);
}

/** Keys of all complete entries (empty when the folder does not exist yet). */
export async function cachedKeys(dir: string): Promise<Set<string>> {
  const names = await readdir(dir).catch(() => []);
  return new Set(names.flatMap((name) => ENTRY.exec(name)?.[1] ?? []));
}

/** Writes an entry: to a temporary name first, then renamed into place. */
export async function writeCacheEntry(dir: string, key: string, format: CardFormat, bytes: Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = cacheFile(dir, key, format);
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(partial, bytes);
  await rename(partial, file);
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
      } else if (name.endsWith('.tmp')) {
        const info = await stat(join(dir, name)).catch(() => undefined);
        if (info && now - info.mtimeMs > STALE_TEMP_MS) await rm(join(dir, name), { force: true });
      }
    }),
  );
  return pruned;
}
