/**
 * The query layer: the only place that asks Astro's content collections for pieces.
 * Pages and components get public pieces from here, never drafts or future pieces.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sectionIds, type SectionId } from '../schemas/taxonomy.ts';
import { isPublic, newestFirst, toPiece, type Piece } from './pieces.ts';

export type ArticlePiece = Piece<CollectionEntry<'articles'>['data']> & { kind: 'article'; entry: CollectionEntry<'articles'> };
export type ExplainerPiece = Piece<CollectionEntry<'explainers'>['data']> & { kind: 'explainer'; entry: CollectionEntry<'explainers'> };
export type AnyPiece = ArticlePiece | ExplainerPiece;

/** Build time: what counts as "now" for publication. */
const buildTime = new Date();

export async function getArticles(): Promise<ArticlePiece[]> {
  const entries = await getCollection('articles', ({ data }) => isPublic(data, buildTime));
  return entries.map((entry) => ({ ...toPiece('article', entry.id, entry.data), kind: 'article' as const, entry })).sort(newestFirst);
}

export async function getExplainers(): Promise<ExplainerPiece[]> {
  const entries = await getCollection('explainers', ({ data }) => isPublic(data, buildTime));
  return entries.map((entry) => ({ ...toPiece('explainer', entry.id, entry.data), kind: 'explainer' as const, entry })).sort(newestFirst);
}

/** Every public piece, newest first. */
export async function getPieces(): Promise<AnyPiece[]> {
  const [articles, explainers] = await Promise.all([getArticles(), getExplainers()]);
  return [...articles, ...explainers].sort(newestFirst);
}

/** Sections that have at least one public piece, in taxonomy order (for the navigation). */
export async function getSectionsInUse(): Promise<SectionId[]> {
  const used = new Set((await getPieces()).map((piece) => piece.data.section));
  return sectionIds.filter((section) => used.has(section));
}
