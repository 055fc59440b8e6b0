/**
 * `npm run bench`: builds N generated pieces with our site and with two baselines (Astro's blog
 * example, bench/baseline/, once with the same text as MDX with the kit's tags and once as plain
 * Markdown) and compares them in four scenarios:
 *   clean       empty output and cache folders
 *   word        one word changed in one article, output and caches kept
 *   correction  a correction added to one article (site: typed entry + the text fix; baselines:
 *               the same text fix), output and caches kept
 *   live        a new entry in the biggest live ticker, output and caches kept (site only: the baselines have
 *               no live tickers; it is compared with their clean builds)
 *
 * Env: N (default 1000), RUNS (default 1; medians when > 1), BENCH_DIR (default a fresh temp
 * folder), BENCH_ONLY=site|mdx|md|baseline (comma-separated; baseline = mdx,md),
 * BENCH_SCENARIOS=clean,word,correction,live (comma-separated, clean always; for the largest N,
 * where every rebuild takes minutes), BENCH_KEEP=1
 * (keep the temp folders), BENCH_SEED, BENCH_PICTURES (share of pieces with a lead image,
 * default 0.6), BENCH_RESULTS_DIR (default bench/results).
 *
 * Everything is written below the bench folder; never into content/ or the real dist/.
 * Rebuilds keep the output and cache folders of the build before, like the newsroom's build
 * machine; the site then writes into its last output (src/outputs/output-folder/).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { applyCorrectionEdit, applyLiveEntry, applyWordEdit, DEFAULT_PICTURE_SHARE, DEFAULT_SEED, generate, type ContentSide, type Manifest } from './generate.ts';
import { withArchiveHeap } from '../scripts/heap.ts';
import { fileBytes, folderStats, htmlStats, measureCommand, type ProcessMeasurement } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SIDES = ['site', 'mdx', 'md'] as const satisfies readonly ContentSide[];
const BASELINES = ['mdx', 'md'] as const;
const SCENARIOS = ['clean', 'word', 'correction', 'live'] as const;
type Side = (typeof SIDES)[number];
type Baseline = (typeof BASELINES)[number];
type Scenario = (typeof SCENARIOS)[number];
const SIDE_NAMES: Record<Side, string> = { site: 'site', mdx: 'MDX baseline', md: 'Markdown baseline' };
/** The scratch folder's cache of drawn photos (bench/photos.ts), kept across runs. */
const PHOTO_CACHE = 'photos';
const TITLES: Record<Scenario, string> = {
  clean: 'Clean build',
  word: 'Rebuild after a one-word change',
  correction: 'Rebuild after a correction',
  live: 'Rebuild after a new live entry',
};
/** The baselines have no live tickers: the live scenario runs on the site only and is compared with their clean builds. */
const runsOn = (side: Side, scenario: Scenario): boolean => side === 'site' || scenario !== 'live';
/** Rebuilds whose wall time is held against a baseline's clean build. */
const AGAINST_CLEAN: Scenario[] = ['word', 'correction', 'live'];
/**
 * Issue 22's targets at N=5,000, against the Markdown baseline of the same run: the site's clean
 * build (wall) and its peak RSS over the baseline's, and each rebuild's wall over the baseline's
 * clean build.
 */
const TARGETS: { what: string; scenario: Scenario; metric: 'wall time' | 'peak RSS (tree)'; against: 'same' | 'clean'; target: number }[] = [
  { what: 'clean build, wall', scenario: 'clean', metric: 'wall time', against: 'same', target: 1.5 },
  { what: 'clean build, peak RSS', scenario: 'clean', metric: 'peak RSS (tree)', against: 'same', target: 1.0 },
  { what: 'one-word change against its clean build', scenario: 'word', metric: 'wall time', against: 'clean', target: 0.15 },
  { what: 'correction against its clean build', scenario: 'correction', metric: 'wall time', against: 'clean', target: 0.15 },
  { what: 'new live entry against its clean build', scenario: 'live', metric: 'wall time', against: 'clean', target: 0.15 },
];

