/**
 * A content file as an editor wrote it: its YAML (frontmatter or whole file) parsed with
 * positions, so that every problem can be reported at the line the editor has to fix.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type FieldPath = readonly (string | number)[];

export interface SourceFile {
  /** Path as the editor knows it, relative to the repository (e.g. content/articles/x.mdx). */
  file: string;
  /** The YAML data: frontmatter for MDX, the whole file for YAML. Dates stay strings. */
  data: unknown;
  /** MDX body below the frontmatter ("" for YAML files). */
  body: string;
  /** File line on which the body starts (1-based). */
  bodyStartLine: number;
  /** YAML syntax errors, each with its file line. */
  syntaxErrors: { line: number; message: string }[];
  /** File line of the field at `path`, or of its nearest existing parent. */
  lineOf(path: FieldPath): number | undefined;
  /** File lines the field at `path` spans (first and last), if present. */
  linesOf(path: FieldPath): { first: number; last: number } | undefined;
}

const FRONTMATTER = /^(---\r?\n)([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** Parses an MDX file (frontmatter + body) or a YAML data file. */
export function parseSourceFile(file: string, text: string): SourceFile {
  const isMdx = file.endsWith('.mdx') || file.endsWith('.md');
  let yamlText = text;
  let yamlStartLine = 1;
  let body = '';
  let bodyStartLine = 1;
  if (isMdx) {
    const match = FRONTMATTER.exec(text);
    yamlText = match?.[2] ?? '';
    yamlStartLine = 2;
    body = match ? text.slice(match[0].length) : text;
    bodyStartLine = match ? countLines(match[0]) + 1 : 1;
  }
  const lineCounter = new LineCounter();
  // The core schema keeps dates as the strings the editor typed (YAML 1.1 would make Dates).
  const doc: Document = parseDocument(yamlText, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + yamlStartLine - 1;
  const syntaxErrors = doc.errors.map((error) => ({
    line: toFileLine(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));
  const nodeAt = (path: FieldPath): Node | undefined => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = findNode(doc, path.slice(0, depth));
      if (node) return node;
    }
    return undefined;
  };
  return {
    file,
    data: syntaxErrors.length > 0 ? undefined : (doc.toJS() ?? {}),
    body,
    bodyStartLine,
    syntaxErrors,
    lineOf: (path) => {
      const node = nodeAt(path);
      return node?.range ? toFileLine(node.range[0]) : yamlStartLine;
    },
    linesOf: (path) => {
      const node = findNode(doc, path);
      if (!node?.range) return undefined;
      return { first: toFileLine(node.range[0]), last: toFileLine(Math.max(node.range[0], node.range[1] - 1)) };
    },
  };
}

/** The node at `path`; for a map key that is the key itself (so "unknown key" points at it). */
function findNode(doc: Document, path: FieldPath): Node | undefined {
  let node: unknown = doc.contents;
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) return undefined;
      node = index === path.length - 1 && !pair.value ? pair.key : pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return undefined;
    }
  }
  return (node ?? undefined) as Node | undefined;
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

/** Every string scalar in `data` with its path, for searching frontmatter text. */
export function stringsIn(data: unknown, path: FieldPath = []): { path: FieldPath; value: string }[] {
  if (typeof data === 'string') return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => stringsIn(value, [...path, key]));
  }
  return [];
}

/** "corrections[0].date" for a path. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>(
    (out, segment) => (typeof segment === 'number' ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment),
    '',
  );
}
