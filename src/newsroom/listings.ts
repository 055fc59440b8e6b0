/**
 * Listings at archive scale: every listing page shows a fixed number of pieces, and the groups
 * (sections, topics, months) are built in one pass over all pieces, never one pass per page.
 */

/** Pieces per listing page: enough to browse, small enough that no page grows with the archive. */
export const LISTING_PAGE_SIZE = 30;

/** Pieces on the front page below the lead and its package. */
export const FRONT_PAGE_MORE = 20;

/** Newest pieces in every feed (full text). */
export const FEED_SIZE = 50;

/** Newest corrections on the corrections log's first page; older ones are on their month's page. */
export const CORRECTIONS_FIRST_PAGE = 30;

/** One page of a listing. */
export interface ListingPage<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has. */
  total: number;
  /** How many items the whole listing has. */
  count: number;
  items: T[];
}

/** Splits `items` into pages of `size`; an empty listing still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number = LISTING_PAGE_SIZE): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    count: items.length,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** The page (1-based) on which the item at `position` (0-based) of a listing stands, as paginate() splits it. */
export function listingPageOf(position: number, size: number = LISTING_PAGE_SIZE): number {
  return Math.floor(position / size) + 1;
}

/**
 * Groups items under every key `keysOf` gives them, in one pass; each group keeps the items'
 * order. An item with the same key twice is listed once.
 */
export function groupBy<T, K>(items: readonly T[], keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * The page numbers a pager shows: the first, the last, and the neighbours of the current page;
 * `null` stands for a gap ("…").
 */
export function pagerNumbers(current: number, total: number, neighbours = 2): (number | null)[] {
  const shown = new Set([1, total]);
  for (let page = current - neighbours; page <= current + neighbours; page++) {
    if (page >= 1 && page <= total) shown.add(page);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => {
    const previous = sorted[index - 1];
    return previous !== undefined && page - previous > 1 ? [null, page] : [page];
  });
}
