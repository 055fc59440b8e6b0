/**
 * What the rules in src/checks/rules/ share, built once after every file is parsed: the ids of
 * all files, the valid entries, each piece's address, and what the rules collect on the way
 * (cited sources, shown pictures). Lookups go through maps, so checking one piece never scans
 * all the others.
 */
import { toPiece } from '../newsroom/pieces.ts';
import type { CollectionName } from '../schemas/piece.ts';
import { entryId } from './read/content-files.ts';
import { formatPath, type EditorFile, type FieldPath } from './read/editor-file.ts';
import type { CheckedData, CheckedPicture, CheckedPiece, ContentFiles, PictureFile, Problem } from './result.ts';

export type PieceCollection = 'articles' | 'explainers';

/** A file that passed its collection's schema. */
export interface Entry<C extends CollectionName> {
  id: string;
  file: EditorFile;
  data: CheckedData[C];
}

/** The valid entries of each collection, in file order. */
export type ValidEntries = { [C in CollectionName]: Entry<C>[] };

/** A valid article or explainer, with its model: kind, address and last change. */
export interface PieceEntry extends Entry<PieceCollection> {
  piece: CheckedPiece;
}

/** Where in a file a problem lies: a field, the body, or the file as a whole. */
export type Place = FieldPath | 'body' | 'file';

/** Reports a problem of `file`, at `line` or else at the line of the field. */
export type Report = (file: EditorFile, place: Place, message: string, line?: number, severity?: Problem['severity']) => void;

/** A report that adds to `problems`. */
export function reporter(problems: Problem[]): Report {
  return (file, place, message, line, severity = 'error') =>
    problems.push({
      severity,
      file: file.file,
      line: line ?? (typeof place === 'string' ? undefined : file.lineOf(place)),
      field: typeof place === 'string' ? place : formatPath(place),
      message,
    });
}

export interface CheckContext {
  report: Report;
  /** Every problem so far; a picture no piece shows is added here directly (it has no editor's file). */
  problems: Problem[];
  /** The build time: what counts as "now" for future dates and scheduled pieces. */
  now: Date;
  /** Whether `date` lies later than the build, beyond what clocks and time zones explain. */
  inFuture(date: Date): boolean;
  /**
   * Entry ids of every file, valid or not. Existence is judged by files, not by valid entries:
   * a file with its own errors is reported once, not again by everything that refers to it.
   */
  ids: Record<CollectionName, Set<string>>;
  valid: ValidEntries;
  /**
   * The files of each collection that did not pass their schema. Their bodies are still checked,
   * and while any exists, nothing is called unused that such a file might use.
   */
  failed: Record<CollectionName, EditorFile[]>;
  articleById: Map<string, Entry<'articles'>>;
  explainerById: Map<string, Entry<'explainers'>>;
  timelineById: Map<string, Entry<'timeline'>>;
  sourceById: Map<string, Entry<'sources'>>;
  /** Every valid piece: articles, then explainers. */
  pieces: PieceEntry[];
  /** Pieces by the target of a link in a body ("article:<id>", "explainer:<id>"). */
  pieceByLink: Map<string, PieceEntry>;
  /** The first piece at each address (a second one there is an error). */
  ownerOf: Map<string, PieceEntry>;
  /** Source ids cited anywhere: in a piece's or an event's list, or in a body. */
  cited: Set<string>;
  pictures: ShownPictures;
}

/** The pictures of content/bilder/, and what the pieces made of them. */
export interface ShownPictures {
  files: Map<string, PictureFile>;
  /** Names any piece shows, accepted or not. */
  named: Set<string>;
  /** Digests of the accepted pictures each file shows: part of its page's cache key. */
  digestsOf: Map<EditorFile, string[]>;
  /** The accepted pictures by name, in the order first shown. */
  accepted: Map<string, CheckedPicture>;
}

/** How far in the future a correction, update or source may be dated (clocks and time zones differ). */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export function checkContext(files: ContentFiles, valid: ValidEntries, report: Report, problems: Problem[], now: Date): CheckContext {
  const latestPlausible = now.getTime() + FUTURE_TOLERANCE_MS;
  const idsOf = (collection: CollectionName) => new Set(files[collection].map((file) => entryId(file.file, collection)));
  const pieces: PieceEntry[] = [
    ...valid.articles.map((entry) => ({ ...entry, piece: toPiece('article', entry.id, entry.data) })),
    ...valid.explainers.map((entry) => ({ ...entry, piece: toPiece('explainer', entry.id, entry.data) })),
  ];
  const failedOf = (collection: CollectionName) => {
    const passed = new Set<EditorFile>(valid[collection].map((entry) => entry.file));
    return files[collection].filter((file) => !passed.has(file));
  };
  const ownerOf = new Map<string, PieceEntry>();
  for (const entry of pieces) if (!ownerOf.has(entry.piece.path)) ownerOf.set(entry.piece.path, entry);
  return {
    report,
    problems,
    now,
    inFuture: (date) => date.getTime() > latestPlausible,
    ids: { articles: idsOf('articles'), explainers: idsOf('explainers'), sources: idsOf('sources'), timeline: idsOf('timeline'), authors: idsOf('authors'), live: idsOf('live') },
    valid,
    failed: { articles: failedOf('articles'), explainers: failedOf('explainers'), sources: failedOf('sources'), timeline: failedOf('timeline'), authors: failedOf('authors'), live: failedOf('live') },
    articleById: new Map(valid.articles.map((entry) => [entry.id, entry])),
    explainerById: new Map(valid.explainers.map((entry) => [entry.id, entry])),
    timelineById: new Map(valid.timeline.map((entry) => [entry.id, entry])),
    sourceById: new Map(valid.sources.map((entry) => [entry.id, entry])),
    pieces,
    pieceByLink: new Map(pieces.map((entry) => [`${entry.piece.kind}:${entry.id}`, entry])),
    ownerOf,
    cited: new Set(),
    pictures: { files: files.pictures, named: new Set(), digestsOf: new Map(), accepted: new Map() },
  };
}
