// @ts-check
// First: a wrong setting ends the command here with one line each, not with a stack trace below.
import './scripts/settings-guard.ts';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { cacheDir, outDir } from './src/build-folders.ts';
import { contentChecks } from './src/checks/integration.ts';
import { sitemapOptions } from './src/outputs/feeds/sitemap.ts';
import { hostFiles, precompressedCopies, urlLedger } from './src/outputs/hosting/integration.ts';
import { searchIndex } from './src/outputs/search/integration.ts';
import { socialCards } from './src/outputs/social/integration.ts';
import { outputFolder } from './src/outputs/output-folder/integration.ts';
import { pictureEncoding } from './src/pictures/encoding.ts';
import { incrementalAssets } from './src/pictures/incremental-assets.ts';
import { pictureOriginals } from './src/pictures/originals.ts';
import { preview } from './src/preview/integration.ts';
import { site } from './src/site.config.ts';
import { storeModule } from './src/loaders/store-module.ts';

const checks = contentChecks();
// A rebuild writes into the previous output; what this build no longer produces goes. Its `start`
// comes first among the integrations, its `finish` last.
const output = outputFolder({ placing: () => [cards, search, compressed] });
const cards = socialCards({ pieces: () => checks.pieces(), pictures: () => checks.pictures(), records: output.records });
const compressed = precompressedCopies({ records: output.records });
const search = searchIndex({ writtenByThisBuild: output.writtenByThisBuild, reusesLastOutput: output.reusesLastOutput });

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  output: 'static',
  // Tests build bad content into a scratch folder, never over dist/.
  outDir,
  // Everything a rebuild reuses (content store, incremental pages, social cards, search indexes, the checks' caches) lives here;
  // the benchmark and the tests point it at a scratch folder.
  cacheDir,
  build: {
    format: 'directory',
    // One fingerprinted stylesheet for the whole site, cached for a year, instead of CSS inlined
    // into every page (docs/decisions/2026-11-26-one-stylesheet.md).
    inlineStylesheets: 'never',
    // A few pages at a time, so one page's file I/O overlaps the next one's work
    // (docs/decisions/2026-11-26-build-concurrency-8.md).
    concurrency: 8,
  },
  // The pipeline's steps around Astro's own, in order: the content checks first, so editors see
  // their messages before Astro's; then, after the pages, what the build produces besides them.
  integrations: [
    // Looks at the output folder on another thread while the checks run (a rebuild writes into the last output).
    output.start,
    checks,
    // The content store's module in the build, its one large string literal split for V8's compiler.
    storeModule(),
    sitemap(sitemapOptions(checks)),
    // _headers, _redirects and the nginx file; no published URL may disappear (content/published-urls.txt).
    hostFiles({ redirects: () => checks.redirects(), pieces: () => checks.pieces(), writtenByThisBuild: output.writtenByThisBuild }),
    urlLedger({ pieces: () => checks.pieces(), redirects: () => checks.redirects() }),
    // Social cards of the pieces the checks parsed, rendered in worker threads during the build.
    cards,
    // Pagefind's indexes, one per year, each cached by the pages it covers.
    search,
    // Dev server only: the overview of drafts and scheduled pieces at /entwuerfe/, and the page of
    // the content's problems at /pruefung/ that stands in for every page while the content has errors.
    preview(),
    // Picture files encoded with sharp's options of src/pictures/encoding.ts, cached only as those options say.
    pictureEncoding(),
    // Editors' original picture files (with their EXIF: camera, GPS) never reach the output.
    pictureOriginals(() => checks.pictures().values(), output.writtenByThisBuild),
    // Pages with pictures stay reusable by the incremental build whatever the output folder.
    incrementalAssets(),
    // When every file is written: .br and .gz copies of the text files for nginx, on worker
    // threads, each compressed once and then taken from the cache.
    compressed,
    output.finish,
  ],
  // Bodies are compiled by the content checks, not by Astro's Markdown; with highlighting off,
  // Astro does not warn that Shiki's inline styles would clash with the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Scripts are never inlined: the search page's module becomes a fingerprinted file under
      // /_astro/, so no page needs a script hash in its Content-Security-Policy.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() cacheKey and code are unchanged are copied from the last build
  // (kept in cacheDir) instead of rendered again; see src/queries/page-keys.ts.
  // contentIntellisense writes the collections' JSON Schemas to .astro/ for the Astro VS Code
  // extension: completion and checks in MDX frontmatter while typing (EDITING.md).
  experimental: { incrementalBuild: true, contentIntellisense: true },
});
