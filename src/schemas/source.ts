/** A source the newsroom cites: one publication of one outlet. */
import { z } from 'astro/zod';
import { calendarDayProblem, textSchema, webAddressSchema } from './shared.ts';

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

/** The platforms a post can come from, with their names as readers see them. */
export const POST_PLATFORMS = {
  bluesky: 'Bluesky',
  facebook: 'Facebook',
  instagram: 'Instagram',
  mastodon: 'Mastodon',
  threads: 'Threads',
  tiktok: 'TikTok',
  twitter: 'Twitter',
  x: 'X',
} as const;
const platformIds = Object.keys(POST_PLATFORMS) as [keyof typeof POST_PLATFORMS, ...(keyof typeof POST_PLATFORMS)[]];

/** Text of a post's field, in German words for editors: not empty, at most `max` characters, no tags. */
const postText = (what: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? undefined : `muss Text sein (${what})`) })
    .trim()
    .min(1, { error: `ist leer: Tragen Sie ${what} ein` })
    .max(max, { error: `ist zu lang: ${what} darf höchstens ${max} Zeichen haben` })
    .refine((text) => !/<\/?[A-Za-z]/.test(text), { error: `enthält spitze Klammern wie in HTML: Schreiben Sie ${what} als reinen Text` });

/**
 * A post on a social network, as a source reproduced it: <Post id="…" /> shows it as a quotation,
 * from this data alone (no embed, nothing loaded from the platform).
 */
export const postSchema = z.strictObject({
  /** Plattform, auf der der Beitrag erschien: bluesky, facebook, instagram, mastodon, threads, tiktok, twitter oder x (twitter für die Zeit vor der Umbenennung 2023). @label Plattform */
  platform: z.enum(platformIds, { error: `muss eine dieser Plattformen sein: ${platformIds.join(', ')}` }),
  /** Name des Kontoinhabers, wie die Plattform ihn zeigt (z. B. „Donald Trump“). @label Konto (Name) */
  author: postText('den Namen des Kontos', 120),
  /** Das Konto mit @ davor (z. B. „@realDonaldTrump“, auf Mastodon „@name@server“), in Anführungszeichen. @label Konto (@) */
  handle: z.string({ error: 'muss Text sein, das Konto mit @, etwa "@realDonaldTrump"' }).regex(/^@[A-Za-z0-9_.-]+(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?$/, {
    error: 'muss das Konto mit @ davor sein, ohne Leerzeichen, etwa "@realDonaldTrump" (auf Mastodon "@name@server.social")',
  }),
  /** Tag des Beitrags, wie die Quellen ihn nennen; nur der Tag, weil Quellen die Uhrzeit selten angeben. @label Datum des Beitrags */
  date: calendarDateSchema,
  /** Der Wortlaut genau wie gepostet, in seiner Sprache; eine Leerzeile beginnt einen neuen Absatz. @label Wortlaut */
  text: postText('den Wortlaut des Beitrags', 3000),
  /** Sprache des Wortlauts: de oder en. @label Sprache des Wortlauts */
  language: z.enum(['de', 'en'], { error: 'muss de (Deutsch) oder en (Englisch) sein' }),
  /** Eigene deutsche Übersetzung des Wortlauts, wenn er nicht deutsch ist; Leser sehen sie als „Übersetzung der Redaktion“. @label Übersetzung */
  translation: postText('die Übersetzung', 3000).optional(),
  /** Adresse des Beitrags selbst, wenn die Quellen sie nennen; weglassen statt raten. @label Adresse des Beitrags */
  url: webAddressSchema.optional(),
});

export type Post = z.infer<typeof postSchema>;

export const sourceSchema = z.strictObject({
  /** Medium oder Agentur, die den Beitrag veröffentlicht hat (z. B. „TechCrunch“, „Reuters“). @label Medium */
  publisher: textSchema('das Medium', 2, 120),
  /** Überschrift des zitierten Beitrags in seiner Sprache; weglassen, wenn unbekannt. @label Titel */
  title: textSchema('der Titel', 3, 300).optional(),
  /** Erscheinungstag des zitierten Beitrags (oder nur der Monat, wenn kein Tag bekannt ist). @label Erscheinungstag */
  date: sourceDateSchema,
  /** Öffentliche Adresse des zitierten Beitrags; weglassen, wenn wir sie nicht haben. @label Adresse */
  url: webAddressSchema.optional(),
  /** Sprache des zitierten Beitrags. @label Sprache */
  language: z.enum(['de', 'en'], { error: 'muss de (Deutsch) oder en (Englisch) sein' }),
  /** Kurze Notiz für Leser, auf Deutsch (z. B. wofür wir die Quelle nutzen, oder dass ihr Datum erschlossen ist). @label Notiz */
  note: textSchema('die Notiz', 3, 300).optional(),
  /** Der Beitrag aus einem sozialen Netzwerk, den diese Quelle wiedergibt, für den Baustein `<Post id="…" />` im Text; bei allen anderen Quellen weglassen. @label Beitrag aus einem sozialen Netzwerk */
  post: postSchema.optional(),
});

export type Source = z.infer<typeof sourceSchema>;
