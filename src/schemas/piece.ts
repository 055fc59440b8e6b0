/**
 * What every published piece has, whatever its form: the fields of a news page.
 * Articles and explainers extend it.
 */
import { z } from 'astro/zod';
import { correctionSchema } from './correction.ts';
import { pictureSchema, type PictureSrcFactory } from './picture.ts';
import { dateTimeSchema, slugSchema, textSchema, uniqueList } from './shared.ts';
import { labelSchema, sectionSchema, subsectionIdsOf, topicSchema } from './taxonomy.ts';

/** The collections a piece can point at by id. */
export type CollectionName = 'articles' | 'explainers' | 'sources' | 'timeline';

/**
 * Builds the schema of a field that names another entry by id. Astro's content config passes
 * its `reference()`; the content checks pass a plain id schema and resolve ids themselves.
 */
export type ReferenceFactory<R extends z.ZodType> = (collection: CollectionName) => R;

export const pieceFields = <R extends z.ZodType, S extends z.ZodType>(reference: ReferenceFactory<R>, picture: PictureSrcFactory<S>) => ({
  /** Headline: the page's only <h1>, also used in <title>, teasers and feeds. */
  title: textSchema('die Überschrift', 10, 140),
  /** Standfirst ("Vorspann"): one or two sentences under the headline; also the meta description. */
  standfirst: textSchema('der Vorspann', 40, 400),
  /** Section ("Ressort"), from the fixed list in src/schemas/taxonomy.ts; first URL segment. */
  section: sectionSchema,
  /** Subsection of that section (e.g. "welt" in "chronik"); second URL segment. */
  subsection: slugSchema,
  /** Label readers see above the headline: the piece's form (e.g. "nachricht", "erklaerstueck"). */
  label: labelSchema,
  /** First publication, with UTC offset; decides the dated part of the URL. */
  published: dateTimeSchema,
  /** Last substantive update, with UTC offset; the newest correction also counts as an update. */
  updated: dateTimeSchema.optional(),
  /** Author line as it should be printed (e.g. "Von Anna Beispiel"); omit when the piece has none. */
  byline: textSchema('die Autorenzeile', 3, 200).optional(),
  /** Lead image under the headline, also in teasers, feeds and on the social card (src/schemas/picture.ts). */
  image: pictureSchema(picture).optional(),
  /** Topics ("Themen") from src/schemas/taxonomy.ts; each gets a topic page. */
  topics: uniqueList(topicSchema).default([]),
  /** Ids of entries in content/sources/ this piece rests on, in the order of its "Quellen" list. */
  sources: uniqueList(reference('sources')).default([]),
  /** Published corrections, oldest first; each shows as a dated note on the piece. */
  corrections: z.array(correctionSchema).default([]),
  /** Earlier site paths of this piece (after a rename), e.g. "/chronik/welt/2017/11/30/alter-name/"; each redirects here permanently. */
  redirectFrom: uniqueList(
    z.string().superRefine((path, ctx) => {
      const problem = redirectPathProblem(path);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ).default([]),
  /** true keeps the piece out of every page, feed and list; the build still checks it. */
  draft: z.boolean().default(false),
});

/**
 * The fields every piece shares, as its schema outputs them. References and pictures stay open:
 * ids and file names in the content checks, Astro's references and image imports on pages.
 */
export type PieceData = z.output<z.ZodObject<ReturnType<typeof pieceFields<z.ZodType, z.ZodType>>>>;

const REDIRECT_EXAMPLE = 'wie „/chronik/welt/2017/11/30/alter-name/“';

/**
 * What keeps `path` from being a plain path on this site, if anything. Astro would read ":name",
 * "*" or "[x]" as placeholders matching many addresses; "..", "\\", hosts, queries and fragments
 * are not paths of a page at all.
 */
export function redirectPathProblem(path: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) return `muss ein Pfad auf dieser Website sein, keine vollständige Adresse: schreiben Sie nur den Pfad, ${REDIRECT_EXAMPLE}`;
  if (!path.startsWith('/')) return `muss ein Pfad dieser Website sein, der mit „/“ beginnt und endet, ${REDIRECT_EXAMPLE}`;
  if (/[?#]/.test(path)) return 'enthält „?“ oder „#“: eine Weiterleitung gilt nur für den Pfad einer Seite; lassen Sie „?“ oder „#“ und alles dahinter weg';
  if (path.includes('\\')) return 'enthält einen Backslash (\\): Pfade auf der Website verwenden „/“';
  if (/[:*[\]]/.test(path)) return `enthält „${/[:*[\]]/.exec(path)?.[0] ?? ''}“, das als Platzhalter für viele Adressen gelesen würde: redirectFrom nimmt nur einfache Pfade dieser Website`;
  if (/\s/.test(path)) return 'enthält ein Leerzeichen: schreiben Sie den Pfad so, wie er in der Adresszeile des Browsers steht';
  if (/(^|\/)\.{1,2}(\/|$)/.test(path)) return 'enthält einen Abschnitt „.“ oder „..“: schreiben Sie den vollständigen Pfad ab dem ersten „/“, ohne „.“ und „..“';
  if (path.includes('//')) return 'enthält „//“ (einen leeren Abschnitt): löschen Sie einen der „/“';
  if (!path.endsWith('/')) return `muss mit „/“ enden, ${REDIRECT_EXAMPLE}`;
  const unusual = /[^A-Za-z0-9/._~%-]/.exec(path)?.[0];
  if (unusual) return `enthält „${unusual}“: ein Pfad der Website besteht nur aus Buchstaben, Ziffern, „-“, „_“, „.“ und „/“`;
  return undefined;
}

/** Subsection must belong to the chosen section; checked after both parsed. */
export function checkSubsection(
  data: { section: Parameters<typeof subsectionIdsOf>[0]; subsection: string },
  ctx: z.core.$RefinementCtx,
): void {
  const allowed = subsectionIdsOf(data.section);
  if (!allowed.includes(data.subsection)) {
    ctx.addIssue({
      code: 'custom',
      path: ['subsection'],
      input: data.subsection,
      message: `muss eines der Unterressorts von „${data.section}“ sein: ${allowed.map((s) => `„${s}“`).join(', ')}`,
    });
  }
}
