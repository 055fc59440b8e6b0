// Dependency-free static file server for the built site (used by `npm start` and Playwright).
// It mimics the static hosts we deploy to closely enough for tests: `_headers` and
// `_redirects` files, directory indexes, trailing-slash redirects and a custom 404 page.
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';

// ---------------------------------------------------------------------------
// Content types
// ---------------------------------------------------------------------------

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  // Pagefind's index chunks are opaque (gzip-compressed) binaries.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// ---------------------------------------------------------------------------
// Path patterns (shared by `_headers` and `_redirects`)
// ---------------------------------------------------------------------------

/**
 * Compiles a Netlify/Cloudflare path pattern to a RegExp: `*` matches anything
 * (including `/`, captured as `splat`), `:name` matches one path segment.
 */
export function compilePattern(pattern: string): RegExp {
  let source = '';
  let splats = 0;
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern.charAt(i);
    if (ch === '*') {
      // Only the first splat gets the name; a RegExp cannot repeat group names.
      source += splats === 0 ? '(?<splat>.*)' : '.*';
      splats += 1;
      i += 1;
      continue;
    }
    if (ch === ':') {
      const name = /^:([A-Za-z_][A-Za-z0-9_]*)/.exec(pattern.slice(i));
      if (name?.[1] !== undefined) {
        source += `(?<${name[1]}>[^/]+)`;
        i += name[0].length;
        continue;
      }
    }
    source += ch.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
    i += 1;
  }
  return new RegExp(`^${source}$`);
}

export function matchPattern(pattern: string, pathname: string): boolean {
  return compilePattern(pattern).test(pathname);
}

// ---------------------------------------------------------------------------
// `_headers`
// ---------------------------------------------------------------------------

export interface HeaderRule {
  pattern: string;
  /** Headers to set, in file order (duplicates are joined with ", " when applied). */
  set: Array<[name: string, value: string]>;
  /** Cloudflare's `! Name` lines: remove a header set by an earlier matching block. */
  unset: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const trimmed = rawLine.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indented = /^\s/.test(rawLine);
    if (!indented) {
      current = { pattern: trimmed, set: [], unset: [] };
      rules.push(current);
      continue;
    }
    if (current === undefined) {
      throw new Error(`_headers: header line before any path pattern: ${JSON.stringify(rawLine)}`);
    }
    if (trimmed.startsWith('!')) {
      const name = trimmed.slice(1).trim();
      if (name !== '') current.unset.push(name);
      continue;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) {
      throw new Error(`_headers: expected "Name: value", got ${JSON.stringify(rawLine)}`);
    }
    current.set.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Patterns with a scheme/host target a specific deployment host, never localhost. */
function isHostPattern(pattern: string): boolean {
  return !pattern.startsWith('/');
}

/**
 * Headers for a request path: every matching block applies, in file order. Repeated
 * names are joined with ", " (as Cloudflare Pages does); `! Name` removes earlier values.
 * Returned as a Map keyed by lower-case name, holding the display name and value.
 */
export function resolveHeaders(
  rules: readonly HeaderRule[],
  pathname: string,
): Map<string, { name: string; value: string }> {
  const result = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (isHostPattern(rule.pattern) || !matchPattern(rule.pattern, pathname)) continue;
    for (const name of rule.unset) result.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = result.get(key);
      result.set(key, previous ? { name: previous.name, value: `${previous.value}, ${value}` } : { name, value });
    }
  }
  return result;
}

// ---------------------------------------------------------------------------
// `_redirects`
// ---------------------------------------------------------------------------

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

export function parseRedirectsFile(text: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const trimmed = rawLine.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [from, to, statusField] = trimmed.split(/\s+/);
    if (from === undefined || to === undefined) {
      throw new Error(`_redirects: expected "from to [status]", got ${JSON.stringify(rawLine)}`);
    }
    let status = 301;
    if (statusField !== undefined) {
      // Netlify marks forced rules with a trailing "!"; every rule is forced here anyway.
      const match = /^(\d{3})!?$/.exec(statusField);
      if (match?.[1] === undefined) {
        throw new Error(`_redirects: invalid status ${JSON.stringify(statusField)} in ${JSON.stringify(rawLine)}`);
      }
      status = Number(match[1]);
    }
    rules.push({ from, to, status });
  }
  return rules;
}

