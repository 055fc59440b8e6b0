// `npm test`: type/template check, unit + content tests, build, browser tests, and a production
// install (`npm ci --omit=dev`) that must build on its own (scripts/check-production-install.ts).
// Every step runs even after a failure (except browser tests without a build), so one
// run reports everything that is broken. The last line is always `N passed, N failed[, N skipped]`.
//
// The steps run side by side where nothing orders them, to keep both cores busy: Vitest and the
// production install from the start; the build, then Playwright and `astro check`. Astro
// processes in the project's folder write its `.astro/`, so the build, `astro check` and the dev
// servers that tests start there take turns through the build lock (tests/support/build-lock.ts);
// the tests' builds, the benchmark's and the production install's build in copies.
// Each step's lines are prefixed with its name, and each step has a time limit that ends its
// whole process group. A runner that reports fewer tests than tests/test-counts.json records
// fails, so a test file that stops being run cannot go unnoticed (see `checkCount`).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { acquireBuildLock, LOCK_LOG } from '../tests/support/build-lock.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const VITEST_REPORT = path.join(ROOT, 'test-results', 'vitest.json');
const PLAYWRIGHT_REPORT = path.join(ROOT, 'test-results', 'playwright.json');
const RECORDED_COUNTS = path.join(ROOT, 'tests', 'test-counts.json');
const MINUTE = 60_000;

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface StepResult extends Counts {
  name: string;
  /** 'ok', 'FAILED' or 'skipped'. */
  result: string;
  seconds: number | undefined;
  /** Whether this step runs tests (its counts are test counts, not step outcomes). */
  runner: boolean;
  note: string;
}

interface RunOutcome {
  ok: boolean;
  seconds: number;
  detail: string;
}

/**
 * Node's compile cache for every process of this run: the suite starts Node some hundreds of
 * times (builds and their worker threads, test workers, dev servers, npm) over the same modules,
 * and each compiled them anew. Astro's own command keeps such a cache only outside CI, in a folder
 * that grows with every build; this one is the run's, removed at its end.
 */
const COMPILE_CACHE = mkdtempSync(path.join(tmpdir(), 'netzchronik-compile-cache-'));

