/**
 * The query layer: the only place that asks Astro's content collections for pieces.
 * Pages and components get public pieces from here, never drafts or future pieces.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { sectionIds, type SectionId } from '../schemas/taxonomy.ts';
import { isPublic, newestFirst, toPiece, type Piece } from './pieces.ts';
import { buildRelations, pieceKey } from './relations.ts';
import { numberSources, type NumberedSource } from './sources.ts';
import { orderEvents } from './timeline.ts';

export type ArticlePiece = Piece<CollectionEntry<'articles'>['data']> & { kind: 'article'; entry: CollectionEntry<'articles'> };
export type ExplainerPiece = Piece<CollectionEntry<'explainers'>['data']> & { kind: 'explainer'; entry: CollectionEntry<'explainers'> };
export type AnyPiece = ArticlePiece | ExplainerPiece;

/** Build time: what counts as "now" for publication. */
const buildTime = new Date();

/**
 * Every page asks for the pieces, so a production build computes each query once. The dev
 * server recomputes, so edits show up without a restart.
 */
function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (cached ??= compute()));
}

export const getArticles = oncePerBuild(async (): Promise<ArticlePiece[]> => {
  const entries = await getCollection('articles', ({ data }) => isPublic(data, buildTime));
  return entries.map((entry) => ({ ...toPiece('article', entry.id, entry.data), kind: 'article' as const, entry })).sort(newestFirst);
});

export const getExplainers = oncePerBuild(async (): Promise<ExplainerPiece[]> => {
  const entries = await getCollection('explainers', ({ data }) => isPublic(data, buildTime));
  return entries.map((entry) => ({ ...toPiece('explainer', entry.id, entry.data), kind: 'explainer' as const, entry })).sort(newestFirst);
});

/** Every public piece, newest first. */
export const getPieces = oncePerBuild(async (): Promise<AnyPiece[]> => {
  const [articles, explainers] = await Promise.all([getArticles(), getExplainers()]);
  return [...articles, ...explainers].sort(newestFirst);
});

/** Sections that have at least one public piece, in taxonomy order (for the navigation). */
export async function getSectionsInUse(): Promise<SectionId[]> {
  const used = new Set((await getPieces()).map((piece) => piece.data.section));
  return sectionIds.filter((section) => used.has(section));
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
  const [pieces, relations] = await Promise.all([getPieces(), getRelations()]);
  const neighbours = relations.get(pieceKey(piece.kind, piece.id)) ?? new Set<string>();
  return pieces
    .filter((other) => neighbours.has(pieceKey(other.kind, other.id)))
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

/** A correction as the corrections log lists it. */
export interface LoggedCorrection {
  piece: AnyPiece;
  correction: AnyPiece['data']['corrections'][number];
  index: number;
}

/** Every correction of every public piece, newest first. */
export async function getCorrectionsLog(): Promise<LoggedCorrection[]> {
  return (await getPieces())
    .flatMap((piece) => piece.data.corrections.map((correction, index) => ({ piece, correction, index })))
    .sort((a, b) => b.correction.date.getTime() - a.correction.date.getTime() || a.piece.id.localeCompare(b.piece.id));
}