class BenchError extends Error {}

interface Config {
  n: number;
  runs: number;
  seed: number;
  /** Share of pieces with a lead image. */
  pictureShare: number;
  sides: Side[];
  /** The scenarios to build, in their order; clean always. */
  scenarios: Scenario[];
  keep: boolean;
  benchDir: string;
  /** Whether the runner created benchDir (and may remove it whole). */
  ownsBenchDir: boolean;
  resultsDir: string;
}

function readConfig(): Config {
  const env = process.env;
  const integer = (name: string, fallback: number, min: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new BenchError(`${name} must be an integer of at least ${min} (got "${raw}")`);
    return value;
  };
  const only = (env['BENCH_ONLY'] ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  const sides = new Set<Side>();
  for (const name of only) {
    if (name === 'baseline') for (const baseline of BASELINES) sides.add(baseline);
    else if ((SIDES as readonly string[]).includes(name)) sides.add(name as Side);
    else throw new BenchError(`BENCH_ONLY takes site, mdx, md or baseline (both baselines), comma-separated (got "${env['BENCH_ONLY'] ?? ''}")`);
  }
  const scenarios = new Set<Scenario>(['clean']);
  for (const name of (env['BENCH_SCENARIOS'] ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '')) {
    if (!(SCENARIOS as readonly string[]).includes(name)) throw new BenchError(`BENCH_SCENARIOS takes ${SCENARIOS.join(', ')}, comma-separated (got "${env['BENCH_SCENARIOS'] ?? ''}")`);
    scenarios.add(name as Scenario);
  }
  const n = integer('N', 1000, 5);
  const runs = integer('RUNS', 1, 1);
  const seed = integer('BENCH_SEED', DEFAULT_SEED, 0);
  const rawShare = env['BENCH_PICTURES'];
  const pictureShare = rawShare === undefined || rawShare === '' ? DEFAULT_PICTURE_SHARE : Number(rawShare);
  if (!(pictureShare >= 0 && pictureShare <= 1)) throw new BenchError(`BENCH_PICTURES must be a share between 0 and 1 (got "${rawShare ?? ''}")`);
  const given = env['BENCH_DIR'];
  if (given) assertScratch(resolve(given), 'BENCH_DIR');
  // Created last, so a bad setting above leaves no folder behind.
  const benchDir = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'netzchronik-bench-'));
  return {
    n,
    runs,
    seed,
    pictureShare,
    sides: sides.size > 0 ? SIDES.filter((side) => sides.has(side)) : [...SIDES],
    // Without the setting, every scenario; a rebuild always follows the clean build.
    scenarios: scenarios.size > 1 ? SCENARIOS.filter((scenario) => scenarios.has(scenario)) : [...SCENARIOS],
    keep: env['BENCH_KEEP'] === '1',
    benchDir,
    ownsBenchDir: !given,
    resultsDir: resolve(env['BENCH_RESULTS_DIR'] ?? join(ROOT, 'bench', 'results')),
  };
}

/** Refuses folders the benchmark must never write into: the repository itself, content/, dist/, src/, public/. */
function assertScratch(dir: string, what: string): void {
  const inside = (parent: string) => dir === parent || dir.startsWith(parent + sep);
  const forbidden = ['content', 'dist', 'src', 'public', 'bench/baseline'].map((folder) => join(ROOT, folder));
  if (dir === ROOT || forbidden.some(inside) || inside(join(ROOT, 'node_modules'))) {
    throw new BenchError(`${what}=${dir} is inside the repository's ${relative(ROOT, dir) || '.'}; use a scratch folder (e.g. under /tmp)`);
  }
}

// ---------------------------------------------------------------------------------------------
// One build

