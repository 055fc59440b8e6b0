/** A source the newsroom cites: one publication of one outlet. */
import { z } from 'astro/zod';
import { calendarDayProblem, textSchema } from './shared.ts';

/** A calendar day (YYYY-MM-DD); YAML may already have turned it into a Date. */
const CALENDAR_DATE_ERROR = 'must be a calendar date like 2017-11-29';
export const calendarDateSchema = z.union(
  [
    z.date().transform((date) => date.toISOString().slice(0, 10)),
    z.string().superRefine((text, ctx) => {
      const [, year = '', month = '', day = ''] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? [];
      const problem = year ? calendarDayProblem(year, month, day) : CALENDAR_DATE_ERROR;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ],
  { error: CALENDAR_DATE_ERROR },
);

/** A day, or only a month (YYYY-MM) where the source gives no day (e.g. "Dec 2017"). */
const SOURCE_DATE_ERROR = 'must be a calendar date like 2017-11-29, or a month like 2017-12 when the day is unknown';
export const sourceDateSchema = z.union(
  [
    z.date().transform((date) => date.toISOString().slice(0, 10)),
    z.string().superRefine((text, ctx) => {
      const [, year = '', month = '', day] = /^(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?$/.exec(text) ?? [];
      const problem = !year ? SOURCE_DATE_ERROR : day === undefined ? undefined : calendarDayProblem(year, month, day);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ],
  { error: SOURCE_DATE_ERROR },
);

export const sourceSchema = z.strictObject({
  /** Medium oder Agentur, die den Beitrag veröffentlicht hat (z. B. „TechCrunch“, „Reuters“). */
  publisher: textSchema('the publisher', 2, 120),
  /** Überschrift des zitierten Beitrags in seiner Sprache; weglassen, wenn unbekannt. */
  title: textSchema('the title', 3, 300).optional(),
  /** Erscheinungstag des zitierten Beitrags (oder nur der Monat, wenn kein Tag bekannt ist). */
  date: sourceDateSchema,
  /** Öffentliche Adresse des zitierten Beitrags; weglassen, wenn wir sie nicht haben. */
  url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) address' }).optional(),
  /** Sprache des zitierten Beitrags. */
  language: z.enum(['de', 'en'], { error: 'must be "de" or "en"' }),
  /** Kurze Notiz für Leser, auf Deutsch (z. B. wofür wir die Quelle nutzen, oder dass ihr Datum erschlossen ist). */
  note: textSchema('the note', 3, 300).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
