/**
 * What every published piece has, whatever its form: the fields of a news page.
 * Articles and explainers extend it.
 */
import { z } from 'astro/zod';
import { correctionSchema } from './correction.ts';
import { pictureSchema, type PictureSrcFactory } from './picture.ts';
import { dateTimeSchema, slugSchema, textSchema, uniqueList } from './shared.ts';
import { labelSchema, sectionSchema, subsectionIdsOf, topicSchema } from './taxonomy.ts';

/** The collections of content/: a piece can point at most of them by id (a live ticker's entries point at their ticker by folder). */
export type CollectionName = 'articles' | 'explainers' | 'sources' | 'timeline' | 'authors' | 'live';

/**
 * Builds the schema of a field that names another entry by id. Astro's content config passes
 * its `reference()`; the content checks pass a plain id schema and resolve ids themselves.
 */
export type ReferenceFactory<R extends z.ZodType> = (collection: CollectionName) => R;

export const pieceFields = <R extends z.ZodType, S extends z.ZodType>(reference: ReferenceFactory<R>, picture: PictureSrcFactory<S>) => ({
  /** Überschrift: steht groß über dem Text, im Titel des Browser-Tabs, in Anrissen und Feeds. @label Überschrift */
  title: textSchema('die Überschrift', 10, 140),
  /** Vorspann: ein oder zwei Sätze unter der Überschrift; auch der Text, den Suchmaschinen unter dem Link zeigen. @label Vorspann */
  standfirst: textSchema('der Vorspann', 40, 400),
  /** Ressort aus der Liste in EDITING.md, „Ressorts, Unterressorts und Themen“; erster Teil der Adresse. @label Ressort */
  section: sectionSchema,
  /** Unterressort des gewählten Ressorts (z. B. „welt“ in „chronik“); zweiter Teil der Adresse. @label Unterressort */
  subsection: slugSchema,
  /** Label über der Überschrift: die Form des Beitrags (z. B. „nachricht“, „erklaerstueck“). @label Label */
  label: labelSchema,
  /** Erste Veröffentlichung, Datum und Uhrzeit mit Zeitzone; bestimmt das Datum in der Adresse. @label Veröffentlicht */
  published: dateTimeSchema,
  /** Letzte wesentliche Aktualisierung, mit Zeitzone; die neueste Korrektur zählt auch als Aktualisierung. @label Aktualisiert */
  updated: dateTimeSchema.optional(),
  /** Kurznamen der Autorinnen und Autoren (Dateien in content/authors/), in der Reihenfolge der Autorenzeile; sie wird daraus gebildet („Von Anna Beispiel und Ben Muster“). @label Autorinnen und Autoren */
  authors: uniqueList(reference('authors')).default([]),
  /** Autorenzeile als freier Text (z. B. „Von Anna Beispiel“), nur für Beiträge ohne authors; weglassen, wenn der Beitrag keine hat. @label Autorenzeile */
  byline: textSchema('die Autorenzeile', 3, 200).optional(),
  /** Aufmacherbild unter der Überschrift, auch in Anrissen, Feeds und auf der Vorschaukarte für soziale Netzwerke (EDITING.md, „Bilder“). @label Aufmacherbild */
  image: pictureSchema(picture).optional(),
  /** Themen aus der Liste in EDITING.md, „Ressorts, Unterressorts und Themen“; jedes Thema hat eine eigene Seite. @label Themen */
  topics: uniqueList(topicSchema).default([]),
  /** Kurznamen der Quellen (Dateien in content/sources/), auf die sich der Beitrag stützt, in der Reihenfolge der Quellenliste. @label Quellen */
  sources: uniqueList(reference('sources')).default([]),
  /** Veröffentlichte Korrekturen, die älteste zuerst; jede erscheint als datierter Hinweis über dem Text. @label Korrekturen */
  corrections: z.array(correctionSchema).default([]),
  /** Frühere Adressen dieses Beitrags nach einer Umbenennung, z. B. „/chronik/welt/2017/11/30/alter-name/“; jede leitet dauerhaft hierher weiter. @label Frühere Adressen */
  redirectFrom: uniqueList(
    z.string().superRefine((path, ctx) => {
      const problem = redirectPathProblem(path);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ).default([]),
  /** true: ein Entwurf, nirgends veröffentlicht, aber geprüft und in der Vorschau zu sehen. @label Entwurf */
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
