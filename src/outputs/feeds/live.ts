/**
 * A live ticker's own feeds: its newest LIVE_FEED_SIZE entries, newest first, each linked to its
 * anchor on the ticker's page that holds it, with its corrections on top like a piece's.
 */
import { AstroError } from 'astro/errors';
import { effectiveUpdate } from '../../newsroom/corrections.ts';
import { LIVE_FEED_SIZE, liveBlockOf, liveEntryAnchor } from '../../newsroom/live.ts';
import { getLiveEntries, liveEntryBody, liveEntryText, type LiveEntry } from '../../queries/live.ts';
import { olderLivePagePath } from '../../queries/live-page.ts';
import { oncePerBuild } from '../../queries/once.ts';
import { cacheKey } from '../../queries/page-keys.ts';
import { getPieces, type ArticlePiece } from '../../queries/pieces.ts';
import { formatClock, formatDateShort } from '../../routing/dates.ts';
import { liveFeedsOf } from '../../routing/routes.ts';
import { absoluteUrl } from '../../routing/urls.ts';
import { escapeMarkup } from '../../util/markup.ts';
import { absolutizeLinks, jsonFeedResponseOf, rssFeedResponse, type FeedChannel, type FeedEntry } from './feed.ts';
import { renderBody } from './render-body.ts';
import { unsafeFeedMarkup } from './safety.ts';

/** A public live ticker with its feeds' cache key: its address and headline and the digests of the entries they carry. */
export interface LiveFeed {
  ticker: ArticlePiece;
  entries: readonly LiveEntry[];
  key: string;
}

/** Every public live ticker's feed (once per build: both formats ask). */
export const getLiveFeeds = oncePerBuild(async (): Promise<LiveFeed[]> => {
  const tickers = (await getPieces()).filter((piece): piece is ArticlePiece => piece.kind === 'article' && piece.data.live !== undefined);
  return Promise.all(tickers.map(async (ticker) => {
    const all = await getLiveEntries(ticker.id);
    const entries = all.slice(0, LIVE_FEED_SIZE);
    // Where an entry stands depends on how many there are: the count is part of the key.
    return { ticker, entries, key: cacheKey(ticker.path, ticker.data.title, ticker.data.standfirst, all.length, entries.map(({ digest }) => digest)) };
  }));
});

async function toLiveFeedEntry(ticker: ArticlePiece, entry: LiveEntry, pagePath: string): Promise<FeedEntry> {
  const url = `${absoluteUrl(pagePath)}#${liveEntryAnchor(entry.name)}`;
  const { time, title, corrections } = entry.data;
  const notes = corrections.map((correction) => `<p><strong>Korrektur vom ${formatDateShort(correction.date)}:</strong> ${escapeMarkup(correction.note)}</p>`).join('');
  const contentHtml = absolutizeLinks(`${notes}${await renderBody(liveEntryBody(entry), entry.name)}`, absoluteUrl(pagePath));
  const unsafe = unsafeFeedMarkup(contentHtml);
  if (unsafe.length > 0) {
    throw new AstroError(`The feed entry of the live entry ${entry.id} would carry ${unsafe.join(', ')}; nothing was published.`, 'A component or template lets markup through that bodies may not contain: see src/outputs/feeds/safety.ts.');
  }
  return {
    url,
    title: title ?? `${formatDateShort(time)}, ${formatClock(time)} Uhr: ${ticker.data.title}`,
    summary: liveEntryText(entry),
    contentHtml,
    published: time,
    modified: effectiveUpdate({ corrections }),
    tags: ['Liveticker'],
  };
}

/** A ticker's feed entries, newest first, each linked on the numbered page that holds it for good. */
async function liveFeedEntries({ ticker, entries }: LiveFeed): Promise<FeedEntry[]> {
  const count = (await getLiveEntries(ticker.id)).length;
  return Promise.all(entries.map((entry, position) => toLiveFeedEntry(ticker, entry, olderLivePagePath(ticker.path, liveBlockOf(position, count)))));
}

/** The channel of a ticker's feed of the given format. */
function liveFeedChannel(ticker: ArticlePiece, format: 'rss' | 'json'): FeedChannel {
  const [rssFeed, json] = liveFeedsOf(ticker.path, ticker.data.title);
  return {
    title: `${ticker.data.title} – Liveticker`,
    description: ticker.data.standfirst,
    homePath: ticker.path,
    feedPath: (format === 'rss' ? rssFeed : json)?.path ?? ticker.path,
  };
}

/** RSS 2.0 response of a ticker's entries. */
export async function liveRssResponse(feed: LiveFeed): Promise<Response> {
  return rssFeedResponse(await liveFeedEntries(feed), liveFeedChannel(feed.ticker, 'rss'));
}

/** JSON Feed response of a ticker's entries. */
export async function liveJsonFeedResponse(feed: LiveFeed): Promise<Response> {
  return jsonFeedResponseOf(await liveFeedEntries(feed), liveFeedChannel(feed.ticker, 'json'));
}

