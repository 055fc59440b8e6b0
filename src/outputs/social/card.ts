/**
 * What a piece's social card says and shows, where it is and its description for screen
 * readers. Shared by the page head, the build integration and the dev route, so the alt text,
 * the address and the pixels always describe the same card. No renderer imports: pages include this.
 */
import { BUILD_FOLDERS } from '../../routing/routes.ts';
import type { PieceData } from '../../schemas/piece.ts';
import { LABELS, SECTIONS, subsectionName } from '../../schemas/taxonomy.ts';
import { site } from '../../site.config.ts';
import { CARD_MEDIA_TYPES, CARD_SIZE, cardFormat, type CardFormat } from './format.ts';
import type { CardInput, CardPicture } from './render.ts';

/** The fields of a piece the card shows; its lead image's alt text describes the picture on it. */
export type CardSource = Pick<PieceData, 'title' | 'section' | 'subsection' | 'label' | 'image'>;

/** What the card shows; `picture` is the lead image's file, when the piece has one. */
export function cardInputOf(piece: CardSource, picture?: CardPicture): CardInput {
  return {
    siteName: site.name,
    kicker: `${SECTIONS[piece.section].name} › ${subsectionName(piece.section, piece.subsection)}`,
    label: LABELS[piece.label],
    headline: piece.title,
    ...(picture && { picture }),
  };
}

/** German alt text for og:image:alt and twitter:image:alt: the picture, if any, then the card's text in reading order. */
export function cardAlt(piece: CardSource): string {
  const { siteName, kicker, label, headline } = cardInputOf(piece);
  const text = `${kicker}, ${label}. Überschrift: „${headline}“`;
  if (piece.image) return `Vorschaubild von ${siteName}: ${piece.image.alt.replace(/[.!?]?$/, '.')} Darauf: ${text}`;
  return `Vorschaubild von ${siteName}: ${text}`;
}

/**
 * Site path of a piece's card, derived from the piece's own path, so it is as unique as the
 * piece: /chronik/welt/2017/11/30/slug/ → /social/chronik/welt/2017/11/30/slug.png (.jpg for the
 * card of a piece with a lead image).
 */
export function cardPath(piecePath: string, format: CardFormat): string {
  return `${BUILD_FOLDERS.social}${piecePath.replace(/^\/+|\/+$/g, '')}.${format}`;
}

/** A piece's card as pages announce it: address, media type, size and alt text. */
export function socialCardOf(piece: { path: string; data: CardSource }): { path: string; type: string; width: number; height: number; alt: string } {
  const format = cardFormat(piece.data.image !== undefined);
  return { path: cardPath(piece.path, format), type: CARD_MEDIA_TYPES[format], ...CARD_SIZE, alt: cardAlt(piece.data) };
}
