/**
 * Live tickers (src/schemas/live.ts): each entry in content/live/<ticker>/ belongs to a live
 * ticker of that name, lies between its start and end, carries the offset Berlin had at its
 * time, names an author that exists, and is not the same report twice.
 */
import { formatCalendarDay, isoWithOffset, wallClockProblem } from '../../routing/dates.ts';
import type { LiveData } from '../../schemas/live.ts';
import { site } from '../../site.config.ts';
import type { CheckContext, Entry, PieceEntry } from '../context.ts';
import { authorMessages, liveMessages } from '../messages.ts';
import { checkCorrectionList } from './corrections.ts';

/** The ticker's Kurzname of an entry id "<ticker>/<entry>". */
export const tickerIdOf = (entryId: string): string => entryId.slice(0, entryId.indexOf('/'));

/** A piece's `live` group: only a live ticker has one. */
export const liveOf = ({ data }: PieceEntry): LiveData | undefined => ('live' in data ? data.live : undefined);

/** The valid live ticker an entry belongs to, if there is one. */
export function tickerOf({ pieceByLink }: CheckContext, entry: Entry<'live'>): PieceEntry | undefined {
  const ticker = pieceByLink.get(`article:${tickerIdOf(entry.id)}`);
  return ticker && liveOf(ticker) ? ticker : undefined;
}

/** "2017-11-02T19:05+01:00": a moment in Berlin time to the minute, as an entry's time is written. */
export const minuteInZone = (date: Date): string => {
  const iso = isoWithOffset(date);
  return `${iso.slice(0, 16)}${iso.slice(19)}`;
};

/** An entry's ticker exists and is live, its time lies within the ticker's coverage, and its author exists. */
export function checkLiveEntry(context: CheckContext, entry: Entry<'live'>): void {
  const { report, ids, pieceByLink } = context;
  const { file, data } = entry;
  const ticker = tickerIdOf(entry.id);
  if (!ids.articles.has(ticker)) report(file, 'file', liveMessages.noTicker(ticker), 1);
  else if (pieceByLink.has(`article:${ticker}`) && !tickerOf(context, entry)) report(file, 'file', liveMessages.notLive(ticker), 1);
  const tickerEntry = tickerOf(context, entry);
  const live = tickerEntry && liveOf(tickerEntry);
  // A time of the wrong offset is another moment than meant: where it stands is judged once it is right.
  const offsetRight = checkEntryOffset(context, entry);
  if (live && offsetRight && data.time < live.start) report(file, ['time'], liveMessages.beforeStart(minuteInZone(data.time), isoWithOffset(live.start)));
  if (live?.end && offsetRight && data.time > live.end) report(file, ['time'], liveMessages.afterEnd(minuteInZone(data.time), isoWithOffset(live.end)));
  if (data.author !== undefined && !ids.authors.has(data.author)) report(file, ['author'], authorMessages.unknownAuthor(data.author));
  checkCorrectionList(context, file, data.corrections, data.time, (date) => liveMessages.correctionBeforeEntry(isoWithOffset(date), minuteInZone(data.time)));
}

/** The city of the newsroom's time zone ("Berlin" of "Europe/Berlin"), as editors name the time. */
const CITY = site.timeZone.slice(site.timeZone.lastIndexOf('/') + 1).replaceAll('_', ' ');

/**
 * An entry's time is written as the newsroom's clock showed it: with the offset the newsroom's
 * zone had at that moment, +01:00 in winter and +02:00 in summer, so that the file reads as
 * Berlin time; a wall-clock time the clocks skipped or an offset of another season is an error.
 * Whether the offset is right.
 */
export function checkEntryOffset({ report }: CheckContext, { file, data }: Entry<'live'>): boolean {
  const raw = rawField(file.data, 'time');
  if (raw === undefined) return true;
  const day = raw.slice(0, 10);
  const clock = raw.slice(11, 16);
  const given = raw.endsWith('Z') ? '+00:00' : raw.slice(-6);
  const problem = wallClockProblem(day, clock, site.timeZone, given);
  if (problem?.kind === 'skipped') report(file, ['time'], liveMessages.skipped(CITY, clock, formatCalendarDay(day), problem.from, problem.to, minuteInZone(data.time)));
  if (problem?.kind === 'wrongOffset') report(file, ['time'], liveMessages.wrongOffset(CITY, raw.endsWith('Z') ? 'Z' : given, clock, formatCalendarDay(day), problem.offsets, minuteInZone(data.time)));
  return problem === undefined;
}

/** One ticker's entries at the same minute with the same headline: most likely one report entered twice by two editors. */
export function checkSameReports({ report }: CheckContext, entries: readonly Entry<'live'>[]): void {
  const first = new Map<string, Entry<'live'>>();
  for (const entry of entries) {
    if (entry.data.title === undefined) continue;
    const key = `${tickerIdOf(entry.id)}\0${entry.data.time.getTime()}\0${entry.data.title}`;
    const other = first.get(key);
    if (other) report(entry.file, ['title'], liveMessages.sameTimeAndTitle(other.file.file));
    else first.set(key, entry);
  }
}

/** A top-level field of a file as written, if it is text (YAML may hold anything). */
function rawField(data: unknown, field: string): string | undefined {
  if (typeof data !== 'object' || data === null || !(field in data)) return undefined;
  const value: unknown = (data as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}
