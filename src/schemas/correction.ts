/** A published correction: what a piece got wrong, what is right, and when we fixed it. */
import { z } from 'astro/zod';
import { dateTimeSchema, textSchema } from './shared.ts';

export const correctionSchema = z
  .strictObject({
    /** When the correction was made and published, with UTC offset (e.g. 2026-11-26T11:30:00+01:00). */
    date: dateTimeSchema,
    /** The wrong form as it stood in the piece (e.g. "Duysaker"); the build rejects it anywhere else in the piece. */
    wrong: textSchema('the wrong form', 1, 200, 'mdx'),
    /** The right form that replaced it (e.g. "Duysak"). */
    right: textSchema('the right form', 1, 200, 'mdx'),
    /** The note readers see, in German, after "Korrektur vom …:" (e.g. "In einer früheren Fassung …"). */
    note: textSchema('the correction note', 20, 1000),
  })
  .refine((correction) => correction.wrong !== correction.right, {
    path: ['right'],
    error: 'is the same as "wrong": a correction must change something (wrong is the form that stood in the piece, right the form that replaced it)',
  });

export type Correction = z.infer<typeof correctionSchema>;
