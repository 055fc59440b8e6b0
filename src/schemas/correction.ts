/** A published correction: what a piece got wrong, what is right, and when we fixed it. */
import { z } from 'astro/zod';
import { dateTimeSchema, textSchema } from './shared.ts';

export const correctionSchema = z
  .strictObject({
    /** When the correction was made and published, with UTC offset (e.g. 2026-11-26T11:30:00+01:00). */
    date: dateTimeSchema,
    /** The wrong form as it stood in the piece (e.g. "Duysaker"); the build rejects it anywhere else in the piece. */
    wrong: textSchema('die falsche Form', 1, 200, 'mdx'),
    /** The right form that replaced it (e.g. "Duysak"). */
    right: textSchema('die richtige Form', 1, 200, 'mdx'),
    /** The note readers see, in German, after "Korrektur vom …:" (e.g. "In einer früheren Fassung …"). */
    note: textSchema('der Korrekturhinweis', 20, 1000),
  })
  .refine((correction) => correction.wrong !== correction.right, {
    path: ['right'],
    error: 'ist dasselbe wie wrong: eine Korrektur muss etwas ändern (wrong ist die Form, die im Beitrag stand, right die Form, die sie ersetzt)',
  });

export type Correction = z.infer<typeof correctionSchema>;
