/** Renders a piece's MDX body to an HTML string (for feeds), with the editors' MDX components. */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { mdxComponents } from '../components/mdx/index.ts';
import type { AnyPiece } from './content.ts';

let containerOnce: Promise<AstroContainer> | undefined;

export async function renderPieceBody(piece: AnyPiece): Promise<string> {
  containerOnce ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const container = await containerOnce;
  const { Content } = await render(piece.entry);
  return container.renderToString(Content, { props: { components: mdxComponents } });
}
