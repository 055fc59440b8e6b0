// @ts-check
// The smallest Astro site with the incremental build: one Markdown collection, one page per
// entry, nothing else (bench/floor.ts builds it). It shows what a rebuild after a one-word change
// costs Astro itself, whatever a site adds on top.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.com',
  outDir: process.env['FLOOR_OUT_DIR'] ?? './dist',
  cacheDir: process.env['FLOOR_CACHE_DIR'] ?? './node_modules/.astro',
  // Rebuilds write into the last output, as the site's do (src/outputs/output-folder/).
  vite: { build: { emptyOutDir: false } },
  experimental: { incrementalBuild: true },
});
