/**
 * The query layer: the only place that asks Astro's content collections for pieces.
 * Pages and components get public pieces from here, never drafts or future pieces.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { contentRoot } from '../content-root.ts';
import { checkedBody } from '../checks/checked-content.ts';
import { sectionIds, type SectionId, type TopicId } from '../schemas/taxonomy.ts';
import { cacheKey, teaserKey } from './page-keys.ts';
import { newestLoggedFirst, oldestLoggedFirst } from '../newsroom/corrections.ts';
import { formatSourceDate } from '../routing/dates.ts';
import { readContentHistory } from './git-history.ts';
import { groupBy, paginate, type ListingPage } from '../newsroom/listings.ts';
import { timelinesIn, type BodyPart } from '../checks/body/compile.ts';
import { isPublic, newestFirst, toPiece, type Piece } from '../newsroom/pieces.ts';
import { isDevServer } from '../util/astro-command.ts';
import { buildRelations, pieceKey } from '../newsroom/relations.ts';
import { numberSources, type NumberedSource } from '../newsroom/sources.ts';
import { orderEvents } from '../newsroom/timeline.ts';
import { archiveMonth } from '../routing/routes.ts';
import { correctionLogLink } from '../newsroom/corrections.ts';
import { pageParam } from '../routing/urls.ts';
import { versionsFromCorrections, versionsFromStates, type Version } from '../newsroom/versions.ts';

export type ArticlePiece = Piece<CollectionEntry<'articles'>['data']> & { kind: 'article'; entry: CollectionEntry<'articles'> };
export type ExplainerPiece = Piece<CollectionEntry<'explainers'>['data']> & { kind: 'explainer'; entry: CollectionEntry<'explainers'> };
export type AnyPiece = ArticlePiece | ExplainerPiece;

/** Build time: what counts as "now" for publication. */
const buildTime = new Date();

/**
 * Every page asks for the pieces, so a build computes each query once. The dev server
 * recomputes, so edits show up without a restart.
 */
function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (isDevServer() ? compute() : (cached ??= compute()));
}

export const getArticles = oncePerBuild(async (): Promise<ArticlePiece[]> => {
  const entries = await getCollection('articles', ({ data }) => isPublic(data, buildTime));
  return entries.map((entry) => ({ ...toPiece('article', entry.id, entry.data), kind: 'article' as const, entry })).sort(newestFirst);
});

export const getExplainers = oncePerBuild(async (): Promise<ExplainerPiece[]> => {
  const entries = await getCollection('explainers', ({ data }) => isPublic(data, buildTime));
  return entries.map((entry) => ({ ...toPiece('explainer', entry.id, entry.data), kind: 'explainer' as const, entry })).sort(newestFirst);
});

/** A piece's body as the content checks compiled it (src/checks/checked-content.ts). */
export function pieceBody(piece: AnyPiece): readonly BodyPart[] {
  const body = checkedBody(contentRoot, piece.kind === 'article' ? 'articles' : 'explainers', piece.id);
  // The checks refuse a piece without a body; a missing one here is a bug, not an empty page.
  if (!body) throw new Error(`The content checks have no body for ${piece.kind} "${piece.id}"`);
  return body;
}

/** Every public piece, newest first. */
export const getPieces = oncePerBuild(async (): Promise<AnyPiece[]> => {
  const [articles, explainers] = await Promise.all([getArticles(), getExplainers()]);
  return [...articles, ...explainers].sort(newestFirst);
});

/**
 * Dev server only: drafts and pieces scheduled for later, newest first, for a preview at their
 * future URLs (src/preview/state.ts says why each is not public yet). A build gets none.
 */
export async function getPreviewPieces(): Promise<AnyPiece[]> {
  if (!isDevServer()) return [];
  const now = new Date();
  const [articles, explainers] = await Promise.all([
    getCollection('articles', ({ data }) => !isPublic(data, now)),
    getCollection('explainers', ({ data }) => !isPublic(data, now)),
  ]);
  return [
    ...articles.map((entry) => ({ ...toPiece('article', entry.id, entry.data), kind: 'article' as const, entry })),
    ...explainers.map((entry) => ({ ...toPiece('explainer', entry.id, entry.data), kind: 'explainer' as const, entry })),
  ].sort(newestFirst);
}

/** Sections that have at least one public piece, in taxonomy order (for the navigation). */
export const getSectionsInUse = oncePerBuild(async (): Promise<SectionId[]> => {
  const used = new Set((await getPieces()).map((piece) => piece.data.section));
  return sectionIds.filter((section) => used.has(section));
});

/** Every public piece by its relation key ("article:<id>"), for lookups instead of scans. */
export const getPiecesByKey = oncePerBuild(async (): Promise<Map<string, AnyPiece>> =>
  new Map((await getPieces()).map((piece) => [pieceKey(piece.kind, piece.id), piece])),
);

