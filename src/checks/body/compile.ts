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
import { findStraightQuotes } from '../../newsroom/quotes.ts';
import { HTML_ALLOWLIST, KIT, kitNames, type KitName } from '../../schemas/kit.ts';
import { pastedCharacter } from '../../schemas/shared.ts';
import type { Post } from '../../schemas/source.ts';
import { addressMessages, bodyMessages, typographyMessages } from '../messages.ts';

/** A stretch of finished HTML, or one of the kit's components with its checked props. */
export type BodyPart = string | KitElement;

/** Where a citation points: its source's number in the piece's list, and which citation of it this is. */
export interface Citation {
  number?: string;
  occurrence?: string;
}

/** A post as <Post> shows it: the source's `post` group, and the publisher it is quoted from. */
export type CitedPost = Post & { publisher: string };

/** What the checks add to a component's attributes: a citation's numbers, and a <Post>'s post. */
type Resolved<N extends KitName> = N extends 'Post' ? Citation & { post: CitedPost } : Citation;

/** A kit component with the props its schema checked (and what the checks resolved for it). */
export type KitElement = {
  [N in KitName]: { name: N; props: z.output<(typeof KIT)[N]['props']> & Resolved<N>; children: BodyPart[] };
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
  /** The post of the source `id` for <Post>, why it has none, or undefined when the source file has errors of its own. */
  postOf(id: string): CitedPost | string | undefined;
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
/** Elements whose own text is running text: the straight-quotes check reads each as one stretch. */
const TEXT_BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);
/** Elements whose text is not running text (code), or that are text blocks of their own. */
const NOT_RUNNING_TEXT = new Set(['code', 'pre', ...TEXT_BLOCKS, 'ul', 'ol', 'table', 'blockquote']);

/** The marks of a pasted social-media embed (a class of its blockquote or div, or its script's address), by platform. */
const EMBEDS: readonly { platform: string; mark: RegExp }[] = [
  { platform: 'Twitter/X', mark: /twitter-tweet|twitter-timeline|platform\.twitter\.com|platform\.x\.com/ },
  { platform: 'Instagram', mark: /instagram-media|instagram\.com\/embed/ },
  { platform: 'TikTok', mark: /tiktok-embed|tiktok\.com\/embed/ },
  { platform: 'Facebook', mark: /\bfb-(?:post|video|root)\b|connect\.facebook\.net|facebook\.com\/plugins/ },
  { platform: 'Mastodon', mark: /mastodon-embed|\/embed\.js\b/ },
  { platform: 'Bluesky', mark: /bluesky-embed|embed\.bsky\.app/ },
  { platform: 'Threads', mark: /text-post-media|threads\.net\/embed/ },
];

/** The platform whose embed `source` (a tag with its attributes, or a whole body) contains, if any. */
function embedPlatform(source: string): string | undefined {
  return EMBEDS.find(({ mark }) => mark.test(source))?.platform;
}

/** Parses and checks one body; never throws for bad input. */
export function compileBody(text: string, context: BodyContext): CompiledBody {
  // Positions are costly and most bodies need none: a body is parsed again with positions only
  // to say where its problems are.
  // Straight quotes are told apart from typed curly ones only by the text at a position.
  const quick = compile(text, context, false);
  return quick.body.problems.length === 0 && !quick.recheck ? quick.body : compile(text, context, true).body;
}

