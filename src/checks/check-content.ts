/**
 * The build's proof-reader. Checks every content file against its schema and against the
 * others (references, sources, corrections, URLs) and reports each problem at the file, line
 * and field an editor has to fix. Astro validates schemas too, but points at ":0:0" and lets
 * a dangling reference through; these checks run first and fail the build.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import type { CollectionName } from '../schemas/piece.ts';
import { MIN_INLINE_WIDTH, MIN_LEAD_WIDTH, PICTURE_FOLDER, pictureNameSchema } from '../schemas/image.ts';
import { slugSchema } from '../schemas/shared.ts';
import { sourceSchema } from '../schemas/source.ts';
import { timelineSchema } from '../schemas/timeline.ts';
import { findWrongForm } from '../newsroom/corrections.ts';
import { isoWithOffset } from '../routing/dates.ts';
import { toPiece } from '../newsroom/pieces.ts';
import type { PieceData } from '../schemas/piece.ts';
import { compileBody, type BodyPart } from './body/compile.ts';
import { formatOfExtension } from './read/picture-header.ts';
import { findPlaceholders } from './rules/placeholders.ts';
import { isPlaceholder } from '../schemas/placeholder.ts';
import { formatPath, stringsIn, type FieldPath, type EditorFile } from './read/editor-file.ts';
import type { CheckedData, CheckedEntry, CheckedPicture, CheckedPiece, CheckResult, ContentFiles, Problem } from './result.ts';
import { BUILD_FOLDERS, isGrowingListingPath, standingPaths } from '../routing/routes.ts';
import { href } from '../routing/urls.ts';

/** How far in the future a correction, update or source may be dated (clocks and time zones differ). */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
const LATER_THAN_BUILD = 'later than this build';

export interface CheckOptions {
  /** The build time: what counts as "now" for future dates and scheduled pieces (tests fix it). */
  now?: Date;
  /** Compiles the bodies, reusing an earlier build's where they still hold (src/checks/body/cache.ts); compileBody() without. */
  compiler?: { compile: typeof compileBody };
}

// Ids stand for references while checking; resolving them is this module's job.
const idReference = () => slugSchema;
const pictureName = () => pictureNameSchema;
const schemas = {
  articles: articleSchema(idReference, pictureName),
  explainers: explainerSchema(idReference, pictureName),
  sources: sourceSchema,
  timeline: timelineSchema(idReference),
} satisfies { [C in CollectionName]: z.ZodType<CheckedData[C]> };

const SCHEMA_FILES: Record<CollectionName, string> = {
  articles: 'src/schemas/piece.ts and src/schemas/article.ts',
  explainers: 'src/schemas/piece.ts and src/schemas/explainer.ts',
  sources: 'src/schemas/source.ts',
  timeline: 'src/schemas/timeline.ts',
};

type Parsed<C extends CollectionName> = CheckedData[C];
type PieceCollection = 'articles' | 'explainers';

interface Entry<C extends CollectionName> {
  id: string;
  source: EditorFile;
  data: Parsed<C>;
}

/** Entry id of a file: its name in the collection folder, without extension. */
export function entryId(file: string, collection: CollectionName): string {
  const marker = `${collection}/`;
  const below = file.slice(file.lastIndexOf(marker) + marker.length);
  return below.replace(/\.(mdx|yaml)$/, '');
}

const LINK_KIND: Record<string, PieceCollection> = { article: 'articles', explainer: 'explainers' };

