/**
 * What a piece's social card says and shows, where it is and its description for screen
 * readers. Shared by the page head, the build integration and the dev route, so the alt text,
 * the address and the pixels always describe the same card. No renderer imports: pages include this.
 */
import { LABELS, SECTIONS, subsectionName, type LabelId, type SectionId } from '../../schemas/taxonomy.ts';
import { site } from '../../site.config.ts';
import type { SocialImageInput, SocialPicture } from './render.ts';
import { SOCIAL_IMAGE, SOCIAL_IMAGE_TYPES, socialImagePath } from '../../routing/urls.ts';

/** The frontmatter fields the card shows. */
export interface SocialCardSource {
  title: string;
  section: SectionId;
  subsection: string;
  label: LabelId;
  /** The lead image, if any: the card shows it, and its alt text describes it. */
  image?: { alt: string } | undefined;
}

/** What the card shows; `picture` is the lead image's file, when the piece has one. */
export function socialImageInputOf(piece: SocialCardSource, picture?: SocialPicture): SocialImageInput {
  return {
    siteName: site.name,
    kicker: `${SECTIONS[piece.section].name} › ${subsectionName(piece.section, piece.subsection)}`,
    label: LABELS[piece.label],
    headline: piece.title,
    ...(picture && { picture }),
  };
}

/** German alt text for og:image:alt and twitter:image:alt: the picture, if any, then the card's text in reading order. */
export function socialImageAlt(piece: SocialCardSource): string {
  const { siteName, kicker, label, headline } = socialImageInputOf(piece);
  const text = `${kicker}, ${label}. Überschrift: „${headline}“`;
  if (piece.image) return `Vorschaubild von ${siteName}: ${piece.image.alt.replace(/[.!?]?$/, '.')} Darauf: ${text}`;
  return `Vorschaubild von ${siteName}: ${text}`;
}

/** A piece's card as pages announce it: address, media type, size and alt text. */
export function socialCardOf(piece: { path: string; data: SocialCardSource }): { path: string; type: string; width: number; height: number; alt: string } {
  const format = piece.data.image ? 'jpg' : 'png';
  return { path: socialImagePath(piece.path, format), type: SOCIAL_IMAGE_TYPES[format], ...SOCIAL_IMAGE, alt: socialImageAlt(piece.data) };
}
