/**
 * Version history for readers: which published versions a piece went through, what changed in
 * each, and a word-level comparison of their text. Pure; src/queries/git-history.ts reads git.
 *
 * Rules (docs/version-history.md, EDITING.md):
 * - A version is a commit that changed the piece's file while the piece was not a draft.
 * - Commits before the first publication fold into the first version ("Erstveröffentlichung",
 *   dated by `published`); later ones are dated by their commit.
 * - A commit with the trailer `Versionen: ohne` (a typo fix) is no version of its own: its
 *   change folds into the version before it. `Versionen: <Text>` gives readers the German
 *   description of the change; otherwise a new correction's note, else "Text überarbeitet":
 *   commit subjects are written for the newsroom, in any language, and never shown to readers.
 */
import { diffWordsWithSpace } from 'diff';
import { parse } from 'yaml';
import type { Correction } from '../schemas/correction.ts';

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

/** One published version of a piece. */
export interface Version {
  /** 1 for the first publication. */
  number: number;
  date: Date;
  /** What changed, in German, for readers. */
  change: string;
  /** Readable text of this version (title, standfirst, body); undefined when no history is at hand. */
  text: string | undefined;
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
    return { data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body };
  } catch {
    return { data: undefined, body };
  }
}

function correctionNotes(data: Record<string, unknown>): string[] {
  const corrections = Array.isArray(data['corrections']) ? data['corrections'] : [];
  return corrections.map((correction) => String((correction as Record<string, unknown> | null)?.['note'] ?? '')).filter((note) => note !== '');
}

/**
 * The published versions of a piece from its file's states (oldest first), given its first
 * publication. `sourceName` names a cited source in the compared text (see readableText), `postWords`
 * gives the words and caption a `<Post>` shows.
 */
export function versionsFromStates(states: readonly FileState[], published: Date, sourceName?: (id: string) => string, postWords?: (id: string) => string): Version[] {
  const versions: Version[] = [];
  // What a reader can see of each version: its text and its correction notes.
  const visible = new Map<Version, string>();
  let previousNotes = new Set<string>();
  for (const state of states) {
    if (state.text === undefined) continue;
    const { data, body } = splitFile(state.text);
    if (!data || data['draft'] === true) continue;
    const text = readableParts(data, body, sourceName, postWords);
    const notes = correctionNotes(data);
    const newNotes = notes.filter((note) => !previousNotes.has(note));
    previousNotes = new Set(notes);
    const last = versions.at(-1);
    const skip = state.trailer?.toLowerCase() === SKIP_TRAILER;
    const seen = `${text}\u0000${notes.join('\u0000')}`;
    if (last && (skip || state.date.getTime() <= published.getTime())) {
      // Not yet public, or a typo fix: the change belongs to the version before.
      last.text = text;
      visible.set(last, seen);
      continue;
    }
    const version: Version = last
      ? { number: 0, date: state.date, change: state.trailer ?? (newNotes.length > 0 ? newNotes.map((note) => `Korrektur: ${note}`).join(' ') : UNDESCRIBED_CHANGE), text }
      : { number: 0, date: published, change: 'Erstveröffentlichung', text };
    versions.push(version);
    visible.set(version, seen);
  }
  // A commit that changed nothing a reader sees (a comment, a formatting fix) is no version.
  return versions
    .filter((version, index) => index === 0 || visible.get(version) !== visible.get(versions[index - 1] as Version))
    .map((version, index) => ({ ...version, number: index + 1 }));
}

/** Without history (a shallow clone, no git): the first publication and each typed correction. */
export function versionsFromCorrections(published: Date, corrections: readonly Pick<Correction, 'date' | 'note'>[]): Version[] {
  return [
    { number: 1, date: published, change: 'Erstveröffentlichung', text: undefined },
    ...[...corrections]
      .sort((a, b) => a.date.getTime() - b.date.getTime())
      .map((correction, index) => ({ number: index + 2, date: correction.date, change: `Korrektur: ${correction.note}`, text: undefined })),
  ];
}

/**
 * What readers compare of an MDX file: headline, standfirst and body as paragraphs of plain
 * text. Components become words (a citation names its source), Markdown marks go.
 */
export function readableText(file: string, sourceName?: (id: string) => string): string {
  const { data, body } = splitFile(file);
  return readableParts(data ?? {}, body, sourceName);
}

function readableParts(data: Record<string, unknown>, mdx: string, sourceName: (id: string) => string = (id) => id, postWords: (id: string) => string = () => ''): string {
  const body = mdx
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<Quelle\b[^>]*?\bid="([^"]*)"[^>]*\/>/g, (_, id: string) => ` [Quelle: ${sourceName(id)}]`)
    .replace(/<Post\b[^>]*?\bid="([^"]*)"[^>]*\/>/g, (_, id: string) => postWords(id))
    .replace(/<Timeline\b[^>]*\/>/g, '[Zeitleiste]')
    .replace(/<Infobox\b[^>]*?\btitle="([^"]*)"[^>]*>/g, '$1\n\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    // List items become paragraphs of their own; heading and quote marks go.
    .replace(/^[ \t]{0,3}([-*+]|\d+\.)[ \t]+/gm, '\n\n')
    .replace(/^[ \t]{0,3}(#{1,6}|>)[ \t]+/gm, '')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2');
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
  return [String(data['title'] ?? ''), String(data['standfirst'] ?? ''), ...paragraphs].filter((part) => part !== '').join('\n\n');
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
  for (const part of diffWordsWithSpace(before, after)) {
    const kind = part.added ? 'inserted' : part.removed ? 'deleted' : 'same';
    part.value.split(/\n\n+/).forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece !== '') paragraphs.at(-1)?.push({ kind, text: piece });
    });
  }
  return paragraphs.filter((segments) => segments.some((segment) => segment.kind !== 'same' && segment.text.trim() !== ''));
}
