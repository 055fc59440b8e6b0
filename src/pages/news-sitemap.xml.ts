/** Google News sitemap, selected at build time (see src/lib/news-sitemap.ts). */
import type { APIRoute } from 'astro';
import { getPieces } from '../lib/content.ts';
import { renderNewsSitemap, selectNewsPieces } from '../lib/news-sitemap.ts';

export const GET: APIRoute = async () =>
  new Response(renderNewsSitemap(selectNewsPieces(await getPieces(), new Date())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