/** Checks all content; never throws for bad content, only reports. */
export function checkContent(files: ContentFiles, { now = new Date(), compiler = { compile: compileBody } }: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [...files.problems];
  const latestPlausible = new Date(now.getTime() + FUTURE_TOLERANCE_MS);
  const report = (source: EditorFile, path: FieldPath | 'body' | 'file', message: string, line?: number, severity: Problem['severity'] = 'error') =>
    problems.push({
      severity,
      file: source.file,
      line: line ?? (typeof path === 'string' ? undefined : source.lineOf(path)),
      field: typeof path === 'string' ? path : formatPath(path),
      message,
    });

  const parse = <C extends CollectionName>(collection: C): Entry<C>[] =>
    files[collection].flatMap((source) => {
      for (const problem of source.problems) report(source, problem.field, problem.message, problem.line);
      const id = entryId(source.file, collection);
      if (!slugSchema.safeParse(id).success) {
        report(source, 'file', `file name "${id}" must use only lower-case letters, digits and single hyphens: it becomes the entry id and the URL`, 1);
      }
      if (source.data === undefined) return [];
      const result = schemas[collection].safeParse(source.data, { reportInput: true, error: editorMessage });
      if (!result.success) {
        for (const issue of result.error.issues) {
          for (const problem of describeIssue(issue, source.data, collection)) {
            // A placeholder from `npm run new` is reported once, below, in words that say what to do.
            if (problem.path !== 'file' && isPlaceholder(valueAt(source.data, problem.path))) continue;
            report(source, problem.path, problem.message, problem.path === 'file' ? 1 : undefined);
          }
        }
        return [];
      }
      return [{ id, source, data: result.data as Parsed<C> }];
    });

  for (const source of [...files.articles, ...files.explainers, ...files.sources, ...files.timeline]) {
    for (const found of findPlaceholders(source)) report(source, found.path, found.message, found.line);
  }

  const articles = parse('articles');
  const explainers = parse('explainers');
  const sources = parse('sources');
  const timelines = parse('timeline');

  // Existence is judged by files, not by valid entries: a file with its own errors is
  // reported once, not again by everything that refers to it.
  const filesOf = (collection: CollectionName) => new Set(files[collection].map((source) => entryId(source.file, collection)));
  const ids = {
    articles: filesOf('articles'),
    explainers: filesOf('explainers'),
    sources: filesOf('sources'),
    timeline: filesOf('timeline'),
  };
  const validArticles = new Map(articles.map((entry) => [entry.id, entry]));
  const validExplainers = new Map(explainers.map((entry) => [entry.id, entry]));
  const inFuture = (date: Date) => date.getTime() > latestPlausible.getTime();
  const cited = new Set<string>();
  const checkSourceId = (source: EditorFile, path: FieldPath, id: string) => {
    cited.add(id);
    if (!ids.sources.has(id)) report(source, path, `names the source "${id}", but there is no content/sources/${id}.yaml`);
  };

  // Pictures a piece shows: their digests make part of its page's cache key.
  const shownPictures = new Map<object, string[]>();
  const usedPictures = new Set<string>();
  const validPictures = new Map<string, CheckedPicture>();
  const pictureProblem = (name: string, use: 'lead' | 'inline', owner: object): string | undefined => {
    usedPictures.add(name);
    const picture = files.pictures.get(name);
    if (!picture) return `names the picture "${name}", but there is no content/${PICTURE_FOLDER}/${name}: save the picture there under this name`;
    const inspected = picture.inspect();
    if ('problem' in inspected) return `content/${PICTURE_FOLDER}/${name} ${inspected.problem}`;
    const { header, digest } = inspected;
    const promised = formatOfExtension(name.slice(name.lastIndexOf('.')));
    if (promised !== header.format) {
      return `content/${PICTURE_FOLDER}/${name} is a ${header.format.toUpperCase()} picture with the extension of a ${promised?.toUpperCase() ?? 'different'} one: rename it to ${name.slice(0, name.lastIndexOf('.'))}.${header.format === 'jpeg' ? 'jpg' : header.format}`;
    }
    const minimum = use === 'lead' ? MIN_LEAD_WIDTH : MIN_INLINE_WIDTH;
    if (header.width < minimum) {
      const why = use === 'lead' ? 'a lead image must be at least 1200 px wide, the width of the social card' : `a picture in the text must be at least ${MIN_INLINE_WIDTH} px wide, the width of the column`;
      return `content/${PICTURE_FOLDER}/${name} is ${header.width} × ${header.height} px; ${why}: use a larger version`;
    }
    shownPictures.set(owner, [...(shownPictures.get(owner) ?? []), digest]);
    validPictures.set(name, { name, file: picture.file, digest });
    return undefined;
  };

  const pieces = [...articles, ...explainers] as Entry<PieceCollection>[];
  const piecePaths = new Map<string, string>();
  const pathOf = new Map<Entry<PieceCollection>, string>();
  const lastModified = new Map<string, Date>();
  const pathOwners = new Map<string, EditorFile>();
  const checkedPieces: CheckedPiece[] = [];
  for (const piece of pieces) {
    const kind = validArticles.get(piece.id) === piece ? 'article' : 'explainer';
    const checked = toPiece(kind, piece.id, piece.data);
    const { path } = checked;
    checkedPieces.push(checked);
    pathOf.set(piece, path);
    piecePaths.set(`${kind}:${piece.id}`, path);
    lastModified.set(path, checked.modified ?? piece.data.published);
    const owner = pathOwners.get(path);
    if (owner) report(piece.source, 'file', `would be published at ${path}, the same address as ${owner.file}: rename one of the files`, 1);
    else pathOwners.set(path, piece.source);
  }

  for (const piece of pieces) {
    const { source, data } = piece;
    data.sources.forEach((id, index) => checkSourceId(source, ['sources', index], id));
    if (data.updated && data.updated < data.published) {
      report(source, ['updated'], `is ${isoWithOffset(data.updated)}, before the publication (${isoWithOffset(data.published)})`);
    } else if (data.updated && inFuture(data.updated)) {
      report(source, ['updated'], `is ${isoWithOffset(data.updated)}, ${LATER_THAN_BUILD}: date an update when it is made`);
    }
    checkCorrectionDates(piece, report, inFuture);
    if (data.image) {
      const problem = pictureProblem(data.image.src, 'lead', piece);
      if (problem) report(source, ['image', 'src'], problem);
    }
    if (source.body.trim() === '') report(source, 'body', 'is empty: write the text of the piece below the frontmatter\'s closing --- line', source.bodyStartLine - 1);
  }

  // Bodies are compiled once every path is known, so links resolve to real addresses.
  const pieceByKey = new Map<string, Entry<PieceCollection>>();
  for (const piece of pieces) pieceByKey.set(`${validArticles.get(piece.id) === piece ? 'article' : 'explainer'}:${piece.id}`, piece);
  const pieceLink = (from: Entry<PieceCollection>, kind: 'article' | 'explainer', id: string): { href: string } | { problem: string } => {
    const key = `${kind}:${id}`;
    const target = pieceByKey.get(key);
    const path = piecePaths.get(key);
    const collection = LINK_KIND[kind] ?? 'articles';
    // A file with errors of its own is reported there, not again by every link to it.
    if (!target || !path) return ids[collection].has(id) ? { href: '#' } : { problem: `links to ${kind} "${id}", but there is no content/${collection}/${id}.mdx` };
    const unpublished = unpublishedTarget(from.data, target.data, now);
    return unpublished ? { problem: `links to ${kind} "${id}", which ${unpublished}` } : { href: href(path) };
  };
  const validTimelines = new Map(timelines.map((entry) => [entry.id, entry]));
  const hourGraphicProblem = (id: string, day: string): string | undefined => {
    if (!ids.timeline.has(id)) return `shows the timeline "${id}", but there is no content/timeline/${id}.yaml`;
    const timeline = validTimelines.get(id);
    // A timeline with errors of its own is reported there.
    if (!timeline || timeline.data.events.some((event) => event.date === day && event.time !== undefined)) return undefined;
    return `shows the hours of ${day} from the timeline "${id}", but none of its events on that day has a "time": the graphic draws timed events only`;
  };
  const bodies = new Map<object, BodyPart[]>();
  for (const piece of pieces) {
    const body = compiler.compile(piece.source.body, {
      startLine: piece.source.bodyStartLine,
      sources: piece.data.sources,
      sourceExists: (id) => {
        cited.add(id);
        return ids.sources.has(id);
      },
      timelineExists: (id) => ids.timeline.has(id),
      hourGraphicProblem: (id, day) => hourGraphicProblem(id, day),
      pictureProblem: (src) => pictureProblem(src, 'inline', piece),
      pieceLink: (kind, id) => pieceLink(piece, kind, id),
    });
    for (const problem of body.problems) report(piece.source, 'body', problem.message, problem.line);
    bodies.set(piece, body.parts);
  }

  for (const source of [...files.articles, ...files.explainers]) checkWrongForms(source, report);

  // An old path may not be the address of anything else, or the site would lose a page.
  const redirects: CheckResult['redirects'] = [];
  const taken = new Map<string, string>([...pathOwners].map(([path, owner]) => [path, owner.file]));
  for (const path of standingPaths()) taken.set(path, 'the site page ' + path);
  for (const piece of pieces) {
    const to = pathOf.get(piece) ?? '';
    piece.data.redirectFrom.forEach((from, index) => {
      const owner = taken.get(from);
      if (owner !== undefined) {
        report(piece.source, ['redirectFrom', index], `"${from}" is already the address of ${owner === piece.source.file ? 'this piece itself' : owner}; a redirect there would hide that page`);
        return;
      }
      const folder = Object.values(BUILD_FOLDERS).find((prefix) => from.startsWith(prefix));
      if (folder) {
        report(piece.source, ['redirectFrom', index], `lies in ${folder}, where the build puts its own files: it cannot be the old address of a piece`);
        return;
      }
      if (isGrowingListingPath(from)) {
        report(piece.source, ['redirectFrom', index], `"${from}" lies in the archive, the corrections log or a listing's further pages, which the site fills itself; a redirect there would hide a page`);
        return;
      }
      taken.set(from, `${piece.source.file} (its redirectFrom)`);
      if (!piece.data.draft) redirects.push({ from, to });
    });
  }

  for (const explainer of explainers) {
    const { source, data } = explainer;
    const article = validArticles.get(data.article);
    const notYetPublic = (target: PieceData | undefined) => (target ? unpublishedTarget(data, target, now) : undefined);
    const articleProblem = notYetPublic(article?.data);
    if (!ids.articles.has(data.article)) report(source, ['article'], `names the article "${data.article}", but there is no content/articles/${data.article}.mdx`);
    else if (articleProblem) report(source, ['article'], `names the article "${data.article}", which ${articleProblem}`);
    data.related.forEach((id, index) => {
      const relatedProblem = notYetPublic(validExplainers.get(id)?.data);
      if (id === explainer.id) report(source, ['related', index], `names this explainer itself; list other explainers only`);
      else if (!ids.explainers.has(id)) report(source, ['related', index], `names the explainer "${id}", but there is no content/explainers/${id}.mdx`);
      else if (relatedProblem) report(source, ['related', index], `names the explainer "${id}", which ${relatedProblem}`);
    });
  }

  for (const timeline of timelines) {
    timeline.data.events.forEach((event, index) => {
      event.sources.forEach((id, at) => checkSourceId(timeline.source, ['events', index, 'sources', at], id));
      if (event.article !== undefined && !ids.articles.has(event.article)) {
        report(timeline.source, ['events', index, 'article'], `names the article "${event.article}", but there is no content/articles/${event.article}.mdx`);
      }
    });
    const seen = new Set<string>();
    timeline.data.events.forEach((event, index) => {
      if (seen.has(event.id)) report(timeline.source, ['events', index, 'id'], `"${event.id}" is used twice in this timeline; event ids must be unique`);
      seen.add(event.id);
    });
  }

  for (const entry of sources) {
    if (sourceDayStart(entry.data.date).getTime() > latestPlausible.getTime()) {
      report(entry.source, ['date'], `is ${entry.data.date}, ${LATER_THAN_BUILD}: a source cannot be dated in the future`);
    }
    if (!cited.has(entry.id)) {
      report(entry.source, 'file', `source "${entry.id}" is not cited by any piece or timeline`, 1, 'warning');
    }
  }

  for (const [name, picture] of files.pictures) {
    if (!usedPictures.has(name)) problems.push({ severity: 'warning', file: picture.file, field: 'file', message: 'is not shown by any piece; delete it or use it' });
  }

  const checked = <C extends CollectionName>(list: Entry<C>[]): CheckedEntry[] =>
    list.map((entry) => {
      const { id, source } = entry;
      const data = (source.data ?? {}) as Record<string, unknown>;
      const body = bodies.get(entry);
      const pictures = shownPictures.get(entry) ?? [];
      return { id, file: source.file, data, ...(body && { body }), digestSource: JSON.stringify(body ? [data, body, pictures] : data) };
    });
  const entries = { articles: checked(articles), explainers: checked(explainers), sources: checked(sources), timeline: checked(timelines) };
  return { problems, piecePaths, lastModified, redirects, pieces: checkedPieces, entries, pictures: [...validPictures.values()] };
}

