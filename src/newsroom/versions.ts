/**
 * Version history for readers: which published versions a piece went through, what changed in
 * each, and a comparison of what readers see of them (headline, standfirst, byline, lead image,
 * text, sources, corrections), part by part and word by word. Pure; src/queries/git-history.ts
 * reads git, src/checks/body/text.ts reads a body as readers read it.
 *
 * Rules (docs/version-history.md, EDITING.md):
 * - A version is a commit that changed the piece's file while the piece was not a draft.
 * - Commits before the first publication fold into the first version ("Erstveröffentlichung",
 *   dated by `published`); later ones are dated by their commit.
 * - A commit with the trailer `Versionen: ohne` (a typo fix) is no version of its own: its
 *   change folds into the version before it. `Versionen: <Text>` gives readers the German
 *   description of the change; otherwise a new correction's note, else "Text überarbeitet":
 *   commit subjects are written for the newsroom, in any language, and never shown to readers.
 * - A commit that changes nothing readers see (ReaderView) is no version.
 */
import { diffArrays, diffWords } from 'diff';
import { parse } from 'yaml';
import { formatDateShort } from '../routing/dates.ts';
import type { Correction } from '../schemas/correction.ts';
import { LABELS, SECTIONS, TOPICS, sectionIds, subsectionName } from '../schemas/taxonomy.ts';

/** A commit that touched a content file, as the one pass over `git log` reads it. */
export interface LogCommit {
  commit: string;
  date: Date;
  /** Value of the commit's `Versionen:` trailer, if any. */
  trailer: string | undefined;
}

/** A commit's change to one file: the file's blob after it (undefined when the commit deleted the file). */
export interface FileCommit extends LogCommit {
  blob: string | undefined;
}

/** What readers see for a change whose commit has no `Versionen:` trailer and adds no correction. */
export const UNDESCRIBED_CHANGE = 'Text überarbeitet';

/** Field and record separators of the log format. */
const RS = '\x1e';
const US = '\x1f';

/** The `git log` format parseLog reads (with --raw --no-abbrev): one record per commit, then its files. */
export const LOG_FORMAT = `${RS}%H${US}%cI${US}%(trailers:key=Versionen,valueonly,separator=%x20)`;

/** ":100644 100644 <old blob> <new blob> M\t<path>": one changed file in `git log --raw`. */
const RAW_LINE = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) [A-Z]\d*\t(.+)$/;
const NO_BLOB = /^0+$/;

/**
 * Commits per file path (as git prints it), oldest first, each with the file's blob after it:
 * `git cat-file` reads blobs by id, which stays fast where a lookup by path would scan a large
 * folder for every request (docs/decisions/2026-11-26-version-history-one-git-pass.md).
 */
export function parseLog(output: string): Map<string, FileCommit[]> {
  const byPath = new Map<string, FileCommit[]>();
  for (const record of output.split(RS)) {
    if (record.trim() === '') continue;
    const [header = '', ...files] = record.split('\n');
    const [commit = '', date = '', trailer = ''] = header.split(US);
    const entry: LogCommit = { commit, date: new Date(date), trailer: trailer.trim() || undefined };
    for (const line of files) {
      const match = RAW_LINE.exec(line);
      if (!match) continue;
      const [, blob = '', file = ''] = match;
      const list = byPath.get(file) ?? [];
      list.push({ ...entry, blob: NO_BLOB.test(blob) ? undefined : blob });
      byPath.set(file, list);
    }
  }
  // git log lists newest first.
  for (const list of byPath.values()) list.reverse();
  return byPath;
}

/** The trailer value that keeps a commit out of the list (case-insensitive). */
const SKIP_TRAILER = 'ohne';

/**
 * What a reader sees of one version, part by part: the parts the version page compares, each as
 * plain text (paragraphs where a part has several). Everything else in a file (YAML layout,
 * comments, ids that render alike, dates, redirects, `draft`) is not in it, so a change there is
 * no version.
 */
export interface ReaderView {
  /** Where the piece is filed, as its page names it: label, section and subsection. */
  filing: string[];
  title: string;
  standfirst: string;
  byline: string;
  /** The lead image's words (picturePart). */
  image: string[];
  /** The body as readers read it, kit components in words (src/checks/body/text.ts). */
  body: string[];
  /** The "Quellen" list, each source as readers see it named, in order. */
  sources: string[];
  /** Each correction note as it stands on the piece. */
  corrections: string[];
  /** The topics the piece is filed under, by their names. */
  topics: string[];
}

