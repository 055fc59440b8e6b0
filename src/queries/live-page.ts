/** What a live ticker's pages show beyond the piece: the status, the summary and one page of entries each, with their cache keys. */
import { liveBlockPages, liveEntriesOfPage, liveEntryAnchor, olderLivePages } from '../newsroom/live.ts';
import { formatDateShort } from '../routing/dates.ts';
import type { LiveData } from '../schemas/live.ts';
import { getAuthors, type Author } from './authors.ts';
import { getLiveEntries, liveEntryText, type LiveEntry } from './live.ts';
import { cacheKey } from './page-keys.ts';
import type { AnyPiece } from './pieces.ts';

/** One page of a live ticker: the ticker's own (`current` undefined) or a numbered one (an older block's, or the newest block's). */
export interface LiveTickerPage {
  /** Site path of this page. */
  path: string;
  current: number | undefined;
  live: LiveData;
  entries: readonly LiveEntry[];
  authors: ReadonlyMap<string, Author>;
  updated: Date;
  withDay: boolean;
  /** Site paths of the older pages (full blocks before the newest), the oldest first: the pager's pages. */
  olderPages: readonly string[];
  /** Site path of the numbered page of the block this page's entries belong to: their permalinks point there. */
  blockPath: string;
  /**
   * What the page shows of the ticker beyond the piece: its entries, their authors and the pager;
   * the ticker's own page also the last update. An older page keeps its key as entries arrive.
   */
  key: string;
}

/** "…/seite/2/": an older page of the ticker at `tickerPath`. */
export const olderLivePagePath = (tickerPath: string, page: number): string => `${tickerPath}seite/${page}/`;

/** A live ticker's pages, its own first, then one per block of entries; undefined for any other piece. */
export async function liveTickerPages(piece: AnyPiece): Promise<LiveTickerPage[] | undefined> {
  if (piece.kind !== 'article' || !piece.data.live) return undefined;
  const { live } = piece.data;
  const [all, authors] = await Promise.all([getLiveEntries(piece.id), getAuthors()]);
  const updated = piece.liveUpdated ?? piece.data.published;
  const oldest = all.at(-1)?.data.time;
  const withDay = oldest !== undefined && formatDateShort(oldest) !== formatDateShort(updated);
  const olderPages = Array.from({ length: olderLivePages(all.length) }, (_, index) => olderLivePagePath(piece.path, index + 1));
  const blocks = Array.from({ length: liveBlockPages(all.length) }, (_, index) => index + 1);
  return [undefined, ...blocks].map((current) => {
    const entries = liveEntriesOfPage(all, current);
    const named = entries.flatMap(({ data }) => (data.author ? [authors.get(data.author.id)] : []));
    return {
      path: current === undefined ? piece.path : olderLivePagePath(piece.path, current),
      current,
      live,
      entries,
      authors,
      updated,
      withDay,
      olderPages,
      blockPath: olderLivePagePath(piece.path, current ?? blocks.length),
      key: cacheKey(current, entries.map(({ digest }) => digest), named, current === undefined && updated, withDay, olderPages.length),
    };
  });
}

/** The entries a ticker page shows as updates for its JSON-LD, newest first: anchor, headline, time and plain text. */
export function liveUpdatesOf(page: LiveTickerPage): { anchor: string; title: string | undefined; time: Date; text: string }[] {
  return page.entries.map((entry) => ({ anchor: liveEntryAnchor(entry.name), title: entry.data.title, time: entry.data.time, text: liveEntryText(entry) }));
}
