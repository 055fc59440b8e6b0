/**
 * The compressed copies the build writes beside text files (`feed.xml` → `feed.xml.gz` and
 * `feed.xml.br`), which nginx sends as they are (`gzip_static`, `brotli_static`) instead of
 * compressing every response anew. Which files get them, how hard they are compressed, and the
 * cache key that lets a rebuild compress only what changed
 * (docs/decisions/2026-12-06-precompressed-files.md). Plain Node: the worker imports it.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The endings of a file's compressed copies, in the order nginx prefers them. */
export const COMPRESSED_SUFFIXES = ['.br', '.gz'] as const;

/** Text, the only kind of file compression pays for; pictures, fonts and Pagefind's files are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/;

/**
 * Smaller files are sent as they are: compression would save a few hundred bytes at most, less
 * than the headers of the same response, for two more files each.
 */
export const MIN_BYTES = 1024;

/** A copy is kept only if it is at most this share of the original (a guard: text shrinks far more). */
const MAX_RATIO = 0.9;

export type Suffix = (typeof COMPRESSED_SUFFIXES)[number];

/**
 * Measured on the site's pages (the decision record): brotli's higher qualities save a few
 * percent for many times the time, which a clean build pays for every page; gzip's highest level
 * costs what its default does.
 */
const LEVELS = { '.br': { quality: 6 }, '.gz': { level: 9 } } as const satisfies Record<Suffix, unknown>;

export function compress(bytes: Uint8Array, suffix: Suffix): Uint8Array {
  if (suffix === '.gz') return gzipSync(bytes, { level: LEVELS['.gz'].level });
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: LEVELS['.br'].quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/** Whether a file of the output, by its name, is text worth a compressed copy (its size decides next). */
export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.test(file);
}

/** Whether a copy of `compressed` bytes is worth keeping beside `original` bytes. */
export function keepsCopy(original: number, compressed: number): boolean {
  return original >= MIN_BYTES && compressed <= original * MAX_RATIO;
}

/**
 * Everything besides a file's bytes that decides its copies: the levels, which copies are kept,
 * and the versions of zlib and brotli that Node brings (another version may compress differently,
 * and a rebuild must equal a clean build).
 */
export const COMPRESSION_SETTINGS = JSON.stringify({ levels: LEVELS, minBytes: MIN_BYTES, maxRatio: MAX_RATIO, zlib: process.versions.zlib, brotli: process.versions.brotli });

/** The cache key of a file's copies: its bytes under the settings. */
export function copyKey(bytes: Uint8Array, settings: string): string {
  return createHash('sha256').update(settings).update('\0').update(bytes).digest('hex');
}

/**
 * Whether this build writes the copies. Not on Cloudflare Pages, which compresses by itself and
 * would publish the copies as files of their own (`CF_PAGES=1` in its builds); `NEWS_PRECOMPRESS`
 * decides for any other host.
 */
export function precompressionWanted(env: NodeJS.ProcessEnv): boolean {
  const setting = env['NEWS_PRECOMPRESS'];
  if (setting === undefined || setting === '') return env['CF_PAGES'] !== '1';
  if (setting === '0' || setting === '1') return setting === '1';
  throw new Error(`NEWS_PRECOMPRESS must be 0 or 1, not "${setting}"`);
}
