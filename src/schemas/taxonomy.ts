/**
 * The newsroom's fixed vocabularies: sections, labels and topics. Adding a value here is an
 * editorial decision; the schemas reject anything not listed, so a typo fails the build.
 */
import { z } from 'astro/zod';

/** Sections ("Ressorts") with their subsections; keys are URL segments, values display names. */
export const SECTIONS = {
  chronik: { name: 'Chronik', subsections: { welt: 'Welt', deutschland: 'Deutschland' } },
  digital: { name: 'Digital', subsections: { netzpolitik: 'Netzpolitik', plattformen: 'Plattformen' } },
} as const;

export type SectionId = keyof typeof SECTIONS;
export const sectionIds = Object.keys(SECTIONS) as [SectionId, ...SectionId[]];

/** Labels name the form of a piece; readers see them on pages and teasers. */
export const LABELS = {
  nachricht: 'Nachricht',
  erklaerstueck: 'Erklärstück',
  hintergrund: 'Hintergrund',
  chronologie: 'Chronologie',
  liveticker: 'Liveticker',
} as const;

export type LabelId = keyof typeof LABELS;

/** What each label tells readers about a piece, as the Grundsätze page explains it. */
export const LABEL_MEANINGS: Readonly<Record<LabelId, string>> = {
  nachricht: 'Ein Bericht über ein Ereignis: was geschehen ist, wie es die genannten Quellen belegen.',
  erklaerstueck: 'Erklärt eine Frage zu einem Ereignis, etwa wie etwas möglich war.',
  hintergrund: 'Ordnet ein Ereignis ein: die Menschen, die Vorgeschichte und was danach geschah.',
  chronologie: 'Zeigt den Ablauf eines Ereignisses in zeitlicher Reihenfolge.',
  liveticker: 'Berichtet laufend über ein Ereignis, während es geschieht: datierte Einträge, der neueste oben, darüber eine Zusammenfassung des Stands.',
};
export const labelIds = Object.keys(LABELS) as [LabelId, ...LabelId[]];

/** Topics ("Themen") a piece can be filed under; keys are URL segments. */
export const TOPICS = {
  twitter: 'Twitter',
  'donald-trump': 'Donald Trump',
  'bahtiyar-duysak': 'Bahtiyar Duysak',
  'soziale-netzwerke': 'Soziale Netzwerke',
} as const;

export type TopicId = keyof typeof TOPICS;
export const topicIds = Object.keys(TOPICS) as [TopicId, ...TopicId[]];

const quoted = (values: readonly string[]) => values.map((v) => `„${v}“`).join(', ');

export const sectionSchema = z.enum(sectionIds, {
  error: `muss eines dieser Ressorts sein: ${quoted(sectionIds)}`,
});
export const labelSchema = z.enum(labelIds, {
  error: `muss eine dieser Kennzeichnungen sein: ${quoted(labelIds)}`,
});
export const topicSchema = z.enum(topicIds, {
  error: `muss eines dieser Themen sein: ${quoted(topicIds)} (siehe EDITING.md, „Ressorts, Unterressorts und Themen“)`,
});

/** The subsections a section allows, for validation and error messages. */
export function subsectionIdsOf(section: SectionId): string[] {
  return Object.keys(SECTIONS[section].subsections);
}

/** Display name of a subsection ("Welt"); the id itself if the section has no such subsection. */
export function subsectionName(section: SectionId, subsection: string): string {
  const names: Record<string, string> = SECTIONS[section].subsections;
  return names[subsection] ?? subsection;
}