/** A body, and whether it needs positions to be judged (a curly quote that may have been a straight one). */
function compile(text: string, context: BodyContext, position: boolean): { body: CompiledBody; recheck: boolean } {
  const problems: BodyProblem[] = [];
  let tree: MdxNode;
  try {
    tree = parse(text, position);
  } catch (error) {
    // A pasted embed rarely parses (its <br> and entities); what to do instead helps more than the parser's words.
    const platform = embedPlatform(text);
    const line = context.startLine + text.slice(0, Math.max(0, text.search(/<(?:blockquote|div|iframe|script)\b/))).split('\n').length - 1;
    problems.push(platform ? { line, message: typographyMessages.embed(platform) } : describeParseError(error instanceof Error ? error.message : String(error), context.startLine));
    return { body: { parts: [], problems }, recheck: false };
  }
  const compiler = new BodyCompiler(text, context, problems);
  const children = compiler.convertAll(tree.children ?? [], 'flow');
  return { body: { parts: problems.length > 0 ? [] : compiler.toParts(children), problems }, recheck: compiler.recheck };
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
  const compiler = new BodyCompiler(text, context, problems, false);
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
  /** Number of # of the last heading; the piece's headline is the one with #. */
  private lastHeading = 1;
  /** Language of the text being converted: the straight-quotes check reads German text only. */
  private language = 'de';
  private embedReported = false;
  /** Set when a curly quote may have been typed straight and only positions can tell. */
  recheck = false;
  private readonly text: string;
  private readonly context: BodyContext;
  private readonly problems: BodyProblem[];

  /** Whether the house style (heading levels, German quotes) is checked; an old version was held to the rules of its day. */
  private readonly houseStyle: boolean;

  constructor(text: string, context: BodyContext, problems: BodyProblem[], houseStyle = true) {
    this.text = text;
    this.context = context;
    this.problems = problems;
    this.houseStyle = houseStyle;
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
      const level = Number(tagName.slice(1));
      if (this.houseStyle && level > this.lastHeading + 1) this.report(node, typographyMessages.headingSkip(level, this.lastHeading));
      this.lastHeading = level;
    }
    if (this.houseStyle && TEXT_BLOCKS.has(tagName) && this.language === 'de') this.checkQuotes(node);
    return [{ type: 'element', tagName, properties, children: this.convertAll(node.children ?? [], 'text') }];
  }

  /** The href a link gets, or undefined (and a problem) when it may not be published. */
  private resolveHref(href: string, node: MdxNode): string | undefined {
    const pasted = this.pasteProblem(href);
    if (pasted) {
      this.report(node, addressMessages.bodyLink(pasted.address, pasted.problem));
      return undefined;
    }
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

  /**
   * A paste error in a link's address (pastedCharacter). The parser hands the address
   * percent-encoded, a typed space as "%20" like a copied one: a character counts only if the
   * body has the address up to it as typed, so "…/Mein%20Bericht.pdf" passes.
   */
  private pasteProblem(href: string): { address: string; problem: string } | undefined {
    let address = href;
    try {
      address = decodeURI(href);
    } catch {
      // A "%" that starts no character: the address as it stands.
    }
    const pasted = pastedCharacter(address);
    return pasted && this.text.includes(address.slice(0, pasted.at + 1)) ? { address, problem: pasted.message } : undefined;
  }

  private convertJsx(node: MdxNode, placement: Placement): ElementContent[] {
    const name = node.name;
    if (!name) {
      this.report(node, bodyMessages.fragment);
      return [];
    }
    if (Object.hasOwn(KIT, name)) return this.convertKit(node, name as KitName, placement);
    const platform = embedPlatform((node.attributes ?? []).map((attribute) => `${attribute.name ?? ''}=${String(attribute.value ?? '')}`).join(' '));
    if (platform) {
      // An embed's blockquote and its script are one paste: one problem.
      if (!this.embedReported) this.report(node, typographyMessages.embed(platform));
      this.embedReported = true;
      return [];
    }
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
    const children = this.inLanguage(typeof properties['lang'] === 'string' ? properties['lang'] : this.language, () => this.convertAll(node.children ?? [], placement));
    return [{ type: 'element', tagName: name, properties, children }];
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
    const citation = this.citation(node, name, attributes);
    const props = { ...parsed.data, ...citation };
    if (name === 'Post') {
      const post = citation.number === undefined ? undefined : this.context.postOf(attributes['id'] ?? '');
      if (typeof post === 'string') this.report(node, post);
      if (typeof post !== 'object') return [];
      Object.assign(props, { post });
    }
    if (name === 'Timeline') {
      if (!this.context.timelineExists(attributes['id'] ?? '')) this.report(node, bodyMessages.unknownTimeline(attributes['id'] ?? ''));
      // A timeline shows its title as a "##" heading.
      this.lastHeading = 2;
    }
    const hourProblem = name === 'Stundengrafik' ? this.context.hourGraphicProblem(attributes['id'] ?? '', attributes['tag'] ?? '') : undefined;
    if (hourProblem) this.report(node, hourProblem);
    const pictureProblem = name === 'Bild' ? this.context.pictureProblem(attributes['src'] ?? '') : undefined;
    if (pictureProblem) this.report(node, bodyMessages.picture(pictureProblem), this.attributeLine(node, 'src'));
    // The schema that checked the props is the one KIT names for `name`, so they belong together.
    const language = name === 'Zitat' ? (attributes['lang'] ?? 'de') : this.language;
    const childNodes = spec.children ? this.inLanguage(language, () => this.convertAll(children, placement)) : [];
    const kit = { name, props, children: spec.children ? this.toParts(childNodes) : [] } as KitElement;
    this.kits.push(kit);
    this.kitChildren.push(childNodes);
    return [{ type: 'comment', value: `kit:${this.kits.length - 1}` }];
  }

  /** A citation's number in the piece's sources and its occurrence, for anchors both ways. */
  private citation(node: MdxNode, name: KitName, attributes: Record<string, string>): Citation {
    const id = name === 'Quelle' || name === 'Post' ? attributes['id'] : name === 'Zitat' ? attributes['quelle'] : undefined;
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

  /** Converts with `language` as the text's language, then returns to the one before. */
  private inLanguage<T>(language: string, convert: () => T): T {
    const before = this.language;
    this.language = language;
    try {
      return convert();
    } finally {
      this.language = before;
    }
  }

  /**
   * Straight quotes in the running text of a German block (a paragraph, heading, list item or
   * table cell): its text outside code, foreign-language spans and nested blocks, read as written.
   */
  private checkQuotes(block: MdxNode): void {
    const texts: MdxNode[] = [];
    const collect = (node: MdxNode): void => {
      for (const child of node.children ?? []) {
        if (child.type === 'text') texts.push(child);
        else if (child.type === 'element' && !NOT_RUNNING_TEXT.has(child.tagName ?? '')) collect(child);
        else if (child.type === 'mdxJsxTextElement' && child.name && Object.hasOwn(HTML_ALLOWLIST, child.name)) {
          const lang = child.attributes?.find((attribute) => attribute.name === 'lang')?.value;
          if (lang === undefined || lang === 'de') collect(child);
        }
      }
    };
    collect(block);
    // Smart punctuation made a straight pair “…” (a German „…“ ends with “ too, but has no ”).
    const rendered = texts.map((node) => String(node.value ?? '')).join('');
    const suspicious = /["”]/.test(rendered) || rendered.split('“').length > rendered.split('„').length;
    if (!suspicious) return;
    const offsets: number[] = [];
    let written = '';
    for (const node of texts) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) {
        this.recheck = true;
        return;
      }
      for (let offset = start; offset < end; offset += 1) offsets.push(offset);
      written += this.text.slice(start, end);
    }
    for (const quote of findStraightQuotes(written)) {
      const offset = offsets[quote.at] ?? 0;
      const line = this.context.startLine + (this.text.slice(0, offset).match(/\n/g)?.length ?? 0);
      this.report(block, quote.quoted === undefined ? typographyMessages.loneStraightQuote(quote.around ?? '"') : typographyMessages.straightQuotes(quote.quoted), line);
    }
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
