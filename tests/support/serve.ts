/**
 * A built folder served by a real host (scripts/host.ts: nginx or Cloudflare's runtime) on a free
 * port, for the browser tests of sites other than dist/ (which playwright.config.ts serves).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port.ts';

/** The host engines scripts/host.ts runs. */
export type Engine = 'nginx' | 'cloudflare';

/** A host serving a built folder: where, and how to stop it. */
export interface Host {
  url: string;
  /** Resolves when the host has ended and removed its own temporary files. */
  stop: () => Promise<void>;
}

/** Serves `dist` with scripts/host.ts on a free port; resolves once its front page answers. */
export async function startHost(engine: Engine, dist: string, env: NodeJS.ProcessEnv = process.env): Promise<Host> {
  const port = await freePort();
  // A process group of its own, so that nginx or wrangler behind scripts/host.ts ends with it.
  const server: ChildProcess = spawn(process.execPath, ['scripts/host.ts', engine, '--port', String(port), '--dir', dist], { stdio: 'ignore', detached: true, env });
  const ended = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = async () => {
    if (server.pid !== undefined && server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGTERM');
    await ended;
  };
  const url = `http://127.0.0.1:${port}`;
  // wrangler starts its runtime first: up to a minute, as in playwright.config.ts.
  const deadline = Date.now() + (engine === 'cloudflare' ? 60_000 : 10_000);
  let ready = false;
  while (!ready && Date.now() < deadline && server.exitCode === null) {
    ready = await fetch(`${url}/`).then((response) => response.ok, () => false);
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!ready) {
    await stop();
    throw new Error(`${engine} did not serve ${dist} at ${url}/`);
  }
  return { url, stop };
}

/** A built site served by nginx (scripts/host.ts) on a free port, until `stop`. */
export async function serveWithNginx(dist: string): Promise<{ baseURL: string; stop(): Promise<void> }> {
  const { url, stop } = await startHost('nginx', dist);
  return { baseURL: url, stop };
}
