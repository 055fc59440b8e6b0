/** RSS 2.0 with full content. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getFeedEntries } from '../lib/feed-entries.ts';
import { RSS_NAMESPACES, rssItem } from '../lib/feed.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () =>
  rss({
    title: site.name,
    description: site.tagline,
    site: absoluteUrl('/'),
    xmlns: RSS_NAMESPACES,
    customData: `<language>${site.language}</language><atom:link href="${absoluteUrl('/feed.xml')}" rel="self" type="application/rss+xml"/>`,
    items: (await getFeedEntries()).map(rssItem),
    trailingSlash: true,
  });
