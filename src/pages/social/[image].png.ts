/**
 * Social images of every public piece, one PNG per format, at socialImagePath(). The ".png"
 * stays in the route's file name so the build writes a file, not a folder with an index.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPieces } from '../../lib/content.ts';
import { renderSocialImage, type SocialImageInput } from '../../lib/social-image.ts';
import { SOCIAL_IMAGE_SIZES, type SocialImageFormat } from '../../lib/urls.ts';
import { LABELS, SECTIONS, subsectionName } from '../../schemas/taxonomy.ts';
import { site } from '../../site.config.ts';

interface Props {
  input: SocialImageInput;
}

const formats = Object.keys(SOCIAL_IMAGE_SIZES) as SocialImageFormat[];

export const getStaticPaths = (async () =>
  (await getPieces()).flatMap((piece) => {
    const { title, label, section, subsection } = piece.data;
    return formats.map((format) => ({
      // Must match socialImagePath(piece.id, format): /social/{slug}-{format}.png
      params: { image: `${piece.id}-${format}` },
      props: {
        input: {
          siteName: site.name,
          kicker: `${SECTIONS[section].name} › ${subsectionName(section, subsection)}`,
          label: LABELS[label],
          headline: title,
          ...SOCIAL_IMAGE_SIZES[format],
        },
      } satisfies Props,
    }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { png } = await renderSocialImage(props.input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
