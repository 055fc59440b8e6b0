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
  /** Where it was posted: bluesky, facebook, instagram, mastodon, threads, tiktok, twitter or x (Twitter before its renaming in 2023). */
  platform: z.enum(platformIds, { error: `muss eine dieser Plattformen sein: ${platformIds.join(', ')}` }),
  /** Name of the account's owner as the platform shows it (e.g. "Donald J. Trump"). */
  author: postText('den Namen des Kontos', 120),
  /** The account, with @ (e.g. "@realDonaldTrump"; on Mastodon "@name@server"). */
  handle: z.string({ error: 'muss Text sein, das Konto mit @, etwa "@realDonaldTrump"' }).regex(/^@[A-Za-z0-9_.-]+(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?$/, {
    error: 'muss das Konto mit @ davor sein, ohne Leerzeichen, etwa "@realDonaldTrump" (auf Mastodon "@name@server.social")',
  }),
  /** Day it was posted, in the time zone of the sources that report it; the day alone, because sources rarely give the minute. */
  date: calendarDateSchema,
  /** The post's words exactly as posted, in their own language; a blank line starts a new paragraph. */
  text: postText('den Wortlaut des Beitrags', 3000),
  /** Language of `text` (ISO 639-1). */
  language: z.enum(['de', 'en'], { error: 'muss "de" oder "en" sein' }),
  /** Our own German translation of `text`, if it is not German; readers see it marked as the newsroom's translation. */
  translation: postText('die Übersetzung', 3000).optional(),
  /** Address of the post itself, if the sources give it; omit it rather than guess. */
  url: z.url({ protocol: /^https?$/, error: 'muss eine vollständige Adresse sein, die mit https:// beginnt' }).optional(),
});

export type Post = z.infer<typeof postSchema>;

export const sourceSchema = z.strictObject({
  /** Outlet or agency that published it (e.g. "TechCrunch", "Reuters"). */
  publisher: textSchema('the publisher', 2, 120),
  /** Headline of the cited piece, in its original language; omit if unknown. */
  title: textSchema('the title', 3, 300).optional(),
  /** Publication day of the cited piece (or month, YYYY-MM, when no day is known). */
  date: sourceDateSchema,
  /** Public address of the cited piece; omit if we do not have it. */
  url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) address' }).optional(),
  /** Language of the cited piece (ISO 639-1). */
  language: z.enum(['de', 'en'], { error: 'must be "de" or "en"' }),
  /** Short German note for readers (e.g. what we use it for, or that its date is inferred). */
  note: textSchema('the note', 3, 300).optional(),
  /** The social-media post this source reproduces, for <Post id="…" /> in a body; omit for any other source. */
  post: postSchema.optional(),
});

export type Source = z.infer<typeof sourceSchema>;
