/** Timelines (content/timeline/): their events' ids and local times, and the days an hour graphic can draw. */
import { formatCalendarDay, wallClockProblem } from '../../routing/dates.ts';
import type { CheckContext, Entry } from '../context.ts';
import { bodyMessages, clockChangeMessages, ruleMessages } from '../messages.ts';

/** Event ids are unique within their timeline. */
export function checkEventIds({ report }: CheckContext, { file, data }: Entry<'timeline'>): void {
  const seen = new Set<string>();
  data.events.forEach((event, index) => {
    if (seen.has(event.id)) report(file, ['events', index, 'id'], ruleMessages.duplicateEventId(event.id));
    seen.add(event.id);
  });
}

/**
 * Each event's time names one instant: it existed in its zone that day (not skipped when the
 * clocks went forward), and where it came twice (the clocks went back), `offset` says which.
 */
export function checkEventTimes({ report }: CheckContext, { file, data }: Entry<'timeline'>): void {
  data.events.forEach(({ date, time, zone, offset }, index) => {
    if (time === undefined) return;
    const problem = wallClockProblem(date, time, zone, offset);
    const day = formatCalendarDay(date);
    if (problem?.kind === 'skipped') report(file, ['events', index, 'time'], clockChangeMessages.skipped(time, day, zone, problem.from, problem.to));
    if (problem?.kind === 'repeated') report(file, ['events', index, 'time'], clockChangeMessages.repeated(time, day, zone, problem.earlier, problem.later));
    if (problem?.kind === 'wrongOffset') report(file, ['events', index, 'offset'], clockChangeMessages.wrongOffset(problem.given, time, day, zone, problem.offsets));
  });
}

/** Why the timeline `id` cannot draw the hours of `day` in a <Stundengrafik>, if it cannot. */
export function hourGraphicProblem({ ids, timelineById }: CheckContext, id: string, day: string): string | undefined {
  if (!ids.timeline.has(id)) return bodyMessages.unknownTimeline(id);
  const timeline = timelineById.get(id);
  // A timeline with errors of its own is reported there.
  if (!timeline || timeline.data.events.some((event) => event.date === day && event.time !== undefined)) return undefined;
  return bodyMessages.untimedDay(day, id);
}
