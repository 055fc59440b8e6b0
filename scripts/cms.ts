/**
 * `npm run cms`: the browser desk on this machine (docs/decisions/2026-12-06-browser-desk.md).
 *
 *   npm run cms                 desk on a free port, printed when ready
 *   npm run cms -- --port 4400  desk on port 4400
 *
 * Everything listens on 127.0.0.1 only: the site's dev server (astro dev: the content checks,
 * again after every save, and the preview), decap-server (MODE=fs: reads and writes the files of
 * this repository's content/, nothing else, and never commits), and the desk's own origin, which
 * serves dist-desk/ with the desk's policy, passes Decap's API calls on to decap-server, and has
 * two routes of its own: the check of one file (the dev server's result once it has seen the
 * save) and the commit of a saved file with the `Versionen:` line from the form. decap-server's
 * MODE=git is not used: it commits with `git add .` and `--no-verify`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { basename, dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { deskMessages } from '../src/checks/messages.ts';
import { contentRoot } from '../src/content-root.ts';
import { buildDesk, DESK_HEADERS, DESK_OUT_DIR, deskPolicy } from '../src/editor/desk-files.ts';
import { FILE_CHECK_PATH } from '../src/routing/routes.ts';

const HOST = '127.0.0.1';
const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });

// Decap's configuration names the folders as content/<collection>, from the repository's root.
const repository = dirname(contentRoot);
if (basename(contentRoot) !== 'content') {
  console.error(`npm run cms: the desk edits a folder named content/ in a repository; ${contentRoot} is not one.`);
  process.exit(1);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.on('error', fail);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no free port'))));
    });
  });
}

const children: ChildProcess[] = [];
function start(label: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => process.stdout.write(`[${label}] ${chunk.toString()}`));
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[${label}] ${chunk.toString()}`));
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(`npm run cms: ${label} ended (${String(code)}); the desk stops.`);
    stop(1);
  });
  children.push(child);
  return child;
}
let stopping = false;
function stop(code = 0): void {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

const require = createRequire(import.meta.url);
const [astroPort, decapPort] = [await freePort(), await freePort()];
start('astro dev', [join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs'), 'dev', '--host', HOST, '--port', String(astroPort)], { ASTRO_TELEMETRY_DISABLED: '1' });
start('decap-server', [require.resolve('decap-server')], { PORT: String(decapPort), BIND_HOST: HOST, GIT_REPO_DIRECTORY: repository, MODE: 'fs', LOG_LEVEL: 'warn' });
await buildDesk(DESK_OUT_DIR, { name: 'proxy', proxy_url: '/api/v1' });

/** Waits until `url` answers at all. */
async function reachable(url: string, what: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (await fetch(url).then(() => true, () => false)) return;
    await sleep(500);
  }
  console.error(`npm run cms: ${what} did not start.`);
  stop(1);
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };
const headers = { ...DESK_HEADERS, 'content-security-policy': deskPolicy(), 'cache-control': 'no-store' };
const desk = resolve(DESK_OUT_DIR);

function serveFile(path: string, response: ServerResponse): void {
  const file = normalize(join(desk, path === '/' ? 'index.html' : decodeURIComponent(path)));
  if (!file.startsWith(desk + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('nicht gefunden');
    return;
  }
  response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}

/** Decap's API calls, passed on to decap-server unchanged. */
function passOn(incoming: IncomingMessage, response: ServerResponse): void {
  const outgoing = request({ host: HOST, port: decapPort, path: incoming.url, method: incoming.method, headers: { 'content-type': incoming.headers['content-type'] ?? 'application/json' } }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, { ...headers, 'content-type': answer.headers['content-type'] ?? 'application/json' });
    answer.pipe(response);
  });
  outgoing.on('error', () => response.writeHead(502, headers).end());
  incoming.pipe(outgoing);
}

/** A repository path the desk may name: a file below content/, nothing outside. */
function contentPath(path: unknown): string | undefined {
  if (typeof path !== 'string') return undefined;
  const absolute = resolve(repository, path);
  const below = relative(contentRoot, absolute);
  return below === '' || below.startsWith('..') || resolve(contentRoot, below) !== absolute ? undefined : relative(repository, absolute).split(sep).join('/');
}

