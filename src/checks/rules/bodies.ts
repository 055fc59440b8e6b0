/**
 * Pieces' MDX bodies, compiled as data (src/checks/body/compile.ts) with the answers the other
 * rules give to what a body refers to: sources it cites, timelines and pictures it shows, pieces
 * it links.
 */
import { compileBody, type BodyContext, type CitedPost, type CompiledBody } from '../body/compile.ts';
import type { CheckContext, Entry, PieceEntry } from '../context.ts';
import { postMessages, ruleMessages } from '../messages.ts';
import type { EditorFile } from '../read/editor-file.ts';
import { entryId } from '../read/content-files.ts';
import { tickerIdOf, tickerOf } from './live.ts';
import { pictureProblem } from './pictures.ts';
import { pieceLink } from './references.ts';
import { citeSource } from './sources.ts';
import { hourGraphicProblem } from './timelines.ts';

/** A piece or a live entry has text below its frontmatter. */
export function checkBodyPresent({ report }: CheckContext, { file }: { file: EditorFile }): void {
  if (file.body.trim() === '') report(file, 'body', ruleMessages.emptyBody, file.bodyStartLine - 1);
}

/**
 * Compiles every piece's body and reports its problems at their lines; the parts of each body by
 * its file. Run once every piece's address is known, so links resolve to real addresses.
 */
export function compileBodies(context: CheckContext, compiler: { compile: typeof compileBody }): Map<EditorFile, CompiledBody> {
  const bodies = new Map<EditorFile, CompiledBody>();
  for (const entry of context.pieces) {
    const { file } = entry;
    const body = compiler.compile(file.body, bodyContext(context, file, entry.data.sources, entry));
    for (const problem of body.problems) context.report(file, 'body', problem.message, problem.line);
    bodies.set(file, body);
  }
  for (const entry of context.valid.live) {
    // An entry cites its ticker's sources and links as its ticker does; without a valid ticker (reported by rules/live.ts) its citations cannot be numbered.
    const ticker = tickerOf(context, entry);
    const body = compiler.compile(entry.file.body, bodyContext(context, entry.file, ticker?.data.sources, ticker));
    for (const problem of body.problems) context.report(entry.file, 'body', problem.message, problem.line);
    bodies.set(entry.file, body);
  }
  return bodies;
}

/**
 * The bodies of pieces whose fields failed their schema, checked all the same, so that an editor
 * sees every problem of a file at once rather than one after the other. Nothing of them is kept:
 * such a piece is not published.
 */
export function checkFailedBodies(context: CheckContext): void {
  for (const file of [...context.failed.articles, ...context.failed.explainers, ...context.failed.live]) {
    if (file.body.trim() === '') continue;
    const sources = context.failed.live.includes(file) ? tickerSources(context, file) : sourceListOf(file.data);
    const body = compileBody(file.body, bodyContext(context, file, sources));
    for (const problem of body.problems) context.report(file, 'body', problem.message, problem.line);
  }
}

/** What a body of `file` may refer to; `from` is the piece, unless its fields failed their schema. */
function bodyContext(context: CheckContext, file: EditorFile, sources: BodyContext['sources'], from?: PieceEntry): BodyContext {
  return {
    startLine: file.bodyStartLine,
    sources,
    sourceExists: (id) => citeSource(context, id),
    timelineExists: (id) => context.ids.timeline.has(id),
    hourGraphicProblem: (id, day) => hourGraphicProblem(context, id, day),
    pictureProblem: (src) => pictureProblem(context, src, 'inline', file),
    pieceLink: (kind, id) => pieceLink(context, from, kind, id),
    postOf: (id) => postOf(context.sourceById.get(id), id),
  };
}

/** The sources a live entry whose fields failed may cite: its ticker's, if the ticker is valid. */
function tickerSources({ articleById }: CheckContext, file: EditorFile): string[] | undefined {
  return articleById.get(tickerIdOf(entryId(file.file, 'live')))?.data.sources;
}

/**
 * The `sources` list of a piece whose fields failed their schema, if it can be read: none when
 * the fields read but have no list, undefined when the fields themselves are no YAML.
 */
function sourceListOf(data: unknown): string[] | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const sources: unknown = 'sources' in data ? data.sources : [];
  return Array.isArray(sources) && sources.every((id) => typeof id === 'string') ? sources : undefined;
}

/** The post <Post id="…" /> shows, why the source has none, or nothing when the source file has errors of its own. */
function postOf(source: Entry<'sources'> | undefined, id: string): CitedPost | string | undefined {
  if (!source) return undefined;
  return source.data.post ? { ...source.data.post, publisher: source.data.publisher } : postMessages.notAPost(id);
}
