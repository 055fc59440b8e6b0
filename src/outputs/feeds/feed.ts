/**
 * Feed entries for RSS and JSON Feed, built once per piece from its data and rendered body.
 * A correction updates the entry: its modified date, and the note at the top of the content.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { LABELS, TOPICS } from '../../schemas/taxonomy.ts';
import { site } from '../../site.config.ts';
import { formatDateShort, isoWithOffset } from '../../routing/dates.ts';
import { escapeMarkup } from '../../util/markup.ts';
import type { Piece } from '../../newsroom/pieces.ts';
import type { SizedPicture } from '../../pictures/sizes.ts';
import { absoluteUrl } from '../../routing/urls.ts';

export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  /** Full HTML: correction notes, then the body, with every link absolute. */
  contentHtml: string;
  published: Date;
  modified: Date | undefined;
  tags: string[];
  /** The lead image, a column wide, with its absolute URL and alt text; absent for pieces without one. */
  image?: { url: string; width: number; height: number; type: string; alt: string } | undefined;
}

/** Makes site-relative and fragment links absolute, so they work inside a feed reader. */
export function absolutizeLinks(html: string, pageUrl: string): string {
  const origin = new URL(pageUrl).origin;
  return html.replace(/\b(href|src)="([^"]*)"/g, (_match, attribute: string, value: string) => {
    if (value.startsWith('#')) return `${attribute}="${pageUrl}${value}"`;
    if (value.startsWith('/') && !value.startsWith('//')) return `${attribute}="${origin}${value}"`;
    return `${attribute}="${value}"`;
  });
}

export function toFeedEntry(piece: Piece, bodyHtml: string, image?: SizedPicture): FeedEntry {
  const url = absoluteUrl(piece.path);
  const notes = piece.data.corrections
    .map((correction) => `<p><strong>Korrektur vom ${formatDateShort(correction.date)}:</strong> ${escapeMarkup(correction.note)}</p>`)
    .join('');
  return {
    url,
    title: piece.data.title,
    summary: piece.data.standfirst,
    contentHtml: absolutizeLinks(`${notes}<p><em>${escapeMarkup(piece.data.standfirst)}</em></p>${bodyHtml}`, url),
    published: piece.data.published,
    modified: piece.modified,
    tags: [LABELS[piece.data.label], ...piece.data.topics.map((topic) => TOPICS[topic])],
    ...(image && piece.data.image && { image: { url: new URL(image.path, url).href, width: image.width, height: image.height, type: image.type, alt: piece.data.image.alt } }),
  };
}

/** Namespaces the RSS items use. */
export const RSS_NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', media: 'http://search.yahoo.com/mrss/' } as const;

export function rssItem(entry: FeedEntry): RSSFeedItem {
  return {
    title: entry.title,
    link: entry.url,
    pubDate: entry.published,
    // The standfirst is plain text; RSS readers read a description as HTML, so escape it once more.
    description: escapeMarkup(entry.summary),
    content: entry.contentHtml,
    categories: entry.tags,
    // RSS 2.0 has no update date; atom:updated is what feed readers understand. The lead image
    // goes into Media RSS, which needs no file length (an enclosure would).
    ...(entry.modified || entry.image ? { customData: [entry.modified && `<atom:updated>${isoWithOffset(entry.modified)}</atom:updated>`, entry.image && mediaContent(entry.image)].filter(Boolean).join('') } : {}),
  };
}

/** Media RSS for a lead image: the file and its alt text as the description. */
function mediaContent(image: NonNullable<FeedEntry['image']>): string {
  return `<media:content url="${escapeMarkup(image.url)}" medium="image" type="${image.type}" width="${image.width}" height="${image.height}"><media:description type="plain">${escapeMarkup(image.alt)}</media:description></media:content>`;
}

/** What a feed is about: the whole site, or one section. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Site path of the page the feed mirrors ("/", "/chronik/"). */
  homePath: string;
  /** Site path of the feed itself. */
  feedPath: string;
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function jsonFeed(entries: FeedEntry[], channel: FeedChannel) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: absoluteUrl(channel.homePath),
    feed_url: absoluteUrl(channel.feedPath),
    language: site.language,
    authors: [{ name: site.publisher }],
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      date_published: isoWithOffset(entry.published),
      ...(entry.modified ? { date_modified: isoWithOffset(entry.modified) } : {}),
      tags: entry.tags,
      ...(entry.image ? { image: entry.image.url } : {}),
    })),
  };
}

/** A channel's entries as an RSS 2.0 response: the site's, a section's or a ticker's feed. */
export function rssFeedResponse(entries: FeedEntry[], channel: FeedChannel): Promise<Response> {
  return rss({
    title: channel.title,
    description: channel.description,
    site: absoluteUrl(channel.homePath),
    xmlns: RSS_NAMESPACES,
    customData: `<language>${site.language}</language><atom:link href="${absoluteUrl(channel.feedPath)}" rel="self" type="application/rss+xml"/>`,
    items: entries.map(rssItem),
    trailingSlash: true,
  });
}

/** A channel's entries as a JSON Feed response. */
export function jsonFeedResponseOf(entries: FeedEntry[], channel: FeedChannel): Response {
  return new Response(JSON.stringify(jsonFeed(entries, channel), null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
