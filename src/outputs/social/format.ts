/**
 * The social card's size and formats, in one place. One 1200×630 image per piece serves Open
 * Graph (1.91:1 is its native ratio), Twitter's summary_large_image (shown at about 2:1; the
 * card's margins absorb the trim) and, for a piece without a lead image, the JSON-LD `image` of
 * the NewsArticle; Google asks for one crawlable image at least 1200 px wide for large previews.
 * A piece without a lead image gets the typographic card, a PNG; one with a lead image gets its
 * picture, a JPEG. Imports nothing: the worker threads read it as the pages do.
 */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The media type of each kind of card, by its file extension. */
export const CARD_MEDIA_TYPES = { png: 'image/png', jpg: 'image/jpeg' } as const;

export type CardFormat = keyof typeof CARD_MEDIA_TYPES;

/** The kind of card a piece gets: its picture's JPEG, or the typographic PNG. */
export function cardFormat(hasPicture: boolean): CardFormat {
  return hasPicture ? 'jpg' : 'png';
}
