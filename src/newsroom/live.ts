/**
 * How a live ticker's entries split into pages. Older pages are numbered from the oldest entry
 * and each holds a fixed block of LIVE_PAGE_SIZE entries, so a page's address keeps its entries
 * as new ones arrive; the ticker's own page shows the rest, the newest 1 to LIVE_PAGE_SIZE.
 */

/** Entries a ticker page shows: enough to follow the story, few enough that no page outgrows its budget. */
export const LIVE_PAGE_SIZE = 30;

/**
 * An entry's anchor on a ticker page: its file name behind „eintrag-“, which no other id of a piece
 * page starts with, so an entry named like another anchor (`quelle-1`, `inhalt`) cannot clash.
 */
export const liveEntryAnchor = (name: string): string => `eintrag-${name}`;

/** The id of an entry's label (its headline, or else its time): „titel-“ keeps it apart from the entries' anchors. */
export const liveEntryLabel = (name: string): string => `titel-${name}`;

/** How many older pages a ticker of `count` entries has: every full block but the newest entries' (which the ticker's page shows). */
export function olderLivePages(count: number, size: number = LIVE_PAGE_SIZE): number {
  return Math.max(0, Math.floor((count - 1) / size));
}

/**
 * How many numbered pages (`…/seite/N/`) a ticker of `count` entries has: one per block, the
 * newest block's too, though the ticker's own page shows the same entries. An entry's permalink
 * points at its block's page from the start, so a shared link keeps working once the block fills.
 */
export function liveBlockPages(count: number, size: number = LIVE_PAGE_SIZE): number {
  return Math.ceil(count / size);
}

/**
 * The entries of one page, newest first, from all entries newest first: `page` undefined for the
 * ticker's own page, else the number of an older page (1 holds the oldest block).
 */
export function liveEntriesOfPage<T>(newestFirst: readonly T[], page: number | undefined, size: number = LIVE_PAGE_SIZE): T[] {
  const count = newestFirst.length;
  if (page === undefined) return newestFirst.slice(0, count - olderLivePages(count, size) * size);
  return newestFirst.slice(Math.max(0, count - page * size), count - (page - 1) * size);
}
