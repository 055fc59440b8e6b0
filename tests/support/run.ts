/**
 * Children that tests start: asynchronous, so the test runner's own timeouts still fire, each
 * with a time limit of its own that ends its whole process group; and the one way tests build a
 * site: `npm run build` in a copy of the project beside the test's content, so that builds of
 * several tests can run at once (see `projectCopy`).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const PROJECT = resolve(import.meta.dirname, '..', '..');

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
  return new Promise((done, reject) => {
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
      done({ status, signal, stdout, stderr, output: stripVTControlCharacters(`${stdout}\n${stderr}`) });
    });
  });
}

/** Where a test's build reads from and writes to (its project copy is made in the output's folder). */
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

/** What a build reads of the project besides node_modules (a copy builds the same bytes as the project). */
export const BUILD_INPUTS = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * The project's `inputs` copied into `dir` (installed packages and results left out), its
 * node_modules linked, once per folder. Astro writes `.astro/` in the root it builds (the content
 * assets' imports, which differ by content, and the prerendered chunks when the output lies outside
 * the working folder): two builds in the project at once could read each other's files. A build
 * in a copy of its own has its own `.astro/`, and the output beside it lies inside its working
 * folder, as a production build's does. All builds of one test share its copy, so an incremental
 * build finds what the last one cached.
 */
export function projectCopy(dir: string, inputs: readonly string[] = BUILD_INPUTS): void {
  if (existsSync(join(dir, 'astro.config.mjs'))) return;
  const skipped = (path: string) => path.split(sep).includes('node_modules') || path.startsWith(join(PROJECT, 'bench', 'results'));
  for (const input of inputs) cpSync(join(PROJECT, input), join(dir, input), { recursive: true, filter: (path) => !skipped(path) });
  symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'));
}

/**
 * `npm run <script>` (build or urls:record) of `paths`, in a copy of the project in the folder that
 * holds the output (`projectCopy`), which is its working folder: files are named from there, as
 * an editor sees them (`content/…`) when the content lies beside the copy.
 */
export function build(paths: BuildPaths, { script = 'build', timeout = BUILD_TIMEOUT, env = {} }: { script?: 'build' | 'urls:record'; timeout?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const dir = dirname(paths.outDir);
  projectCopy(dir);
  return run('npm', ['run', script], { env: buildEnv(paths, env), cwd: dir, timeout });
}
