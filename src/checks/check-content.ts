/**
 * The build's proof-reader. Checks every content file against its schema and against the
 * others (references, sources, corrections, URLs) and reports each problem at the file, line
 * and field an editor has to fix. Astro validates schemas too, but points at ":0:0" and lets
 * a dangling reference through; these checks run first and fail the build.
 *
 * Each rule lives in src/checks/rules/; this is the order they run in, which is the order
 * editors read the problems in.
 */
import { bodyPartsDigest, bodyTimelines } from './body/cache.ts';
import { compileBody, type CompiledBody } from './body/compile.ts';
import { checkContext, reporter, type CheckContext, type Entry, type PieceEntry } from './context.ts';
import type { EditorFile } from './read/editor-file.ts';
import { PictureData, type PictureDecoding } from './read/picture-data.ts';
import type { CheckedEntry, CheckResult, ContentFiles, Problem } from './result.ts';
import { checkAddresses } from './rules/addresses.ts';
import { checkPieceAuthors, checkPortrait } from './rules/authors.ts';
import { checkBodyPresent, checkFailedBodies, compileBodies } from './rules/bodies.ts';
import { checkCorrectionDates, checkWrongForms } from './rules/corrections.ts';
import { checkLiveEntry, checkSameReports } from './rules/live.ts';
import { checkLeadImage, checkPictureData, warnUnshownPictures } from './rules/pictures.ts';
import { checkPlaceholders } from './rules/placeholders.ts';
import { collectRedirects } from './rules/redirects.ts';
import { checkEventArticle, checkExplainerReferences } from './rules/references.ts';
import { parseCollections } from './rules/schema.ts';
import { checkSourceIds, checkSources } from './rules/sources.ts';
import { checkEventIds, checkEventTimes } from './rules/timelines.ts';
import { checkHeadlineQuotes } from './rules/typography.ts';
import { checkUpdated } from './rules/updates.ts';
import type { CollectionName } from '../schemas/piece.ts';
import { buildTime } from '../util/clock.ts';

export interface CheckOptions {
  /** The build time: what counts as "now" for future dates and scheduled pieces (tests fix it). */
  now?: Date;
  /** Compiles the bodies, reusing an earlier build's where they still hold (src/checks/body/cache.ts); compileBody() without. */
  compiler?: { compile: typeof compileBody };
  /** Whether pictures decode, from an earlier build's verdicts where it has them (src/checks/read/picture-data.ts); this process's alone without. */
  pictureData?: PictureDecoding;
}

/** Checks all content; never throws for bad content, only reports. */
export function checkContent(files: ContentFiles, { now = buildTime(), compiler = { compile: compileBody }, pictureData = PictureData.load() }: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [...files.problems];
  const report = reporter(problems);
  checkPlaceholders(report, files);
  const context = checkContext(files, parseCollections(report, files), report, problems, now);
  checkAddresses(context);
  for (const piece of context.pieces) checkPieceFields(context, piece);
  const bodies = compileBodies(context, compiler);
  checkFailedBodies(context);
  checkWrongForms(report, files);
  const redirects = collectRedirects(context);
  checkExplainerReferences(context);
  for (const timeline of context.valid.timeline) checkTimeline(context, timeline);
  checkSources(context);
  for (const author of context.valid.authors) checkPortrait(context, author);
  checkLive(context);
  checkPictureData(context, pictureData);
  warnUnshownPictures(context);
  return result(context, bodies, redirects);
}

/** A piece's own fields: its headline's quotes, its authors, its sources, update, corrections, lead image, and that it has a body. */
function checkPieceFields(context: CheckContext, piece: PieceEntry): void {
  checkHeadlineQuotes(context, piece);
  checkPieceAuthors(context, piece);
  checkSourceIds(context, piece.file, ['sources'], piece.data.sources);
  checkUpdated(context, piece);
  checkCorrectionDates(context, piece);
  checkLeadImage(context, piece);
  checkBodyPresent(context, piece);
}

/** A timeline's events, each with its sources and article, then their ids and local times. */
function checkTimeline(context: CheckContext, timeline: Entry<'timeline'>): void {
  timeline.data.events.forEach((event, index) => {
    checkSourceIds(context, timeline.file, ['events', index, 'sources'], event.sources);
    checkEventArticle(context, timeline.file, index, event.article);
  });
  checkEventIds(context, timeline);
  checkEventTimes(context, timeline);
}

/** Live tickers' entries, each against its ticker and the clock, then one ticker's entries against each other. */
function checkLive(context: CheckContext): void {
  for (const entry of context.valid.live) {
    checkLiveEntry(context, entry);
    checkBodyPresent(context, entry);
  }
  checkSameReports(context, context.valid.live);
}

/** What the build takes from the checks: the problems, and the valid content with its addresses. */
function result(context: CheckContext, bodies: Map<EditorFile, CompiledBody>, redirects: CheckResult['redirects']): CheckResult {
  const { pieces, valid, pictures } = context;
  const lastModified = new Map<string, Date>();
  for (const { data, piece } of pieces) lastModified.set(piece.path, piece.modified ?? data.published);
  const checked = <C extends CollectionName>(list: Entry<C>[]): CheckedEntry[] =>
    list.map(({ id, file }) => {
      const data = (file.data ?? {}) as Record<string, unknown>;
      const body = bodies.get(file);
      const shown = pictures.digestsOf.get(file) ?? [];
      if (!body) return { id, file: file.file, data, digestSource: JSON.stringify(shown.length > 0 ? [data, shown] : data) };
      const entry: CheckedEntry = { id, file: file.file, data, timelines: bodyTimelines(body), digestSource: `${JSON.stringify([data, shown])}\0${bodyPartsDigest(body)}` };
      // A kept body's parts are read from their JSON text only if a page of this build shows them.
      Object.defineProperty(entry, 'body', { get: () => body.parts, enumerable: true });
      return entry;
    });
  return {
    problems: context.problems,
    piecePaths: new Map(pieces.map(({ id, piece }) => [`${piece.kind}:${id}`, piece.path])),
    lastModified,
    redirects,
    pieces: pieces.map(({ piece }) => piece),
    entries: { articles: checked(valid.articles), explainers: checked(valid.explainers), sources: checked(valid.sources), timeline: checked(valid.timeline), authors: checked(valid.authors), live: checked(valid.live) },
    pictures: [...pictures.accepted.values()],
  };
}
