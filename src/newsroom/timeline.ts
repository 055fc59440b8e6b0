/** Ordering and describing timeline events, with their times in their own zone and in Germany. */
import { EVENT_TIME_ZONES, type EventTimeZone } from '../schemas/timeline.ts';
import { site } from '../site.config.ts';
import { formatCalendarDay, formatClock, formatDateLong, isoWithOffset, zonedParts, zonedTimeToInstant } from '../routing/dates.ts';

export interface TimelineEventInput {
  date: string;
  time?: string | undefined;
  approximate: boolean;
  zone: EventTimeZone;
}

/**
 * Chronological order: by day, then by time. An event without a time comes after the timed
 * events of its day (sources usually say "later that day"); untimed events keep file order.
 */
export function orderEvents<E extends TimelineEventInput>(events: readonly E[]): E[] {
  const key = (event: E) => {
    const instant = event.time ? zonedTimeToInstant(event.date, event.time, event.zone).getTime() : undefined;
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
  /** "2. November 2017, gegen 19:00 Uhr (Ortszeit US-Ostküste)". */
  local: string;
  /** The same moment in German time, when the event has a time in another zone. */
  german?: string;
}

/** How a reader sees an event's time. */
export function describeEventTime(event: TimelineEventInput): EventTime {
  const day = formatCalendarDay(event.date);
  if (!event.time) return { datetime: event.date, local: day };
  const instant = zonedTimeToInstant(event.date, event.time, event.zone);
  const about = event.approximate ? 'gegen ' : '';
  const local = `${day}, ${about}${event.time} Uhr (${EVENT_TIME_ZONES[event.zone]})`;
  const result: EventTime = { datetime: isoWithOffset(instant, event.zone), local };
  if (event.zone !== site.timeZone) {
    const sameDay = zonedParts(instant, site.timeZone).day === event.date.slice(8, 10);
    const germanDay = sameDay ? '' : `${formatDateLong(instant)}, `;
    result.german = `in Deutschland ${germanDay}${about}${formatClock(instant)} Uhr`;
  }
  return result;
}
