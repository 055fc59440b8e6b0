/** Renders a piece's or a live entry's body to an HTML string (for feeds), with the same component as its page. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import PieceBody from '../../components/PieceBody.astro';
import type { BodyPart } from '../../checks/body/compile.ts';
import { type AnyPiece, pieceBody } from '../../queries/pieces.ts';

let containerOnce: Promise<AstroContainer> | undefined;

export function renderPieceBody(piece: AnyPiece): Promise<string> {
  return renderBody(pieceBody(piece));
}

/** Any compiled body (a piece's, a live entry's) as a feed carries it; `scope` as its page gives it (a live entry's name). */
export async function renderBody(parts: readonly BodyPart[], scope?: string): Promise<string> {
  containerOnce ??= AstroContainer.create();
  const container = await containerOnce;
  return container.renderToString(PieceBody, { props: { parts, feed: true, scope } });
}
