// @ts-check
// The benchmark's baseline: Astro's blog example, rebuilt minimally. It has no package.json:
// astro and its integrations resolve from the repository's node_modules, so both sides of the
// benchmark run the same versions. Build it from the repository root:
//   BENCH_CONTENT_DIR=… BENCH_OUT_DIR=… BENCH_CACHE_DIR=… npx astro build --root bench/baseline
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.com',
  integrations: [mdx(), sitemap()],
  // The runner points both at its scratch folder, never at a folder in the repository.
  outDir: process.env['BENCH_OUT_DIR'] ?? './dist',
  cacheDir: process.env['BENCH_CACHE_DIR'] ?? './node_modules/.astro',
  // The same log filter as the site's (one bundler warning per MDX file), so neither side pays
  // for printing thousands of warnings and the comparison stays fair.
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
