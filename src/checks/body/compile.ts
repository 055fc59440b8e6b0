/**
 * MDX bodies as data: a body is parsed with Sätteri's MDX parser into a tree and never
 * compiled to code. Everything outside the component kit (src/schemas/kit.ts), plain Markdown
 * and a small HTML allowlist is reported at its line; what passes becomes HTML strings with
 * the kit's components in between, which src/components/PieceBody.astro renders.
 */
import GithubSlugger from 'github-slugger';
import type { ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import type { z } from 'astro/zod';
import { HTML_ALLOWLIST, KIT, kitNames, type KitName } from '../../schemas/kit.ts';
import { bodyMessages } from '../messages.ts';

/** A stretch of finished HTML, or one of the kit's components with its checked props. */
export type BodyPart = string | KitElement;

/** Where a citation points: its source's number in the piece's list, and which citation of it this is. */
export interface Citation {
  number?: string;
  occurrence?: string;
}

/** A kit component with the props its schema checked (and a citation's numbers). */
export type KitElement = {
  [N in KitName]: { name: N; props: z.output<(typeof KIT)[N]['props']> & Citation; children: BodyPart[] };
}[KitName];

export interface BodyProblem {
  /** File line (1-based). */
  line: number;
  message: string;
}

export interface CompiledBody {
  parts: BodyPart[];
  problems: BodyProblem[];
}

/** What a body may refer to outside itself. */
export interface BodyContext {
  /** File line on which the body starts. */
  startLine: number;
  /**
   * The piece's `sources`, in order: a citation's number is its place here. Undefined when the
   * piece's own list could not be read: citations are then only checked to exist.
   */
  sources: readonly string[] | undefined;
  sourceExists(id: string): boolean;
  timelineExists(id: string): boolean;
  /** Why the picture `src` in content/bilder/ cannot be shown in the body (missing, no picture, too small), if it cannot. */
  pictureProblem(src: string): string | undefined;
  /** Why a timeline cannot draw the hours of `day` (no such timeline, no timed event that day), if it cannot. */
  hourGraphicProblem(id: string, day: string): string | undefined;
  /** The href of an "article:<id>"/"explainer:<id>" link, or why it cannot be linked. */
  pieceLink(kind: 'article' | 'explainer', id: string): { href: string } | { problem: string };
}

interface Point {
  line: number;
  offset?: number;
}
/** The parts of Sätteri's materialized MDX hast this module reads. */
interface MdxNode {
  type: string;
  position?: { start: Point; end: Point };
  children?: MdxNode[];
  value?: unknown;
  tagName?: string;
  properties?: Properties;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const KIT_NAMES = kitNames.join(', ');
const HTML_NAMES = Object.keys(HTML_ALLOWLIST).join(', ');
const PLACEHOLDER = /<!--kit:(\d+)-->/;
const KIT_COMMENT = /^kit:(\d+)$/;
const PIECE_LINK = /^(article|explainer):(.*)$/;
const MDX_COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** Parses and checks one body; never throws for bad input. */
export function compileBody(text: string, context: BodyContext): CompiledBody {
  // Positions are costly and most bodies need none: a body is parsed again with positions only
  // to say where its problems are.
  const quick = compile(text, context, false);
  return quick.problems.length === 0 ? quick : compile(text, context, true);
}

function compile(text: string, context: BodyContext, position: boolean): CompiledBody {
  const problems: BodyProblem[] = [];
  let tree: MdxNode;
  try {
    tree = parse(text, position);
  } catch (error) {
    problems.push(describeParseError(error instanceof Error ? error.message : String(error), context.startLine));
    return { parts: [], problems };
  }
  const compiler = new BodyCompiler(text, context, problems);
  const children = compiler.convertAll(tree.children ?? [], 'flow');
  return { parts: problems.length > 0 ? [] : compiler.toParts(children), problems };
}

function parse(text: string, position: boolean): MdxNode {
  return mdxToHast(text, { position, features: { gfm: { footnotes: false }, smartPunctuation: true, frontmatter: false } }) as unknown as MdxNode;
}

/**
 * A body as the compiler's tree rather than HTML, for what readers read of it
 * (src/checks/body/text.ts): the checked hast with a comment `kit:N` where `kits[N]` stands,
 * and each kit's children as hast in `kitChildren[N]`. Undefined when the body has problems.
 */
export interface BodyTree {
  nodes: ElementContent[];
  kits: readonly KitElement[];
  kitChildren: readonly ElementContent[][];
}

/** The checked tree of a body, or undefined when it has problems (compileBody says which). */
export function compileTree(text: string, context: BodyContext): BodyTree | undefined {
  let tree: MdxNode;
  try {
    tree = parse(text, false);
  } catch {
    return undefined;
  }
  const problems: BodyProblem[] = [];
  const compiler = new BodyCompiler(text, context, problems);
  const nodes = compiler.convertAll(tree.children ?? [], 'flow');
  return problems.length > 0 ? undefined : { nodes, kits: compiler.kits, kitChildren: compiler.kitChildren };
}

/** The comment that stands for the kit element `kits[N]` in a body's tree: N, else undefined. */
export function kitIndex(node: ElementContent): number | undefined {
  if (node.type !== 'comment') return undefined;
  const match = KIT_COMMENT.exec(node.value);
  return match ? Number(match[1]) : undefined;
}

type Placement = 'flow' | 'text';

class BodyCompiler {
  readonly kits: KitElement[] = [];
  /** Each kit element's children as hast, by the same index as `kits`. */
  readonly kitChildren: ElementContent[][] = [];
  private readonly slugger = new GithubSlugger();
  private readonly citations = new Map<string, number>();
  private readonly text: string;
  private readonly context: BodyContext;
  private readonly problems: BodyProblem[];

  constructor(text: string, context: BodyContext, problems: BodyProblem[]) {
    this.text = text;
    this.context = context;
    this.problems = problems;
  }

  convertAll(nodes: readonly MdxNode[], placement: Placement): ElementContent[] {
    return nodes.flatMap((node) => this.convert(node, placement));
  }

  /** HTML with a placeholder comment per kit element, split into parts. */
  toParts(nodes: ElementContent[]): BodyPart[] {
    const html = toHtml({ type: 'root', children: nodes } satisfies Root);
    const pieces = html.split(PLACEHOLDER);
    return pieces.flatMap((piece, index): BodyPart[] => {
      if (index % 2 === 0) return piece === '' ? [] : [piece];
      const kit = this.kits[Number(piece)];
      return kit ? [kit] : [];
    });
  }

  private report(node: MdxNode | undefined, message: string, line?: number): void {
    this.problems.push({ line: line ?? this.lineOf(node), message });
  }

  private lineOf(node: MdxNode | undefined): number {
    return this.context.startLine + (node?.position?.start.line ?? 1) - 1;
  }

  private convert(node: MdxNode, placement: Placement): ElementContent[] {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: String(node.value ?? '') }];
      case 'element':
        return this.convertElement(node, placement);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return this.convertJsx(node, node.type === 'mdxJsxFlowElement' ? 'flow' : 'text');
      case 'mdxjsEsm':
        this.report(node, bodyMessages.importExport);
        return [];
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* … */} is MDX's comment: a note for the newsroom, never published.
        if (MDX_COMMENT.test(String(node.value ?? ''))) return [];
        this.report(node, bodyMessages.expression);
        return [];
      default:
        this.report(node, bodyMessages.otherNode(node.type));
        return [];
    }
  }

  private convertElement(node: MdxNode, placement: Placement): ElementContent[] {
    const tagName = node.tagName ?? 'span';
    const properties: Properties = { ...node.properties };
    if (tagName === 'h1') {
      this.report(node, bodyMessages.secondHeadline);
    } else if (tagName === 'img') {
      const src = String(properties['src'] ?? '');
      this.report(node, /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) ? bodyMessages.foreignPicture(src) : bodyMessages.markdownPicture(src));
      return [];
    } else if (tagName === 'a') {
      const href = this.resolveHref(String(properties['href'] ?? ''), node);
      if (href === undefined) return this.convertAll(node.children ?? [], placement);
      properties['href'] = href;
    } else if (/^h[2-6]$/.test(tagName)) {
      properties['id'] = this.slugger.slug(textContent(node));
    }
    return [{ type: 'element', tagName, properties, children: this.convertAll(node.children ?? [], 'text') }];
  }

  /** The href a link gets, or undefined (and a problem) when it may not be published. */
  private resolveHref(href: string, node: MdxNode): string | undefined {
    const piece = PIECE_LINK.exec(href);
    if (piece) {
      const resolved = this.context.pieceLink(piece[1] as 'article' | 'explainer', piece[2] ?? '');
      if ('href' in resolved) return resolved.href;
      this.report(node, resolved.problem);
      return undefined;
    }
    if (/^(https?:\/\/[^/\s]|mailto:[^\s])/i.test(href) && URL.canParse(href)) return href;
    if (/^\/(?!\/)/.test(href) || href.startsWith('#')) return href;
    this.report(node, bodyMessages.badLink(href));
    return undefined;
  }

  private convertJsx(node: MdxNode, placement: Placement): ElementContent[] {
    const name = node.name;
    if (!name) {
      this.report(node, bodyMessages.fragment);
      return [];
    }
    if (Object.hasOwn(KIT, name)) return this.convertKit(node, name as KitName, placement);
    const allowed = HTML_ALLOWLIST[name];
    if (allowed) return this.convertHtml(node, name, allowed, placement);
    const kitByCase = kitNames.find((kit) => kit.toLowerCase() === name.toLowerCase());
    if (kitByCase) this.report(node, bodyMessages.componentCase(name, kitByCase));
    else if (/^[A-Z]/.test(name)) this.report(node, bodyMessages.unknownComponent(name, KIT_NAMES));
    else this.report(node, bodyMessages.forbiddenHtml(name, HTML_NAMES, KIT_NAMES));
    return [];
  }

  private convertHtml(node: MdxNode, name: string, allowed: readonly string[], placement: Placement): ElementContent[] {
    const properties: Properties = {};
    for (const attribute of node.attributes ?? []) {
      const value = this.attributeValue(node, `<${name}>`, attribute);
      if (value === undefined || attribute.name === undefined) continue;
      if (!allowed.includes(attribute.name)) {
        this.report(node, bodyMessages.forbiddenAttribute(name, attribute.name, allowed), this.attributeLine(node, attribute.name));
        continue;
      }
      properties[attribute.name] = value;
    }
    return [{ type: 'element', tagName: name, properties, children: this.convertAll(node.children ?? [], placement) }];
  }

  /** An attribute's text, or undefined (and a problem) when it is code, empty or an event handler. */
  private attributeValue(node: MdxNode, tag: string, attribute: { type: string; name?: string; value?: unknown }): string | undefined {
    const name = attribute.name ?? '';
    const line = this.attributeLine(node, name);
    if (attribute.type !== 'mdxJsxAttribute') {
      this.report(node, bodyMessages.attributesAsCode(tag));
      return undefined;
    }
    if (/^on/i.test(name)) {
      this.report(node, bodyMessages.eventHandler(tag, name), line);
      return undefined;
    }
    if (name === 'style') {
      this.report(node, bodyMessages.style(tag), line);
      return undefined;
    }
    if (typeof attribute.value === 'string') return attribute.value;
    this.report(node, attribute.value == null ? bodyMessages.attributeWithoutValue(tag, name) : bodyMessages.attributeAsCode(tag, name), line);
    return undefined;
  }

  /** The file line of an attribute, which may stand lines below its tag's start. */
  private attributeLine(node: MdxNode, name: string): number {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return this.lineOf(node);
    const source = this.text.slice(start, end);
    const at = source.search(new RegExp(`\\s${name.replace(/[^\w-]/g, '')}(\\s*=|[\\s/>])`));
    if (at < 0) return this.lineOf(node);
    return this.lineOf(node) + (source.slice(0, at + 1).match(/\n/g)?.length ?? 0);
  }

  private convertKit(node: MdxNode, name: KitName, placement: Placement): ElementContent[] {
    const spec = KIT[name];
    const tag = `<${name}>`;
    if (spec.placement === 'flow' && placement === 'text') {
      this.report(node, bodyMessages.flowInText(tag));
      return [];
    }
    if (spec.placement === 'text' && placement === 'flow') {
      this.report(node, bodyMessages.textInFlow(tag));
      return [];
    }
    const attributes: Record<string, string> = {};
    // Attributes already reported (code, no value) are not reported again as missing.
    const rejected = new Set<string>();
    let valid = true;
    for (const attribute of node.attributes ?? []) {
      const value = this.attributeValue(node, tag, attribute);
      if (value === undefined || attribute.name === undefined) {
        valid = false;
        rejected.add(attribute.name ?? '');
        if (attribute.type !== 'mdxJsxAttribute') return [];
      } else attributes[attribute.name] = value;
    }
    const parsed = spec.props.safeParse(attributes);
    if (!parsed.success) {
      valid = false;
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          const known = Object.keys(spec.props.shape).join(', ');
          for (const key of issue.keys) this.report(node, bodyMessages.unknownAttribute(tag, key, known), this.attributeLine(node, key));
          continue;
        }
        const key = String(issue.path[0] ?? '');
        if (rejected.has(key)) continue;
        if (attributes[key] === undefined) this.report(node, bodyMessages.missingAttribute(tag, key));
        else this.report(node, bodyMessages.badAttribute(tag, key, issue.message, attributes[key]), this.attributeLine(node, key));
      }
    }
    const children = node.children ?? [];
    if (!spec.children && children.length > 0) {
      this.report(node, bodyMessages.noChildren(tag));
      valid = false;
    }
    if (!valid || !parsed.success) return [];
    const props = { ...parsed.data, ...this.citation(node, name, attributes) };
    if (name === 'Timeline' && !this.context.timelineExists(attributes['id'] ?? '')) {
      this.report(node, bodyMessages.unknownTimeline(attributes['id'] ?? ''));
    }
    const hourProblem = name === 'Stundengrafik' ? this.context.hourGraphicProblem(attributes['id'] ?? '', attributes['tag'] ?? '') : undefined;
    if (hourProblem) this.report(node, hourProblem);
    const pictureProblem = name === 'Bild' ? this.context.pictureProblem(attributes['src'] ?? '') : undefined;
    if (pictureProblem) this.report(node, bodyMessages.picture(pictureProblem), this.attributeLine(node, 'src'));
    // The schema that checked the props is the one KIT names for `name`, so they belong together.
    const childNodes = spec.children ? this.convertAll(children, placement) : [];
    const kit = { name, props, children: spec.children ? this.toParts(childNodes) : [] } as KitElement;
    this.kits.push(kit);
    this.kitChildren.push(childNodes);
    return [{ type: 'comment', value: `kit:${this.kits.length - 1}` }];
  }

  /** A citation's number in the piece's sources and its occurrence, for anchors both ways. */
  private citation(node: MdxNode, name: KitName, attributes: Record<string, string>): Citation {
    const id = name === 'Quelle' ? attributes['id'] : name === 'Zitat' ? attributes['quelle'] : undefined;
    if (id === undefined) return {};
    if (!this.context.sourceExists(id)) {
      this.report(node, bodyMessages.unknownSource(id));
      return {};
    }
    if (this.context.sources === undefined) return {};
    const number = this.context.sources.indexOf(id) + 1;
    if (number === 0) {
      this.report(node, bodyMessages.unlistedSource(id));
      return {};
    }
    const occurrence = (this.citations.get(id) ?? 0) + 1;
    this.citations.set(id, occurrence);
    return { number: String(number), occurrence: String(occurrence) };
  }
}