/** The labels readers see on a comparison's parts, in the order the page shows them. */
export const PART_LABELS: Readonly<Record<keyof ReaderView, string>> = {
  filing: 'Einordnung',
  title: 'Überschrift',
  standfirst: 'Vorspann',
  byline: 'Autorenzeile',
  image: 'Aufmacherbild',
  body: 'Text',
  sources: 'Quellen',
  corrections: 'Korrekturen',
  topics: 'Themen',
};

/** Reads the parts of a version that need the rest of the site: its body and its sources' names. */
export interface VersionReader {
  /** The paragraphs readers read of an MDX body citing `sources`; undefined when the body does not compile. */
  body(mdx: string, sources: readonly string[]): string[] | undefined;
  /** A cited source as readers see it named (publisher and date). */
  sourceName(id: string): string;
}

/** One published version of a piece. */
export interface Version {
  /** 1 for the first publication. */
  number: number;
  date: Date;
  /** What changed, in German, for readers. */
  change: string;
  /** What readers saw of this version; undefined when no history is at hand. */
  view: ReaderView | undefined;
}

/** A commit with the file's text at that commit (undefined where the file did not exist). */
export interface FileState extends LogCommit {
  text: string | undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** An MDX file's frontmatter (dates kept as text) and body; undefined frontmatter when it does not parse. */
function splitFile(file: string): { data: Record<string, unknown> | undefined; body: string } {
  const match = FRONTMATTER.exec(file);
  const body = match ? file.slice(match[0].length) : file;
  try {
    const data: unknown = parse(match?.[1] ?? '', { schema: 'core' });
    return { data: isRecord(data) ? data : {}, body };
  } catch {
    return { data: undefined, body };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A field as readers read it: text with its whitespace collapsed ('' when absent). */
function words(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\s+/g, ' ').trim() : '';
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function correctionNotes(data: Record<string, unknown>): string[] {
  return list(data['corrections']).map((correction) => words(isRecord(correction) ? correction['note'] : undefined)).filter((note) => note !== '');
}

/** A correction as it stands on the piece: „Korrektur vom 22.11.2026: …“. */
function correctionLine(correction: unknown): string {
  if (!isRecord(correction)) return '';
  const date = new Date(words(correction['date']));
  const day = Number.isNaN(date.getTime()) ? words(correction['date']) : formatDateShort(date);
  return `Korrektur vom ${day}: ${words(correction['note'])}`;
}

/**
 * A picture's words, for the lead image and each <Bild>: its file (another picture under the
 * same words is a change too), its description for readers who cannot see it, its caption
 * and its credit line with the licence, each labelled as readers would name it.
 */
export function picturePart(picture: { src?: unknown; alt?: unknown; caption?: unknown; credit?: unknown; license?: unknown }): string[] {
  const credit = [words(picture.credit), words(picture.license)].filter((part) => part !== '').join(', ');
  return [
    `Bilddatei: ${words(picture.src)}`,
    `Bildbeschreibung: ${words(picture.alt)}`,
    ...(words(picture.caption) === '' ? [] : [`Bildunterschrift: ${words(picture.caption)}`]),
    `Bildnachweis: ${credit}`,
  ];
}

/** What readers see of a file's version, or undefined for a draft or a file that does not parse or compile. */
export function readerView(file: string, reader: VersionReader): ReaderView | undefined {
  const { data, body: mdx } = splitFile(file);
  if (!data || data['draft'] === true) return undefined;
  const sources = list(data['sources']).map(words);
  const body = reader.body(mdx, sources);
  if (!body) return undefined;
  const image = data['image'];
  return {
    filing: filingOf(data),
    title: words(data['title']),
    standfirst: words(data['standfirst']),
    byline: words(data['byline']),
    image: isRecord(image) ? picturePart(image) : [],
    body,
    sources: sources.map((id) => reader.sourceName(id)),
    corrections: list(data['corrections']).map(correctionLine).filter((line) => line !== ''),
    topics: list(data['topics']).map((id) => nameIn(TOPICS, id)),
  };
}

/** A vocabulary's display name for `id`, or the id as written where the list has no such entry. */
function nameIn(names: Readonly<Record<string, string>>, id: unknown): string {
  return names[words(id)] ?? words(id);
}

/** The label and the section with its subsection, as the piece's page names them. */
function filingOf(data: Record<string, unknown>): string[] {
  const sectionId = words(data['section']);
  const section = sectionIds.find((id) => id === sectionId);
  const subsection = section ? subsectionName(section, words(data['subsection'])) : words(data['subsection']);
  return [`Label: ${nameIn(LABELS, data['label'])}`, `Ressort: ${section ? SECTIONS[section].name : sectionId} › ${subsection}`];
}

/** A part of two versions that differs: its label and the paragraphs that changed. */
export interface ChangedPart {
  label: string;
  paragraphs: DiffSegment[][];
}

/**
 * What changed between two versions, part by part, in the order of PART_LABELS; empty when a
 * reader sees no difference. Sources and topics are compared as lists (each added or removed
 * entry a line of its own), every other part word by word.
 */
export function compareViews(before: ReaderView, after: ReaderView): ChangedPart[] {
  return (Object.keys(PART_LABELS) as (keyof ReaderView)[]).flatMap((key): ChangedPart[] => {
    const old = before[key];
    const now = after[key];
    const paragraphs =
      key === 'sources' || key === 'topics'
        ? diffArrays([...old], [...now]).flatMap((change) =>
            change.added || change.removed ? change.value.map((name): DiffSegment[] => [{ kind: change.added ? 'inserted' : 'deleted', text: name }]) : [],
          )
        : changedParagraphs(typeof old === 'string' ? old : old.join('\n\n'), typeof now === 'string' ? now : now.join('\n\n'));
    return paragraphs.length > 0 ? [{ label: PART_LABELS[key], paragraphs }] : [];
  });
}

/**
 * The published versions of a piece from its file's states (oldest first), given its first
 * publication; `reader` reads what readers see of each.
 */
export function versionsFromStates(states: readonly FileState[], published: Date, reader: VersionReader): Version[] {
  const versions: Version[] = [];
  let previousNotes = new Set<string>();
  for (const state of states) {
    if (state.text === undefined) continue;
    const view = readerView(state.text, reader);
    if (!view) continue;
    const notes = correctionNotes(splitFile(state.text).data ?? {});
    const newNotes = notes.filter((note) => !previousNotes.has(note));
    previousNotes = new Set(notes);
    const last = versions.at(-1);
    const skip = state.trailer?.toLowerCase() === SKIP_TRAILER;
    if (last && (skip || state.date.getTime() <= published.getTime())) {
      // Not yet public, or a typo fix: the change belongs to the version before.
      last.view = view;
      continue;
    }
    versions.push(
      last
        ? { number: 0, date: state.date, change: state.trailer ?? (newNotes.length > 0 ? newNotes.map((note) => `Korrektur: ${note}`).join(' ') : UNDESCRIBED_CHANGE), view }
        : { number: 0, date: published, change: 'Erstveröffentlichung', view },
    );
  }
  // A commit that changed nothing a reader sees (a comment, a formatting fix, a draft field) is no version.
  const kept: Version[] = [];
  for (const version of versions) {
    const last = kept.at(-1)?.view;
    if (!last || !version.view || compareViews(last, version.view).length > 0) kept.push(version);
  }
  return kept.map((version, index) => ({ ...version, number: index + 1 }));
}

/** Without history (a shallow clone, no git): the first publication and each typed correction. */
export function versionsFromCorrections(published: Date, corrections: readonly Pick<Correction, 'date' | 'note'>[]): Version[] {
  return [
    { number: 1, date: published, change: 'Erstveröffentlichung', view: undefined },
    ...[...corrections]
      .sort((a, b) => a.date.getTime() - b.date.getTime())
      .map((correction, index) => ({ number: index + 2, date: correction.date, change: `Korrektur: ${correction.note}`, view: undefined })),
  ];
}

/** A run of text in a comparison. */
export interface DiffSegment {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

/**
 * The word-level comparison of two texts, as the paragraphs that changed (unchanged ones are
 * left out). A paragraph break on either side starts a new paragraph.
 */
export function changedParagraphs(before: string, after: string): DiffSegment[][] {
  const paragraphs: DiffSegment[][] = [[]];
  for (const part of diffWords(before, after)) {
    const kind = part.added ? 'inserted' : part.removed ? 'deleted' : 'same';
    part.value.split(/\n\n+/).forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece !== '') paragraphs.at(-1)?.push({ kind, text: piece });
    });
  }
  return paragraphs.filter((segments) => segments.some((segment) => segment.kind !== 'same' && segment.text.trim() !== ''));
}