/** "yyyy/mm" of a date in Berlin time: the key under which archive and corrections log group it. */
function monthKey(date: Date): string {
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
}

export const getListings = oncePerBuild(async (): Promise<Listings> => {
  const pieces = await getPieces();
  return {
    sections: groupBy(pieces, (piece) => [piece.data.section]),
    subsections: groupBy(pieces, (piece) => [`${piece.data.section}/${piece.data.subsection}`]),
    topics: groupBy(pieces, (piece) => piece.data.topics),
    months: groupBy(pieces, (piece) => [monthKey(piece.data.published)]),
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

/**
 * The cache key of a piece's page: its file, the teasers of its related pieces, its sources,
 * shared component data, the navigation, its versions link and where its corrections' notes link
 * (a correction inserted earlier in the month moves later ones to the next page of the log).
 */
export async function piecePageKey(piece: AnyPiece, related: readonly AnyPiece[], sources: unknown): Promise<string> {
  const [sections, timelines, versions, corrections] = await Promise.all([getSectionsInUse(), getTimelineDigests(), getVersions(piece), correctionsWithLogLinks(piece)]);
  const shown = timelinesIn(pieceBody(piece)).map((id) => [id, timelines.get(id)]);
  return cacheKey(sections, shown, piece.entry.digest ?? piece.entry.body ?? '', piece.data, related.map(teaserKey), sources, versions !== undefined, corrections.map(({ logLink }) => logLink));
}

let historyWarned = false;

/**
 * oncePerBuild for queries that run git: the dev server reuses a result for a second instead of
 * recomputing on every call, because one page asks once per piece (its cache key).
 */
function oncePerBuildOrSecond<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  let computedAt = 0;
  return () => {
    if (cached && (!isDevServer() || Date.now() - computedAt < 1000)) return cached;
    computedAt = Date.now();
    return (cached = compute());
  };
}

/**
 * The published versions of every public piece that changed since its first publication,
 * keyed like getPiecesByKey. One pass over git for the whole site (src/queries/git-history.ts);
 * without history (a shallow clone) one warning, and pieces with typed corrections list those.
 */
export const getVersionHistories = oncePerBuildOrSecond(async (): Promise<Map<string, Version[]>> => {
  const [pieces, history, sources] = await Promise.all([getPieces(), readContentHistory(contentRoot), getSourcesById()]);
  if (!history.available && !historyWarned) {
    historyWarned = true;
    console.warn(`[versions] No version history: ${history.reason}. Version pages list the typed corrections only; README ("Version history") says how a host's build gets the full history.`);
  }
  // Citations read as their source, as on the page: "[Quelle: Reuters, Dezember 2017]".
  const sourceName = (id: string) => {
    const source = sources.get(id);
    return source ? `${source.publisher}, ${formatSourceDate(source.date)}` : id;
  };
  const histories = new Map<string, Version[]>();
  for (const piece of pieces) {
    const file = `${piece.kind === 'article' ? 'articles' : 'explainers'}/${piece.id}.mdx`;
    const states = history.available ? history.files.get(file) : undefined;
    const fromGit = states ? versionsFromStates(states, piece.data.published, sourceName) : [];
    // A piece whose changes predate its history in git (or with no history at all) still lists its typed corrections.
    const versions = fromGit.length > 1 ? fromGit : versionsFromCorrections(piece.data.published, piece.data.corrections);
    if (versions.length > 1) histories.set(pieceKey(piece.kind, piece.id), versions);
  }
  return histories;
});

/** One version page per piece that changed, for getStaticPaths(); its key covers every version and its text. */
export async function getVersionPages(): Promise<{ piece: AnyPiece; versions: Version[]; cacheKey: string }[]> {
  const [pieces, histories, sections] = await Promise.all([getPieces(), getVersionHistories(), getSectionsInUse()]);
  return pieces.flatMap((piece) => {
    const versions = histories.get(pieceKey(piece.kind, piece.id));
    return versions ? [{ piece, versions, cacheKey: cacheKey(sections, teaserKey(piece), versions) }] : [];
  });
}

/** A piece's published versions, if it changed since its first publication. */
export async function getVersions(piece: AnyPiece): Promise<Version[] | undefined> {
  return (await getVersionHistories()).get(pieceKey(piece.kind, piece.id));
}

/** The relation graph of all public pieces, built once per build. */
const getRelations = oncePerBuild(() =>
  getPieces().then((pieces) =>
    buildRelations(
      pieces.map((piece) => ({
        key: pieceKey(piece.kind, piece.id),
        explains: piece.kind === 'explainer' ? pieceKey('article', piece.data.article.id) : undefined,
        related: piece.kind === 'explainer' ? piece.data.related.map((ref) => pieceKey('explainer', ref.id)) : [],
      })),
    ),
  ),
);

/** Pieces linked with `piece` either way: articles first, then newest first. */
export async function getRelatedPieces(piece: AnyPiece): Promise<AnyPiece[]> {
  const [byKey, relations] = await Promise.all([getPiecesByKey(), getRelations()]);
  const neighbours = relations.get(pieceKey(piece.kind, piece.id)) ?? new Set<string>();
  return [...neighbours]
    .flatMap((key) => byKey.get(key) ?? [])
    .sort((a, b) => Number(a.kind === 'explainer') - Number(b.kind === 'explainer') || newestFirst(a, b));
}

/** A piece's sources, numbered in the order of its frontmatter. */
export async function getNumberedSources(piece: AnyPiece): Promise<NumberedSource<CollectionEntry<'sources'>['data']>[]> {
  return numberSources(piece.data.sources.map((ref) => ref.id), await getSourcesById());
}

/** All sources by id (for source lists, and timelines, which cite sources of their own). */
export const getSourcesById = oncePerBuild(async (): Promise<Map<string, CollectionEntry<'sources'>['data']>> =>
  new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data])),
);

