/**
 * Where a build writes its output and keeps what a rebuild reuses: `astro.config.mjs` hands both
 * to Astro, `scripts/build.ts` removes the output after a failed build, and `npm run
 * check:content` reads the checks' cache. Tests and the benchmark point them at scratch folders.
 */

/** The output folder (Astro's `outDir`); the nginx file goes beside it. */
export const outDir: string = process.env['NEWS_OUT_DIR'] ?? 'dist';

/** Everything a rebuild reuses (Astro's `cacheDir`). */
export const cacheDir: string = process.env['NEWS_CACHE_DIR'] ?? './node_modules/.astro';