interface LogTimings {
  /** "[build] N page(s) built in Xs": Astro's own total. */
  astroBuildSeconds?: number;
  /** "generating static routes … ✓ Completed in Xs": rendering pages and endpoints. */
  staticRoutesSeconds?: number;
  /** "search index: … X s" (src/outputs/search/integration.ts): Pagefind, by year, cached. */
  pagefindSeconds?: number;
  /** "social cards: N cards, R rendered …, C from cache" (src/outputs/social/jobs.ts): a clean build renders every card. */
  socialCards?: { cards: number; rendered: number; cached: number };
  /** Astro's optimised images ("▶ /_astro/….webp"): how many it wrote, and how many of them came from its cache. */
  images?: { written: number; cached: number };
  /** "Inhalt geprüft: N Beiträge, keine Fehler" seen in the log (the checks print no duration). */
  contentCheckPassed?: boolean;
  /** Vite warnings in the log (e.g. one MODULE_LEVEL_DIRECTIVE per MDX file). */
  viteWarnings: number;
}

interface BuildResult extends ProcessMeasurement {
  side: Side;
  scenario: Scenario;
  run: number;
  cpuMs: number;
  htmlPages: number;
  msPerPage: number;
  distBytes: number;
  distFiles: number;
  largestHtml: { path: string; bytes: number };
  /** feed.xml / feed.json for the site, rss.xml for the baselines (null: not written). */
  feeds: Record<string, number | null>;
  /** dist/pagefind/ (site only). */
  searchIndexBytes: number | null;
  /** Cache folder after the build (site: NEWS_CACHE_DIR plus the social image cache). */
  cacheBytes: number;
  timings: LogTimings;
  logFile: string;
}

const ANSI = /\x1b\[[0-9;]*m/g;

/** Astro's durations: "120ms", "58.40s", "1m 6s", "1m 3.2s". */
const DURATION = String.raw`((?:\d+m\s*)?[\d.]+m?s)`;
function durationSeconds(text: string): number {
  const match = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!match) return Number.NaN;
  return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
}

