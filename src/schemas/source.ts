/** A source the newsroom cites: one publication of one outlet. */
import { z } from 'astro/zod';
import { calendarDayProblem, textSchema } from './shared.ts';

/** A calendar day (YYYY-MM-DD); YAML may already have turned it into a Date. */
const CALENDAR_DATE_ERROR = 'muss ein Datum wie 2017-11-29 sein';
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
const SOURCE_DATE_ERROR = 'muss ein Datum wie 2017-11-29 sein, oder ein Monat wie 2017-12, wenn der Tag unbekannt ist';
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
  /** Outlet or agency that published it (e.g. "TechCrunch", "Reuters"). */
  publisher: textSchema('das Medium', 2, 120),
  /** Headline of the cited piece, in its original language; omit if unknown. */
  title: textSchema('der Titel', 3, 300).optional(),
  /** Publication day of the cited piece (or month, YYYY-MM, when no day is known). */
  date: sourceDateSchema,
  /** Public address of the cited piece; omit if we do not have it. */
  url: z.url({ protocol: /^https?$/, error: 'muss eine vollständige Adresse sein, die mit https:// oder http:// beginnt' }).optional(),
  /** Language of the cited piece (ISO 639-1). */
  language: z.enum(['de', 'en'], { error: 'muss de (Deutsch) oder en (Englisch) sein' }),
  /** Short German note for readers (e.g. what we use it for, or that its date is inferred). */
  note: textSchema('die Notiz', 3, 300).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
