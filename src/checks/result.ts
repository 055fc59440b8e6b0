/**
 * The content checks' model: the files they read, the problems they find and the content they
 * accept. The build's integration, the collections' loaders, the outputs (social cards) and
 * tests all work with these types, so they live apart from the code that checks.
 */
import type { z } from 'astro/zod';
import type { Piece } from '../newsroom/pieces.ts';
import type { contentFileSchemas } from '../schemas/content-files.ts';
import type { CollectionName } from '../schemas/piece.ts';
import type { BodyPart } from './body/compile.ts';
import type { EditorFile } from './read/editor-file.ts';
import type { PictureHeader } from './read/picture-header.ts';

export interface Problem {
  severity: 'error' | 'warning';
  /** Repository-relative file. */
  file: string;
  line?: number | undefined;
  /** Field path ("corrections[0].date"), "body" or "file". */
  field: string;
  /** What is wrong and what is expected, in an editor's words. */
  message: string;
}

/** The raw files of each collection, and the entries of content/ that are no collection file. */
export interface ContentFiles extends Record<CollectionName, EditorFile[]> {
  /** Files and folders that are not read, each with the reason (wrong extension, unknown folder, link). */
  problems: Problem[];
  /** The pictures in content/bilder/, by file name. */
  pictures: Map<string, PictureFile>;
}

/** A picture file, opened only when a piece shows it. */
export interface PictureFile {
  /** Repository-relative file. */
  file: string;
  /** Its format and size, its length and a digest of its bytes, or why it cannot be published (read once, then remembered). */
  inspect(): { header: PictureHeader; digest: string; bytes: number } | { problem: string };
}

/**
 * Each collection's data as the checks parse it (src/schemas/content-files.ts): references are
 * entry ids and pictures file names, which the checks resolve themselves.
 */
export type CheckedData = { [C in CollectionName]: z.output<(typeof contentFileSchemas)[C]> };

export interface CheckResult {
  problems: Problem[];
  /** Site path of every piece, keyed "article:<id>" / "explainer:<id>" (for links in MDX). */
  piecePaths: Map<string, string>;
  /** Last change of every valid piece (update, correction or publication), keyed by site path. */
  lastModified: Map<string, Date>;
  /** Permanent redirects from old piece paths (redirectFrom) to current ones, of published pieces. */
  redirects: { from: string; to: string }[];
  /** Every valid piece with its site path, drafts and future pieces included (filter with isPublic). */
  pieces: CheckedPiece[];
  /** Every valid entry of every collection, as read: what the content loader hands to Astro. */
  entries: Record<CollectionName, CheckedEntry[]>;
  /** Every picture a piece shows and the checks accepted (src/loaders/checked-pictures.ts). */
  pictures: CheckedPicture[];
}

/** A picture in content/bilder/ that a piece shows, as the checks accepted it. */
export interface CheckedPicture {
  /** File name in content/bilder/: the `src` editors write. */
  name: string;
  /** Repository-relative file. */
  file: string;
  /** Digest of its bytes: part of the cache key of every page that shows it. */
  digest: string;
  /** Its length in bytes: tells its copies among the files Astro makes from it (src/pictures/originals.ts). */
  bytes: number;
}

/** A valid file as the checks read it: its YAML data untouched, and a piece's compiled body. */
export interface CheckedEntry {
  id: string;
  /** Repository-relative file. */
  file: string;
  /** The raw YAML data (frontmatter or whole file), for the collection's schema. */
  data: Record<string, unknown>;
  /** The piece's body as checked HTML and kit components; absent for YAML files. */
  body?: BodyPart[];
  /** The ids of the timelines the body shows; absent for YAML files. */
  timelines?: string[];
  /** Everything the entry's page is made of: the file's text and what its links resolve to. */
  digestSource: string;
}

/**
 * A valid piece as the checks parsed it (src/newsroom/pieces.ts): its references are ids and its
 * lead image a file name. Enough for work that needs no content layer (social cards, the URL ledger).
 */
export type CheckedPiece = Piece<CheckedData['articles' | 'explainers']>;
