/**
 * Dates the German way, in the newsroom's time zone. Every date a reader sees or a machine
 * reads is formatted here, never with ad-hoc toLocale* calls elsewhere.
 */
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

/**
 * The instant of a wall-clock time in a time zone ("2017-11-02", "19:00", "America/New_York").
 * Two passes settle the offset, which depends on the very instant being computed (DST).
 */
export function zonedTimeToInstant(day: string, time: string, timeZone: string): Date {
  const asUtc = new Date(`${day}T${time}:00Z`);
  let instant = asUtc;
  for (let pass = 0; pass < 2; pass += 1) {
    const offset = utcOffset(instant, timeZone);
    instant = new Date(`${day}T${time}:00${offset}`);
  }
  return instant;
}

/** The later of two optional dates. */
export function latest(...dates: (Date | undefined)[]): Date | undefined {
  return dates.reduce<Date | undefined>((max, date) => (date && (!max || date > max) ? date : max), undefined);
}
