/** Named authors (content/authors/): the only reader of Astro's authors collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkedResult } from '../checks/checked-state.ts';
import { contentRoot } from '../content-root.ts';
import { authorPath } from '../routing/routes.ts';
import { oncePerBuild } from './once.ts';
import type { AnyPiece } from './pieces.ts';

/** An author as pages show them: their file's data and the address of their page. */
export interface Author {
  id: string;
  /** Site path of the author page. */
  path: string;
  data: CollectionEntry<'authors'>['data'];
}

/**
 * Every author by id. A site without author files (pieces by the newsroom as a whole) does not
 * ask Astro, which would warn on every build that the collection is empty.
 */
export const getAuthors = oncePerBuild(async (): Promise<Map<string, Author>> => {
  if (checkedResult(contentRoot).entries.authors.length === 0) return new Map();
  return new Map((await getCollection('authors')).map((entry) => [entry.id, { id: entry.id, path: authorPath(entry.id), data: entry.data }]));
});

/** The authors a piece names, in its order. */
export async function authorsOf(piece: AnyPiece): Promise<Author[]> {
  const authors = await getAuthors();
  return piece.data.authors.map(({ id }) => {
    const author = authors.get(id);
    // The checks refuse an unknown author; a missing one here is a bug, not a byline without a name.
    if (!author) throw new Error(`The content checks have no author "${id}" for ${piece.kind} "${piece.id}"`);
    return author;
  });
}
