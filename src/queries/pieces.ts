/**
 * Public pieces, as pages have them: the only reader of Astro's article and explainer
 * collections. Pages get public pieces from here, never drafts or future pieces (except the dev
 * server's preview).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { BodyPart } from '../checks/body/compile.ts';
import { checkedBody, checkedTimelines } from '../checks/checked-state.ts';
import { contentRoot } from '../content-root.ts';
import { isPublic, newestFirst, toPiece, type Piece } from '../newsroom/pieces.ts';
import { pieceKey } from '../newsroom/relations.ts';
import { sectionIds, type SectionId } from '../schemas/taxonomy.ts';
import { latest } from '../routing/dates.ts';
import { isDevServer } from '../util/astro-command.ts';
import { buildTime } from '../util/clock.ts';
import { getLiveEntries } from './live.ts';
import { oncePerBuild } from './once.ts';

/**
 * A piece as pages have it (src/newsroom/pieces.ts): its data as Astro's collection outputs it,
 * with references and image imports, and its collection entry.
 */
export type ArticlePiece = Piece<CollectionEntry<'articles'>['data']> & {
  kind: 'article';
  entry: CollectionEntry<'articles'>;
  /** A live ticker's last update: its newest entry's time, or the ticker's own last change if later (undefined for any other article). */
  liveUpdated?: Date | undefined;
};
export type ExplainerPiece = Piece<CollectionEntry<'explainers'>['data']> & { kind: 'explainer'; entry: CollectionEntry<'explainers'> };
export type AnyPiece = ArticlePiece | ExplainerPiece;

/** An article as pages have it; a live ticker with its last update. */
async function toArticle(entry: CollectionEntry<'articles'>): Promise<ArticlePiece> {
  const piece = toPiece('article', entry.id, entry.data);
  if (!entry.data.live) return { ...piece, kind: 'article', entry };
  const newest = (await getLiveEntries(entry.id))[0]?.data.time;
  return { ...piece, kind: 'article', entry, liveUpdated: latest(newest, piece.modified ?? entry.data.published) ?? entry.data.published };
}

export const getArticles = oncePerBuild(async (): Promise<ArticlePiece[]> => {
  const entries = await getCollection('articles', ({ data }) => isPublic(data, buildTime()));
  return (await Promise.all(entries.map(toArticle))).sort(newestFirst);
});

export const getExplainers = oncePerBuild(async (): Promise<ExplainerPiece[]> => {
  const entries = await getCollection('explainers', ({ data }) => isPublic(data, buildTime()));
  return entries.map((entry) => ({ ...toPiece('explainer', entry.id, entry.data), kind: 'explainer' as const, entry })).sort(newestFirst);
});

/** A piece's body as the content checks compiled it (src/checks/checked-state.ts). */
export function pieceBody(piece: AnyPiece): readonly BodyPart[] {
  const body = checkedBody(contentRoot, piece.kind === 'article' ? 'articles' : 'explainers', piece.id);
  // The checks refuse a piece without a body; a missing one here is a bug, not an empty page.
  if (!body) throw new Error(`The content checks have no body for ${piece.kind} "${piece.id}"`);
  return body;
}

/** The ids of the timelines a piece's body shows. */
export function pieceTimelines(piece: AnyPiece): readonly string[] {
  return checkedTimelines(contentRoot, piece.kind === 'article' ? 'articles' : 'explainers', piece.id) ?? [];
}

/** Every public piece, newest first. */
export const getPieces = oncePerBuild(async (): Promise<AnyPiece[]> => {
  const [articles, explainers] = await Promise.all([getArticles(), getExplainers()]);
  return [...articles, ...explainers].sort(newestFirst);
});

/**
 * Dev server only: drafts and pieces scheduled for later, newest first, for a preview at their
 * future URLs (src/newsroom/preview.ts says why each is not public yet). A build gets none.
 */
export async function getPreviewPieces(): Promise<AnyPiece[]> {
  if (!isDevServer()) return [];
  const now = buildTime();
  const [articles, explainers] = await Promise.all([
    getCollection('articles', ({ data }) => !isPublic(data, now)),
    getCollection('explainers', ({ data }) => !isPublic(data, now)),
  ]);
  return [
    ...(await Promise.all(articles.map(toArticle))),
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