type Reporter = (source: EditorFile, path: FieldPath | 'body' | 'file', message: string, line?: number) => void;

/** A correction cannot predate the piece it corrects, nor the build; corrections stand oldest first. */
function checkCorrectionDates({ source, data }: Entry<PieceCollection>, report: Reporter, inFuture: (date: Date) => boolean): void {
  data.corrections.forEach((correction, index) => {
    const path = ['corrections', index, 'date'];
    const previous = data.corrections[index - 1];
    if (correction.date < data.published) {
      report(source, path, `is ${isoWithOffset(correction.date)}, before the publication (${isoWithOffset(data.published)}): a correction cannot predate the piece`);
    } else if (inFuture(correction.date)) {
      report(source, path, `is ${isoWithOffset(correction.date)}, ${LATER_THAN_BUILD}: date a correction when it is made`);
    } else if (previous && correction.date < previous.date) {
      report(source, path, `is ${isoWithOffset(correction.date)}, before the correction above it (${isoWithOffset(previous.date)}): list corrections oldest first`);
    }
  });
}

/**
 * Why a piece that is or will be public may not point at `target` yet, if it may not: the
 * target is a draft, or appears later than the piece itself (and is not public by `now`).
 * Pages would link to an address that does not exist yet.
 */
export function unpublishedTarget(piece: Pick<PieceData, 'draft' | 'published'>, target: Pick<PieceData, 'draft' | 'published'>, now: Date): string | undefined {
  if (piece.draft) return undefined;
  if (target.draft) return 'is a draft: publish it first, or make this piece a draft too';
  const visibleFrom = Math.max(now.getTime(), piece.published.getTime());
  if (target.published.getTime() > visibleFrom) {
    return `appears only from ${isoWithOffset(target.published)}, after this piece: add it once it is public, or schedule this piece for then too`;
  }
  return undefined;
}

