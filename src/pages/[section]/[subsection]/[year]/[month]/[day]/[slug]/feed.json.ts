/** A live ticker's JSON Feed 1.1 of its entries, at <ticker URL>feed.json: the newest 50, full text. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLiveFeeds, liveJsonFeedResponse, type LiveFeed } from '../../../../../../../outputs/feeds/live.ts';

export const getStaticPaths = (async () =>
  (await getLiveFeeds()).map((feed) => {
    const [section = '', subsection = '', year = '', month = '', day = '', slug = ''] = feed.ticker.path.slice(1, -1).split('/');
    return { params: { section, subsection, year, month, day, slug }, props: { feed }, cacheKey: feed.key };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: LiveFeed }> = ({ props }) => liveJsonFeedResponse(props.feed);
