/**
 * Markdown plugin for piece bodies (Sätteri, Astro's Markdown processor): resolves editor links
 * like `[…](explainer:wer-ist-bahtiyar-duysak)` to the site's URL scheme, and numbers every
 * <Quelle id="…"/> and <Zitat quelle="…"> by its place in the piece's `sources` list, so a reference and the
 * "Quellen" list at the end always agree.
 */
import { defineMdastPlugin, type MdastPluginDefinition, type MdastPluginEntry, type MdastVisitorContext, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';

export interface PiecesPluginOptions {
  /** Site path per "article:<id>" / "explainer:<id>"; read when a file is compiled. */
  piecePaths: () => ReadonlyMap<string, string>;
  /** Turns a site path into an href (adds the base path). */
  href: (path: string) => string;
}

const PIECE_URL = /^(article|explainer):(.+)$/;

/** Resolves an editor link; anything else is left as it is. */
export function resolvePieceUrl(url: string, piecePaths: ReadonlyMap<string, string>, href: (path: string) => string): string {
  const match = PIECE_URL.exec(url);
  const path = match ? piecePaths.get(`${match[1]}:${match[2]}`) : undefined;
  return path ? href(path) : url;
}

/** The 1-based number of a source in a piece's list (0 if missing; the content checks report that). */
export function sourceNumber(frontmatter: unknown, id: string): number {
  const listed = frontmatter && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>)['sources'] : undefined;
  return Array.isArray(listed) ? listed.indexOf(id) + 1 : 0;
}

/** Elements that cite a source, and the attribute that holds its id. */
const CITING: Record<string, string> = { Quelle: 'id', Zitat: 'quelle' };

type JsxElement = MdxJsxTextElement | MdxJsxFlowElement;

/** A plugin factory: Sätteri calls it once per compiled file, so the counts are per document. */
export const piecesPlugin = (options: PiecesPluginOptions): MdastPluginEntry => () => piecesPluginForDocument(options);

function piecesPluginForDocument({ piecePaths, href }: PiecesPluginOptions): MdastPluginDefinition {
  // Counts repeated citations of one source, for unique anchors.
  const citations = new Map<string, number>();
  const numberCitation = (node: Readonly<JsxElement>, ctx: MdastVisitorContext): void => {
    const attributeName = node.name ? CITING[node.name] : undefined;
    if (!attributeName) return;
    const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === attributeName)?.value;
    if (typeof id !== 'string') return;
    const occurrence = (citations.get(id) ?? 0) + 1;
    citations.set(id, occurrence);
    const frontmatter = (ctx.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter;
    // Sätteri cannot set attributes in place; an equal node with two more replaces it.
    ctx.replaceNode(node, {
      ...node,
      attributes: [
        ...node.attributes,
        { type: 'mdxJsxAttribute', name: 'number', value: String(sourceNumber(frontmatter, id)) },
        { type: 'mdxJsxAttribute', name: 'occurrence', value: String(occurrence) },
      ],
    } as JsxElement);
  };
  return defineMdastPlugin({
    name: 'newsroom-pieces',
    link(node, ctx) {
      const url = resolvePieceUrl(node.url, piecePaths(), href);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    mdxJsxTextElement: numberCitation,
    mdxJsxFlowElement: numberCitation,
  });
}
