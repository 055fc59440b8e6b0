/**
 * Pure rules about pieces: what is public, in which order, and what a piece's dates are.
 * No Astro imports, so they are unit tested directly.
 */
import type { ImageMetadata } from 'astro';
import type { Correction } from '../schemas/correction.ts';
import type { Focus } from '../schemas/image.ts';
import type { LabelId, SectionId, TopicId } from '../schemas/taxonomy.ts';
import { effectiveUpdate } from './corrections.ts';
import { piecePath } from '../routing/urls.ts';

/** The frontmatter every piece shares, as the schemas output it. */
export interface PieceData {
  title: string;
  standfirst: string;
  section: SectionId;
  subsection: string;
  label: LabelId;
  published: Date;
  updated?: Date | undefined;
  byline?: string | undefined;
  topics: TopicId[];
  corrections: Correction[];
  redirectFrom: string[];
  draft: boolean;
  /** The lead image: `src` is Astro's image import on pages, the file name in the content checks. */
  image?: { src: unknown; alt: string; focus?: Focus | undefined } | undefined;
}

export type PieceKind = 'article' | 'explainer';

/** A piece as pages have it: its lead image, if any, is Astro's image import. */
export type ShownPiece = Piece<PieceData & { image?: { src: ImageMetadata; alt: string; focus?: Focus | undefined } | undefined }>;

/** A piece ready for pages: its data plus what follows from it. */
export interface Piece<D extends PieceData = PieceData> {
  kind: PieceKind;
  id: string;
  data: D;
  /** Site-relative URL. */
  path: string;
  /** Last change (update or newest correction), if any. */
  modified: Date | undefined;
}

/** Readers see a piece once it is not a draft and its publication time has come. */
export function isPublic(data: Pick<PieceData, 'draft' | 'published'>, now: Date): boolean {
  return !data.draft && data.published.getTime() <= now.getTime();
}

export function toPiece<D extends PieceData>(kind: PieceKind, id: string, data: D): Piece<D> {
  return { kind, id, data, path: piecePath({ ...data, slug: id }), modified: effectiveUpdate(data) };
}

/** Newest first by publication; ties broken by id so builds are reproducible. */
export function newestFirst(a: Piece, b: Piece): number {
  return b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);
}