/** The dev server's problems of `file`, once its checks have read the file as saved. */
async function checkFile(file: string): Promise<{ errors: number; heading: string; lines: string[] }> {
  const savedAt = existsSync(join(repository, file)) ? statSync(join(repository, file)).mtimeMs : 0;
  const url = `http://${HOST}:${astroPort}${FILE_CHECK_PATH}?datei=${encodeURIComponent(file)}`;
  let answer: { readAt: number; errors: number; heading: string; lines: string[] } | undefined;
  // The dev server checks again shortly after a save; a save without a change may not trigger it.
  for (let attempt = 0; attempt < 40; attempt++) {
    answer = (await (await fetch(url)).json()) as { readAt: number; errors: number; heading: string; lines: string[] };
    if (answer.readAt >= savedAt) break;
    await sleep(250);
  }
  return { errors: answer?.errors ?? 0, heading: answer?.heading ?? '', lines: answer?.lines ?? [] };
}

function git(args: readonly string[]): { ok: boolean; output: string } {
  const result = spawnSync('git', args, { cwd: repository, encoding: 'utf8', timeout: 30_000 });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/**
 * Commits the saved file (and pictures it shows that git does not have yet) with the title as
 * subject and the `Versionen:` line, unless the checks find an error in it: what the build would
 * refuse stays out of the history, as the pre-commit hook keeps it out of a hand-made commit.
 */
async function commitFile(body: { file?: unknown; pictures?: unknown; title?: unknown; versionen?: unknown }): Promise<{ ok: boolean; message: string }> {
  const file = contentPath(body.file);
  if (file === undefined) return { ok: false, message: deskMessages.notCommitted('keine Datei in content/') };
  if ((await checkFile(file)).errors > 0) return { ok: false, message: deskMessages.notCommitted(deskMessages.hasErrors) };
  const pictures = (Array.isArray(body.pictures) ? body.pictures : []).map(contentPath).filter((path): path is string => path !== undefined && existsSync(join(repository, path)));
  const paths = [file, ...pictures];
  const added = git(['add', '--', ...paths]);
  if (!added.ok) return { ok: false, message: deskMessages.notCommitted(added.output) };
  const versionen = typeof body.versionen === 'string' ? body.versionen.trim() : '';
  const title = typeof body.title === 'string' && body.title.trim() !== '' ? body.title.trim() : file;
  const committed = git(['commit', '-q', '-m', deskMessages.commitSubject(file, title), ...(versionen === '' ? [] : ['-m', `Versionen: ${versionen}`]), '--', ...paths]);
  if (!committed.ok) return { ok: false, message: deskMessages.notCommitted(committed.output.includes('nothing') || committed.output.includes('nichts') ? 'keine Änderung' : committed.output) };
  return { ok: true, message: deskMessages.committed(git(['rev-parse', '--short', 'HEAD']).output) };
}

async function readJson(incoming: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of incoming) text += String(chunk);
  const parsed: unknown = JSON.parse(text === '' ? '{}' : text);
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

const json = (response: ServerResponse, status: number, value: unknown) => response.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(value));

const server = createServer((incoming, response) => {
  const url = new URL(incoming.url ?? '/', `http://${HOST}`);
  void (async () => {
    if (url.pathname === '/api/v1') return passOn(incoming, response);
    if (url.pathname === '/desk/check' && incoming.method === 'GET') {
      const file = contentPath(url.searchParams.get('datei'));
      return file === undefined ? json(response, 400, { heading: '', lines: [] }) : json(response, 200, await checkFile(file));
    }
    if (url.pathname === '/desk/commit' && incoming.method === 'POST') {
      const result = await commitFile(await readJson(incoming));
      return json(response, result.ok ? 200 : 409, result);
    }
    if (incoming.method !== 'GET' && incoming.method !== 'HEAD') return json(response, 405, {});
    return serveFile(url.pathname, response);
  })().catch((error: unknown) => json(response, 500, { message: String(error) }));
});

await reachable(`http://${HOST}:${astroPort}${FILE_CHECK_PATH}`, 'astro dev');
await reachable(`http://${HOST}:${decapPort}/`, 'decap-server');
server.listen(Number(values.port), HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`Die Redaktion im Browser: http://${HOST}:${String(port)}/`);
});
