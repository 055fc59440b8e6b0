/** The corrections log: every correction of every public piece, by month, and where each is listed. */
import { correctionLogLink, newestLoggedFirst, oldestLoggedFirst } from '../newsroom/corrections.ts';
import { liveBlockOf } from '../newsroom/live.ts';
import { getLiveEntries } from './live.ts';
import { olderLivePagePath } from './live-page.ts';
import { groupBy } from '../newsroom/listings.ts';
import { pieceKey } from '../newsroom/relations.ts';
import { monthKey } from './listings.ts';
import { oncePerBuild } from './once.ts';
import { getPieces, type AnyPiece } from './pieces.ts';

/** A correction as the corrections log lists it. */
export interface LoggedCorrection {
  piece: AnyPiece;
  correction: AnyPiece['data']['corrections'][number];
  index: number;
  /** A live entry's correction: the entry of the ticker `piece`, and the numbered page that keeps it. */
  entry?: { name: string; title: string | undefined; time: Date; pagePath: string } | undefined;
}

/** The corrections of a live ticker's entries, each with the numbered page that holds its entry for good. */
async function entryCorrections(piece: AnyPiece): Promise<LoggedCorrection[]> {
  if (piece.kind !== 'article' || !piece.data.live) return [];
  const entries = await getLiveEntries(piece.id);
  return entries.flatMap(({ name, data }, position) => {
    const entry = { name, title: data.title, time: data.time, pagePath: olderLivePagePath(piece.path, liveBlockOf(position, entries.length)) };
    return data.corrections.map((correction, index) => ({ piece, correction, index, entry }));
  });
}

/** Every correction of every public piece and of every public ticker's entries, newest first. */
export const getCorrectionsLog = oncePerBuild(async (): Promise<LoggedCorrection[]> => {
  const pieces = await getPieces();
  const ofEntries = await Promise.all(pieces.map(entryCorrections));
  return [...pieces.flatMap((piece) => piece.data.corrections.map((correction, index) => ({ piece, correction, index }))), ...ofEntries.flat()].sort(newestLoggedFirst);
});

/**
 * The corrections log by the month each correction was made ("yyyy/mm"), newest month first;
 * within a month oldest first, as its pages list them.
 */
export const getCorrectionsByMonth = oncePerBuild(async (): Promise<Map<string, LoggedCorrection[]>> => {
  const months = groupBy(await getCorrectionsLog(), ({ correction }) => [monthKey(correction.date)]);
  for (const entries of months.values()) entries.sort(oldestLoggedFirst);
  return months;
});

/**
 * Where the corrections of every public piece are listed for good, keyed like getPiecesByKey,
 * each piece's links by correction index: the page of the month in the log that holds it, with
 * its anchor. One pass over the log per build; a piece page only looks its links up.
 */
export const getCorrectionLogLinks = oncePerBuild(async (): Promise<Map<string, string[]>> => {
  const links = new Map<string, string[]>();
  for (const entries of (await getCorrectionsByMonth()).values()) {
    entries.forEach(({ piece, correction, index, entry }, position) => {
      // An entry's correction takes its place in the log, but is no correction of the ticker's own.
      if (entry) return;
      const key = pieceKey(piece.kind, piece.id);
      const ofPiece = links.get(key) ?? [];
      ofPiece[index] = correctionLogLink(piece.path, index, correction.date, position);
      links.set(key, ofPiece);
    });
  }
  return links;
});

/**
 * A piece's corrections, oldest first, each with where the log lists it (its note links there). A
 * piece not in the log (a draft or scheduled piece in the dev server) links the first page of
 * each correction's month.
 */
export async function correctionsWithLogLinks(piece: AnyPiece): Promise<{ correction: LoggedCorrection['correction']; logLink: string }[]> {
  const links = (await getCorrectionLogLinks()).get(pieceKey(piece.kind, piece.id));
  return piece.data.corrections.map((correction, index) => ({
    correction,
    logLink: links?.[index] ?? correctionLogLink(piece.path, index, correction.date, 0),
  }));
}
