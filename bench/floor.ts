/**
 * `npm run bench:floor`: what a rebuild costs Astro itself. Builds the smallest site with Astro's
 * incremental build (bench/astro-floor/: one Markdown collection, one page per post, the entry's
 * digest as cache key, rebuilds into the last output) over the Markdown baseline's text of N
 * generated pieces: once clean, then RUNS rebuilds with nothing changed and RUNS after a one-word
 * change. Issue 22 holds our rebuilds to 0.15× of the baseline's clean build; if Astro's own rebuild
 * of this minimal site is above that, the target is out of reach of any site built with `astro build`.
 *
 * With FLOOR_BODIES=0 the posts keep only their frontmatter and the change is a word in one title:
 * then the data store and its bundle hold no text, as the site's hold none (its bodies stay with
 * the content checks), and what is left is Astro's cost per entry and per page.
 *
 * Env: N (default 5000), RUNS (default 3), BENCH_SEED, FLOOR_BODIES (default 1), FLOOR_DIR
 * (default a fresh temp folder, removed at the end).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withArchiveHeap } from '../scripts/heap.ts';
import { applyWordEdit, DEFAULT_SEED, generate } from './generate.ts';
import { htmlStats, measureCommand, type ProcessMeasurement } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '..');
const n = Number(process.env['N'] ?? 5000);
const runs = Number(process.env['RUNS'] ?? 3);
const seed = Number(process.env['BENCH_SEED'] ?? DEFAULT_SEED);
const withBodies = process.env['FLOOR_BODIES'] !== '0';
const given = process.env['FLOOR_DIR'] || undefined;
const ownsDir = given === undefined;
const dir = given ?? mkdtempSync(join(tmpdir(), 'astro-floor-'));
const out = join(dir, 'dist');
const cache = join(dir, 'cache');

/** A post's frontmatter block alone. */
function frontmatterOf(text: string): string {
  const end = text.indexOf('\n---\n', 4);
  if (!text.startsWith('---\n') || end === -1) throw new Error('a generated post without frontmatter');
  return text.slice(0, end + 5);
}

const loadText = (): string => loadavg().map((value) => value.toFixed(2)).join(' ');
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function build(name: string): Promise<ProcessMeasurement> {
  const logFile = join(dir, `${name}.log`);
  const env = withArchiveHeap({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FLOOR_CONTENT_DIR: contentDir, FLOOR_OUT_DIR: out, FLOOR_CACHE_DIR: cache });
  const measured = await measureCommand('npx astro build --root bench/astro-floor', { cwd: ROOT, env, logFile, timesFile: `${logFile}.times` });
  if (measured.exitCode !== 0) throw new Error(`${name} failed (exit ${String(measured.exitCode)}); see ${logFile}`);
  const pages = htmlStats(out).pages;
  if (pages !== posts) throw new Error(`${name} left ${pages} pages for ${posts} posts; see ${logFile}`);
  console.log(`  ${name.padEnd(12)} wall ${seconds(measured.wallMs)}, CPU ${seconds(measured.cpuUserMs + measured.cpuSysMs)}, load ${loadText()}`);
  return measured;
}

const manifest = await generate({ n, seed, outDir: join(dir, 'content'), pictureShare: 0 });
const contentDir = manifest.contentDirs.md;
// Every Markdown file is a post: the articles, the explainers and the live tickers' text.
const postFiles = ['articles', 'explainers'].flatMap((folder) =>
  readdirSync(join(contentDir, folder)).filter((name) => name.endsWith('.md')).map((name) => join(contentDir, folder, name)),
);
const posts = postFiles.length;
if (!withBodies) for (const path of postFiles) writeFileSync(path, frontmatterOf(readFileSync(path, 'utf8')));
console.log(`Astro's rebuild floor: N=${n}, runs=${runs}, ${posts} Markdown posts${withBodies ? '' : ' without bodies'}, load ${loadText()}`);
try {
  const clean = await build('clean');
  const unchanged: number[] = [];
  const word: number[] = [];
  const file = join(contentDir, manifest.edits.word.collection, `${manifest.edits.word.id}.md`);
  const original = readFileSync(file, 'utf8');
  for (let run = 1; run <= runs; run += 1) {
    unchanged.push((await build(`unchanged ${run}`)).wallMs);
    // Every run changes the post: odd runs make the edit, even runs take it back.
    if (run % 2 === 0) writeFileSync(file, original);
    else if (withBodies) applyWordEdit(manifest, 'md');
    else writeFileSync(file, original.replace(/^title: ("?)/m, 'title: $1Neu – '));
    word.push((await build(`word ${run}`)).wallMs);
  }
  console.log(`\nClean ${seconds(clean.wallMs)}; medians: nothing changed ${seconds(median(unchanged))} (${(median(unchanged) / clean.wallMs).toFixed(2)}× of clean), ` +
    `one word ${seconds(median(word))} (${(median(word) / clean.wallMs).toFixed(2)}× of clean).`);
} finally {
  if (ownsDir) rmSync(dir, { recursive: true, force: true });
}