function logTimings(log: string): LogTimings {
  const text = log.replace(ANSI, '');
  const timings: LogTimings = { viteWarnings: (text.match(/\[WARN\] \[vite\]/g) ?? []).length };
  const astro = new RegExp(String.raw`\[build\] \d+ page\(s\) built in ${DURATION}`).exec(text);
  if (astro?.[1]) timings.astroBuildSeconds = durationSeconds(astro[1]);
  const routes = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}\.`).exec(text);
  if (routes?.[1]) timings.staticRoutesSeconds = durationSeconds(routes[1]);
  const pagefind = /search index: .*; ([\d.]+) s$/m.exec(text);
  if (pagefind) timings.pagefindSeconds = Number(pagefind[1]);
  const cards = /social cards: (\d+) cards, (\d+) rendered.*?, (\d+) from cache/.exec(text);
  if (cards) timings.socialCards = { cards: Number(cards[1]), rendered: Number(cards[2]), cached: Number(cards[3]) };
  const images = text.match(/▶ \/_astro\/\S+\.(?:avif|webp|jpe?g|png) .*$/gm) ?? [];
  if (images.length > 0) timings.images = { written: images.length, cached: images.filter((line) => line.includes('reused cache entry')).length };
  if (/Inhalt geprüft: \d+ Beiträge?, keine Fehler/.test(text)) timings.contentCheckPassed = true;
  return timings;
}

interface SidePaths {
  content: string;
  out: string;
  cache: string;
  logs: string;
}

function commandOf(side: Side, paths: SidePaths): { command: string; env: NodeJS.ProcessEnv } {
  // Both sides get the heap scripts/build.ts gives our builds, so neither runs out first.
  const common = withArchiveHeap({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' });
  if (side === 'site') {
    return {
      command: 'npm run build',
      env: { ...common, NEWS_CONTENT_DIR: paths.content, NEWS_OUT_DIR: paths.out, NEWS_CACHE_DIR: paths.cache },
    };
  }
  return {
    command: 'npx astro build --root bench/baseline',
    env: { ...common, BENCH_CONTENT_DIR: paths.content, BENCH_OUT_DIR: paths.out, BENCH_CACHE_DIR: paths.cache },
  };
}

async function build(side: Side, scenario: Scenario, run: number, paths: SidePaths): Promise<BuildResult> {
  // A clean build starts from nothing; a rebuild keeps the output and cache folders, as a build machine does.
  if (scenario === 'clean') rmSync(paths.out, { recursive: true, force: true });
  mkdirSync(paths.logs, { recursive: true });
  const logFile = join(paths.logs, `run${run}-${scenario}.log`);
  const { command, env } = commandOf(side, paths);
  process.stdout.write(`  ${SIDE_NAMES[side].padEnd(17)} ${scenario.padEnd(10)} … `);
  const measured = await measureCommand(command, { cwd: ROOT, env, logFile, timesFile: `${logFile}.times` });
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  if (measured.exitCode !== 0) {
    process.stdout.write('FAILED\n');
    const tail = log.replace(ANSI, '').trimEnd().split('\n').slice(-40).join('\n');
    throw new BenchError(
      `the ${side} build (${scenario}, run ${run}) failed with ${measured.signal ? `signal ${measured.signal}` : `exit code ${String(measured.exitCode)}`}: ${command}\n` +
        `--- last lines of ${logFile} ---\n${tail}`,
    );
  }
  const html = htmlStats(paths.out);
  if (html.pages === 0) throw new BenchError(`the ${side} build (${scenario}) wrote no HTML pages into ${paths.out}`);
  const dist = folderStats(paths.out);
  const feeds: Record<string, number | null> =
    side === 'site'
      ? { 'feed.xml': fileBytes(join(paths.out, 'feed.xml')), 'feed.json': fileBytes(join(paths.out, 'feed.json')) }
      : { 'rss.xml': fileBytes(join(paths.out, 'rss.xml')) };
  // Everything a rebuild reuses is below the cache folder, the site's social cards included.
  const cacheBytes = folderStats(paths.cache).bytes;
  const cpuMs = measured.cpuUserMs + measured.cpuSysMs;
  const timings = logTimings(log);
  const cards = timings.socialCards ? `, ${timings.socialCards.cards} cards (${timings.socialCards.rendered} rendered, ${timings.socialCards.cached} from cache)` : '';
  const images = timings.images ? `, ${timings.images.written} images (${timings.images.cached} from cache)` : '';
  process.stdout.write(`${(measured.wallMs / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s CPU, ${html.pages} pages${cards}${images}\n`);
  return {
    side,
    scenario,
    run,
    ...measured,
    cpuMs,
    htmlPages: html.pages,
    msPerPage: measured.wallMs / html.pages,
    distBytes: dist.bytes,
    distFiles: dist.files,
    largestHtml: html.largest,
    feeds,
    searchIndexBytes: side === 'site' ? folderStats(join(paths.out, 'pagefind')).bytes : null,
    cacheBytes,
    timings,
    logFile,
  };
}

// ---------------------------------------------------------------------------------------------
// Reporting

type Metric = { label: string; value: (build: BuildResult) => number | null; format: (value: number) => string };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const count = (value: number) => String(Math.round(value));

const METRICS: Metric[] = [
  { label: 'wall time', value: (b) => b.wallMs, format: seconds },
  { label: 'CPU user+sys (tree)', value: (b) => b.cpuMs, format: seconds },
  { label: 'peak RSS (tree)', value: (b) => b.peakRssBytes, format: mib },
  { label: 'HTML pages', value: (b) => b.htmlPages, format: count },
  { label: 'ms per page (wall)', value: (b) => b.msPerPage, format: (v) => `${v.toFixed(1)} ms` },
  { label: 'dist/ size', value: (b) => b.distBytes, format: mib },
  { label: 'dist/ files', value: (b) => b.distFiles, format: count },
  { label: 'largest HTML page', value: (b) => b.largestHtml.bytes, format: kib },
  { label: 'images written by Astro', value: (b) => b.timings.images?.written ?? null, format: count },
  { label: '… of them from its cache', value: (b) => b.timings.images?.cached ?? null, format: count },
  { label: 'social cards rendered', value: (b) => b.timings.socialCards?.rendered ?? null, format: count },
  { label: 'social cards from cache', value: (b) => b.timings.socialCards?.cached ?? null, format: count },
  { label: 'feed: feed.xml | rss.xml', value: (b) => b.feeds['feed.xml'] ?? b.feeds['rss.xml'] ?? null, format: kib },
  { label: 'feed: feed.json', value: (b) => b.feeds['feed.json'] ?? null, format: kib },
  { label: 'search index (pagefind/)', value: (b) => b.searchIndexBytes, format: kib },
  { label: 'cache after build', value: (b) => b.cacheBytes, format: mib },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

type Summary = Record<Scenario, Partial<Record<Side, Record<string, number | null>>>>;

function summarize(builds: BuildResult[]): Summary {
  const summary: Summary = { clean: {}, word: {}, correction: {}, live: {} };
  for (const scenario of SCENARIOS) {
    for (const side of SIDES) {
      const matching = builds.filter((b) => b.scenario === scenario && b.side === side);
      if (matching.length === 0) continue;
      const row: Record<string, number | null> = {};
      for (const metric of METRICS) {
        const values = matching.map(metric.value).filter((v): v is number => v !== null && Number.isFinite(v));
        row[metric.label] = values.length > 0 ? median(values) : null;
      }
      summary[scenario][side] = row;
    }
  }
  return summary;
}

/** Load average (1, 5 and 15 minutes) before and after one side's builds of one run. */
interface LoadRecord {
  run: number;
  side: Side;
  before: number[];
  after: number[];
}

const loadText = (load: readonly number[]) => load.map((value) => value.toFixed(2)).join(' ');

function printTables(summary: Summary, builds: BuildResult[], runs: number, load: readonly LoadRecord[]): void {
  const present = SIDES.filter((side) => builds.some((b) => b.side === side));
  const baselines = BASELINES.filter((baseline) => present.includes(baseline));
  console.log('\nLoad average (1, 5, 15 min) before → after each side\'s builds:');
  for (const record of load) console.log(`  run ${record.run}  ${SIDE_NAMES[record.side].padEnd(17)}  ${loadText(record.before)} → ${loadText(record.after)}`);
  for (const scenario of SCENARIOS) {
    // The baselines have no live scenario: its row holds their clean builds.
    const compared = runsOn('mdx', scenario) ? scenario : 'clean';
    const rows = METRICS.map((metric) => {
      const value = (side: Side) => summary[side === 'site' ? scenario : compared][side]?.[metric.label] ?? null;
      const s = value('site');
      const cells = present.map((side) => {
        const v = value(side);
        return v === null ? '–' : metric.format(v);
      });
      const ratios = present.includes('site')
        ? baselines.map((baseline) => {
            const b = value(baseline);
            return s !== null && b !== null && b !== 0 ? `${(s / b).toFixed(2)}×` : '–';
          })
        : [];
      return [metric.label, ...cells, ...ratios];
    });
    const suffix = compared === scenario ? '' : ` ${compared}`;
    const header = ['', ...present.map((side) => (side === 'site' ? 'site' : `${SIDE_NAMES[side]}${suffix}`)), ...(present.includes('site') ? baselines.map((baseline) => `site/${baseline}`) : [])];
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
    console.log(`\n${TITLES[scenario]}${compared === scenario ? '' : ` (against the baselines' ${compared} builds)`}${runs > 1 ? ` (median of ${runs} runs)` : ''}`);
    console.log(line(header));
    console.log(line(widths.map((width) => '-'.repeat(width))));
    for (const row of rows) console.log(line(row));
    for (const side of present) {
      const last = builds.filter((b) => b.scenario === scenario && b.side === side).at(-1);
      if (last) console.log(`  largest page (${SIDE_NAMES[side]}): ${last.largestHtml.path}`);
    }
  }
  const againstClean = rebuildsAgainstClean(summary);
  if (againstClean.length > 0) console.log('\nSite rebuilds against the baselines\' clean builds, wall:');
  for (const { scenario, baseline, ratio } of againstClean) console.log(`  ${TITLES[scenario]} / ${SIDE_NAMES[baseline]} clean: ${ratio.toFixed(2)}×`);
  const targets = targetsMet(summary);
  if (targets.length > 0) console.log('\nIssue 22\'s targets at N=5,000, against the Markdown baseline of this run:');
  for (const { what, ratio, target } of targets) console.log(`  ${what}: ${ratio.toFixed(2)}× (target ≤ ${target.toFixed(2)}×: ${ratio <= target ? 'met' : 'missed'})`);
}

/** Site rebuilds' wall time over each baseline's clean build's (medians), where both ran. */
function rebuildsAgainstClean(summary: Summary): { scenario: Scenario; baseline: Baseline; ratio: number }[] {
  return BASELINES.flatMap((baseline) => {
    const clean = summary.clean[baseline]?.['wall time'];
    return AGAINST_CLEAN.flatMap((scenario) => {
      const site = summary[scenario].site?.['wall time'];
      if (clean === undefined || clean === null || clean === 0 || site === undefined || site === null) return [];
      return [{ scenario, baseline, ratio: site / clean }];
    });
  });
}

/** Issue 22's targets against the Markdown baseline (medians), where both sides ran. */
function targetsMet(summary: Summary): { what: string; ratio: number; target: number }[] {
  return TARGETS.flatMap(({ what, scenario, metric, against, target }) => {
    const site = summary[scenario].site?.[metric];
    const baseline = summary[against === 'same' ? scenario : 'clean'].md?.[metric];
    if (site === undefined || site === null || baseline === undefined || baseline === null || baseline === 0) return [];
    return [{ what, ratio: site / baseline, target }];
  });
}

function resultsFile(dir: string, n: number): string {
  mkdirSync(dir, { recursive: true });
  const day = new Date().toISOString().slice(0, 10);
  let file = join(dir, `${day}-N${n}.json`);
  for (let k = 2; existsSync(file); k += 1) file = join(dir, `${day}-N${n}-${k}.json`);
  return file;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

function packageVersion(name: string): string | null {
  try {
    const json: unknown = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
    return typeof json === 'object' && json !== null && 'version' in json && typeof json.version === 'string' ? json.version : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------

async function main(config: Config): Promise<void> {
  const started = new Date();
  console.log(`Benchmark: N=${config.n}, runs=${config.runs}, sides=${config.sides.join('+')}, seed=${config.seed}, lead images on ${Math.round(config.pictureShare * 100)} % of pieces`);
  console.log(`Scratch folder: ${config.benchDir}${config.keep ? ' (kept)' : ''}`);
  const loadBefore = loadavg();
  const builds: BuildResult[] = [];
  const load: LoadRecord[] = [];
  const phases: { name: string; seconds: number }[] = [];
  let manifest: Manifest | undefined;
  for (let run = 1; run <= config.runs; run += 1) {
    const generatedAt = performance.now();
    // Fresh content every run: the edits of the previous run must not carry over. The photos are
    // drawn once into the scratch folder's photos/ and linked from there in later runs.
    manifest = await generate({ n: config.n, seed: config.seed, pictureShare: config.pictureShare, outDir: join(config.benchDir, 'content'), photoCache: join(config.benchDir, PHOTO_CACHE) });
    phases.push({ name: `run ${run}: generate`, seconds: (performance.now() - generatedAt) / 1000 });
    if (run === 1) {
      const { pictures } = manifest;
      console.log(
        `Generated ${manifest.articles} articles, ${manifest.explainers} explainers, ${manifest.sources} sources, ` +
          `${manifest.timelines} timelines, ${manifest.correctedPieces} corrected pieces, ~${Math.round(manifest.words / manifest.n)} words per piece, ` +
          `${manifest.tickers} live tickers with ${manifest.liveEntries} entries, ${pictures.lead} lead images and ${pictures.inline} pictures in bodies ` +
          `(${(pictures.bytes / 1024 / 1024).toFixed(1)} MiB; ${pictures.drawn} photos drawn, ${pictures.reused} from the photo cache) in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s`,
      );
    }
    for (const side of config.sides) {
      const paths: SidePaths = {
        content: manifest.contentDirs[side],
        out: join(config.benchDir, side, 'dist'),
        cache: join(config.benchDir, side, 'cache'),
        logs: join(config.benchDir, side, 'logs'),
      };
      for (const path of Object.values(paths)) assertScratch(path, `${side} folder`);
      rmSync(paths.cache, { recursive: true, force: true });
      const before = loadavg();
      console.log(`  ${SIDE_NAMES[side]}, run ${run}: load average ${loadText(before)}`);
      for (const scenario of config.scenarios.filter((name) => runsOn(side, name))) {
        if (scenario === 'word') applyWordEdit(manifest, side);
        if (scenario === 'correction') applyCorrectionEdit(manifest, side);
        if (scenario === 'live') applyLiveEntry(manifest);
        const at = performance.now();
        builds.push(await build(side, scenario, run, paths));
        phases.push({ name: `run ${run}: ${side} ${scenario}`, seconds: (performance.now() - at) / 1000 });
      }
      const after = loadavg();
      load.push({ run, side, before, after });
      console.log(`  ${SIDE_NAMES[side]}, run ${run} done: load average ${loadText(after)}`);
    }
  }

  const summary = summarize(builds);
  printTables(summary, builds, config.runs, load);

  const file = resultsFile(config.resultsDir, config.n);
  const result = {
    date: started.toISOString(),
    finished: new Date().toISOString(),
    n: config.n,
    runs: config.runs,
    seed: config.seed,
    pictureShare: config.pictureShare,
    sides: config.sides,
    commit: gitCommit(),
    versions: { node: process.version, astro: packageVersion('astro'), mdx: packageVersion('@astrojs/mdx'), pagefind: packageVersion('pagefind') },
    machine: { cpus: cpus().length, totalMemBytes: totalmem(), freeMemBytesAtEnd: freemem(), loadAvgBefore: loadBefore, loadAvgAfter: loadavg() },
    load,
    content: manifest
      ? { articles: manifest.articles, explainers: manifest.explainers, sources: manifest.sources, timelines: manifest.timelines, correctedPieces: manifest.correctedPieces, words: manifest.words, tickers: manifest.tickers, liveEntries: manifest.liveEntries, pictures: manifest.pictures, edits: manifest.edits }
      : null,
    method: {
      cpu: 'bash `times` after the build: user+sys of the shell and all waited-for descendants',
      peakRss: 'sum of RSS over the build process tree, sampled from /proc every 100 ms',
      builds: 'every build starts with an empty output folder; clean also empties the cache folder (which holds all of a rebuild\'s caches, the site\'s social cards included)',
    },
    summary,
    againstBaselineClean: rebuildsAgainstClean(summary),
    targets: targetsMet(summary),
    phases,
    builds: builds.map(({ logFile, ...rest }) => ({ ...rest, logFile: config.keep ? logFile : null })),
  };
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nResults: ${relative(process.cwd(), file) || file}`);
}

let config: Config | undefined;
const cleanUp = () => {
  if (!config || config.keep) return;
  if (config.ownsBenchDir) rmSync(config.benchDir, { recursive: true, force: true });
  // A given BENCH_DIR keeps its photos/ for the next run.
  else for (const folder of ['content', ...SIDES]) rmSync(join(config.benchDir, folder), { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUp();
    console.error(`\nBenchmark interrupted (${signal}).`);
    process.exit(130);
  });
}

try {
  config = readConfig();
  await main(config);
  cleanUp();
} catch (error) {
  cleanUp();
  const message = error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`\nBenchmark FAILED: ${message}`);
  if (config && !config.keep) console.error('(Scratch folders removed; run with BENCH_KEEP=1 to keep the logs.)');
  process.exitCode = 1;
}
