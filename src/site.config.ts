/**
 * The publication's identity, in one typed place. Everything that names the site, builds an
 * absolute URL or formats a date reads it from here.
 */
import { z } from 'astro/zod';
import { isPlaceholder, placeholder } from './schemas/placeholder.ts';
import { basePathSchema, siteUrlSchema } from './site-address.ts';

const legalSchema = z.strictObject({
  /** Postal address of the publisher, one line per entry, as printed in the Impressum. */
  address: z.array(z.string().min(1)).min(1),
  /** Contact e-mail for readers and authorities. */
  email: z.string().min(1),
  /** Person responsible for the content under § 18 Abs. 2 MStV, with address if different. */
  responsible: z.string().min(1),
  /** Hosting provider that receives readers' requests (named on the Datenschutz page). */
  host: z.string().min(1),
});

/** An e-mail address for a mailto link, or a placeholder until the publisher fills it in. */
const emailOrPlaceholder = z.string().refine((value) => isPlaceholder(value) || z.email().safeParse(value).success, {
  error: 'must be an e-mail address like korrekturen@example.de, or a placeholder',
});

const newsroomSchema = z.strictObject({
  /** Where readers report an error: every piece's „Fehler melden“ link opens an e-mail to it. */
  correctionsEmail: emailOrPlaceholder,
  /** When the newsroom answers an error report, one sentence for readers (e.g. „Wir antworten innerhalb von zwei Werktagen.“). */
  responseTime: z.string().min(1),
  /** How the newsroom checks facts before it publishes them, beyond naming its sources; sentences for readers. */
  verification: z.string().min(1),
  /** Who owns and finances the publication; sentences for readers. */
  ownership: z.string().min(1),
});

const siteConfigSchema = z.strictObject({
  /** Name of the publication, shown in the masthead, titles and feeds. */
  name: z.string().min(1),
  /** One line that says what the publication is, for the front page's description. */
  tagline: z.string().min(1),
  /** Absolute base URL of the production site, without a trailing slash (SITE_URL). */
  url: siteUrlSchema,
  /** Path the site is served under: "/" at a domain's root, "/repo/" for a GitHub Pages project site (BASE_PATH). */
  basePath: basePathSchema,
  /** Legal publisher (the organisation responsible for the content). */
  publisher: z.string().min(1),
  /** Imprint and privacy contact data (Impressum, Datenschutz). */
  legal: legalSchema,
  /** What the newsroom promises readers that only the publisher can decide (Korrekturen und Transparenz, Grundsätze). */
  newsroom: newsroomSchema,
  /** BCP 47 language tag of all reader-facing text. */
  language: z.literal('de'),
  /** Locale for dates and numbers. */
  locale: z.literal('de-DE'),
  /** IANA time zone in which the newsroom dates its pieces. */
  timeZone: z.literal('Europe/Berlin'),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Names of the fields of the given groups that still hold a placeholder ("legal.address[0]", "newsroom.correctionsEmail", …). */
export function placeholderFields(config: Partial<Pick<SiteConfig, 'legal' | 'newsroom'>>): string[] {
  return Object.entries(config).flatMap(([group, fields]) =>
    Object.entries(fields).flatMap(([field, value]) =>
      (Array.isArray(value) ? value : [value]).flatMap((text, index) =>
        isPlaceholder(text) ? [Array.isArray(value) ? `${group}.${field}[${index}]` : `${group}.${field}`] : [],
      ),
    ),
  );
}


/** Placeholder production URL; deployers set SITE_URL (e.g. for deploy previews). */
const DEFAULT_SITE_URL = 'https://netzchronik.example';

export const site: SiteConfig = siteConfigSchema.parse({
  name: 'Netzchronik',
  tagline: 'Nachrichten und Hintergründe aus der digitalen Welt',
  url: process.env['SITE_URL'] ?? DEFAULT_SITE_URL,
  basePath: process.env['BASE_PATH'] ?? '/',
  publisher: 'Netzchronik Redaktion',
  legal: {
    address: [placeholder('Straße und Hausnummer'), placeholder('Postleitzahl und Ort')],
    email: placeholder('E-Mail-Adresse der Redaktion'),
    responsible: placeholder('Name und Anschrift der verantwortlichen Person'),
    host: placeholder('Name und Anschrift des Hosting-Anbieters'),
  },
  newsroom: {
    correctionsEmail: placeholder('E-Mail-Adresse für Fehlermeldungen'),
    responseTime: placeholder('bis wann die Redaktion auf eine Fehlermeldung antwortet, als Satz, z. B. „Wir antworten innerhalb von zwei Werktagen.“'),
    verification: placeholder('wie die Redaktion Angaben vor der Veröffentlichung prüft, z. B. wie viele voneinander unabhängige Quellen sie verlangt und wer gegenliest'),
    ownership: placeholder('wem die Netzchronik gehört und wie sie sich finanziert'),
  },
  language: 'de',
  locale: 'de-DE',
  timeZone: 'Europe/Berlin',
});
