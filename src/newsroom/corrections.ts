/** Rules of the typed corrections feature: finding a corrected wrong form, dating a piece, where the log lists a correction. */
import { latest } from '../routing/dates.ts';
import { archiveMonth, correctionsMonthPath } from '../routing/routes.ts';
import { correctionAnchor, listingPagePath } from '../routing/urls.ts';
import type { Correction } from '../schemas/correction.ts';
import { listingPageOf } from './listings.ts';

/**
 * Where `wrong` occurs in `text` (case-insensitive), ignoring matches that are only part of
 * the right form (e.g. wrong "Duysak" inside right "Duysaker"), so a correction in either
 * direction is checked without false alarms.
 */
export function findWrongForm(text: string, wrong: string, right: string): number[] {
  const haystack = text.toLocaleLowerCase('de');
  const needle = wrong.toLocaleLowerCase('de');
  const rightForm = right.toLocaleLowerCase('de');
  const rightSpans: [number, number][] = [];
  for (let at = haystack.indexOf(rightForm); rightForm && at !== -1; at = haystack.indexOf(rightForm, at + 1)) {
    rightSpans.push([at, at + rightForm.length]);
  }
  const hits: number[] = [];
  for (let at = haystack.indexOf(needle); needle && at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const insideRight = rightSpans.some(([start, end]) => at >= start && at + needle.length <= end);
    if (!insideRight) hits.push(at);
  }
  return hits;
}

/** The newest correction, if any. */
export function newestCorrection<C extends Pick<Correction, 'date'>>(corrections: readonly C[]): C | undefined {
  return corrections.reduce<C | undefined>((newest, c) => (!newest || c.date > newest.date ? c : newest), undefined);
}

/** When a piece last changed: its `updated` field or its newest correction, whichever is later. */
export function effectiveUpdate(piece: { updated?: Date | undefined; corrections: readonly Pick<Correction, 'date'>[] }): Date | undefined {
  return latest(piece.updated, newestCorrection(piece.corrections)?.date);
}

/** What orders the corrections log: when a correction was made, its piece's path and its place among the piece's corrections. */
export interface LogEntry {
  piece: { path: string };
  /** A live entry's correction: the entry's name (its anchor). */
  entry?: { name: string } | undefined;
  correction: Pick<Correction, 'date'>;
  index: number;
}

/** One moment's corrections: by piece path, a ticker's own before its entries' (by name), then in the piece's order. */
function sameMomentOrder(a: LogEntry, b: LogEntry): number {
  return a.piece.path.localeCompare(b.piece.path) || (a.entry?.name ?? '').localeCompare(b.entry?.name ?? '') || a.index - b.index;
}

/** The path a correction's anchor in the log is built from: its piece's, or for a live entry's below it ("…/<ticker>/<entry>/"). */
export function loggedPath({ piece, entry }: Pick<LogEntry, 'piece' | 'entry'>): string {
  return entry ? `${piece.path}${entry.name}/` : piece.path;
}

/** The log's first page: newest correction first. */
export function newestLoggedFirst(a: LogEntry, b: LogEntry): number {
  return b.correction.date.getTime() - a.correction.date.getTime() || sameMomentOrder(a, b);
}

/**
 * A month of the log: oldest correction first, so an entry keeps its position (and page) as later
 * corrections of the month arrive.
 */
export function oldestLoggedFirst(a: LogEntry, b: LogEntry): number {
  return a.correction.date.getTime() - b.correction.date.getTime() || sameMomentOrder(a, b);
}

/**
 * Where the correction `index` of a piece, made on `date`, is listed for good: the page of its
 * month in the log that holds the month's entry at `position` (0-based, oldest first).
 */
export function correctionLogLink(piecePath: string, index: number, date: Date, position: number): string {
  const monthPath = correctionsMonthPath(archiveMonth(date));
  return `${listingPagePath(monthPath, listingPageOf(position))}#${correctionAnchor(piecePath, index)}`;
}
