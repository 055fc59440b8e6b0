/**
 * Proof that a production install builds the site: copies the tracked files of the working tree
 * (so uncommitted edits count) into a fresh temp folder, runs `npm ci --omit=dev` there with the
 * system's npm and Node (as a deployer would, not the project's Node 24), then `npm run build`.
 * Fails unless dist/index.html exists and no package that only devDependencies need got installed.
 * Part of `npm test` (scripts/test-all.ts); alone: `node scripts/check-production-install.ts`.
 *
 * npm runs with --prefer-offline: packages in npm's cache are not fetched again, anything
 * missing comes from the registry.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The environment of a deployer's shell: no project Node on PATH, nothing the outer npm exported, none of npm test's own settings (its compile cache). */
function deployerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // Set by npm for where it runs and for the running script; settings from the user's npmrc
  // or environment (cache, registry, proxy, ...) are kept.
  const derived = /^npm_(?!config_)|^npm_config_(prefix|global_prefix|globalconfig|local_prefix|user_agent|npm_version|node_gyp|call)$/i;
  for (const [key, value] of Object.entries(process.env)) {
    if (derived.test(key) || key === 'INIT_CWD' || key === 'NODE_COMPILE_CACHE' || key.startsWith('NEWS_')) continue;
    env[key] = value;
  }
  // `npm test` puts node_modules/.bin (with the project's Node) and npm's node-gyp-bin first.
  env['PATH'] = (process.env['PATH'] ?? '')
    .split(path.delimiter)
    .filter((dir) => dir !== '' && !dir.endsWith(`${path.sep}node_modules${path.sep}.bin`) && !dir.endsWith('node-gyp-bin'))
    .join(path.delimiter);
  env['ASTRO_TELEMETRY_DISABLED'] = '1';
  env['FORCE_COLOR'] = '0';
  return env;
}

interface Outcome {
  ok: boolean;
  seconds: number;
  output: string;
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Outcome {
  const started = performance.now();
  // A limit of its own for each command: a hung install or build fails this check instead of hanging it.
  const child = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 10 * 60_000, killSignal: 'SIGKILL' });
  const seconds = (performance.now() - started) / 1000;
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}${child.error ? `\n${child.error.message}` : ''}`;
  return { ok: child.status === 0, seconds, output };
}

/** Tracked files as they are in the working tree (deleted ones are left out). */
function trackedFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr || listed.error?.message || ''}`.trim());
  return listed.stdout.split('\0').filter((file) => file !== '' && existsSync(path.join(ROOT, file)));
}

function tail(output: string, lines = 40): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}

function main(): number {
  const env = deployerEnv();
  const versions = run('npm', ['--version'], ROOT, env);
  const node = run('node', ['--version'], ROOT, env);
  if (!versions.ok || !node.ok) {
    console.error(`No npm/node on PATH outside node_modules/.bin:\n${tail(versions.output + node.output)}`);
    return 1;
  }

  const work = mkdtempSync(path.join(tmpdir(), 'netzchronik-production-'));
  try {
    const files = trackedFiles();
    for (const file of files) {
      const target = path.join(work, file);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(ROOT, file), target);
    }
    console.log(`${String(files.length)} tracked files copied to ${work}`);

    const npmArgs = ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
    console.log(`npm ${npmArgs.join(' ')}  (npm ${versions.output.trim()} on Node ${node.output.trim()})`);
    const install = run('npm', npmArgs, work, env);
    if (!install.ok) {
      console.error(`${tail(install.output)}\n\nnpm ci --omit=dev failed after ${install.seconds.toFixed(1)} s`);
      return 1;
    }

    // Nothing that only devDependencies need may be installed: the build must not lean on it.
    const lock = JSON.parse(readFileSync(path.join(work, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const devOnly = Object.entries(lock.packages).filter(([key, entry]) => key !== '' && entry.dev === true);
    const present = devOnly.map(([key]) => key).filter((key) => existsSync(path.join(work, key)));
    if (devOnly.length === 0 || present.length > 0) {
      console.error(`dev-only packages installed by npm ci --omit=dev: ${present.slice(0, 10).join(', ') || '(lockfile marks none as dev)'}`);
      return 1;
    }
    // The project's own Node (npm package `node`, installed by its preinstall script) runs the build.
    if (!existsSync(path.join(work, 'node_modules', '.bin', 'node'))) {
      console.error('npm ci --omit=dev did not install the project\'s Node (node_modules/.bin/node)');
      return 1;
    }
    console.log(`installed in ${install.seconds.toFixed(1)} s; none of the ${String(devOnly.length)} dev-only packages present`);

    const outDir = path.join(work, 'dist');
    const build = run('npm', ['run', 'build'], work, { ...env, NEWS_OUT_DIR: outDir });
    if (!build.ok || !existsSync(path.join(outDir, 'index.html'))) {
      const why = build.ok ? `no ${path.join(outDir, 'index.html')}` : 'npm run build failed';
      console.error(`${tail(build.output)}\n\n${why} after ${build.seconds.toFixed(1)} s`);
      return 1;
    }
    console.log(`npm run build: ok in ${build.seconds.toFixed(1)} s, dist/index.html written`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
