/**
 * What `npm run new` writes: a fresh article, explainer or source file with every required
 * field, `draft: true`, and placeholders the content checks reject until they are replaced.
 * Pure functions; scripts/new.ts does the reading, writing and printing.
 */
import { domainToUnicode } from 'node:url';
import { stringify } from 'yaml';
import { LABELS, SECTIONS, subsectionIdsOf, topicIds, type LabelId, type SectionId } from '../schemas/taxonomy.ts';
import { isoWithOffset, zonedParts } from '../routing/dates.ts';
import { placeholder } from '../schemas/placeholder.ts';
import { slugify } from '../newsroom/slug.ts';

/** A YAML scalar as short as it can safely be written (quoted only where YAML needs it). */
const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();
const list = (values: readonly string[]) => `[${values.join(', ')}]`;

export interface PieceStub {
  title: string;
  section: SectionId;
  subsection: string;
  label: LabelId;
  /** Now: the first publication until the editor sets the real time. */
  published: Date;
  topics?: readonly string[];
  /** For an explainer: the id of the article it explains. */
  article?: string;
}

/** The MDX of a new piece (article, or explainer when `article` is given). */
export function pieceFile(stub: PieceStub): string {
  const sections = Object.keys(SECTIONS).join(', ');
  const lines = [
    '---',
    `title: ${scalar(stub.title)}`,
    `standfirst: ${scalar(placeholder('Vorspann, ein oder zwei Sätze unter der Überschrift (40 bis 400 Zeichen)'))}`,
    `section: ${stub.section}          # eines von: ${sections}`,
    `subsection: ${stub.subsection}          # in ${stub.section}: ${subsectionIdsOf(stub.section).join(', ')}`,
    `label: ${stub.label}          # eines von: ${Object.keys(LABELS).join(', ')}`,
    `published: ${isoWithOffset(stub.published)}   # Erstveröffentlichung mit Zeitzone (+01:00 Winterzeit, +02:00 Sommerzeit); bestimmt die Adresse`,
    `topics: ${list(stub.topics ?? [])}          # Themen aus: ${topicIds.join(', ')}`,
    'sources: []          # Dateinamen in content/sources/ ohne .yaml (neue Quelle: npm run new -- quelle <Webadresse>)',
    ...(stub.article === undefined ? [] : [`article: ${stub.article}`, 'related: []          # andere Erklärstücke']),
    'draft: true          # diese Zeile löschen, um zu veröffentlichen',
    '---',
    '',
    placeholder('Ihr Text, in Absätzen; Zwischenüberschriften mit ##, Belege und Bausteine wie in EDITING.md unter „Bausteine im Text“.'),
    '',
  ];
  return lines.join('\n');
}

/** A new source: its id (convention: publisher-date) and its YAML. */
export function sourceStub(address: string, now: Date): { id: string; text: string } {
  const url = new URL(address);
  const { year, month: thisMonth, day: thisDay } = zonedParts(now);
  const today = `${year}-${thisMonth}-${thisDay}`;
  const day = /(?:^|\/)((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\/|-|$)/.exec(url.pathname);
  const month = day ? undefined : /(?:^|\/)((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(url.pathname);
  const date = day ? `${day[1]}-${day[2]}-${day[3]}` : month ? `${month[1]}-${month[2]}` : undefined;
  const lastSegment = readable(url.pathname.split('/').filter((segment) => segment !== '').at(-1) ?? '');
  const rest = date ?? slugify(lastSegment.replace(/\.[a-z]+$/, '').replaceAll('-', ' ')).split('-').slice(0, 4).join('-');
  const id = [publisherOf(domainToUnicode(url.hostname) || url.hostname), rest].filter((part) => part !== '').join('-');
  const german = /\.(de|at|ch)$/.test(url.hostname);
  const text = [
    `publisher: ${scalar(placeholder('Medium oder Agentur, z. B. TechCrunch'))}`,
    `title: ${scalar(placeholder('Überschrift des Beitrags in seiner Sprache; Zeile löschen, wenn unbekannt'))}`,
    // A date must parse, or the dev server could not load the content at all: without one in the
    // address, today's stands in, and a placeholder note makes the editor check it.
    `date: ${date ?? today}`,
    `url: ${scalar(url.href)}`,
    `language: ${german ? 'de' : 'en'}          # de oder en: bitte prüfen`,
    ...(date ? [] : [`note: ${scalar(placeholder(`Erscheinungstag prüfen: ${today} ist der Tag des Anlegens. Danach diese Zeile löschen oder eine Notiz für Leser schreiben`))}`]),
    '',
  ].join('\n');
  return { id, text };
}

/** A path segment as the browser shows it ("%C5%81%C3%B3d%C5%BA" → "Łódź"), or as it is if it does not decode. */
function readable(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** "techcrunch" for www.techcrunch.com, "bbc" for www.bbc.co.uk. */
export function publisherOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/^www\d*\./, '').split('.');
  labels.pop();
  if (labels.length > 1 && /^(co|com|org|net|gov|ac)$/.test(labels.at(-1) ?? '')) labels.pop();
  return slugify(labels.at(-1) ?? hostname);
}

