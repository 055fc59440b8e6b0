// `npm test`: type/template check, unit + content tests, build, browser tests, and a production
// install (`npm ci --omit=dev`) that must build on its own (scripts/check-production-install.ts).
// Every step runs even after a failure (except browser tests without a build), so one
// run reports everything that is broken. The last line is always `N passed, N failed[, N skipped]`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const VITEST_REPORT = path.join(ROOT, 'test-results', 'vitest.json');
const PLAYWRIGHT_REPORT = path.join(ROOT, 'test-results', 'playwright.json');

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

function run(command: string, args: readonly string[]): RunOutcome {
  console.log(`\n▶ ${[command, ...args].join(' ')}\n`);
  const started = performance.now();
  // stdio inherit streams output live and keeps colours/TTY detection in the children.
  const child = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  if (child.error !== undefined) return { ok: false, seconds, detail: `could not start: ${child.error.message}` };
  if (child.signal !== null) return { ok: false, seconds, detail: `killed by ${child.signal}` };
  return { ok: child.status === 0, seconds, detail: child.status === 0 ? '' : `exit code ${String(child.status)}` };
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

function commandStep(name: string, command: string, args: readonly string[]): StepResult {
  const outcome = run(command, args);
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

function runnerStep(
  name: string,
  command: string,
  args: readonly string[],
  reportFile: string,
  count: (report: unknown) => Counts | undefined,
): StepResult {
  const outcome = run(command, args);
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
  console.log('');
}

function main(): number {
  // Stale reports from an earlier run must never be mistaken for this run's results.
  rmSync(VITEST_REPORT, { force: true });
  rmSync(PLAYWRIGHT_REPORT, { force: true });

  const steps: StepResult[] = [];
  steps.push(commandStep('astro check', 'npx', ['astro', 'check']));
  steps.push(runnerStep('vitest', 'npx', ['vitest', 'run'], VITEST_REPORT, vitestCounts));
  const build = commandStep('build', 'npm', ['run', 'build']);
  steps.push(build);
  if (build.failed === 0) {
    steps.push(runnerStep('playwright', 'npx', ['playwright', 'test'], PLAYWRIGHT_REPORT, playwrightCounts));
  } else {
    steps.push({
      name: 'playwright',
      result: 'skipped',
      seconds: undefined,
      runner: true,
      passed: 0,
      failed: 1,
      skipped: 0,
      note: 'not run because the build failed (counted as 1 failed)',
    });
  }

  // Independent of dist/: a fresh copy of the project, installed without devDependencies, built.
  steps.push(commandStep('production install', 'node', ['scripts/check-production-install.ts']));

  printTable(steps);
  const passed = steps.reduce((sum, step) => sum + step.passed, 0);
  const failed = steps.reduce((sum, step) => sum + step.failed, 0);
  const skipped = steps.reduce((sum, step) => sum + step.skipped, 0);
  console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
