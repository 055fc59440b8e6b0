/**
 * Where a build writes its output and keeps what a rebuild reuses: `astro.config.mjs` hands both
 * to Astro, `scripts/build.ts` removes the output after a failed build, and `npm run
 * check:content` reads the checks' cache. Tests and the benchmark point them at scratch folders.
 */

/** The output folder (Astro's `outDir`); the nginx file goes beside it. */
export const outDir: string = process.env['NEWS_OUT_DIR'] ?? 'dist';

/** Where the build writes the nginx snippet: beside the output folder (dist/ → dist-nginx.conf), so it is never served. */
export const nginxConfPath = (folder: string): string => `${folder.replace(/\/+$/, '')}-nginx.conf`;

/** Everything a rebuild reuses (Astro's `cacheDir`). */
export const cacheDir: string = process.env['NEWS_CACHE_DIR'] ?? './node_modules/.astro';
