/**
 * What a host must send with the site, in one place: the Content-Security-Policy of each page
 * type, the security headers, caching and redirects. Rendered three ways from the same data:
 * the pages' <meta> policy (Head.astro), `_headers` + `_redirects` (Cloudflare Pages syntax) and
 * an nginx `server` snippet, so every host says the same thing.
 *
 * Policies are per page type, not per page, and no page carries inline code, so no policy needs
 * a hash (docs/decisions/2026-11-26-csp-per-page-type.md).
 */
import { BUILD_FOLDERS, NOT_FOUND_FILE, SEARCH_PATH } from '../../routing/routes.ts';
import { COMPRESSED_SUFFIXES } from './precompress.ts';

export type Directives = Readonly<Record<string, readonly string[]>>;

/** A group of pages that share one policy, with the host path pattern that selects them. */
export interface PolicyRule {
  name: string;
  /** Cloudflare `_headers` pattern, site-relative: `/*` for the first rule (the default), one exact path for the others. */
  pattern: string;
  directives: Directives;
}

/** Pages that run no script: every page but search. Nothing but the site's own images, CSS and fonts. */
const NO_SCRIPT: Directives = {
  'default-src': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'style-src': ["'self'"],
  'font-src': ["'self'"],
  // No script runs here to connect anywhere; but Chrome now applies the page's policy to what
  // DevTools fetches in its context, and Lighthouse reads /robots.txt that way
  // (GoogleChrome/lighthouse#16597). Same origin only.
  'connect-src': ["'self'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

export const CSP_RULES: readonly PolicyRule[] = [
  { name: 'pages without a script (pieces, listings, archive, corrections, legal pages, 404)', pattern: '/*', directives: NO_SCRIPT },
  {
    name: 'search',
    pattern: SEARCH_PATH,
    // Its module script (/_astro/) imports /pagefind/pagefind.js, which fetches the index and
    // compiles Pagefind's WebAssembly.
    directives: { ...NO_SCRIPT, 'script-src': ["'self'", "'wasm-unsafe-eval'"] },
  },
];

/** Directives only a header can carry (a <meta> policy ignores them). */
const HEADER_ONLY: Directives = { 'frame-ancestors': ["'none'"] };

export function renderCsp(directives: Directives): string {
  return Object.entries(directives)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** The rule whose pattern selects a site-relative path (the last matching one, as in `_headers`). */
export function policyRuleFor(path: string): PolicyRule {
  const [fallback, ...specific] = CSP_RULES;
  if (fallback === undefined) throw new Error('CSP_RULES is empty');
  return specific.find((rule) => rule.pattern === path) ?? fallback;
}

/** The policy a page carries in its <meta>. */
export function metaCsp(path: string): string {
  return renderCsp(policyRuleFor(path).directives);
}

/**
 * What `astro dev` adds to a page's policy, and nothing more: Vite's client (`/@vite/client`, a
 * module script from the dev server itself, whose WebSocket reloads the page after a save) and
 * the `<style>` elements through which the dev server serves the stylesheet and swaps it on a
 * change. Everything else stays as strict as in the build, so the dev server still shows a
 * violation of the built site's policy in the browser's console.
 */
const DEV_SERVER: Directives = { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"] };

/**
 * The policy of a page the dev server renders: its <meta> policy with DEV_SERVER's sources added.
 * Only for `astro dev` (Head.astro asks `isDevServer()`, the guard that keeps drafts out of a
 * build); no built page or host file carries it.
 */
export function devServerCsp(path: string): string {
  const directives: Record<string, readonly string[]> = { ...policyRuleFor(path).directives };
  for (const [directive, sources] of Object.entries(DEV_SERVER)) directives[directive] = [...new Set([...(directives[directive] ?? []), ...sources])];
  return renderCsp(directives);
}

/** The policy a host sends with a page: its <meta> policy plus what only a header can say. */
export function headerCsp(path: string): string {
  return renderCsp({ ...policyRuleFor(path).directives, ...HEADER_ONLY });
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files whose name carries a hash of their content: they never change, so they are cached for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, feeds, Pagefind's entry files): cached, but revalidated on every use (Cloudflare's default). */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

export interface CacheRule {
  /** Cloudflare `_headers` pattern, site-relative. */
  pattern: string;
  /** nginx location for the same files, given the base path ("/" or "/repo/"). */
  location: (base: string) => string;
}

const regex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const { assets: ASSETS, search: SEARCH_INDEX } = BUILD_FOLDERS;
/** A build folder as it follows the base path in a location ("/_astro/" → "_astro/"). */
const below = (folder: string): string => folder.slice(1);

export const IMMUTABLE_RULES: readonly CacheRule[] = [
  // Astro's bundles and the stylesheet: /_astro/Page.CS0SOqWW.css.
  { pattern: `${ASSETS}*`, location: (base) => `${base}${below(ASSETS)}` },
  // Pagefind's index chunks are named by their hash; pagefind-entry.json names the current ones.
  // The newest year's index is at /pagefind/, earlier years' at /pagefind/<year>/ (src/outputs/search/shards.ts).
  { pattern: `${SEARCH_INDEX}fragment/*`, location: (base) => `${base}${below(SEARCH_INDEX)}fragment/` },
  { pattern: `${SEARCH_INDEX}index/*`, location: (base) => `${base}${below(SEARCH_INDEX)}index/` },
  // Cloudflare's splat spans folders, so this pattern also covers /pagefind/<year>/*.pf_meta.
  { pattern: `${SEARCH_INDEX}*.pf_meta`, location: (base) => `~ ^${regex(base)}${regex(below(SEARCH_INDEX))}([0-9][0-9][0-9][0-9]/)?pagefind\\.[^/]+\\.pf_meta$` },
  { pattern: `${SEARCH_INDEX}:year/fragment/*`, location: (base) => `~ ^${regex(base)}${regex(below(SEARCH_INDEX))}[0-9][0-9][0-9][0-9]/fragment/` },
  { pattern: `${SEARCH_INDEX}:year/index/*`, location: (base) => `~ ^${regex(base)}${regex(below(SEARCH_INDEX))}[0-9][0-9][0-9][0-9]/index/` },
];

export interface Redirect {
  from: string;
  to: string;
}

const withBase = (basePath: string, path: string): string => `${basePath.replace(/\/$/, '')}${path}`;

/** `_headers` for Cloudflare Pages: one rule per policy and per immutable pattern; Cloudflare allows 100 (a unit test checks). */
export function renderHeadersFile(basePath: string): string {
  const block = (pattern: string, lines: readonly string[]) => [withBase(basePath, pattern), ...lines.map((line) => `  ${line}`)].join('\n');
  const [fallback, ...specific] = CSP_RULES;
  return [
    '# Generated by the build (src/outputs/hosting/host-files.ts). Cloudflare Pages syntax.',
    [
      `# Content-Security-Policy for ${fallback?.name ?? ''}, and the security headers for every response.`,
      block(fallback?.pattern ?? '/*', [
        `Content-Security-Policy: ${renderCsp({ ...fallback?.directives, ...HEADER_ONLY })}`,
        ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
      ]),
    ].join('\n'),
    // A request matching several rules gets all their headers, and two CSP headers would both
    // apply: "! Name" first drops the default policy.
    ...specific.map((rule) =>
      [`# Content-Security-Policy for ${rule.name}.`, block(rule.pattern, ['! Content-Security-Policy', `Content-Security-Policy: ${renderCsp({ ...rule.directives, ...HEADER_ONLY })}`])].join('\n'),
    ),
    ...IMMUTABLE_RULES.map((rule) => block(rule.pattern, [`Cache-Control: ${IMMUTABLE}`])),
    '',
  ].join('\n\n');
}

export function renderRedirectsFile(redirects: readonly Redirect[], basePath: string): string {
  return [
    "# Generated by the build from `redirectFrom` in the pieces' frontmatter.",
    ...redirects.map(({ from, to }) => `${withBase(basePath, from)} ${withBase(basePath, to)} 301`),
    '',
  ].join('\n');
}


/** A value as an nginx string: quoted, with backslashes and quotes escaped. */
export const nginxString = (value: string): string => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * The media type of each kind of file a build may hold, as Cloudflare sends it (its runtime looks
 * them up in the `mime` package; the host tests compare both hosts with this table). nginx gets
 * the same table as its `types`, so the snippet does not depend on a distribution's mime.types
 * (Debian's knows neither `.webmanifest` nor `.mjs`). Only `text/` types carry a charset, as on
 * Cloudflare. Pagefind's own files (`.pf_meta`, `.pagefind`, …) are `application/octet-stream`.
 */
export const MEDIA_TYPES: Readonly<Record<string, readonly string[]>> = {
  'text/html': ['html'],
  'text/css': ['css'],
  'text/plain': ['txt'],
  'application/javascript': ['js', 'mjs'],
  'application/json': ['json'],
  'application/manifest+json': ['webmanifest'],
  'application/xml': ['xml'],
  'application/wasm': ['wasm'],
  'application/pdf': ['pdf'],
  'image/svg+xml': ['svg'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
  'image/gif': ['gif'],
  'image/vnd.microsoft.icon': ['ico'],
  'font/woff2': ['woff2'],
  'font/woff': ['woff'],
};
export const DEFAULT_MEDIA_TYPE = 'application/octet-stream';

/** The Content-Type a host sends with a file of the site, by its name. */
export function contentTypeOf(file: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  const type = Object.entries(MEDIA_TYPES).find(([, extensions]) => extensions.includes(extension))?.[0] ?? DEFAULT_MEDIA_TYPE;
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

/**
 * An nginx snippet for inside a `server` block whose `root` is the built site (`dist/`): the same
 * headers, caching, 404 page and redirects as `_headers` and `_redirects`, the media types, and
 * the copies the build compressed (`gzip_static`; `brotli_static` where nginx has the module, see
 * docs/deploying.md). nginx drops the server's `add_header`s in any location that has its own, so
 * every location repeats them all.
 *
 * Where a reader or crawler would notice, it answers as Cloudflare Pages does: a page's
 * `index.html` redirects to its folder's address, a folder without a page and a dotfile are a 404,
 * and nothing is compressed per request.
 */
export function renderNginxConf(redirects: readonly Redirect[], basePath: string): string {
  const headers = (csp: string, cacheControl: string): string[] =>
    [['Content-Security-Policy', csp], ...Object.entries(SECURITY_HEADERS), ['Cache-Control', cacheControl]].map(
      ([name, value]) => `add_header ${name} ${nginxString(value ?? '')} always;`,
    );
  const location = (where: string, lines: readonly string[]) => [`location ${where} {`, ...lines.map((line) => `  ${line}`), '}'].join('\n');
  const [fallback, ...specific] = CSP_RULES;
  const defaultCsp = renderCsp({ ...fallback?.directives, ...HEADER_ONLY });
  const base = withBase(basePath, '/');
  return [
    '# Generated by the build (src/outputs/hosting/host-files.ts): include it in a server block whose root is dist/.',
    '# The same headers, caching and redirects as dist/_headers and dist/_redirects.',
    `error_page 404 ${withBase(basePath, NOT_FOUND_FILE)};`,
    // Relative Location headers: a redirect never names a host.
    'absolute_redirect off;',
    'server_tokens off;',
    'types {',
    ...Object.entries(MEDIA_TYPES).map(([type, extensions]) => `  ${type} ${extensions.join(' ')};`),
    '}',
    `default_type ${DEFAULT_MEDIA_TYPE};`,
    'charset utf-8;',
    // text/html always gets it; like Cloudflare, only text/ types.
    `charset_types ${Object.keys(MEDIA_TYPES).filter((type) => type.startsWith('text/') && type !== 'text/html').join(' ')};`,
    // The build wrote a .gz (and .br) beside every file for which compression pays; nginx sends
    // those bytes and compresses nothing per request (docs/decisions/2026-12-06-precompressed-files.md).
    'gzip off;',
    'gzip_static on;',
    // Vary: Accept-Encoding on every response of a file that has a compressed copy.
    'gzip_vary on;',
    // Responses of locations without their own headers (redirects, 404s) get the default set.
    ...headers(defaultCsp, REVALIDATE),
    '',
    // Regular expressions are tried in this order, before the prefix locations below.
    // Dotfiles are never served, whoever put them there (the build writes none).
    location(`~ ${nginxString(`^${regex(base)}(.*/)?\\.`)}`, ['return 404;']),
    // The host files are Cloudflare's; nginx must not serve them.
    location(`~ ^${regex(base)}_(headers|redirects)$`, ['return 404;']),
    // The compressed copies are no addresses of their own.
    location(`~ \\.(${COMPRESSED_SUFFIXES.map((suffix) => suffix.slice(1)).join('|')})$`, ['return 404;']),
    // A page's file is not an address of its own: its folder is. No empty segment, so the
    // target can never read as another host ("//host/").
    location(`~ ${nginxString(`^(${regex(base)}(?:[^/]+/)*)index\\.html$`)}`, ['if (-f $request_filename) {', '  return 301 $1$is_args$args;', '}', 'return 404;']),
    ...IMMUTABLE_RULES.map((rule) => location(rule.location(base), [...headers(defaultCsp, IMMUTABLE), 'try_files $uri =404;'])),
    // A folder's page is served directly (nginx's index lookup would jump to the location above);
    // a folder without one is a 404, not nginx's 403.
    location(base, [...headers(defaultCsp, REVALIDATE), 'try_files $uri ${uri}index.html @folder;']),
    // A folder with a page, asked for without its slash.
    location('@folder', ['if (-f $request_filename/index.html) {', '  return 301 $uri/$is_args$args;', '}', 'return 404;']),
    // An exact location serves its page itself, with its own policy.
    ...specific.map((rule) =>
      location(`= ${withBase(basePath, rule.pattern)}`, [
        ...headers(renderCsp({ ...rule.directives, ...HEADER_ONLY }), REVALIDATE),
        `try_files ${withBase(basePath, rule.pattern)}index.html =404;`,
      ]),
    ),
    // Quoted: a path may hold characters nginx reads as syntax (";", "{").
    ...redirects.map(({ from, to }) => location(`= ${nginxString(withBase(basePath, from))}`, [`return 301 ${nginxString(withBase(basePath, to))};`])),
    '',
  ].join('\n');
}
