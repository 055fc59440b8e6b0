/**
 * What a piece's social card says, and its description for screen readers. Shared by the
 * page head, the build integration and the dev route, so the alt text and the pixels always
 * describe the same card. No renderer imports: pages include this.
 */
import { LABELS, SECTIONS, subsectionName, type LabelId, type SectionId } from '../schemas/taxonomy.ts';
import { site } from '../site.config.ts';
import type { SocialImageInput } from './social-image.ts';

/** The frontmatter fields the card shows. */
export interface SocialCardSource {
  title: string;
  section: SectionId;
  subsection: string;
  label: LabelId;
}

export function socialImageInputOf(piece: SocialCardSource): SocialImageInput {
  return {
    siteName: site.name,
    kicker: `${SECTIONS[piece.section].name} › ${subsectionName(piece.section, piece.subsection)}`,
    label: LABELS[piece.label],
    headline: piece.title,
  };
}

/** German alt text for og:image:alt and twitter:image:alt: the card's text, in reading order. */
export function socialImageAlt(piece: SocialCardSource): string {
  const { siteName, kicker, label, headline } = socialImageInputOf(piece);
  return `Vorschaubild von ${siteName}: ${kicker}, ${label}. Überschrift: „${headline}“`;
}
