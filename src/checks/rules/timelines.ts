/** Timelines (content/timeline/): their events' ids, and the days an hour graphic can draw. */
import type { CheckContext, Entry } from '../context.ts';
import { bodyMessages, ruleMessages } from '../messages.ts';

/** Event ids are unique within their timeline. */
export function checkEventIds({ report }: CheckContext, { file, data }: Entry<'timeline'>): void {
  const seen = new Set<string>();
  data.events.forEach((event, index) => {
    if (seen.has(event.id)) report(file, ['events', index, 'id'], ruleMessages.duplicateEventId(event.id));
    seen.add(event.id);
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
