/** What a piece's page shows beyond the piece itself, as one cache key for the incremental build. */
import { authorsOf } from './authors.ts';
import { correctionsWithLogLinks } from './corrections.ts';
import { cacheKey, teaserKey } from './page-keys.ts';
import { getSectionsInUse, pieceTimelines, type AnyPiece } from './pieces.ts';
import { getTimelineDigests } from './timelines.ts';
import { getVersions } from './versions.ts';

/**
 * The cache key of a piece's page: its file, its authors' files (byline and JSON-LD), the teasers of its related pieces, its sources,
 * shared component data, the navigation, its versions link and where its corrections' notes link
 * (a correction inserted earlier in the month moves later ones to the next page of the log).
 */
export async function piecePageKey(piece: AnyPiece, related: readonly AnyPiece[], sources: unknown): Promise<string> {
  const [sections, timelines, versions, corrections, authors] = await Promise.all([getSectionsInUse(), getTimelineDigests(), getVersions(piece), correctionsWithLogLinks(piece), authorsOf(piece)]);
  const shown = pieceTimelines(piece).map((id) => [id, timelines.get(id)]);
  return cacheKey(sections, shown, piece.entry.digest ?? piece.entry.body ?? '', piece.data, authors, related.map(teaserKey), sources, versions !== undefined, corrections.map(({ logLink }) => logLink));
}