/** The first moment a source's date (a day, or only a month) stands for, in UTC. */
function sourceDayStart(date: string): Date {
  return new Date(date.length === 7 ? `${date}-01T00:00:00Z` : `${date}T00:00:00Z`);
}

// Read leniently from the raw YAML, so the wrong form is found even while other fields fail.
const rawCorrectionsSchema = z.object({
  corrections: z.array(z.looseObject({ date: z.unknown(), wrong: z.string().min(1), right: z.string() }).catch(() => ({ date: undefined, wrong: '', right: '' }))),
});

/** A corrected wrong form must be gone from the whole piece, except from the correction itself. */
function checkWrongForms(source: EditorFile, report: Reporter): void {
  const parsed = rawCorrectionsSchema.safeParse(source.data);
  if (!parsed.success) return;
  parsed.data.corrections.forEach((correction, index) => {
    if (!correction.wrong || correction.wrong === correction.right) return;
    const when = typeof correction.date === 'string' ? ` on ${correction.date.slice(0, 10)}` : '';
    const message = `contains "${correction.wrong}", the wrong form corrected${when} (corrections[${index}]): write "${correction.right}"`;
    for (const { path, value } of stringsIn(source.data)) {
      if (path[0] !== 'corrections' && findWrongForm(value, correction.wrong, correction.right).length > 0) report(source, path, message);
    }
    source.body.split('\n').forEach((line, at) => {
      if (findWrongForm(line, correction.wrong, correction.right).length > 0) report(source, 'body', message, source.bodyStartLine + at);
    });
  });
}

