/**
 * Serves the built site with a real host engine, never an imitation of one:
 *
 *   node scripts/host.ts cloudflare --port 4321   Cloudflare's runtime (wrangler pages dev, offline):
 *                                                 applies dist/_headers and dist/_redirects as Cloudflare
 *                                                 Pages does, and compresses (brotli, gzip)
 *   node scripts/host.ts nginx --port 4323        Debian's nginx with the dist-nginx.conf the build wrote, and
 *                                                 its brotli_static module where it is installed
 *
 * `npm run serve` (and so `npm start`) uses Cloudflare's, which npm ci installs; the browser tests
 * run against both. The process stays in the foreground until it is stopped.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nginxConfPath } from '../src/build-folders.ts';

/** The date Cloudflare's runtime behaves as of; pinned, and supported by the workerd that wrangler brings. */
export const COMPATIBILITY_DATE = '2026-11-01';
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'];
/**
 * Debian's package libnginx-mod-http-brotli-static: nginx then sends the build's .br files. The
 * generated snippet cannot turn it on, because an nginx without the module would refuse the whole
 * file (docs/deploying.md); a server that has the module turns it on as here.
 */
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } },
});
const engine = positionals[0] ?? 'cloudflare';
const port = Number(values.port);
const dir = path.resolve(ROOT, values.dir);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!Number.isInteger(port) || port <= 0) fail(`--port must be a port number, not ${values.port}`);
if (!existsSync(path.join(dir, 'index.html'))) fail(`${path.relative(ROOT, dir)}/ holds no built site; run \`npm run build\` first.`);

/**
 * The engine's own files (nginx's prefix, the Cloudflare runtime's temporary folders) go into one
 * private folder, removed when this script ends, so that no run leaves anything behind in the
 * system's temporary folder. A process killed outright (SIGKILL) cannot remove it.
 */
function scratchFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), `netzchronik-${engine}-`));
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

function cloudflare(): [string, string[], NodeJS.ProcessEnv] {
  const wrangler = path.join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
  const args = [wrangler, 'pages', 'dev', dir, '--ip', '127.0.0.1', '--port', String(port), '--compatibility-date', COMPATIBILITY_DATE];
  // Offline: no request for the Request.cf object, no usage metrics. Miniflare, under wrangler,
  // writes its temporary folders to TMPDIR and leaves them there when stopped.
  const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', TMPDIR: scratchFolder() };
  return [process.execPath, args, env];
}

function nginx(): [string, string[], NodeJS.ProcessEnv] {
  const binary = NGINX.find((candidate) => existsSync(candidate));
  if (binary === undefined) fail(`No nginx at ${NGINX.join(' or ')}. On Debian/Ubuntu: apt-get install -y nginx`);
  const snippet = nginxConfPath(dir);
  if (!existsSync(snippet)) fail(`${path.relative(ROOT, snippet)} is missing; run \`npm run build\` first.`);
  // A private prefix: no system paths are written, so this runs without root.
  const prefix = scratchFolder();
  // Started as root, nginx runs its workers as another user, who must reach their temporary paths.
  chmodSync(prefix, 0o755);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${path.join(prefix, name)};`);
  const brotli = existsSync(BROTLI_STATIC);
  const conf = [
    ...(brotli ? [`load_module ${BROTLI_STATIC};`] : []),
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events {}',
    'http {',
    // The snippet brings its own media types.
    '  access_log off;',
    ...(brotli ? ['  brotli_static on;'] : []),
    ...temp,
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${dir};`,
    `    include ${snippet};`,
    '  }',
    '}',
    '',
  ].join('\n');
  const confFile = path.join(prefix, 'nginx.conf');
  writeFileSync(confFile, conf);
  // -e: not even the compiled-in error log path (/var/log/nginx/, root's) is opened.
  return [binary, ['-p', prefix, '-e', 'stderr', '-c', confFile, '-g', 'daemon off;'], process.env];
}

const [command, args, env] = engine === 'nginx' ? nginx() : engine === 'cloudflare' ? cloudflare() : fail(`Unknown engine "${engine}": cloudflare or nginx`);
console.log(`Serving ${path.relative(ROOT, dir)}/ with ${engine} at http://127.0.0.1:${port}/`);
if (engine === 'nginx' && !existsSync(BROTLI_STATIC)) console.warn(`No brotli_static module at ${BROTLI_STATIC}: nginx sends gzip only. On Debian/Ubuntu: apt-get install -y libnginx-mod-http-brotli-static`);
// The engine stays in this script's process group, so whoever stops the group (Playwright stops
// its web servers that way) stops the engine too; a signal to this script alone is passed on.
const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
