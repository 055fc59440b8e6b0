/**
 * The one model of a piece: its data as its schema outputs it, with its address and last change.
 * The checks hold pieces whose references and pictures are ids and file names (CheckedPiece);
 * pages hold the same pieces with Astro's references and image imports (AnyPiece in
 * src/queries/pieces.ts). Pure rules: what is public, in which order.
 */
import { piecePath } from '../routing/urls.ts';
import type { PieceData } from '../schemas/piece.ts';
import { effectiveUpdate } from './corrections.ts';

export type PieceKind = 'article' | 'explainer';

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

/** The editor's file of a piece below content/ ("articles/dieser-mann.mdx"). */
export function pieceFile({ kind, id }: Pick<Piece, 'kind' | 'id'>): string {
  return `${kind === 'article' ? 'articles' : 'explainers'}/${id}.mdx`;
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
