/**
 * How a live ticker's entries split into pages. Older pages are numbered from the oldest entry
 * and each holds a fixed block of LIVE_PAGE_SIZE entries, so a page's address keeps its entries
 * as new ones arrive; the ticker's own page shows the rest, the newest 1 to LIVE_PAGE_SIZE.
 */
import type { LiveData } from '../schemas/live.ts';
import type { PieceData } from '../schemas/piece.ts';
import type { Piece } from './pieces.ts';

/** Entries a ticker page shows: enough to follow the story, few enough that no page outgrows its budget. */
export const LIVE_PAGE_SIZE = 30;

/**
 * An entry's anchor on a ticker page: its file name behind „eintrag-“, which no other id of a piece
 * page starts with, so an entry named like another anchor (`quelle-1`, `inhalt`) cannot clash.
 */
export const liveEntryAnchor = (name: string): string => `eintrag-${name}`;

/** The id of an entry's label (its headline, or else its time): „titel-“ keeps it apart from the entries' anchors. */
export const liveEntryLabel = (name: string): string => `titel-${name}`;

/** Entries a ticker's own feed carries, the newest: a feed reader's window on the story, not its archive. */
export const LIVE_FEED_SIZE = 50;

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

/**
 * The numbered page `…/seite/N/` that holds the entry at `position` (0 is the newest) of `count`
 * entries for good: its block of entries, counted from the oldest. Links that must last (feeds,
 * the corrections log, an entry's permalink) point there.
 */
export function liveBlockOf(position: number, count: number, size: number = LIVE_PAGE_SIZE): number {
  return Math.floor((count - 1 - position) / size) + 1;
}

/** A piece as teasers show it, a live ticker with its last update (src/queries/pieces.ts). */
export type TeasedPiece = Piece<PieceData & { live?: LiveData | undefined }> & { liveUpdated?: Date | undefined };

/**
 * What a teaser says of a piece's time: a running ticker is marked „Live“ and dated by its last
 * update, so a listing shows that coverage is going on; any other piece by its publication.
 */
export function teaserMoment(piece: TeasedPiece): { live: boolean; date: Date } {
  return { live: piece.data.live?.status === 'laeuft', date: piece.liveUpdated ?? piece.data.published };
}
