/**
 * File names (and so URL slugs) from German headlines: umlauts and ß the German way, every other
 * letter as plain Latin letters (Łódź → lodz, Kırıkkale → kirikkale), no stop-word soup, short
 * enough to read in a link.
 */
import transliterate from '@sindresorhus/transliterate';

/**
 * Words that carry no meaning in a slug: articles, "und"/"oder" and the most common short
 * prepositions. Negations ("nicht", "kein") and question words stay: they change the meaning.
 */
const STOP_WORDS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des',
  'ein', 'eine', 'einer', 'einem', 'einen', 'eines',
  'und', 'oder', 'sowie',
  'zu', 'zum', 'zur', 'im', 'in', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'mit', 'von', 'vom', 'fuer',
]);

/** At most this many words, and this many characters, cut at a word boundary. */
export const SLUG_MAX_WORDS = 7;
export const SLUG_MAX_LENGTH = 60;

/**
 * Letters as plain Latin letters, the German way where languages differ (ä → ae, ß → ss, also in
 * "Göteborg"; docs/decisions/2026-12-06-slugs-transliterate.md). Only letters: the library
 * would also spell symbols as letters ("€" → "E"), which a slug drops instead.
 */
const latin = (text: string) => text.replace(/[\p{L}\p{M}]+/gu, (letters) => transliterate(letters, { locale: 'de' }));

/** The words of a title, lower-case, transliterated, with anything but a–z and 0–9 dropped. */
export function slugWords(title: string): string[] {
  return latin(title)
    .toLowerCase()
    .replace(/(\d)[.,](\d)/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * "Dieser Mann nahm Donald Trump vom Netz" → "dieser-mann-nahm-donald-trump-netz".
 * Stop-words are dropped unless nothing else would be left; the result is a valid entry id
 * (lower-case letters, digits and single hyphens), or "" for a title without letters or digits.
 */
export function slugify(title: string): string {
  const words = slugWords(title);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  const chosen = (meaningful.length > 0 ? meaningful : words).slice(0, SLUG_MAX_WORDS);
  let slug = '';
  for (const word of chosen) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > SLUG_MAX_LENGTH) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than lost.
  return slug === '' && chosen[0] ? chosen[0].slice(0, SLUG_MAX_LENGTH) : slug;
}
