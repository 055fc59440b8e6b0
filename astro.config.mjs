// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { deployFiles } from './src/integrations/deploy-files.ts';
import { socialImages } from './src/integrations/social-images.ts';
import { urlLedger } from './src/integrations/url-ledger.ts';
import { site } from './src/site.config.ts';

const checks = contentChecks();

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  output: 'static',
  // Tests build bad content into a scratch folder, never over dist/.
  outDir: process.env['NEWS_OUT_DIR'] ?? 'dist',
  // Everything a rebuild reuses (content store, incremental pages, social images) lives here;
  // the benchmark and the tests point it at a scratch folder.
  cacheDir: process.env['NEWS_CACHE_DIR'] ?? './node_modules/.astro',
  build: {
    format: 'directory',
    // One stylesheet for the whole site, fingerprinted under /_astro/ and cached for a year: a
    // reader downloads it once, not with every page, and an archive of tens of thousands of
    // pages does not carry 40 KB of CSS in each (HTML + CSS still fit 14 KB; see the budget test).
    inlineStylesheets: 'never',
  },
  // The content checks run first, so editors see their messages before Astro's own.
  integrations: [
    checks,
    mdx(),
    sitemap({
      // The protocol allows 50,000 URLs per file; split well before that.
      entryLimit: 45_000,
      // Pieces: their last change; every other page lists pieces, so it changes with the newest one.
      serialize: (item) => {
        const path = new URL(item.url).pathname.slice(site.basePath.length - 1);
        const lastmod = checks.lastModifiedOf(path) ?? checks.newestChange();
        return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
      },
    }),
    deployFiles(() => checks.redirects()),
    // No published URL may disappear without a redirect (content/published-urls.txt).
    urlLedger({ pieces: () => checks.pieces(), redirects: () => checks.redirects() }),
    // Social cards of the pieces the checks parsed, rendered in worker threads during the build.
    socialImages({ pieces: () => checks.pieces() }),
  ],
  // No code blocks in a news site, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Scripts are never inlined: the search page's module becomes a fingerprinted file under
      // /_astro/, so no page needs a script hash in its Content-Security-Policy.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Astro marks every MDX module with its own "use astro:head-inject" directive, and the
        // bundler warns once per file that it may drop it. Astro handles it itself; the warning
        // is noise that would bury real messages at archive scale (one per piece).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() cacheKey and code are unchanged are copied from the last build
  // (kept in cacheDir) instead of rendered again; see src/lib/cache-key.ts.
  experimental: { incrementalBuild: true },
});
