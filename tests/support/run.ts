/**
 * Children that tests start: asynchronous, so the test runner's own timeouts still fire, each
 * with a time limit of its own that ends its whole process group; and the one way tests build a
 * site, which waits for the build lock (tests/support/build-lock.ts).
 */
import { spawn } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { withBuildLock } from './build-lock.ts';

export interface RunResult {
  /** The exit code, or null when the child was ended by a signal. */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr, in that order, without colour codes. */
  output: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Milliseconds until the child's process group is killed; the result then has signal SIGKILL. */
  timeout: number;
}

/** Runs `command` in a process group of its own and resolves when it exits or its time is up. */
export function run(command: string, args: readonly string[], { env = process.env, cwd, timeout }: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      stderr += `\n[${command} ${args.join(' ')}: killed after ${String(timeout / 1000)} s]\n`;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, output: stripVTControlCharacters(`${stdout}\n${stderr}`) });
    });
  });
}

/** Where a test's build reads from and writes to; the cache folder defaults to `<root>/cache`. */
export interface BuildPaths {
  content: string;
  outDir: string;
  cacheDir: string;
}

/** The environment of a build of `paths`, as the tests and the benchmark point the build elsewhere. */
export function buildEnv({ content, outDir, cacheDir }: BuildPaths, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEWS_CONTENT_DIR: content, NEWS_OUT_DIR: outDir, NEWS_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...extra };
}

/** The paths of a build in the scratch folder `root`: root/content, root/dist, root/cache. */
export function scratchBuild(root: string): BuildPaths {
  return { content: join(root, 'content'), outDir: join(root, 'dist'), cacheDir: join(root, 'cache') };
}

/** A limit for one build of a small site on a busy 2-core machine; a hung build fails instead of hanging the suite. */
export const BUILD_TIMEOUT = 240_000;

/** `npm run <script>` (build or urls:record) of `paths`, one build at a time in this project. */
export function build(paths: BuildPaths, { script = 'build', timeout = BUILD_TIMEOUT, env = {} }: { script?: 'build' | 'urls:record'; timeout?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return withBuildLock(`npm run ${script} of ${basename(dirname(paths.content))}`, () => run('npm', ['run', script], { env: buildEnv(paths, env), timeout }));
}
