/** Which public pieces are linked with which, either way (src/newsroom/relations.ts). */
import { newestFirst } from '../newsroom/pieces.ts';
import { buildRelations, pieceKey } from '../newsroom/relations.ts';
import { oncePerBuild } from './once.ts';
import { getPieces, getPiecesByKey, type AnyPiece } from './pieces.ts';

/** The relation graph of all public pieces, built once per build. */
const getRelations = oncePerBuild(() =>
  getPieces().then((pieces) =>
    buildRelations(
      pieces.map((piece) => ({
        key: pieceKey(piece.kind, piece.id),
        explains: piece.kind === 'explainer' ? pieceKey('article', piece.data.article.id) : undefined,
        related: piece.kind === 'explainer' ? piece.data.related.map((ref) => pieceKey('explainer', ref.id)) : [],
      })),
    ),
  ),
);

/** Pieces linked with `piece` either way: articles first, then newest first. */
export async function getRelatedPieces(piece: AnyPiece): Promise<AnyPiece[]> {
  const [byKey, relations] = await Promise.all([getPiecesByKey(), getRelations()]);
  const neighbours = relations.get(pieceKey(piece.kind, piece.id)) ?? new Set<string>();
  return [...neighbours]
    .flatMap((key) => byKey.get(key) ?? [])
    .sort((a, b) => Number(a.kind === 'explainer') - Number(b.kind === 'explainer') || newestFirst(a, b));
}
