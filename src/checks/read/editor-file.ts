/**
 * A content file as an editor wrote it: its bytes checked for being UTF-8 text (characters.ts),
 * its YAML (frontmatter or whole file) parsed with positions, so that every problem can be
 * reported at the line the editor has to fix. Editors' files are untrusted input: nothing here
 * throws for bad content, everything becomes a problem of the file.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import yamlPackage from 'yaml/package.json' with { type: 'json' };
import type { FrontmatterMemo } from './frontmatter-cache.ts';
import { frontmatterMessages, textMessages, yamlMessages } from '../messages.ts';
import { bytesProblem, describeCharacter, invisibleCharacters } from './characters.ts';

export type FieldPath = readonly (string | number)[];

/** A problem found while reading a file's text, before any schema looks at it. */
export interface TextProblem {
  line: number;
  /** The field the problem lies in, "body" for the MDX text, "file" for the file as a whole. */
  field: FieldPath | 'file' | 'body';
  message: string;
}

export interface EditorFile {
  /** Path as the editor knows it, relative to the repository (e.g. content/articles/x.mdx). */
  file: string;
  /** The YAML data: frontmatter for MDX, the whole file for YAML. Dates stay strings. Undefined when the file cannot be read as data. */
  data: unknown;
  /** MDX body below the frontmatter ("" for YAML files and for files whose frontmatter is broken). */
  body: string;
  /** File line on which the body starts (1-based). */
  bodyStartLine: number;
  /** Problems of the text itself (encoding, frontmatter, YAML syntax, invisible characters, values cut by a comment). */
  problems: TextProblem[];
  /** File line of the field at `path`, or of its nearest existing parent. */
  lineOf(path: FieldPath): number | undefined;
  /** File lines the field at `path` spans (first and last), if present. */
  linesOf(path: FieldPath): { first: number; last: number } | undefined;
}

/**
 * Reads one file through `read` and parses it; whatever goes wrong (an unreadable file, a bug
 * on odd input) becomes a problem of that file instead of an exception.
 */
export function readEditorFile(file: string, read: () => Uint8Array, memo?: FrontmatterMemo): EditorFile {
  try {
    const bytes = read();
    const unreadable = bytesProblem(bytes);
    if (unreadable) return unreadableFile(file, unreadable.line, unreadable.message);
    return parseEditorFile(file, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), memo);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return unreadableFile(file, 1, textMessages.couldNotRead(reason));
  }
}

/** A file that stands in its collection (so references to it resolve) but has no data. */
export function unreadableFile(file: string, line: number, message: string): EditorFile {
  return { file, data: undefined, body: '', bodyStartLine: 1, problems: [{ line, field: 'file', message }], lineOf: () => line, linesOf: () => undefined };
}

// The core schema keeps dates as the strings the editor typed (YAML 1.1 would make Dates).
const YAML_OPTIONS = { schema: 'core', prettyErrors: false, uniqueKeys: true } as const;

/** What decides the data a text parses to, for caches of parsed YAML (src/checks/read/frontmatter-cache.ts). */
export const YAML_PARSER = JSON.stringify({ yaml: yamlPackage.version, ...YAML_OPTIONS });

/** Invisible characters in an MDX body, at their file lines. */
function bodyProblems(body: string, bodyStartLine: number): TextProblem[] {
  return invisibleCharacters(body).map((found) => ({ line: bodyStartLine + countLines(body.slice(0, found.offset)), field: 'body', message: found.message }));
}

/**
 * Parses an MDX file (frontmatter + body) or a YAML data file. With a `memo`, YAML text that
 * parsed without problems before is not parsed again.
 */
