/**
 * The listings' groups (sections, subsections, topics, months, authors) in one pass over the public
 * pieces, and the pages of any paginated listing for getStaticPaths(), each with its cache key.
 */
import { groupBy, paginate, type ListingPage } from '../newsroom/listings.ts';
import { archiveMonth } from '../routing/routes.ts';
import { pageParam } from '../routing/urls.ts';
import type { SectionId, TopicId } from '../schemas/taxonomy.ts';
import { oncePerBuild } from './once.ts';
import { cacheKey, teaserKey } from './page-keys.ts';
import { getPieces, getSectionsInUse, type AnyPiece } from './pieces.ts';

/** "yyyy/mm" of a date in Berlin time: the key under which archive and corrections log group it. */
export function monthKey(date: Date): string {
  const { year, month } = archiveMonth(date);
  return `${year}/${month}`;
}

/** The archive's groups, each newest first, built in one pass over all public pieces. */
export interface Listings {
  sections: Map<SectionId, AnyPiece[]>;
  /** Keyed "section/subsection". */
  subsections: Map<string, AnyPiece[]>;
  topics: Map<TopicId, AnyPiece[]>;
  /** Keyed "yyyy/mm" of the first publication in Berlin time, newest month first. */
  months: Map<string, AnyPiece[]>;
  /** Keyed by author id: the pieces that name them in `authors`. */
  authors: Map<string, AnyPiece[]>;
}

export const getListings = oncePerBuild(async (): Promise<Listings> => {
  const pieces = await getPieces();
  return {
    sections: groupBy(pieces, (piece) => [piece.data.section]),
    subsections: groupBy(pieces, (piece) => [`${piece.data.section}/${piece.data.subsection}`]),
    topics: groupBy(pieces, (piece) => piece.data.topics),
    months: groupBy(pieces, (piece) => [monthKey(piece.data.published)]),
    authors: groupBy(pieces, (piece) => piece.data.authors.map(({ id }) => id)),
  };
});

/** One page of a paginated listing (of pieces, unless said otherwise), ready for getStaticPaths(). */
export interface ListingPath<T = AnyPiece> {
  /** The rest parameter of the page's route: undefined for the first page, "seite/2" after it. */
  page: string | undefined;
  listing: ListingPage<T>;
  cacheKey: string;
}

/**
 * The pages of a listing of any items whose first page is at `firstPage`. A page's cache key
 * covers what it shows: what `itemKey` says of each of its items, its place in the listing and
 * the navigation every page has.
 */
export async function paginatedPaths<T>(firstPage: string, items: readonly T[], itemKey: (item: T) => unknown): Promise<ListingPath<T>[]> {
  const sections = await getSectionsInUse();
  return paginate(items).map((listing) => ({
    page: pageParam(listing.number),
    listing,
    cacheKey: cacheKey(sections, firstPage, listing.number, listing.total, listing.count, listing.items.map(itemKey)),
  }));
}

/** The pages of a listing of pieces whose first page is at `firstPage`, keyed by their teasers. */
export function listingPaths(firstPage: string, pieces: readonly AnyPiece[]): Promise<ListingPath[]> {
  return paginatedPaths(firstPage, pieces, teaserKey);
}

/** A year and month ("2017", "11"), as the routes of monthly listings take them. */
export interface Month {
  year: string;
  month: string;
}

/**
 * Every page of listings grouped by month (keyed "yyyy/mm"), for getStaticPaths() of a
 * `[year]/[month]/[...page]` route: the archive's months and the corrections log's.
 */
export async function monthListingPaths<T>(months: ReadonlyMap<string, readonly T[]>, firstPageOf: (month: Month) => string, itemKey: (item: T) => unknown) {
  const paths = await Promise.all(
    [...months].map(async ([key, items]) => {
      const [year = '', month = ''] = key.split('/');
      return (await paginatedPaths(firstPageOf({ year, month }), items, itemKey)).map(({ page, listing, cacheKey }) => ({
        params: { year, month, page },
        props: { year, month, listing },
        cacheKey,
      }));
    }),
  );
  return paths.flat();
}
