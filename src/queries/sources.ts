/** The cited sources: the only reader of Astro's sources collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { numberSources, type NumberedSource } from '../newsroom/sources.ts';
import { oncePerBuild } from './once.ts';
import type { AnyPiece } from './pieces.ts';

/** A piece's sources, numbered in the order of its frontmatter. */
export async function getNumberedSources(piece: AnyPiece): Promise<NumberedSource<CollectionEntry<'sources'>['data']>[]> {
  return numberSources(piece.data.sources.map((ref) => ref.id), await getSourcesById());
}

/** All sources by id (for source lists, and timelines, which cite sources of their own). */
export const getSourcesById = oncePerBuild(async (): Promise<Map<string, CollectionEntry<'sources'>['data']>> =>
  new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data])),
);