export function parseEditorFile(file: string, text: string, memo?: FrontmatterMemo): EditorFile {
  const isMdx = file.endsWith('.mdx');
  if (text.startsWith('\uFEFF')) {
    return unreadableFile(file, 1, textMessages.byteOrderMark);
  }
  if (text.trim() === '') {
    return unreadableFile(file, 1, isMdx ? textMessages.emptyPiece : textMessages.emptyData);
  }
  let yamlText = text;
  let yamlStartLine = 1;
  let body = '';
  let bodyStartLine = 1;
  if (isMdx) {
    const frontmatter = findFrontmatter(text);
    if ('problem' in frontmatter) return unreadableFile(file, frontmatter.line, frontmatter.problem);
    yamlText = frontmatter.yaml;
    yamlStartLine = 2;
    body = frontmatter.body;
    bodyStartLine = frontmatter.bodyStartLine;
  }
  const remembered = memo?.get(yamlText);
  if (remembered !== undefined) {
    // This YAML parsed before without a problem: only the body is read again. Positions are
    // parsed only if a later check reports a field of this file.
    let full: EditorFile | undefined;
    const withPositions = () => (full ??= parseEditorFile(file, text));
    return {
      file,
      data: remembered,
      body,
      bodyStartLine,
      problems: bodyProblems(body, bodyStartLine),
      lineOf: (path) => withPositions().lineOf(path),
      linesOf: (path) => withPositions().linesOf(path),
    };
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter, ...YAML_OPTIONS });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + yamlStartLine - 1;
  const problems: TextProblem[] = [];
  const layout = layoutProblems(yamlText);
  for (const problem of layout) problems.push({ ...problem, line: problem.line + yamlStartLine - 1 });
  // A non-breaking space in the indentation confuses YAML itself; its own errors would only blame the layout again.
  if (layout.length === 0 && doc.errors.length > 0) problems.push(...yamlErrors(doc.errors, yamlText.split('\n'), toFileLine));
  // Most files have no "*" and no " #" at all; only those are walked node by node.
  if (yamlText.includes('*')) problems.push(...aliasProblems(doc, toFileLine));
  const readable = problems.length === 0;

  const pathAt = (offset: number): FieldPath | 'file' => (readable ? pathAtOffset(doc, offset) : 'file');
  for (const found of invisibleCharacters(yamlText)) {
    problems.push({ line: toFileLine(found.offset), field: pathAt(found.offset), message: found.message });
  }
  if (readable && /[ \t]#/.test(yamlText)) problems.push(...commentCuts(doc, yamlText, toFileLine, pathAt));
  // Parsed values are slices of the whole file's text (body included), which they would keep in
  // memory for the whole build; a structured copy holds only the values.
  const data: unknown = readable ? structuredClone(doc.toJS() ?? {}) : undefined;
  if (readable && problems.length === 0) memo?.set(yamlText, data);
  problems.push(...bodyProblems(body, bodyStartLine));

  const nodeAt = (path: FieldPath): Node | undefined => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = findNode(doc, path.slice(0, depth));
      if (node) return node;
    }
    return undefined;
  };
  return {
    file,
    data,
    body,
    bodyStartLine,
    problems,
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

type Frontmatter = { yaml: string; body: string; bodyStartLine: number } | { line: number; problem: string };

const FENCE = /^---\r?$/;
const FENCE_WITH_SPACE = /^---[ \t]+\r?$/;

/** The frontmatter of an MDX file, or what keeps it from being one, in an editor's words. */
export function findFrontmatter(text: string): Frontmatter {
  // Lines are read one by one up to the closing fence: the body is never split.
  let start = 0;
  const nextLine = (): string | undefined => {
    if (start > text.length) return undefined;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length + 1 : end + 1;
    return line;
  };
  const first = nextLine() ?? '';
  if (FENCE_WITH_SPACE.test(first)) return { line: 1, problem: frontmatterMessages.spaceAfterOpening };
  if (!FENCE.test(first)) {
    let blank = first.trim() === '';
    for (let number = 2, line = nextLine(); line !== undefined; number += 1, line = nextLine()) {
      if (FENCE.test(line) || FENCE_WITH_SPACE.test(line)) {
        if (blank) return { line: 1, problem: frontmatterMessages.emptyLinesAbove(number - 1) };
        return { line: 1, problem: frontmatterMessages.openingMissing(number) };
      }
      blank &&= line.trim() === '';
    }
    return { line: 1, problem: frontmatterMessages.none };
  }
  const yamlStart = start;
  for (let number = 2, lineStart = start, line = nextLine(); line !== undefined; number += 1, lineStart = start, line = nextLine()) {
    if (FENCE_WITH_SPACE.test(line)) return { line: number, problem: frontmatterMessages.spaceAfterClosing };
    if (FENCE.test(line)) return { yaml: text.slice(yamlStart, lineStart), body: text.slice(start), bodyStartLine: number + 1 };
  }
  return { line: 1, problem: frontmatterMessages.neverClosed };
}

/** Whitespace other than space, tab and line breaks (JavaScript's \\s has them all). */
const ODD_SPACE = /[\v\f\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/;

/** A non-breaking or other special space where YAML needs a plain space: in the indentation or after "name:". */
function layoutProblems(yamlText: string): TextProblem[] {
  const problems: TextProblem[] = [];
  if (!ODD_SPACE.test(yamlText)) return problems;
  yamlText.split('\n').forEach((line, index) => {
    const indentation = /^[\s-]*/.exec(line)?.[0] ?? '';
    const afterKey = /^[\s-]*[^\s:#"'][^:]*:(\s+)/.exec(line)?.[1] ?? '';
    const odd = /[^ \t\n\r-]/.exec(indentation) ?? /[^ \t\n\r]/.exec(afterKey);
    if (odd) {
      problems.push({ line: index + 1, field: 'file', message: textMessages.oddSpace(describeCharacter(odd[0]), odd.input === indentation) });
    }
  });
  return problems;
}

/** YAML's first syntax error, in an editor's words. */
function yamlErrors(errors: readonly YAMLError[], lines: string[], toFileLine: (offset: number) => number): TextProblem[] {
  // Only the first: later errors are mostly its consequences, and vanish once it is fixed.
  for (const error of errors.slice(0, 1)) {
    const yamlLine = toFileLine(error.pos[0]) - toFileLine(0);
    let at = Math.min(yamlLine, lines.length - 1);
    const opener = /Missing closing (["'])quote/.exec(error.message)?.[1] ?? (/Flow sequence/.test(error.message) ? '[' : /Flow mapping/.test(error.message) ? '{' : undefined);
    // An unclosed quote or bracket is noticed where the text ends; the editor has to fix the line that opens it.
    if (opener) while (at > 0 && !(lines[at] ?? '').includes(opener)) at -= 1;
    return [{ line: toFileLine(0) + at, field: 'file', message: describeYamlError(error, lines[at] ?? '') }];
  }
  return [];
}

/** One YAML error in an editor's words, judged with the text of its line. */
export function describeYamlError(error: Pick<YAMLError, 'code' | 'message'>, lineText: string): string {
  const value = /^[\s-]*[^\s:#][^:]*:\s*(.*)$/.exec(lineText)?.[1] ?? '';
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (/:(\s|$)/.test(value)) return yamlMessages.colonInValue;
      if (error.code === 'MULTILINE_IMPLICIT_KEY' && !/:(\s|$)/.test(lineText)) return yamlMessages.notAField;
      return yamlMessages.indentedDifferentlyHereOrNext;
    case 'MISSING_CHAR':
      if (/closing (["'])quote/.test(error.message)) return yamlMessages.quoteNeverClosed;
      if (/without - indicator/.test(error.message)) return yamlMessages.listItemMisaligned;
      return yamlMessages.characterMissing;
    case 'TAB_AS_INDENT':
      return yamlMessages.tabIndent;
    case 'DUPLICATE_KEY':
      return yamlMessages.duplicateField(/^[\s-]*([^:]+):/.exec(lineText)?.[1]?.trim() ?? '');
    case 'BAD_INDENT':
      if (/Flow sequence/.test(error.message)) return yamlMessages.listNotClosed;
      return yamlMessages.indentedDifferently;
    case 'BAD_SCALAR_START':
      return yamlMessages.badStart(JSON.stringify(value.trim()[0] ?? ''));
    case 'UNEXPECTED_TOKEN':
      return yamlMessages.textAfterValue;
    case 'MULTIPLE_DOCS':
      return yamlMessages.secondDocument;
    case 'BAD_DQ_ESCAPE':
      return yamlMessages.badEscape;
    default:
      return yamlMessages.invalid;
  }
}

/**
 * Aliases (*name) are refused outright: editors never need them, and a few lines of nested
 * aliases expand to billions of values ("billion laughs").
 */
function aliasProblems(doc: Document, toFileLine: (offset: number) => number): TextProblem[] {
  const problems: TextProblem[] = [];
  visit(doc, {
    Alias(_key, node) {
      if (problems.length === 0 && isAlias(node)) {
        problems.push({ line: toFileLine(node.range?.[0] ?? 0), field: 'file', message: yamlMessages.alias(node.source) });
      }
    },
  });
  return problems;
}

/** Plain values that YAML cut short at " #", taking the rest of the line for a comment. */
function commentCuts(doc: Document, yamlText: string, toFileLine: (offset: number) => number, pathAt: (offset: number) => FieldPath | 'file'): TextProblem[] {
  const problems: TextProblem[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || !node.range) return;
      const end = node.range[1];
      const lineEnd = yamlText.indexOf('\n', end);
      const rest = yamlText.slice(end, lineEnd < 0 ? undefined : lineEnd);
      const comment = /^[ \t]+#(.?)/.exec(rest);
      if (!comment) return;
      // "section: chronik  # from the taxonomy" is a comment; "title: Wir sind # die Besten" or "Nummer #1" is text.
      const text = String(node.source);
      if (!/\s/.test(text) && /^[ \t]?$/.test(comment[1] ?? '')) return;
      const tail = text.length > 30 ? `…${text.slice(-30)}` : text;
      problems.push({
        line: toFileLine(node.range[0]),
        field: pathAt(node.range[0]),
        message: yamlMessages.cutByComment(tail),
      });
    },
  });
  return problems;
}

/** Path of the innermost field whose value contains `offset`. */
function pathAtOffset(doc: Document, offset: number): FieldPath {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  const contains = (candidate: unknown) => {
    const range = (candidate as Node | null)?.range;
    return range != null && range[0] <= offset && offset < Math.max(range[2], range[1] + 1);
  };
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((item) => contains(item.value) || contains(item.key));
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item));
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else {
      return path;
    }
  }
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
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
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
