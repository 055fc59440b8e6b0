/** Google News sitemap, selected at build time (see src/outputs/feeds/news-sitemap.ts). */
import type { APIRoute } from 'astro';
import { getPieces } from '../queries/pieces.ts';
import { buildTime } from '../util/clock.ts';
import { renderNewsSitemap, selectNewsPieces } from '../outputs/feeds/news-sitemap.ts';

export const GET: APIRoute = async () =>
  new Response(renderNewsSitemap(selectNewsPieces(await getPieces(), buildTime())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
