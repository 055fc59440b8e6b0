/**
 * Live coverage: a live ticker is an article with the label „liveticker“ and a `live` group in
 * its head (start, status, end, summary); its entries are MDX files of their own in
 * content/live/<ticker>/, one file per entry, so that several editors add entries at once
 * without touching the same file (docs/decisions/2026-12-06-live-entries-one-file-each.md).
 */
import { z } from 'astro/zod';
import { correctionSchema } from './correction.ts';
import { dateTimeProblem, dateTimeSchema, textSchema } from './shared.ts';
import type { ReferenceFactory } from './piece.ts';

/** The folder of the entries, below content/: one subfolder per ticker, named by the ticker's Kurzname. */
export const LIVE_FOLDER = 'live';

/** A ticker's status as editors write it (ASCII ids) and as readers read it. */
export const LIVE_STATUS = {
  laeuft: 'Läuft',
  beendet: 'Beendet',
} as const;
export type LiveStatus = keyof typeof LIVE_STATUS;
const liveStatusIds = Object.keys(LIVE_STATUS) as [LiveStatus, ...LiveStatus[]];

export const LIVE_LABEL = 'liveticker';

/** How many key points a summary has: at least one, and no more than a reader takes in at a glance. */
export const SUMMARY_POINTS = { min: 1, max: 8 } as const;

export const liveSchema = z
  .strictObject({
    /** Beginn der Berichterstattung, mit Zeitzone (z. B. 2017-11-02T19:00:00+01:00); kein Eintrag darf früher sein. @label Beginn */
    start: dateTimeSchema,
    /** „laeuft“, solange berichtet wird, „beendet“ danach (dann mit end). @label Status */
    status: z.enum(liveStatusIds, { error: 'muss „laeuft“ oder „beendet“ sein: „laeuft“, solange berichtet wird, „beendet“ danach (dann mit end)' }),
    /** Ende der Berichterstattung, mit Zeitzone; nur bei status „beendet“, und kein Eintrag darf später sein. @label Ende */
    end: dateTimeSchema.optional(),
    /** Die wichtigsten Punkte des Stands, reiner Text, ein Punkt pro Zeile mit „- “, 1 bis 8 Punkte; steht über den Einträgen. @label Zusammenfassung */
    summary: z.array(textSchema('der Punkt der Zusammenfassung', 10, 300)).min(SUMMARY_POINTS.min).max(SUMMARY_POINTS.max),
  })
  .superRefine((live, ctx) => {
    if (live.status === 'beendet' && live.end === undefined) {
      ctx.addIssue({ code: 'custom', path: ['status'], input: live.status, message: '„beendet“ braucht das Ende: schreiben Sie darunter end: mit Datum und Uhrzeit, wann die Berichterstattung endete' });
    }
    if (live.status === 'laeuft' && live.end !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'steht bei status „laeuft“: ein laufender Liveticker hat noch kein Ende; löschen Sie end, oder schreiben Sie status: beendet' });
    }
    if (live.end !== undefined && live.end < live.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'liegt vor start: das Ende der Berichterstattung kommt nach ihrem Beginn' });
    }
  });

export type LiveData = z.output<typeof liveSchema>;

/** The label and the `live` group go together: a ticker is an article labelled „liveticker“ with a `live` group. */
export const checkLiveLabel = (kind: 'article' | 'explainer') => (data: { label: string; live?: unknown }, ctx: z.core.$RefinementCtx): void => {
  if (data.label === LIVE_LABEL && kind === 'explainer') {
    ctx.addIssue({ code: 'custom', path: ['label'], input: data.label, message: '„liveticker“ gibt es nur für Artikel: ein Liveticker gehört nach content/articles/; wählen Sie für ein Erklärstück eine andere Kennzeichnung' });
  } else if (data.label === LIVE_LABEL && data.live === undefined) {
    ctx.addIssue({ code: 'custom', path: ['label'], input: data.label, message: '„liveticker“ braucht im Kopf der Datei den Abschnitt live: mit start, status und summary (siehe EDITING.md, „Einen Liveticker führen“), oder eine andere Kennzeichnung' });
  } else if (data.label !== LIVE_LABEL && data.live !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['label'], input: data.label, message: `„${data.label}“ passt nicht zum Abschnitt live: ein Liveticker hat label: liveticker; ändern Sie die Kennzeichnung, oder löschen Sie den Abschnitt live` });
  }
};

const MINUTE_EXAMPLE = '2017-11-02T19:05+01:00';

/** What is wrong with an entry's time, if anything: a date-time with offset whose seconds, if written, are :00. */
export function minuteTimeProblem(text: string): string | undefined {
  const withSeconds = /T\d{2}:\d{2}(?=Z|[+-])/.test(text) ? text.replace(/(T\d{2}:\d{2})/, '$1:00') : text;
  const problem = dateTimeProblem(withSeconds);
  if (problem) return `muss Datum und Uhrzeit mit Zeitzone sein, auf die Minute genau, wie ${MINUTE_EXAMPLE} (Zeitzone +01:00 für Winterzeit, +02:00 für Sommerzeit)`;
  if (!/T\d{2}:\d{2}:00(?:Z|[+-])/.test(withSeconds)) return `ist auf die Sekunde genau: ein Eintrag hat eine Uhrzeit auf die Minute; lassen Sie die Sekunden weg, wie ${MINUTE_EXAMPLE}`;
  return undefined;
}

/** An entry's time: minute precision, with its offset. */
export const minuteTimeSchema = z
  .union([
    z.date(),
    z.string().superRefine((text, ctx) => {
      const problem = minuteTimeProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ], { error: `muss Datum und Uhrzeit mit Zeitzone sein, auf die Minute genau, wie ${MINUTE_EXAMPLE}` })
  .transform((value) => new Date(value));

/** One entry of a live ticker, a file content/live/<ticker>/<kurzname>.mdx; its body is the entry's text. */
export const liveEntrySchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    /** Zeitpunkt des Eintrags, auf die Minute, mit der Zeitzone, die in Berlin galt (z. B. 2017-11-02T19:05+01:00). @label Zeitpunkt */
    time: minuteTimeSchema,
    /** Kurze Überschrift des Eintrags (optional). @label Überschrift */
    title: textSchema('die Überschrift des Eintrags', 3, 100).optional(),
    /** Kurzname der Autorin oder des Autors (Datei in content/authors/), optional. @label Autorin oder Autor */
    author: reference('authors').optional(),
    /** true: ein wichtiger Eintrag, für Leser als „Wichtig“ markiert. @label Wichtig */
    important: z.boolean().default(false),
    /** Veröffentlichte Korrekturen dieses Eintrags, die älteste zuerst, wie bei einem Beitrag. @label Korrekturen */
    corrections: z.array(correctionSchema).default([]),
  });
