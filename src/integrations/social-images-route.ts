/**
 * Dev server only (injected by the social-images integration): each piece's social card,
 * rendered on request from the content layer, so edits show up on reload. Builds render the
 * cards in worker threads instead and never see this route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPieces } from '../lib/content.ts';
import { socialImageInputOf } from '../lib/social-card.ts';
import { renderSocialImage, type SocialImageInput } from '../lib/social-image.ts';
import { SOCIAL_IMAGE, socialImagePath } from '../lib/urls.ts';

interface Props {
  input: SocialImageInput;
}

export const getStaticPaths = (async () =>
  (await getPieces()).map((piece) => ({
    // The pattern is /social/[...image].png: the rest parameter is the path between.
    params: { image: socialImagePath(piece.path).replace(/^\/social\/|\.png$/g, '') },
    props: { input: socialImageInputOf(piece.data) } satisfies Props,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { png } = await renderSocialImage(props.input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': SOCIAL_IMAGE.type, 'Cache-Control': 'no-cache' } });
};
