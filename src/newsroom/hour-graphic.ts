/**
 * The hour graphic of one day of a timeline: the timed events of that day on an axis of
 * hours, labelled in the events' own time zone and in German time, and an event's duration
 * (`minutes`) as a bar. An approximate event's bar has soft edges instead of sharp ones, and its
 * words say „gegen“, so no reader takes an exact minute from it. Pure geometry and words;
 * src/components/mdx/Stundengrafik.astro draws it.
 */
import { EVENT_TIME_ZONES, type EventTimeZone } from '../schemas/timeline.ts';
import { site } from '../site.config.ts';
import { formatCalendarDay, formatDateLong, zonedParts } from '../routing/dates.ts';
import { describeEventTime, eventInstant, orderEvents, type EventTime, type TimelineEventInput } from './timeline.ts';

export interface HourGraphicEvent extends TimelineEventInput {
  id: string;
  text: string;
  label?: string | undefined;
  minutes?: number | undefined;
}

/** An hour line of the axis, at `x` (0 to 1 across the axis). */
export interface HourTick {
  x: number;
  /** "19 Uhr" in the events' zone. */
  local: string;
  /** The same moment in German time, "1 Uhr". */
  german: string;
}

export interface HourMark {
  id: string;
  /** 1, 2, …: the number on the axis and in the legend. */
  number: number;
  x: number;
  /** Where the event's duration ends on the axis, if it has one. */
  endX?: number;
  minutes?: number;
  /**
   * The duration of an approximate event, drawn soft instead of from `x` to `endX`: from `fromX`
   * to `toX`, fading in up to `solid[0]` and out from `solid[1]` (fractions of its width).
   */
  blur?: { fromX: number; toX: number; solid: [number, number] };
  label: string;
  time: EventTime;
}

export interface HourGraphic {
  /** The zone the upper row of hours is labelled in, as readers see it ("Ortszeit US-Ostküste"). */
  zoneName: string;
  /** "Donnerstag, 2. November 2017" style day names of both rows. */
  localDay: string;
  germanDay: string;
  ticks: HourTick[];
  marks: HourMark[];
  /** The text alternative: what the graphic shows, in sentences. */
  description: string;
}

const HOUR = 60 * 60 * 1000;
const MINUTE = 60_000;
const LABEL_LENGTH = 40;
/** „Gegen 19 Uhr“ means within about a quarter of an hour either way: how far an approximate bar fades out. */
const BLUR_MINUTES = 15;

/** The graphic of `day` in a timeline, or undefined when the timeline has no timed event that day. */
export function hourGraphic(events: readonly HourGraphicEvent[], day: string): HourGraphic | undefined {
  const timed = orderEvents(events.filter((event) => event.date === day && event.time !== undefined));
  const first = timed[0];
  if (!first?.time) return undefined;
  const zone: EventTimeZone = first.zone;
  const instant = (event: HourGraphicEvent) => eventInstant({ ...event, time: event.time ?? '00:00' }).getTime();
  const blurOf = (event: HourGraphicEvent) => (event.approximate && event.minutes !== undefined ? BLUR_MINUTES : 0);
  const ends = timed.map((event) => instant(event) + ((event.minutes ?? 0) + blurOf(event)) * MINUTE);
  // Whole hours around the events, with an hour of room before the first and after the last.
  const start = Math.floor(instant(first) / HOUR) * HOUR - HOUR;
  const end = Math.ceil(Math.max(...ends) / HOUR) * HOUR + HOUR;
  const x = (time: number) => (time - start) / (end - start);
  const hourOf = (time: number, timeZone: string) => `${Number(zonedParts(new Date(time), timeZone).hour)} Uhr`;

  const ticks: HourTick[] = [];
  for (let time = start; time <= end; time += HOUR) ticks.push({ x: x(time), local: hourOf(time, zone), german: hourOf(time, site.timeZone) });

  const marks = timed.map((event, index): HourMark => {
    const at = instant(event);
    const blur = blurOf(event);
    // Both ends are uncertain by `blur`: full strength only where the bar surely was, if anywhere.
    const span = (event.minutes ?? 0) + 2 * blur;
    const solid: [number, number] = [Math.min(2 * blur, span / 2) / span, Math.max(span - 2 * blur, span / 2) / span];
    return {
      id: event.id,
      number: index + 1,
      x: x(at),
      ...(event.minutes !== undefined && { endX: x(at + event.minutes * MINUTE), minutes: event.minutes }),
      ...(blur > 0 && { blur: { fromX: x(at - blur * MINUTE), toX: x(at + (span - blur) * MINUTE), solid } }),
      label: event.label ?? shortLabel(event.text),
      time: describeEventTime(event),
    };
  });

  const zoneName = EVENT_TIME_ZONES[zone];
  const germanDays = [...new Set([start, end].map((time) => formatDateLong(new Date(time))))];
  const germanDay = germanDays.join(' bis ');
  const localDay = formatCalendarDay(day);
  const span = `von ${hourOf(start, zone)} bis ${hourOf(end, zone)} (${zoneName}), in Deutschland von ${hourOf(start, site.timeZone)} bis ${hourOf(end, site.timeZone)}`;
  const sentences = marks.map((mark) => {
    const german = mark.time.german ? `, ${mark.time.german}` : '';
    const lasting = mark.minutes === undefined ? '' : `, Dauer ${durationText(mark.minutes)}${mark.blur ? `, ${BLURRED}` : ''}`;
    return `${mark.number}. ${mark.label}: ${mark.time.local}${german}${lasting}.`;
  });
  const description = `Zeitachse des ${localDay} ${span}. ${sentences.join(' ')}`;
  return { zoneName, localDay, germanDay, ticks, marks, description };
}

/** What the legend and the text alternative add to an approximate duration. */
export const BLURRED = 'Beginn und Ende nur ungefähr bekannt';

/** "1 Minute", "11 Minuten". */
export function durationText(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}`;
}

/** The first clause of an event's text, cut to fit a graphic, for events without a `label`. */
export function shortLabel(text: string): string {
  const clause = text.split(/[.;:,]\s/)[0] ?? text;
  return clause.length <= LABEL_LENGTH ? clause : `${clause.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}