const started = performance.now();
const clock = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s`;

/** Prints a child's lines as they come, each prefixed with the step's name and the time since `npm test` started. */
function prefixed(name: string, stream: NodeJS.ReadableStream): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) console.log(`${clock()} ${name} │ ${line}`);
  });
  stream.on('end', () => {
    if (rest !== '') console.log(`${clock()} ${name} │ ${rest}`);
  });
}

/** Runs a step's command in a process group of its own, killed whole after `limit` ms. */
function run(name: string, command: string, args: readonly string[], limit: number): Promise<RunOutcome> {
  console.log(`${clock()} ▶ ${name}: ${[command, ...args].join(' ')}`);
  const begun = performance.now();
  return new Promise((resolve) => {
    // FORCE_COLOR=0: the lines of several steps interleave, and colour codes would clutter the log.
    const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', NODE_COMPILE_CACHE: COMPILE_CACHE };
    const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
    prefixed(name, child.stdout);
    prefixed(name, child.stderr);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, limit);
    const finish = (outcome: Omit<RunOutcome, 'seconds'>) => {
      clearTimeout(timer);
      const seconds = (performance.now() - begun) / 1000;
      console.log(`${clock()} ■ ${name}: ${outcome.ok ? 'ok' : outcome.detail} after ${seconds.toFixed(1)} s`);
      resolve({ ...outcome, seconds });
    };
    child.on('error', (error) => finish({ ok: false, detail: `could not start: ${error.message}` }));
    child.on('close', (status, signal) => {
      if (timedOut) finish({ ok: false, detail: `killed after its limit of ${String(limit / MINUTE)} min` });
      else if (signal !== null) finish({ ok: false, detail: `killed by ${signal}` });
      else finish({ ok: status === 0, detail: status === 0 ? '' : `exit code ${String(status)}` });
    });
  });
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function numberField(value: unknown, key: string): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === 'number' && Number.isFinite(field) ? field : undefined;
}

function vitestCounts(report: unknown): Counts | undefined {
  const passed = numberField(report, 'numPassedTests');
  const failed = numberField(report, 'numFailedTests');
  const pending = numberField(report, 'numPendingTests');
  const todo = numberField(report, 'numTodoTests');
  if (passed === undefined || failed === undefined || pending === undefined || todo === undefined) return undefined;
  return { passed, failed, skipped: pending + todo };
}

function playwrightCounts(report: unknown): Counts | undefined {
  const stats: unknown =
    typeof report === 'object' && report !== null ? (report as Record<string, unknown>)['stats'] : undefined;
  const expected = numberField(stats, 'expected');
  const unexpected = numberField(stats, 'unexpected');
  const flaky = numberField(stats, 'flaky');
  const skipped = numberField(stats, 'skipped');
  if (expected === undefined || unexpected === undefined || flaky === undefined || skipped === undefined) return undefined;
  // Flaky tests passed on a retry; the runner itself treats them as passing.
  return { passed: expected + flaky, failed: unexpected, skipped };
}

function commandStep(name: string, outcome: RunOutcome): StepResult {
  return {
    name,
    result: outcome.ok ? 'ok' : 'FAILED',
    seconds: outcome.seconds,
    runner: false,
    passed: 0,
    failed: outcome.ok ? 0 : 1,
    skipped: 0,
    note: outcome.detail,
  };
}

/**
 * The floor on a runner's total (passed, failed and skipped): the count tests/test-counts.json
 * records for it, minus the file's margin. A commit runs the same tests every time (the browser
 * tests' pages are its build's; time passing only adds the pages of scheduled pieces), and the
 * smallest test files hold one test each, so the margin is 0: one test fewer fails, until the
 * commit that removes tests on purpose lowers the record. A count above the record gets a line
 * after the table that says how to raise it (`grownCounts`).
 */
const grownCounts: string[] = [];

function checkCount(step: StepResult, counts: Counts, recorded: unknown): void {
  const file = path.relative(ROOT, RECORDED_COUNTS);
  const expected = numberField(recorded, step.name);
  const margin = numberField(recorded, 'margin');
  const total = counts.passed + counts.failed + counts.skipped;
  let problem = '';
  if (expected === undefined || margin === undefined) problem = `${file} records no count for ${step.name} or no margin`;
  else if (total < expected - margin) {
    problem = `${String(total)} tests, fewer than the ${String(expected)} that ${file} records (margin ${String(margin)}): a test file no longer runs, or tests were removed on purpose and the record must be lowered`;
  } else if (total > expected) {
    grownCounts.push(`${step.name}: ${String(total)} tests, ${String(total - expected)} more than ${file} records; raise the record: "${step.name}": ${String(total)}`);
  }
  if (problem === '') return;
  step.result = 'FAILED';
  step.failed += 1;
  step.note = [step.note, problem].filter(Boolean).join('; ');
}

function runnerStep(name: string, outcome: RunOutcome, reportFile: string, count: (report: unknown) => Counts | undefined): StepResult {
  const counts = count(readJson(reportFile));
  const step: StepResult = {
    name,
    result: outcome.ok ? 'ok' : 'FAILED',
    seconds: outcome.seconds,
    runner: true,
    passed: counts?.passed ?? 0,
    failed: counts?.failed ?? 0,
    skipped: counts?.skipped ?? 0,
    note: outcome.detail,
  };
  if (counts === undefined) {
    // Crashed before reporting (config error, browser missing, ...): one failure for the step.
    step.result = 'FAILED';
    step.failed += 1;
    step.note = [outcome.detail, `no report at ${path.relative(ROOT, reportFile)}`].filter(Boolean).join('; ');
  } else if (!outcome.ok && counts.failed === 0) {
    // Failed without a failing test (unloadable test file, unhandled error, web server, no tests found).
    step.failed += 1;
    step.note = `${outcome.detail}; failed outside of tests`;
  } else if (outcome.ok && counts.failed > 0) {
    step.result = 'FAILED';
  }
  // A runner without a report has failed already; its count says nothing.
  if (counts !== undefined) checkCount(step, counts, readJson(RECORDED_COUNTS));
  return step;
}

function printTable(steps: readonly StepResult[]): void {
  const rows = steps.map((step) => [
    step.name,
    step.result,
    step.runner ? String(step.passed) : '-',
    // A failed non-test step shows the 1 it adds, so the columns add up to the summary line.
    step.runner || step.failed > 0 ? String(step.failed) : '-',
    step.runner ? String(step.skipped) : '-',
    step.seconds === undefined ? '-' : `${step.seconds.toFixed(1)}s`,
    step.note,
  ]);
  const header = ['step', 'result', 'passed', 'failed', 'skipped', 'time', 'note'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i >= 2 && i <= 5 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(`\n${format(header)}`);
  console.log(format(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(format(row));
  console.log(`(steps overlap; ${((performance.now() - started) / 1000).toFixed(1)} s in all)\n`);
}

/**
 * How long Astro processes held the build lock, one after another: the part of the run that
 * cannot overlap, and where to look first when the suite grows slower.
 */
function printLockTurns(): void {
  const turns = existsSync(LOCK_LOG)
    ? readFileSync(LOCK_LOG, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [label = '', waited = '0', held = '0'] = line.split('\t');
          return { label, waited: Number(waited), held: Number(held) };
        })
    : [];
  const total = turns.reduce((sum, turn) => sum + turn.held, 0);
  console.log(`Build lock: ${String(turns.length)} turns, held ${total.toFixed(1)} s in all; the longest:`);
  for (const turn of [...turns].sort((a, b) => b.held - a.held).slice(0, 8)) {
    console.log(`  ${turn.held.toFixed(1).padStart(6)} s held, ${turn.waited.toFixed(1).padStart(6)} s waited  ${turn.label}`);
  }
  console.log('');
}

/** How much the run's compile cache holds, so the log shows that the processes used it. */
function printCompileCache(): void {
  const files = readdirSync(COMPILE_CACHE, { recursive: true, encoding: 'utf8' }).map((name) => statSync(path.join(COMPILE_CACHE, name))).filter((stats) => stats.isFile());
  const megabytes = files.reduce((sum, stats) => sum + stats.size, 0) / 1e6;
  console.log(`Node's compile cache: ${String(files.length)} modules kept, ${megabytes.toFixed(0)} MB\n`);
}

