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
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'muss eine Uhrzeit im 24-Stunden-Format sein, wie „19:05“' })
      .optional(),
    /** true when the sources give the time only roughly ("gegen 19 Uhr"). */
    approximate: z.boolean().default(false),
    /** Time zone of `date` and `time`. */
    zone: z.enum(zoneIds, { error: `muss eine dieser Zeitzonen sein: ${zoneIds.map((id) => `${id} (${EVENT_TIME_ZONES[id]})`).join(', ')}` }),
    /** How long the event lasted, in minutes, where the sources say so (e.g. an outage); hour graphics draw it as a bar. */
    minutes: z.number({ error: 'muss eine ganze Zahl von Minuten sein, wie 11' }).int({ error: 'muss eine ganze Zahl von Minuten sein, wie 11' }).min(1, { error: 'muss mindestens 1 Minute sein' }).max(1440, { error: 'darf höchstens 1440 Minuten sein (ein Tag)' }).optional(),
    /** Short label for graphics (at most 40 characters), e.g. "Account abgeschaltet". */
    label: textSchema('die Kurzbeschriftung', 3, 40).optional(),
    /** What happened, in one or two German sentences. */
    text: textSchema('der Text des Ereignisses', 10, 600),
    /** Ids of the sources for this event (content/sources/). */
    sources: uniqueList(reference('sources')).default([]),
    /** Id of our own article that reports the event, where that is the event (e.g. its publication). */
    article: reference('articles').optional(),
  })
  .refine((event) => event.sources.length > 0 || event.article !== undefined, {
    error: 'braucht mindestens eine Quelle in sources (oder in article einen eigenen Artikel, der selbst das Ereignis ist)',
    path: ['sources'],
  });

export const timelineSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    /** Heading of the timeline as readers see it. */
    title: textSchema('der Titel der Zeitleiste', 5, 140),
    /** The events; their order in the file only matters between untimed events of one day. */
    events: z.array(timelineEventSchema(reference)).min(1, { error: 'braucht mindestens ein Ereignis' }),
  });
