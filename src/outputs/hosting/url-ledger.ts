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
  '# Jede Adresse, die die Website veröffentlicht hat. Die Website kann nicht erstellt werden, wenn eine',
  '# davon ohne Weiterleitung verschwinden würde. `npm run urls:record` trägt neue ein; löschen Sie eine',
  '# Zeile nur, um diese Adresse absichtlich zurückzuziehen. Eine Adresse pro Zeile, dann was dort stand.',
];

/** How many new URLs the warning names before it counts the rest. */
const NAMED_NEW_URLS = 10;

/** What the ledger says in the build's log, in German; `shown` is the ledger's file as editors see it ("content/published-urls.txt"). */
export const ledgerMessages = {
  /** The build's error, before one line per lost URL. */
  lost: (count: number) => `${count === 1 ? '1 veröffentlichte Adresse würde' : `${count} veröffentlichte Adressen würden`} verschwinden; nichts wurde veröffentlicht`,
  lostHint: 'Eine veröffentlichte Adresse muss erreichbar bleiben: Leser, Links und Suchmaschinen verwenden sie weiter.',
  /** Every published URL the ledger lacks, up to NAMED_NEW_URLS of them, and the command that records them. */
  unrecorded: (shown: string, urls: readonly string[]) => {
    const named = urls.slice(0, NAMED_NEW_URLS).map((url) => `  ${url}`);
    const more = urls.length > NAMED_NEW_URLS ? [`  und ${urls.length - NAMED_NEW_URLS} weitere`] : [];
    const subject = urls.length === 1 ? 'Diese veröffentlichte Adresse steht' : `Diese ${urls.length} veröffentlichten Adressen stehen`;
    return [`${subject} noch nicht in ${shown}:`, ...named, ...more, `Tragen Sie ${urls.length === 1 ? 'sie' : 'alle'} mit \`npm run urls:record\` ein und committen Sie ${shown}.`].join('\n');
  },
  recorded: (shown: string, added: number, total: number) => `${shown}: ${added === 1 ? '1 neue Adresse' : `${added} neue Adressen`} eingetragen, ${total} insgesamt`,
  allKept: (shown: string, total: number) => `${shown}: alle ${total} eingetragenen Adressen sind weiter veröffentlicht oder weitergeleitet`,
};

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
 * reported on its own: deleting a piece's line withdraws its version page too.
 */
export function lostUrls(ledger: Ledger, published: ReadonlyMap<string, string>, redirected: ReadonlySet<string>): LostUrl[] {
  const kept = (url: string) => published.has(url) || redirected.has(url);
  const lost: LostUrl[] = [];
  for (const [url, { what, line }] of ledger) {
    const piece = url.endsWith(VERSIONS_SUFFIX) ? url.slice(0, -VERSIONS_SUFFIX.length) : undefined;
    if (piece !== undefined && versionsPath(piece) === url) continue;
    if (!kept(url)) lost.push({ url, what, line });
  }
  return lost;
}

/** What stood at a recorded URL, by the ledger's word for it. */
const LEDGER_KINDS: Record<string, string> = { article: 'der Artikel', explainer: 'das Erklärstück', page: 'eine Seite', feed: 'ein Feed' };

/** The message for a lost URL, to follow "content/published-urls.txt:<line>  <url>: ". */
export function lostMessage({ what }: LostUrl): string {
  const piece = /^(article|explainer):(.+)$/.exec(what);
  const was = piece ? `${LEDGER_KINDS[piece[1] ?? '']} „${piece[2]}“, beim Eintragen content/${piece[1]}s/${piece[2]}.mdx` : (LEDGER_KINDS[what] ?? `„${what}“`);
  return (
    `wurde veröffentlicht (${was}) und würde ohne Weiterleitung verschwinden: ` +
    'tragen Sie die Adresse in redirectFrom des Beitrags ein, der jetzt dafür steht (siehe EDITING.md, „Adressen und Weiterleitungen“), oder löschen Sie diese Zeile, um die Adresse absichtlich zurückzuziehen'
  );
}

/** The ledger plus the published URLs it lacks (`added`, in the order they were published). */
export function recorded(ledger: Ledger, published: ReadonlyMap<string, string>): { entries: Map<string, string>; added: string[] } {
  const entries = new Map<string, string>([...ledger].map(([url, { what }]) => [url, what]));
  const added: string[] = [];
  for (const [url, what] of published) {
    if (entries.has(url)) continue;
    entries.set(url, what);
    added.push(url);
  }
  return { entries, added };
}