function textContent(node: MdxNode): string {
  if (node.type === 'text') return String(node.value ?? '');
  return (node.children ?? []).map(textContent).join('');
}

/** The ids of the timelines a compiled body shows, however deep. */
export function timelinesIn(parts: readonly BodyPart[]): string[] {
  return parts.flatMap((part) => {
    if (typeof part === 'string') return [];
    return [...(part.name === 'Timeline' ? [part.props.id] : []), ...timelinesIn(part.children)];
  });
}

/** Sätteri's message ("3:7: Unexpected … (mdx-jsx:…)") in an editor's words, at its line. */
export function describeParseError(message: string, startLine: number): BodyProblem {
  const position = /^(\d+):(\d+):\s*/.exec(message);
  const line = startLine + (position ? Number(position[1]) - 1 : 0);
  const detail = message.slice(position?.[0].length ?? 0).replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
  const closing = /Expected a closing tag for `<([^>]*)>`/.exec(detail);
  let hint: string;
  if (/`!`.*comment/s.test(detail)) hint = bodyMessages.htmlComment;
  else if (/expression|closing brace|`\{`/.test(detail)) hint = bodyMessages.brace;
  else if (closing?.[1] === 'br') hint = bodyMessages.lineBreak;
  else if (closing) hint = bodyMessages.neverClosed(closing[1] ?? '');
  else if (/after `<`/.test(detail)) hint = bodyMessages.lessThan;
  else if (/Unexpected (lazy line|character `[^`]*` \(U\+[0-9A-F]+\) (?:before|after) (?:attribute|name))/.test(detail)) hint = bodyMessages.malformedTag(detail);
  else hint = bodyMessages.invalidMdx(detail);
  return { line, message: hint };
}
