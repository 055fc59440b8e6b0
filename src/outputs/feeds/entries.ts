/**
 * Feeds carry the newest pieces only (FEED_SIZE, full text): the site's feeds and one pair per
 * section. A body is rendered at most once per build, however many feeds carry it.
 */
import { AstroError } from 'astro/errors';
import { SECTIONS, type SectionId } from '../../schemas/taxonomy.ts';
import { site } from '../../site.config.ts';
import { getListings } from '../../queries/listings.ts';
import { type AnyPiece, getPieces } from '../../queries/pieces.ts';
import { jsonFeedResponseOf, rssFeedResponse, toFeedEntry, type FeedChannel, type FeedEntry } from './feed.ts';
import { unsafeFeedMarkup } from './safety.ts';
import { FEED_SIZE } from '../../newsroom/listings.ts';
import { feedImage } from '../../pictures/lead-image-files.ts';
import { isDevServer } from '../../util/astro-command.ts';
import { renderPieceBody } from './render-body.ts';
import { feedsOf, sectionPath } from '../../routing/routes.ts';

const entries = new Map<string, Promise<FeedEntry>>();

async function renderFeedEntry(piece: AnyPiece): Promise<FeedEntry> {
  const entry = toFeedEntry(piece, await renderPieceBody(piece), piece.data.image && (await feedImage(piece.data.image)));
  const unsafe = unsafeFeedMarkup(entry.contentHtml);
  if (unsafe.length > 0) {
    throw new AstroError(`The feed entry of ${piece.entry.filePath ?? piece.path} would carry ${unsafe.join(', ')}; nothing was published.`, 'A component or template lets markup through that bodies may not contain: see src/outputs/feeds/safety.ts.');
  }
  return entry;
}

function feedEntry(piece: AnyPiece): Promise<FeedEntry> {
  // The dev server renders afresh, so an edited piece shows in its feeds without a restart.
  if (isDevServer()) return renderFeedEntry(piece);
  let entry = entries.get(piece.path);
  if (!entry) {
    entry = renderFeedEntry(piece);
    entries.set(piece.path, entry);
  }
  return entry;
}

/** The newest FEED_SIZE public pieces of the site, or of one section, as feed entries. */
export async function getFeedEntries(section?: SectionId): Promise<FeedEntry[]> {
  const pieces = section ? ((await getListings()).sections.get(section) ?? []) : await getPieces();
  return Promise.all(pieces.slice(0, FEED_SIZE).map(feedEntry));
}

/** The channel of the site's feed or of a section's feed of the given format. */
export function feedChannel(format: 'rss' | 'json', section?: SectionId): FeedChannel {
  const [rssFeed, json] = feedsOf(section);
  const feed = format === 'rss' ? rssFeed : json;
  return {
    title: section ? `${site.name} – ${SECTIONS[section].name}` : site.name,
    description: section ? `Die neuesten Beiträge im Ressort ${SECTIONS[section].name}` : site.tagline,
    homePath: section ? sectionPath(section) : '/',
    feedPath: feed?.path ?? '/',
  };
}

/** RSS 2.0 response for the site or a section. */
export async function rssResponse(section?: SectionId): Promise<Response> {
  return rssFeedResponse(await getFeedEntries(section), feedChannel('rss', section));
}

/** JSON Feed response for the site or a section. */
export async function jsonFeedResponse(section?: SectionId): Promise<Response> {
  return jsonFeedResponseOf(await getFeedEntries(section), feedChannel('json', section));
}
