/** JSON Feed 1.1 with full content. */
import type { APIRoute } from 'astro';
import { getFeedEntries } from '../lib/feed-entries.ts';
import { jsonFeed } from '../lib/feed.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(jsonFeed(await getFeedEntries(), absoluteUrl('/feed.json')), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
