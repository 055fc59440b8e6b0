/** Renders a piece's body to an HTML string (for feeds), with the same component as its page. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import PieceBody from '../../components/PieceBody.astro';
import { type AnyPiece, pieceBody } from '../../queries/pieces.ts';

let containerOnce: Promise<AstroContainer> | undefined;

export async function renderPieceBody(piece: AnyPiece): Promise<string> {
  containerOnce ??= AstroContainer.create();
  const container = await containerOnce;
  return container.renderToString(PieceBody, { props: { parts: pieceBody(piece), feed: true } });
}
