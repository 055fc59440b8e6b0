/** robots.txt: everything may be crawled; names both sitemaps. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../routing/urls.ts';
import { SITEMAPS } from '../routing/routes.ts';

export const GET: APIRoute = () =>
  new Response(
    ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(SITEMAPS.index)}`, `Sitemap: ${absoluteUrl(SITEMAPS.news)}`, ''].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
