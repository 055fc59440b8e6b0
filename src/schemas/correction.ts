/** A published correction: what a piece got wrong, what is right, and when we fixed it. */
import { z } from 'astro/zod';
import { dateTimeSchema, textSchema } from './shared.ts';

export const correctionSchema = z
  .strictObject({
    /** Wann die Korrektur gemacht und veröffentlicht wurde, mit Zeitzone (z. B. 2026-11-26T11:30:00+01:00): heute, nicht der Tag der Veröffentlichung. @label Datum der Korrektur */
    date: dateTimeSchema,
    /** Die falsche Form, wie sie im Beitrag stand (z. B. „Duysaker“); sie darf danach nirgends mehr im Beitrag stehen. @label Falsche Form */
    wrong: textSchema('die falsche Form', 1, 200, 'mdx'),
    /** Die richtige Form, die sie ersetzt (z. B. „Duysak“). @label Richtige Form */
    right: textSchema('die richtige Form', 1, 200, 'mdx'),
    /** Der Hinweis, den Leser nach „Korrektur vom …:“ lesen (z. B. „In einer früheren Fassung …“). @label Hinweis für Leser */
    note: textSchema('der Korrekturhinweis', 20, 1000),
  })
  .refine((correction) => correction.wrong !== correction.right, {
    path: ['right'],
    error: 'ist dasselbe wie wrong: eine Korrektur muss etwas ändern (wrong ist die Form, die im Beitrag stand, right die Form, die sie ersetzt)',
  });

export type Correction = z.infer<typeof correctionSchema>;
