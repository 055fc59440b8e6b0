/**
 * Google News sitemap: pieces published in the last two days, at most 1,000, newest first
 * (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap).
 * Valid and empty when there are none.
 */
import { site } from '../../site.config.ts';
import { isoWithOffset } from '../../routing/dates.ts';
import { escapeMarkup } from '../../util/markup.ts';
import { newestFirst, type Piece } from '../../newsroom/pieces.ts';
import { absoluteUrl } from '../../routing/urls.ts';

export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_MAX_URLS = 1000;

/** The pieces Google News may list at `now`: published, not in the future, within two days. */
export function selectNewsPieces<P extends Piece>(pieces: readonly P[], now: Date): P[] {
  const from = now.getTime() - NEWS_WINDOW_MS;
  return pieces
    .filter((piece) => {
      const published = piece.data.published.getTime();
      return !piece.data.draft && published <= now.getTime() && published >= from;
    })
    .sort(newestFirst)
    .slice(0, NEWS_MAX_URLS);
}

export function renderNewsSitemap(pieces: readonly Piece[]): string {
  const urls = pieces.map((piece) => [
    '<url>',
    `<loc>${escapeMarkup(absoluteUrl(piece.path))}</loc>`,
    '<news:news>',
    `<news:publication><news:name>${escapeMarkup(site.name)}</news:name><news:language>${site.language}</news:language></news:publication>`,
    `<news:publication_date>${isoWithOffset(piece.data.published)}</news:publication_date>`,
    `<news:title>${escapeMarkup(piece.data.title)}</news:title>`,
    '</news:news>',
    '</url>',
  ].join(''));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
