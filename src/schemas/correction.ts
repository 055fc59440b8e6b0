/** A published correction: what a piece got wrong, what is right, and when we fixed it. */
import { z } from 'astro/zod';
import { dateTimeSchema, textSchema } from './shared.ts';

export const correctionSchema = z
  .strictObject({
    /** Wann die Korrektur gemacht und veröffentlicht wurde, mit Zeitzone (z. B. 2026-11-26T11:30:00+01:00): heute, nicht der Tag der Veröffentlichung. */
    date: dateTimeSchema,
    /** Die falsche Form, wie sie im Beitrag stand (z. B. „Duysaker“); sie darf danach nirgends mehr im Beitrag stehen. */
    wrong: textSchema('the wrong form', 1, 200, 'mdx'),
    /** Die richtige Form, die sie ersetzt (z. B. „Duysak“). */
    right: textSchema('the right form', 1, 200, 'mdx'),
    /** Der Hinweis, den Leser nach „Korrektur vom …:“ lesen (z. B. „In einer früheren Fassung …“). */
    note: textSchema('the correction note', 20, 1000),
  })
  .refine((correction) => correction.wrong !== correction.right, {
    path: ['right'],
    error: 'is the same as "wrong": a correction must change something (wrong is the form that stood in the piece, right the form that replaced it)',
  });

export type Correction = z.infer<typeof correctionSchema>;
