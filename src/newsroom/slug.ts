/**
 * File names (and so URL slugs) from German headlines: umlauts and ß the German way, no
 * stop-word soup, short enough to read in a link.
 */

/** German spellings without umlauts and ß, as a reader would type them. */
const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

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

/** The words of a title, lower-case, transliterated, with anything but a–z and 0–9 dropped. */
export function slugWords(title: string): string[] {
  const lower = title.toLocaleLowerCase('de').replace(/[äöüßẞ]/g, (letter) => TRANSLITERATION[letter] ?? letter);
  // Other accents (é, ç, ø as far as NFD goes) lose their marks: "Café" → "cafe".
  const plain = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain
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
