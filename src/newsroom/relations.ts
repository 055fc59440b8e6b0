/**
 * The web between pieces. Editors state a link once (an explainer names its article and
 * some related explainers); readers see it from both ends. The graph is computed once for
 * all pieces; self-links and repeats fall away, and cycles are harmless because it is a set.
 */

/** What a piece says about its links, keyed "article:<id>" / "explainer:<id>". */
export interface PieceLinks {
  key: string;
  /** Key of the article an explainer explains. */
  explains?: string | undefined;
  /** Keys of related pieces. */
  related: readonly string[];
}

/** Undirected neighbours of every piece. Links to keys that are not in `pieces` (drafts) are dropped. */
export function buildRelations(pieces: readonly PieceLinks[]): Map<string, Set<string>> {
  const graph = new Map(pieces.map((piece) => [piece.key, new Set<string>()]));
  const link = (a: string, b: string) => {
    if (a === b) return;
    const fromA = graph.get(a);
    const fromB = graph.get(b);
    if (!fromA || !fromB) return;
    fromA.add(b);
    fromB.add(a);
  };
  for (const piece of pieces) {
    if (piece.explains) link(piece.key, piece.explains);
    for (const other of piece.related) link(piece.key, other);
  }
  return graph;
}

/** The key a piece has in the graph. */
export function pieceKey(kind: 'article' | 'explainer', id: string): string {
  return `${kind}:${id}`;
}