/** First matching rule wins; `:splat` and `:name` placeholders in `to` are substituted. */
export function matchRedirect(
  rules: readonly RedirectRule[],
  pathname: string,
): { to: string; status: number } | undefined {
  for (const rule of rules) {
    if (isHostPattern(rule.from)) continue;
    const match = compilePattern(rule.from).exec(pathname);
    if (!match) continue;
    const groups = match.groups ?? {};
    const to = rule.to.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => groups[name] ?? whole);
    return { to, status: rule.status };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------

export interface ServeOptions {
  /** Directory to serve (absolute or relative to cwd). */
  dir: string;
}

interface SiteConfig {
  root: string;
  headerRules: HeaderRule[];
  redirectRules: RedirectRule[];
}

function readOptional(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Maps a decoded URL path to a file inside root, or undefined if it would escape root. */
function resolveInside(root: string, pathname: string): string | undefined {
  const file = path.resolve(root, `.${pathname}`);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

/** Percent-encodes what may not appear raw in a header (e.g. non-ASCII splats), keeping existing escapes. */
export function toLocationHeader(location: string): string {
  return location.replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));
}

function applyHeaders(res: ServerResponse, site: SiteConfig, pathname: string): void {
  for (const { name, value } of resolveHeaders(site.headerRules, pathname).values()) {
    res.setHeader(name, value);
  }
}

function sendText(res: ServerResponse, method: string, status: number, body: string): void {
  const buffer = Buffer.from(body, 'utf8');
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', buffer.length);
  res.end(method === 'HEAD' ? undefined : buffer);
}

function sendFile(res: ServerResponse, method: string, status: number, file: string, stats: Stats): void {
  res.statusCode = status;
  // Only set when _headers did not, so the site can override e.g. feed content types.
  if (!res.hasHeader('Content-Type')) res.setHeader('Content-Type', contentTypeFor(file));
  res.setHeader('Content-Length', stats.size);
  res.setHeader('Last-Modified', stats.mtime.toUTCString());
  if (method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function sendNotFound(res: ServerResponse, method: string, site: SiteConfig): void {
  const page = path.join(site.root, '404.html');
  const stats = statOrUndefined(page);
  if (stats?.isFile()) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    sendFile(res, method, 404, page, stats);
  } else {
    sendText(res, method, 404, 'Not Found\n');
  }
}

/** Serves the file for a decoded path; directories without a slash redirect to `path/`. */
function serveStatic(
  res: ServerResponse,
  method: string,
  site: SiteConfig,
  pathname: string,
  rawPath: string,
  search: string,
  status: number,
): void {
  const target = resolveInside(site.root, pathname);
  if (target === undefined) {
    sendText(res, method, 403, 'Forbidden\n');
    return;
  }
  let stats = statOrUndefined(target);
  if (stats?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.statusCode = 301;
      res.setHeader('Location', toLocationHeader(`${rawPath}/${search}`));
      res.setHeader('Content-Length', 0);
      res.end();
      return;
    }
    const index = path.join(target, 'index.html');
    stats = statOrUndefined(index);
    if (stats?.isFile()) {
      sendFile(res, method, status, index, stats);
      return;
    }
  } else if (stats?.isFile() && !pathname.endsWith('/')) {
    sendFile(res, method, status, target, stats);
    return;
  }
  sendNotFound(res, method, site);
}

function handle(site: SiteConfig, req: IncomingMessage, res: ServerResponse): void {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, method, 405, 'Method Not Allowed\n');
    return;
  }
  const url = req.url ?? '/';
  const queryStart = url.indexOf('?');
  // Collapsing slashes keeps `//host` out of Location headers (no open redirects).
  const rawPath = (queryStart === -1 ? url : url.slice(0, queryStart)).replace(/\/{2,}/g, '/');
  const search = queryStart === -1 ? '' : url.slice(queryStart);
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    sendText(res, method, 400, 'Bad Request\n');
    return;
  }
  if (!pathname.startsWith('/') || pathname.includes('\0')) {
    sendText(res, method, 400, 'Bad Request\n');
    return;
  }

  applyHeaders(res, site, pathname);

  // Hosts never publish their configuration files.
  if (pathname === '/_headers' || pathname === '/_redirects') {
    sendNotFound(res, method, site);
    return;
  }

  const redirect = matchRedirect(site.redirectRules, pathname);
  if (redirect !== undefined) {
    if (redirect.status >= 300 && redirect.status < 400) {
      res.statusCode = redirect.status;
      res.setHeader('Location', toLocationHeader(redirect.to.includes('?') ? redirect.to : `${redirect.to}${search}`));
      res.setHeader('Content-Length', 0);
      res.end();
      return;
    }
    if (!redirect.to.startsWith('/')) {
      // Proxying to another origin is a host feature a test server has no business doing.
      sendText(res, method, 501, 'Proxy rules are not supported by scripts/serve.ts\n');
      return;
    }
    // 200/404/... rules rewrite: serve the target's content with the rule's status.
    const rewritten = redirect.to.split('?')[0] ?? '/';
    serveStatic(res, method, site, rewritten, rewritten, search, redirect.status);
    return;
  }

  serveStatic(res, method, site, pathname, rawPath, search, 200);
}

/** Creates (but does not start) the server; `_headers`/`_redirects` are read once, here. */
export function createStaticServer(options: ServeOptions): Server {
  const root = path.resolve(options.dir);
  const headersText = readOptional(path.join(root, '_headers'));
  const redirectsText = readOptional(path.join(root, '_redirects'));
  const site: SiteConfig = {
    root,
    headerRules: headersText === undefined ? [] : parseHeadersFile(headersText),
    redirectRules: redirectsText === undefined ? [] : parseRedirectsFile(redirectsText),
  };
  return createServer((req, res) => {
    try {
      handle(site, req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) sendText(res, req.method ?? 'GET', 500, 'Internal Server Error\n');
      else res.destroy();
    }
  });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4321' },
      dir: { type: 'string', default: 'dist' },
      host: { type: 'string', default: '127.0.0.1' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: invalid --port ${JSON.stringify(values.port)}`);
    process.exit(2);
  }
  const root = path.resolve(values.dir);
  if (!statOrUndefined(root)?.isDirectory()) {
    console.error(`serve: directory ${values.dir} does not exist (run \`npm run build\` first)`);
    process.exit(1);
  }
  const server = createStaticServer({ dir: root });
  server.on('error', (error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, values.host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address !== null ? address.port : port;
    const host = values.host.includes(':') ? `[${values.host}]` : values.host;
    console.log(`Serving ${values.dir} at http://${host}:${actualPort}/`);
  });
  // Exit promptly when Playwright or the terminal stops us; keep-alive sockets would delay close().
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.closeAllConnections();
      server.close(() => process.exit(0));
    });
  }
}

if (import.meta.main) {
  main();
}
