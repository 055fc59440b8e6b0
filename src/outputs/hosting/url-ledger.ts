/**
 * The URL ledger (content/published-urls.txt): a build fails when a recorded URL is neither
 * built nor redirected (`redirectFrom`); `npm run urls:record` adds the URLs a build published
 * that the ledger lacks. Set operations only, so the check does not grow with the archive.
 * What is recorded and what is not, and why: docs/decisions/2026-11-26-url-ledger.md
 * (see isGrowingListingPath for the listing pages that are not).
 */
import { isGrowingListingPath } from '../../routing/routes.ts';
import { versionsPath } from '../../routing/urls.ts';

const VERSIONS_SUFFIX = versionsPath('/').slice(1);

/** What stood at a URL: "article:<id>" / "explainer:<id>" for pieces, "page" or "feed" otherwise. */
export type Ledger = Map<string, { what: string; line: number }>;

const HEADER = [
  '# Every URL the site has published (src/outputs/hosting/url-ledger.ts). The build fails when one of them',
  '# would disappear without a redirect. `npm run urls:record` adds new ones; delete a line only',
  '# to unpublish that URL on purpose. One URL per line, then what it showed.',
];

export function parseLedger(text: string): Ledger {
  const ledger: Ledger = new Map();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [url = '', what = 'page'] = line.split(/\s+/);
    ledger.set(url, { what, line: index + 1 });
  });
  return ledger;
}

/** One URL per line, sorted, so a diff shows exactly what was added. */
export function renderLedger(entries: ReadonlyMap<string, string>): string {
  const lines = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([url, what]) => `${url}  ${what}`);
  return `${[...HEADER, ...lines].join('\n')}\n`;
}

/**
 * The ledger's URLs in a build, from its output files (relative to the output folder) and the
 * pieces' paths ("article:<id>" by site path).
 */
export function publishedUrls(outputFiles: Iterable<string>, pieceAt: ReadonlyMap<string, string>): Map<string, string> {
  const published = new Map<string, string>();
  for (const file of outputFiles) {
    const page = /^(.*\/)?index\.html$/.exec(file);
    const url = page ? `/${page[1] ?? ''}` : /(^|\/)feed\.(xml|json)$/.test(file) ? `/${file}` : undefined;
    if (url === undefined || isGrowingListingPath(url)) continue;
    published.set(url, pieceAt.get(url) ?? (page ? 'page' : 'feed'));
  }
  return published;
}

export interface LostUrl {
  url: string;
  what: string;
  line: number;
}

/**
 * Recorded URLs that a build neither publishes nor redirects. A piece's version page belongs to
 * the piece and is judged with it (a renamed piece starts a new history), so it is never
 * reported on its own.
 */
export function lostUrls(ledger: Ledger, published: ReadonlyMap<string, string>, redirected: ReadonlySet<string>): LostUrl[] {
  const kept = (url: string) => published.has(url) || redirected.has(url);
  const lost: LostUrl[] = [];
  for (const [url, { what, line }] of ledger) {
    const piece = url.endsWith(VERSIONS_SUFFIX) ? url.slice(0, -VERSIONS_SUFFIX.length) : undefined;
    if (piece !== undefined && versionsPath(piece) === url && (ledger.has(piece) || kept(piece))) continue;
    if (!kept(url)) lost.push({ url, what, line });
  }
  return lost;
}

/** The message for a lost URL, to follow "content/published-urls.txt:<line>  <url>: ". */
export function lostMessage({ what }: LostUrl): string {
  const piece = /^(article|explainer):(.+)$/.exec(what);
  const was = piece ? `the ${piece[1]} "${piece[2]}" (content/${piece[1]}s/${piece[2]}.mdx when it was recorded)` : `a ${what}`;
  return (
    `was published (${was}) and would disappear without a redirect: ` +
    'add it to `redirectFrom` of the piece that now stands for it (EDITING.md), or delete this line to unpublish it on purpose'
  );
}

/** The ledger plus the published URLs it lacks. */
export function recorded(ledger: Ledger, published: ReadonlyMap<string, string>): { entries: Map<string, string>; added: number } {
  const entries = new Map<string, string>([...ledger].map(([url, { what }]) => [url, what]));
  let added = 0;
  for (const [url, what] of published) {
    if (entries.has(url)) continue;
    entries.set(url, what);
    added += 1;
  }
  return { entries, added };
}
