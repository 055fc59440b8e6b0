/** Text inside hand-built XML or HTML (feeds, sitemaps): the five characters that could end it. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment: tags removed (a block's end or a line break keeps words apart), character references resolved, white space collapsed. */
export function textOfMarkup(html: string): string {
  return html
    .replace(/<\/(?:p|li|h[1-6]|blockquote|figcaption|td|th)>|<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number.parseInt(decimal, 10)))
    .replace(/&([a-z]+);/gi, (reference: string, name: string) => NAMED_REFERENCES[name] ?? reference)
    .replace(/\s+/g, ' ')
    .trim();
}