/** A timeline with its events in chronological order. */
export async function getTimeline(id: string): Promise<CollectionEntry<'timeline'>['data'] | undefined> {
  const entry = await getEntry('timeline', id);
  return entry && { ...entry.data, events: orderEvents(entry.data.events) };
}

/**
 * What each timeline shows from outside its own file (its events, the sources they cite, the
 * articles they link), as one digest per timeline, computed once. A piece page's cache key takes
 * the digests of the timelines its body shows, so a key never grows with the archive.
 */
export const getTimelineDigests = oncePerBuild(async (): Promise<Map<string, string>> => {
  const [timelines, sources, pieces] = await Promise.all([getCollection('timeline'), getSourcesById(), getPiecesByKey()]);
  return new Map(
    timelines.map((timeline) => {
      const { events } = timeline.data;
      const cited = [...new Set(events.flatMap((event) => event.sources.map((source) => source.id)))].sort();
      const articles = [...new Set(events.flatMap((event) => (event.article ? [event.article.id] : [])))].sort();
      return [
        timeline.id,
        cacheKey(
          timeline.digest ?? timeline.data,
          cited.map((id) => [id, sources.get(id)]),
          // Events link their article, so its address is part of what a timeline shows.
          articles.map((id) => [id, pieces.get(pieceKey('article', id))?.path]),
        ),
      ];
    }),
  );
});

/** A correction as the corrections log lists it. */
export interface LoggedCorrection {
  piece: AnyPiece;
  correction: AnyPiece['data']['corrections'][number];
  index: number;
}

/** Every correction of every public piece, newest first. */
export const getCorrectionsLog = oncePerBuild(async (): Promise<LoggedCorrection[]> =>
  (await getPieces())
    .flatMap((piece) => piece.data.corrections.map((correction, index) => ({ piece, correction, index })))
    .sort(newestLoggedFirst),
);

/**
 * The corrections log by the month each correction was made ("yyyy/mm"), newest month first;
 * within a month oldest first, as its pages list them.
 */
export const getCorrectionsByMonth = oncePerBuild(async (): Promise<Map<string, LoggedCorrection[]>> => {
  const months = groupBy(await getCorrectionsLog(), ({ correction }) => [monthKey(correction.date)]);
  for (const entries of months.values()) entries.sort(oldestLoggedFirst);
  return months;
});

/**
 * Where the corrections of every public piece are listed for good, keyed like getPiecesByKey,
 * each piece's links by correction index: the page of the month in the log that holds it, with
 * its anchor. One pass over the log per build; a piece page only looks its links up.
 */
export const getCorrectionLogLinks = oncePerBuild(async (): Promise<Map<string, string[]>> => {
  const links = new Map<string, string[]>();
  for (const entries of (await getCorrectionsByMonth()).values()) {
    entries.forEach(({ piece, correction, index }, position) => {
      const key = pieceKey(piece.kind, piece.id);
      const ofPiece = links.get(key) ?? [];
      ofPiece[index] = correctionLogLink(piece.path, index, correction.date, position);
      links.set(key, ofPiece);
    });
  }
  return links;
});

/**
 * A piece's corrections, oldest first, each with where the log lists it (its note links there). A
 * piece not in the log (a draft or scheduled piece in the dev server) links the first page of
 * each correction's month.
 */
export async function correctionsWithLogLinks(piece: AnyPiece): Promise<{ correction: LoggedCorrection['correction']; logLink: string }[]> {
  const links = (await getCorrectionLogLinks()).get(pieceKey(piece.kind, piece.id));
  return piece.data.corrections.map((correction, index) => ({
    correction,
    logLink: links?.[index] ?? correctionLogLink(piece.path, index, correction.date, 0),
  }));
}
