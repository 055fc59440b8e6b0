/**
 * The browser desk's files (docs/decisions/2026-12-06-browser-desk.md): desk/index.html, our
 * script bundled by esbuild with the file format and the generated configuration, and Decap's
 * prebuilt bundle with its lazy chunks and WebAssembly files, copied from the package, so that
 * the page loads nothing from another origin. Written to a folder of its own (`dist-desk/`),
 * served from an origin of its own with its own policy; the site's dist/ never holds any of it.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/** Where `npm run desk:build` and `npm run cms` write the desk. */
export const DESK_OUT_DIR = 'dist-desk';
const DESK_SOURCE = 'desk';

/**
 * The desk page's Content-Security-Policy. Decap needs `'unsafe-eval'` (its configuration loader;
 * decap-cms issue #2138) and inline styles (CSS-in-JS); both stay on an origin that serves only
 * the desk. `connect` is the git host's API in production; locally the backend is the same origin.
 */
export function deskPolicy(connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // blob: for an uploaded picture, which Decap reads back from its object URL when it saves.
    `connect-src ${["'self'", 'blob:', ...connect].join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every desk file is served with, besides its policy. */
export const DESK_HEADERS: Readonly<Record<string, string>> = {
  'x-robots-tag': 'noindex, nofollow',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Decap's backend, as backend.json tells the desk's script. */
export type DeskBackend = Record<string, string | boolean>;

/** Writes the desk into `outDir`: the page, our script and stylesheet, Decap's files, and backend.json. */
export async function buildDesk(outDir: string, backend: DeskBackend): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(DESK_SOURCE, 'desk.ts'), join(DESK_SOURCE, 'manual-init.ts')],
    outdir: outDir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'desk.css']) copyFileSync(join(DESK_SOURCE, file), join(outDir, file));
  // Only the package's prebuilt bundle is used, never its modules: package.json's `overrides`
  // install none of the package's own dependencies (the bundle's sources, some 600 packages).
  const decap = dirname(createRequire(import.meta.url).resolve('decap-cms'));
  // decap-cms.js loads its chunks ("<n>.decap-cms.js") and WebAssembly files from beside itself.
  for (const file of readdirSync(decap)) {
    if (file === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(file) || file.endsWith('.wasm') || file === 'decap-cms.js.LICENSE.txt') copyFileSync(join(decap, file), join(outDir, file));
  }
  writeFileSync(join(outDir, 'backend.json'), `${JSON.stringify(backend)}\n`);
}
