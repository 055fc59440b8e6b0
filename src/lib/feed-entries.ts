/** All public pieces as feed entries, newest first, rendered once per build and shared by both feeds. */
import { getPieces } from './content.ts';
import { toFeedEntry, type FeedEntry } from './feed.ts';
import { renderPieceBody } from './render-piece.ts';

let entriesOnce: Promise<FeedEntry[]> | undefined;

export function getFeedEntries(): Promise<FeedEntry[]> {
  entriesOnce ??= getPieces().then((pieces) => Promise.all(pieces.map(async (piece) => toFeedEntry(piece, await renderPieceBody(piece)))));
  return entriesOnce;
}
