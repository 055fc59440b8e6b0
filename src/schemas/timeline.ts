/** A timeline: dated events of one story, rendered by the <Timeline> MDX component. */
import { z } from 'astro/zod';
import type { ReferenceFactory } from './piece.ts';
import { calendarDateSchema } from './source.ts';
import { slugSchema, textSchema, uniqueList } from './shared.ts';

/** Time zones the newsroom dates events in (extend as stories need). */
export const EVENT_TIME_ZONES = {
  'America/New_York': 'Ortszeit US-Ostküste',
  'Europe/Berlin': 'deutsche Zeit',
} as const;
export type EventTimeZone = keyof typeof EVENT_TIME_ZONES;
const zoneIds = Object.keys(EVENT_TIME_ZONES) as [EventTimeZone, ...EventTimeZone[]];

export const timelineEventSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    /** Anchor of the event on the page, unique within its timeline. */
    id: slugSchema,
    /** Day of the event in its time zone. */
    date: calendarDateSchema,
    /** Local time "HH:MM" in `zone`, if known; without it the event sorts after its day's timed events. */
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time like "19:05"' })
      .optional(),
    /** true when the sources give the time only roughly ("gegen 19 Uhr"). */
    approximate: z.boolean().default(false),
    /** Time zone of `date` and `time`. */
    zone: z.enum(zoneIds, { error: `must be one of ${zoneIds.map((id) => `"${id}"`).join(', ')}` }),
    /** How long the event lasted, in minutes, where the sources say so (e.g. an outage); hour graphics draw it as a bar. */
    minutes: z.number({ error: 'must be a whole number of minutes, like 11' }).int({ error: 'must be a whole number of minutes, like 11' }).min(1, { error: 'must be at least 1 minute' }).max(1440, { error: 'must be at most 1440 minutes (a day)' }).optional(),
    /** Short label for graphics (at most 40 characters), e.g. "Account abgeschaltet". */
    label: textSchema('the label', 3, 40).optional(),
    /** What happened, in one or two German sentences. */
    text: textSchema('the event text', 10, 600),
    /** Ids of the sources for this event (content/sources/). */
    sources: uniqueList(reference('sources')).default([]),
    /** Id of our own article that reports the event, where that is the event (e.g. its publication). */
    article: reference('articles').optional(),
  })
  .refine((event) => event.sources.length > 0 || event.article !== undefined, {
    error: 'needs at least one source id in "sources" (or an "article" of ours that is the event)',
    path: ['sources'],
  });

export const timelineSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    /** Heading of the timeline as readers see it. */
    title: textSchema('the timeline title', 5, 140),
    /** The events; their order in the file only matters between untimed events of one day. */
    events: z.array(timelineEventSchema(reference)).min(1, { error: 'needs at least one event' }),
  });
