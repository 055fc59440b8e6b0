/**
 * What readers read of a body, as paragraphs of plain text, for the version pages
 * (docs/version-history.md): the same checked tree the pages render (compile.ts), so there is one
 * way from MDX to what readers see. Kit components become the words readers see of them: a
 * quote's speaker, an Infobox's title, a picture's description, caption and credit, a citation's
 * source.
 */
import type { ElementContent } from 'hast';
import { picturePart, type VersionReader } from '../../newsroom/versions.ts';
import { formatCalendarDay } from '../../routing/dates.ts';
import { POST_PLATFORMS } from '../../schemas/source.ts';
import { compileTree, kitIndex, type BodyContext, type BodyTree, type CitedPost } from './compile.ts';

/** How readers see things a body names by id. */
export interface BodyNames {
  /** A cited source: publisher and date. */
  source(id: string): string;
  /** A timeline: its title. */
  timeline(id: string): string;
  /** The post a source reproduces, if it has one. */
  post(id: string): CitedPost | undefined;
}

/** Elements that stand as paragraphs of their own. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'tr', 'hr', 'ul', 'ol', 'table']);

/** The paragraphs readers read of a body, or undefined when it does not compile in `context`. */
export function bodyText(mdx: string, context: BodyContext, names: BodyNames): string[] | undefined {
  const tree = compileTree(mdx, context);
  return tree && new TextWriter(tree, names).write(tree.nodes);
}

/**
 * Reads every version of a piece: a version was checked when it was published, and what it
 * pointed at then (a source, a picture, a timeline, another piece) may be gone since, so its
 * body is compiled in a context that takes every reference as it is.
 */
export function versionReader(names: BodyNames): VersionReader {
  return {
    body: (mdx, sources) =>
      bodyText(mdx, {
        startLine: 1,
        sources,
        sourceExists: () => true,
        timelineExists: () => true,
        pictureProblem: () => undefined,
        hourGraphicProblem: () => undefined,
        pieceLink: () => ({ href: '#' }),
        postOf: (id) => names.post(id),
      }, names),
    sourceName: (id) => names.source(id),
  };
}

class TextWriter {
  private readonly paragraphs: string[] = [];
  private current = '';
  private readonly tree: BodyTree;
  private readonly names: BodyNames;

  constructor(tree: BodyTree, names: BodyNames) {
    this.tree = tree;
    this.names = names;
  }

  write(nodes: readonly ElementContent[]): string[] {
    this.walk(nodes);
    this.flush();
    return this.paragraphs;
  }

  private flush(): void {
    const paragraph = this.current.replace(/\s+/g, ' ').trim();
    if (paragraph !== '') this.paragraphs.push(paragraph);
    this.current = '';
  }

  private paragraph(text: string): void {
    this.flush();
    this.current = text;
    this.flush();
  }

  private walk(nodes: readonly ElementContent[]): void {
    for (const node of nodes) {
      if (node.type === 'text') this.current += node.value;
      else if (node.type === 'element') {
        const block = BLOCKS.has(node.tagName);
        if (block) this.flush();
        if (node.tagName === 'br' || node.tagName === 'td' || node.tagName === 'th') this.current += ' ';
        this.walk(node.children);
        if (block) this.flush();
      } else {
        const index = kitIndex(node);
        if (index !== undefined) this.kit(index);
      }
    }
  }

  private citation(id: string | undefined): string {
    return id === undefined ? '' : ` [Quelle: ${this.names.source(id)}]`;
  }

  private kit(index: number): void {
    const kit = this.tree.kits[index];
    const children = this.tree.kitChildren[index] ?? [];
    switch (kit?.name) {
      case 'Quelle':
        this.current += this.citation(kit.props.id);
        return;
      case 'Zitat':
        this.flush();
        this.walk(children);
        this.paragraph(`Zitat von ${kit.props.von}${this.citation(kit.props.quelle)}`);
        return;
      case 'Infobox':
        this.paragraph(`Infobox: ${kit.props.title}`);
        this.walk(children);
        this.flush();
        return;
      case 'Bild':
        this.flush();
        this.paragraphs.push(...picturePart(kit.props));
        return;
      case 'Timeline':
        this.paragraph(`Zeitleiste: ${this.names.timeline(kit.props.id)}`);
        return;
      case 'Stundengrafik':
        this.paragraph(`Grafik: ${kit.props.titel}`);
        return;
      case 'Post':
        this.postWords(kit.props.post);
        return;
    }
  }

  /** A post as its quotation shows it: its words, the newsroom's translation, and the caption. */
  private postWords(post: CitedPost): void {
    for (const paragraph of post.text.split(/\n\s*\n/)) this.paragraph(paragraph);
    if (post.translation) this.paragraph(`Übersetzung der Redaktion: „${post.translation}“`);
    this.paragraph(`– ${post.author} (${post.handle}) auf ${POST_PLATFORMS[post.platform]}, ${formatCalendarDay(post.date)}; zitiert nach ${post.publisher}`);
  }
}
