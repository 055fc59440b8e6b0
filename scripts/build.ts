/**
 * The one build command. Builds into dist/ (and dist-nginx.conf beside it; a rebuild writes into
 * the last build's output, src/outputs/output-folder/) and, if any step fails, removes both: a
 * failed build must never leave half a site that could be deployed by mistake.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nginxConfPath } from '../src/outputs/hosting/host-files.ts';
import { withArchiveHeap } from './heap.ts';

const OUT_DIR = process.env['NEWS_OUT_DIR'] ?? 'dist';

// Astro's own command line, run by this Node directly (npx would start another npm first).
const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

// The search index is part of `astro build` (src/outputs/search/integration.ts).
const steps: { name: string; command: string; args: string[] }[] = [{ name: 'astro build', command: process.execPath, args: [ASTRO_BIN, 'build'] }];

// `npm run urls:record` is this build with --record-urls: it adds new URLs to the ledger (src/outputs/hosting/url-ledger.ts).
const env = { ...withArchiveHeap(process.env), ...(process.argv.includes('--record-urls') ? { NEWS_RECORD_URLS: '1' } : {}) };

/** The output and what the build writes beside it (the nginx snippet). */
function removeOutput(): void {
  rmSync(OUT_DIR, { recursive: true, force: true });
  rmSync(nginxConfPath(OUT_DIR), { force: true });
}

for (const step of steps) {
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    removeOutput();
    console.error(`\nDie Website konnte nicht erstellt werden (Schritt „${step.name}“); ${OUT_DIR}/ wurde gelöscht, nichts kann veröffentlicht werden.`);
    process.exit(result.status ?? 1);
  }
}