async function main(): Promise<number> {
  // Stale reports from an earlier run must never be mistaken for this run's results.
  rmSync(VITEST_REPORT, { force: true });
  rmSync(PLAYWRIGHT_REPORT, { force: true });
  rmSync(LOCK_LOG, { force: true });

  const vitest = run('vitest', 'npx', ['vitest', 'run'], 30 * MINUTE).then((outcome) => runnerStep('vitest', outcome, VITEST_REPORT, vitestCounts));
  // Independent of dist/: a fresh copy of the project, installed without devDependencies, built.
  // It has time to spare, so it yields the cores to the Astro processes that the others wait for.
  const production = run('production install', 'nice', ['-n', '10', process.execPath, 'scripts/check-production-install.ts'], 15 * MINUTE).then((outcome) =>
    commandStep('production install', outcome),
  );
  // The build first, so that the browser tests start as early as possible; `astro check` after
  // it, in the same turn of the lock, beside the browser tests.
  const release = await acquireBuildLock('build and astro check (npm test)');
  const built = commandStep('build', await run('build', 'npm', ['run', 'build'], 10 * MINUTE));
  // A good build has just written .astro/ as `astro sync` would (content types, the env types):
  // `astro check` checks against them instead of syncing the content all over again.
  const checked = run('astro check', 'npx', ['astro', 'check', ...(built.failed === 0 ? ['--noSync'] : [])], 10 * MINUTE)
    .then((outcome) => commandStep('astro check', outcome))
    .finally(release);
  const browsers: Promise<StepResult> =
    built.failed === 0
      ? run('playwright', 'npx', ['playwright', 'test'], 30 * MINUTE).then((outcome) => runnerStep('playwright', outcome, PLAYWRIGHT_REPORT, playwrightCounts))
      : Promise.resolve({
          name: 'playwright',
          result: 'skipped',
          seconds: undefined,
          runner: true,
          passed: 0,
          failed: 1,
          skipped: 0,
          note: 'not run because the build failed (counted as 1 failed)',
        });

  const steps = [await checked, await vitest, built, await browsers, await production];
  printTable(steps);
  printLockTurns();
  printCompileCache();
  for (const line of grownCounts) console.log(line);
  const passed = steps.reduce((sum, step) => sum + step.passed, 0);
  const failed = steps.reduce((sum, step) => sum + step.failed, 0);
  const skipped = steps.reduce((sum, step) => sum + step.skipped, 0);
  console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  return failed === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} finally {
  rmSync(COMPILE_CACHE, { recursive: true, force: true });
}
