/**
 * Dev server only (injected by the social cards' integration): each piece's social card,
 * rendered on request from the content as last checked (the loader re-checks on every save),
 * so edits, a new lead image included, show up on reload. Builds render the cards in worker
 * threads instead and never see this route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentRoot } from '../../content-root.ts';
import { checkedResult } from '../../checks/checked-state.ts';
import { renderCard, type CardInput } from './render.ts';
import { cardJobs } from './jobs.ts';
import { buildTime } from '../../util/clock.ts';
import { CARD_MEDIA_TYPES } from './format.ts';

interface Props {
  input: CardInput;
}

// Injected twice, as /social/[...image].png and /social/[...image].jpg (a pattern with an
// extension is a file, which trailingSlash: 'always' leaves alone): each gets its own cards.
export const getStaticPaths = (({ routePattern }) => {
  const { pieces, pictures } = checkedResult(contentRoot);
  const byName = new Map(pictures.map((picture) => [picture.name, picture]));
  return cardJobs(pieces, buildTime(), '', byName)
    .filter((job) => routePattern.endsWith(`.${job.format}`))
    .map((job) => ({
      // The rest parameter is the card's path between /social/ and the extension.
      params: { image: job.imagePath.replace(/^\/social\/|\.(png|jpg)$/g, '') },
      props: { input: job.input } satisfies Props,
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { bytes, format } = await renderCard(props.input);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': CARD_MEDIA_TYPES[format], 'Cache-Control': 'no-cache' } });
};
