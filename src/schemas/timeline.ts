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
    /** Kurzname des Ereignisses, Sprungmarke auf der Seite; in einer Zeitleiste nur einmal. @label Kurzname */
    id: slugSchema,
    /** Tag des Ereignisses in seiner Zeitzone. @label Tag */
    date: calendarDateSchema,
    /** Ortszeit in der Zeitzone „zone“, falls bekannt; ohne sie steht das Ereignis nach denen seines Tages mit Uhrzeit. @label Uhrzeit */
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'muss eine Uhrzeit im 24-Stunden-Format sein, wie „19:05“' })
      .optional(),
    /** true, wenn die Quellen die Uhrzeit nur ungefähr nennen („gegen 19 Uhr“); die Stundengrafik zeigt dann auch eine Dauer mit unscharfen Rändern. @label Uhrzeit ungefähr */
    approximate: z.boolean().default(false),
    /** Zeitzone von „date“ und „time“. @label Zeitzone */
    zone: z.enum(zoneIds, { error: `muss eine dieser Zeitzonen sein: ${zoneIds.map((id) => `${id} (${EVENT_TIME_ZONES[id]})`).join(', ')}` }),
    /** Nur in der Nacht, in der die Uhren zurückgestellt wurden und es „time“ zweimal gab: der Abstand zur Weltzeit (UTC), „+02:00“ für das erste Mal, „+01:00“ für das zweite (in Berlin). @label Abstand zur Weltzeit */
    offset: z.string().regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, { error: 'muss der Abstand zur Weltzeit sein, wie „+02:00“ oder „-04:00“' }).optional(),
    /** Wie lange das Ereignis dauerte, in Minuten, wo die Quellen es sagen (z. B. ein Ausfall); die Stundengrafik zeigt es als Balken. @label Dauer (Minuten) */
    minutes: z.number({ error: 'muss eine ganze Zahl von Minuten sein, wie 11' }).int({ error: 'muss eine ganze Zahl von Minuten sein, wie 11' }).min(1, { error: 'muss mindestens 1 Minute sein' }).max(1440, { error: 'darf höchstens 1440 Minuten sein (ein Tag)' }).optional(),
    /** Kurze Bezeichnung in der Stundengrafik, z. B. „Account abgeschaltet“. @label Kurzbeschriftung */
    label: textSchema('die Kurzbeschriftung', 3, 40).optional(),
    /** Was geschah, in ein oder zwei deutschen Sätzen. @label Text */
    text: textSchema('der Text des Ereignisses', 10, 600),
    /** Kurznamen der Quellen für dieses Ereignis (Dateien in content/sources/). @label Quellen */
    sources: uniqueList(reference('sources')).default([]),
    /** Kurzname unseres eigenen Artikels, wenn dessen Veröffentlichung das Ereignis ist. @label Eigener Artikel */
    article: reference('articles').optional(),
  })
  .refine((event) => event.sources.length > 0 || event.article !== undefined, {
    error: 'braucht mindestens eine Quelle in sources (oder in article einen eigenen Artikel, der selbst das Ereignis ist)',
    path: ['sources'],
  })
  .refine((event) => event.offset === undefined || event.time !== undefined, {
    error: 'gilt nur zusammen mit einer Uhrzeit (time): löschen Sie die Zeile, oder tragen Sie die Uhrzeit ein',
    path: ['offset'],
  });

export const timelineSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    /** Überschrift der Zeitleiste, wie Leser sie sehen. @label Titel */
    title: textSchema('der Titel der Zeitleiste', 5, 140),
    /** Die Ereignisse; ihre Reihenfolge in der Datei zählt nur bei Ereignissen ohne Uhrzeit am selben Tag. @label Ereignisse */
    events: z.array(timelineEventSchema(reference)).min(1, { error: 'braucht mindestens ein Ereignis' }),
  });
