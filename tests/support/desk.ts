/**
 * The browser desk as an editor starts it, for the desk's browser tests: `npm run cms` in a copy
 * of the project (tests/support/run.ts `projectCopy`) whose content/ is a copy of the fixture
 * content in a git repository of its own, so neither the real content/ nor the project's git is
 * ever touched. The desk runs in a process group of its own, ended after the tests or after its
 * time limit.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_INPUTS, projectCopy } from './run.ts';

/** The newsroom's identity in the test repository; the desk's commits carry it. */
export const GIT_IDENTITY = { GIT_AUTHOR_NAME: 'Redaktion', GIT_AUTHOR_EMAIL: 'redaktion@example.org', GIT_COMMITTER_NAME: 'Redaktion', GIT_COMMITTER_EMAIL: 'redaktion@example.org' };

export interface Desk {
  /** The project copy, the repository's root: content/ lies in it. */
  root: string;
  /** The desk's address, as `npm run cms` printed it. */
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** Starts the desk over a copy of content/ committed in a fresh repository. */
export async function startDesk(timeout: number): Promise<Desk> {
  const root = mkdtempSync(join(tmpdir(), 'netzchronik-desk-'));
  projectCopy(root, [...BUILD_INPUTS, 'desk']);
  cpSync('content', join(root, 'content'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: { ...process.env, ...GIT_IDENTITY }, timeout: 30_000 });
  git('init', '-q');
  git('add', 'content');
  git('commit', '-q', '-m', 'Inhalte übernommen');

  let output = '';
  const child: ChildProcess = spawn('npm', ['run', 'cms'], {
    cwd: root,
    env: { ...process.env, ...GIT_IDENTITY, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const kill = () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  const limit = setTimeout(kill, timeout);
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const printed = /Die Redaktion im Browser: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (printed) resolve(printed);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`npm run cms ended (${String(code)}) before it printed its address:\n${output}`)));
  });
  return {
    root,
    url,
    output: () => output,
    stop: async () => {
      clearTimeout(limit);
      const exited = new Promise((resolve) => child.on('exit', resolve));
      kill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
