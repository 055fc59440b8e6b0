/**
 * The publication's identity, in one typed place. Everything that names the site, builds an
 * absolute URL or formats a date reads it from here.
 */
import { z } from 'astro/zod';

const siteConfigSchema = z.strictObject({
  /** Name of the publication, shown in the masthead, titles and feeds. */
  name: z.string().min(1),
  /** One line that says what the publication is, for the front page's description. */
  tagline: z.string().min(1),
  /** Absolute base URL of the production site, without a trailing slash. */
  url: z.url().transform((url) => url.replace(/\/+$/, '')),
  /** Path the site is served under: "/" at a domain's root, "/repo/" for a GitHub Pages project site. */
  basePath: z
    .string()
    .regex(/^\/([\w.-]+\/)*$/, { error: 'BASE_PATH must start and end with "/", like "/" or "/netzchronik/"' }),
  /** Legal publisher (the organisation responsible for the content). */
  publisher: z.string().min(1),
  /** BCP 47 language tag of all reader-facing text. */
  language: z.literal('de'),
  /** Locale for dates and numbers. */
  locale: z.literal('de-DE'),
  /** IANA time zone in which the newsroom dates its pieces. */
  timeZone: z.literal('Europe/Berlin'),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Placeholder production URL; deployers set SITE_URL (e.g. for deploy previews). */
const DEFAULT_SITE_URL = 'https://netzchronik.example';

export const site: SiteConfig = siteConfigSchema.parse({
  name: 'Netzchronik',
  tagline: 'Nachrichten und Hintergründe aus der digitalen Welt',
  url: process.env['SITE_URL'] ?? DEFAULT_SITE_URL,
  basePath: process.env['BASE_PATH'] ?? '/',
  publisher: 'Netzchronik Redaktion',
  language: 'de',
  locale: 'de-DE',
  timeZone: 'Europe/Berlin',
});
