/** Field types that several schemas share. */
import { z } from 'astro/zod';

const DATE_TIME_EXAMPLE = '2017-11-30T08:00:00+01:00';

/**
 * A moment with an explicit UTC offset. Frontmatter YAML may already have turned it into a
 * Date (Astro's parser); the content checks see the raw text and insist on the offset, because
 * a time without one is ambiguous for a newsroom that publishes across time zones.
 */
const DATE_TIME_ERROR = `must be a date-time with a UTC offset, like ${DATE_TIME_EXAMPLE}`;
export const dateTimeSchema = z
  .union([z.date(), z.iso.datetime({ offset: true, local: false, error: DATE_TIME_ERROR })], { error: DATE_TIME_ERROR })
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()), {
    error: `must be a real date-time, like ${DATE_TIME_EXAMPLE}`,
  });

/** A URL-safe identifier: lower-case letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must use only lower-case letters, digits and single hyphens (e.g. "techcrunch-2017-11-29")',
  });

/** Plain text that must not be empty or only whitespace. */
export const textSchema = (what: string, min = 1, max = 10_000) =>
  z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(min, { error: `is too short: ${what} needs at least ${min} characters` })
    .max(max, { error: `is too long: ${what} allows at most ${max} characters` });
