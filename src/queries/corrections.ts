/** The corrections log: every correction of every public piece, by month, and where each is listed. */
import { correctionLogLink, newestLoggedFirst, oldestLoggedFirst } from '../newsroom/corrections.ts';
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
}

/** Every correction of every public piece, newest first. */
export const getCorrectionsLog = oncePerBuild(async (): Promise<LoggedCorrection[]> =>
  (await getPieces())
    .flatMap((piece) => piece.data.corrections.map((correction, index) => ({ piece, correction, index })))
    .sort(newestLoggedFirst),
);

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
    entries.forEach(({ piece, correction, index }, position) => {
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
