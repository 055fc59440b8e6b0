/**
 * Cache keys for Astro's incremental build: a page is copied from the last build instead of
 * rendered when its key is unchanged (and its code, which Astro hashes itself). A key must
 * therefore cover everything the page shows that is not its own template code.
 */
import { createHash } from 'node:crypto';
import { teaserMoment, type TeasedPiece } from '../newsroom/live.ts';

/** A stable digest of any JSON-serialisable parts (dates serialise as ISO strings). */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** Each piece's teaser key: a piece is teased on several listings and pages of a build. */
const teaserKeys = new WeakMap<TeasedPiece, string>();

/**
 * A digest of what a teaser shows of a piece: a listing's key changes when any of its teasers
 * would. Computed once per piece and build, and short, so a listing's key covers a digest per
 * teaser instead of serialising every teaser again.
 */
export function teaserKey(piece: TeasedPiece): string {
  const known = teaserKeys.get(piece);
  if (known !== undefined) return known;
  const { data } = piece;
  // An image import's src carries a digest of the file's bytes, so a new picture changes the key.
  // A live ticker's mark and date change with its status and its newest entry.
  const key = cacheKey(piece.path, data.title, data.standfirst, data.label, data.section, data.subsection, data.published, data.image ?? null, teaserMoment(piece));
  teaserKeys.set(piece, key);
  return key;
}
