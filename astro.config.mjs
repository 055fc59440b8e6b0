// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  output: 'static',
  // Tests build bad content into a scratch folder, never over dist/.
  outDir: process.env['NEWS_OUT_DIR'] ?? 'dist',
  build: {
    format: 'directory',
    // One round trip: the page's CSS travels inside its HTML (see the byte budget test).
    inlineStylesheets: 'always',
  },
  // The content checks run first, so editors see their messages before Astro's own.
  integrations: [contentChecks(), mdx()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // Hashes every inline script and style into a CSP; scripts/build.ts turns it into a header.
  security: { csp: true },
});
