/** Ordering and describing timeline events, with their times in their own zone and in Germany. */
import { EVENT_TIME_ZONES, type EventTimeZone } from '../schemas/timeline.ts';
import { site } from '../site.config.ts';
import { formatCalendarDay, formatClock, formatDateLong, isoWithOffset, repeatedWallClock, zonedParts, zonedTimeToInstant } from '../routing/dates.ts';

export interface TimelineEventInput {
  date: string;
  time?: string | undefined;
  approximate: boolean;
  zone: EventTimeZone;
  /** Which of a time that came twice is meant ("+02:00"), on the night the clocks went back. */
  offset?: string | undefined;
}

/** The instant of a timed event (the content checks made sure it names exactly one). */
export function eventInstant(event: TimelineEventInput & { time: string }): Date {
  return zonedTimeToInstant(event.date, event.time, event.zone, event.offset);
}

/**
 * Chronological order: by day, then by time. An event without a time comes after the timed
 * events of its day (sources usually say "later that day"); untimed events keep file order.
 */
export function orderEvents<E extends TimelineEventInput>(events: readonly E[]): E[] {
  const key = (event: E) => {
    const instant = event.time ? eventInstant({ ...event, time: event.time }).getTime() : undefined;
    return { day: event.date, instant };
  };
  return events
    .map((event, index) => ({ event, index, ...key(event) }))
    .sort((a, b) => {
      if (a.day !== b.day) return a.day < b.day ? -1 : 1;
      if (a.instant !== undefined && b.instant !== undefined) return a.instant - b.instant || a.index - b.index;
      if (a.instant !== undefined) return -1;
      if (b.instant !== undefined) return 1;
      return a.index - b.index;
    })
    .map(({ event }) => event);
}

export interface EventTime {
  /** Value for <time datetime>: ISO with offset when the time is known, else the day. */
  datetime: string;
  /** "2. November 2017, gegen 19 Uhr (Ortszeit US-Ostküste)". */
  local: string;
  /** The same moment in German time, when the event has a time in another zone. */
  german?: string;
}

/** Which of a time that came twice a clock shows, in readers' words. */
const REPEATED = { before: 'vor dem Zurückstellen der Uhren', after: 'nach dem Zurückstellen der Uhren' } as const;

/**
 * "19:05 Uhr"; an approximate time claims no minute it does not have: "gegen 19 Uhr" on the
 * hour, "gegen 18:45 Uhr" otherwise.
 */
function clockText(clock: string, approximate: boolean): string {
  if (!approximate) return `${clock} Uhr`;
  const [hour = '', minute = ''] = clock.split(':');
  return `gegen ${minute === '00' ? Number(hour) : clock} Uhr`;
}

/** How a reader sees an event's time. */
export function describeEventTime(event: TimelineEventInput): EventTime {
  const day = formatCalendarDay(event.date);
  if (!event.time) return { datetime: event.date, local: day };
  const instant = eventInstant({ ...event, time: event.time });
  const repeated = repeatedWallClock(instant, event.zone);
  const zoneName = repeated ? `${EVENT_TIME_ZONES[event.zone]}, ${REPEATED[repeated]}` : EVENT_TIME_ZONES[event.zone];
  const local = `${day}, ${clockText(event.time, event.approximate)} (${zoneName})`;
  const result: EventTime = { datetime: isoWithOffset(instant, event.zone), local };
  if (event.zone !== site.timeZone) {
    const sameDay = zonedParts(instant, site.timeZone).day === event.date.slice(8, 10);
    const germanDay = sameDay ? '' : `${formatDateLong(instant)}, `;
    const germanRepeated = repeatedWallClock(instant, site.timeZone);
    const which = germanRepeated ? ` (${REPEATED[germanRepeated]})` : '';
    result.german = `in Deutschland ${germanDay}${clockText(formatClock(instant), event.approximate)}${which}`;
  }
  return result;
}
