/** Citing sources by id: the numbered "Quellen" list of a page. */

export interface NumberedSource<S> {
  /** 1-based number, as in the inline references [1]. */
  number: number;
  id: string;
  data: S;
}

/**
 * The page's sources in the order its frontmatter lists them, numbered from 1. Unknown ids
 * cannot reach here (the content checks fail the build), but are skipped rather than crash.
 */
export function numberSources<S>(ids: readonly string[], byId: ReadonlyMap<string, S>): NumberedSource<S>[] {
  return ids.flatMap((id, index) => {
    const data = byId.get(id);
    return data === undefined ? [] : [{ number: index + 1, id, data }];
  });
}

/**
 * Anchor of a numbered source in the list, and of the n-th citation of it in a text; `scope`
 * tells apart the texts of one page that count citations each on their own (a live ticker's entries).
 */
export const sourceAnchor = (number: number): string => `quelle-${number}`;
export const citationAnchor = (number: number, occurrence: number, scope?: string): string => (scope ? `beleg-${scope}-${number}-${occurrence}` : `beleg-${number}-${occurrence}`);
