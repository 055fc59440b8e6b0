/**
 * The one build command. Builds into dist/ (and dist-nginx.conf beside it; a rebuild writes into
 * the last build's output, src/outputs/output-folder/) and, if any step fails, removes both and
 * forgets that output: a failed build must never leave half a site that could be deployed by
 * mistake, nor the last good site, which would look like this build's.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheDir, nginxConfPath, outDir } from '../src/build-folders.ts';
import { forgetLastOutput } from '../src/outputs/output-folder/integration.ts';
import { withArchiveHeap } from './heap.ts';
import { settingProblems } from './settings.ts';

// Astro's own command line, run by this Node directly (npx would start another npm first).
const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

// The search index is part of `astro build` (src/outputs/search/integration.ts).
const steps: { name: string; command: string; args: string[] }[] = [{ name: 'astro build', command: process.execPath, args: [ASTRO_BIN, 'build'] }];

// `npm run urls:record` is this build with --record-urls: it adds new URLs to the ledger (src/outputs/hosting/url-ledger.ts).
const env = { ...withArchiveHeap(process.env), ...(process.argv.includes('--record-urls') ? { NEWS_RECORD_URLS: '1' } : {}) };

/** The output, what the build writes beside it (the nginx snippet), and the cache's note that the output is the last build's. */
function removeOutput(): void {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(nginxConfPath(outDir), { force: true });
  forgetLastOutput(cacheDir);
}

/** Ends the build without output, saying which step failed. */
function fail(step: string, status: number): never {
  removeOutput();
  console.error(`\nDie Website konnte nicht erstellt werden (Schritt „${step}“); ${outDir}/ wurde gelöscht, nichts kann veröffentlicht werden.`);
  process.exit(status);
}

const settings = settingProblems(process.env);
if (settings.length > 0) {
  for (const problem of settings) console.error(problem);
  fail('Einstellungen', 1);
}

for (const step of steps) {
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', env });
  if (result.status !== 0) fail(step.name, result.status ?? 1);
}