/** Turns one zod issue into editor-facing problems (an unknown-keys issue names each key). */
function describeIssue(issue: z.core.$ZodIssue, data: unknown, collection: CollectionName): { path: FieldPath | 'file'; message: string }[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `"${key}" is not a known field (check its spelling; the fields are documented in ${SCHEMA_FILES[collection]})`,
    }));
  }
  const found = valueAt(data, path);
  if (path.length === 0) {
    return [{ path: 'file', message: `must consist of fields, one "name: value" per line (found ${describeValue(found)})` }];
  }
  if (found === undefined) {
    return [{ path, message: issue.message === MISSING ? MISSING : `${MISSING} (${issue.message})` }];
  }
  // A message that already quotes the value ("2017-02-30 is not a day…") needs no "found".
  const quotesValue = typeof found === 'string' && found !== '' && issue.message.includes(found);
  return [{ path, message: quotesValue ? issue.message : `${issue.message} (found ${describeValue(found)})` }];
}

const MISSING = 'is required but missing';

/** What each type zod can expect means to an editor writing YAML. */
const EXPECTED: Record<string, string> = {
  boolean: 'must be true or false',
  array: 'must be a list: [a, b] on one line, or one "- entry" per line below the field',
  object: 'must be a group of fields, each "name: value" on its own line, indented below this one',
  string: 'must be text',
  number: 'must be a number',
};

/**
 * Editors' words for zod's own messages, used where a schema sets none of its own (schemas'
 * messages take precedence). Never zod's wording ("expected boolean, received string").
 */
function editorMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? MISSING : (EXPECTED[issue.expected] ?? `must be ${issue.expected}`);
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} entries` : `is too short (at least ${String(issue.minimum)} characters)`;
    case 'too_big':
      return issue.origin === 'array' ? `allows at most ${String(issue.maximum)} entries` : `is too long (at most ${String(issue.maximum)} characters)`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return 'does not have a form this field allows: see its description in src/schemas/ and EDITING.md';
  }
}

function valueAt(data: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (node, segment) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined),
    data,
  );
}

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
