/**
 * Dates the German way, in the newsroom's time zone. Every date a reader sees or a machine
 * reads is formatted here, never with ad-hoc toLocale* calls elsewhere.
 */
import { Temporal } from 'temporal-polyfill';
import { site } from '../site.config.ts';

const zone = site.timeZone;

const longDate = new Intl.DateTimeFormat(site.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone });
const shortDate = new Intl.DateTimeFormat(site.locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: zone });
const monthYear = new Intl.DateTimeFormat(site.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });

// Creating an Intl.DateTimeFormat costs far more than using one, and every piece's URL and
// dates need several: one formatter per time zone and purpose, made on first use.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const partsFormats = new Map<string, Intl.DateTimeFormat>();
function formatterFor(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions, locale: string): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(timeZone, format);
  }
  return format;
}

/** "30. November 2017" in Berlin time. */
export function formatDateLong(date: Date): string {
  return longDate.format(date);
}

/** "30.11.2017" in Berlin time. */
export function formatDateShort(date: Date): string {
  return shortDate.format(date);
}

/** "+01:00" — the UTC offset of `timeZone` at `date`. */
export function utcOffset(date: Date, timeZone: string = zone): string {
  const name = formatterFor(offsetFormats, timeZone, { timeZone, timeZoneName: 'longOffset' }, 'en-US')
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT" alone means an offset of zero.
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** Calendar and clock fields of `date` as seen in `timeZone`. */
export function zonedParts(date: Date, timeZone: string = zone) {
  const parts = formatterFor(partsFormats, timeZone, {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }, 'en-CA').formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '00';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** "2017-11-30T00:00:00+01:00": ISO 8601 in `timeZone` with its offset, for <time datetime> and metadata. */
export function isoWithOffset(date: Date, timeZone: string = zone): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${utcOffset(date, timeZone)}`;
}

/** "19:05" in `timeZone`. */
export function formatClock(date: Date, timeZone: string = zone): string {
  const p = zonedParts(date, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** "2. November 2017" for a calendar day "2017-11-02" (no time zone involved). */
export function formatCalendarDay(day: string): string {
  return longDate.formatToParts(new Date(`${day}T12:00:00Z`)).map((part) => part.value).join('');
}

/** "November 2017" for year "2017" and month "11". */
export function formatMonth(year: string, month: string): string {
  return monthYear.format(new Date(`${year}-${month}-01T00:00:00Z`));
}

/** "Dezember 2017" for "2017-12", or the long day for "2017-12-05". */
export function formatSourceDate(value: string): string {
  const [year = '', month = ''] = value.split('-');
  return /^\d{4}-\d{2}$/.test(value) ? formatMonth(year, month) : formatCalendarDay(value);
}

/** Why a wall-clock time does not name one instant in its zone, on a night the clocks changed. */
export type WallClockProblem =
  /** The time was skipped: the clocks jumped from `from` to `to` ("02:00" to "03:00"). */
  | { kind: 'skipped'; from: string; to: string }
  /** The time came twice and no `offset` says which: first with `earlier`'s offset, then with `later`'s. */
  | { kind: 'repeated'; earlier: string; later: string }
  /** The given offset is not one the zone had at that time; `offsets` are those it had. */
  | { kind: 'wrongOffset'; given: string; offsets: string[] };

/** The instants a wall-clock time stood for in a zone: none (skipped), one, or two (repeated), earliest first. */
function wallClockInstants(day: string, time: string, timeZone: string): Temporal.ZonedDateTime[] {
  const local = Temporal.PlainDateTime.from(`${day}T${time}`);
  const earlier = local.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  const later = local.toZonedDateTime(timeZone, { disambiguation: 'later' });
  return (earlier.equals(later) ? [earlier] : [earlier, later]).filter((instant) => instant.toPlainDateTime().equals(local));
}

const clock = (instant: Temporal.ZonedDateTime) => instant.toPlainTime().toString({ smallestUnit: 'minute' });

/** What keeps ("2017-10-29", "02:30", "Europe/Berlin", offset?) from naming exactly one instant, if anything. */
export function wallClockProblem(day: string, time: string, timeZone: string, offset?: string): WallClockProblem | undefined {
  const instants = wallClockInstants(day, time, timeZone);
  const [first, second] = instants;
  if (!first) {
    // Before the gap the clock read `from`; at the transition it read `to`.
    const before = Temporal.PlainDateTime.from(`${day}T${time}`).toZonedDateTime(timeZone, { disambiguation: 'earlier' });
    const transition = before.getTimeZoneTransition('next');
    if (!transition) throw new RangeError(`${day} ${time} in ${timeZone} lies in a gap without a transition`);
    return { kind: 'skipped', from: clock(transition.toInstant().toZonedDateTimeISO(before.offset)), to: clock(transition) };
  }
  if (offset !== undefined) return instants.some((instant) => instant.offset === offset) ? undefined : { kind: 'wrongOffset', given: offset, offsets: instants.map((instant) => instant.offset) };
  return second ? { kind: 'repeated', earlier: first.offset, later: second.offset } : undefined;
}

/**
 * The instant of a wall-clock time in a time zone ("2017-11-02", "19:00", "America/New_York"), by
 * the zone's rules in Temporal. On the night the clocks go back, `offset` ("+02:00") says which
 * of the two times is meant. Throws for a time wallClockProblem() finds a problem with: the
 * content checks report those to editors first.
 */
export function zonedTimeToInstant(day: string, time: string, timeZone: string, offset?: string): Date {
  const [instant, another] = wallClockInstants(day, time, timeZone).filter((candidate) => offset === undefined || candidate.offset === offset);
  if (!instant || another) throw new RangeError(`${day} ${time} in ${timeZone}${offset ? ` (${offset})` : ''} is not one instant: ${JSON.stringify(wallClockProblem(day, time, timeZone, offset))}`);
  return new Date(instant.epochMilliseconds);
}

/**
 * Whether the wall-clock time of `date` in `timeZone` came twice that night (the clocks went
 * back), and if so whether `date` is the first time ("before") or the second ("after").
 */
export function repeatedWallClock(date: Date, timeZone: string = zone): 'before' | 'after' | undefined {
  const here = Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(timeZone);
  const instants = wallClockInstants(here.toPlainDate().toString(), clock(here), timeZone);
  if (instants.length < 2) return undefined;
  return instants[0]?.offset === here.offset ? 'before' : 'after';
}

/** The later of two optional dates. */
export function latest(...dates: (Date | undefined)[]): Date | undefined {
  return dates.reduce<Date | undefined>((max, date) => (date && (!max || date > max) ? date : max), undefined);
}
