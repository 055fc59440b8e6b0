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
import { slugSchema } from '../schemas/shared.ts';
import { sourceSchema } from '../schemas/source.ts';
import { timelineSchema } from '../schemas/timeline.ts';
import { effectiveUpdate, findWrongForm } from './corrections.ts';
import { isoWithOffset } from './dates.ts';
import type { PieceData } from './pieces.ts';
import { findPlaceholders, isPlaceholder } from './placeholders.ts';
import { formatPath, stringsIn, type FieldPath, type SourceFile } from './source-file.ts';
import { ARCHIVE_PATH, CORRECTIONS_PATH, IMPRINT_PATH, isGrowingListingPath, PRIVACY_PATH, SEARCH_PATH, piecePath, sectionPath, topicPath } from './urls.ts';
import { SECTIONS, sectionIds, topicIds } from '../schemas/taxonomy.ts';

export interface Problem {
  severity: 'error' | 'warning';
  /** Repository-relative file. */
  file: string;
  line?: number | undefined;
  /** Field path ("corrections[0].date"), "body" or "file". */
  field: string;
  /** What is wrong and what is expected, in an editor's words. */
  message: string;
}

/** The raw files of each collection. */
export type ContentFiles = Record<CollectionName, SourceFile[]>;

// Ids stand for references while checking; resolving them is this module's job.
const idReference = () => slugSchema;
const schemas = {
  articles: articleSchema(idReference),
  explainers: explainerSchema(idReference),
  sources: sourceSchema,
  timeline: timelineSchema(idReference),
} satisfies Record<CollectionName, z.ZodType>;

const SCHEMA_FILES: Record<CollectionName, string> = {
  articles: 'src/schemas/piece.ts and src/schemas/article.ts',
  explainers: 'src/schemas/piece.ts and src/schemas/explainer.ts',
  sources: 'src/schemas/source.ts',
  timeline: 'src/schemas/timeline.ts',
};

type Parsed<C extends CollectionName> = z.output<(typeof schemas)[C]>;
type PieceCollection = 'articles' | 'explainers';

interface Entry<C extends CollectionName> {
  id: string;
  source: SourceFile;
  data: Parsed<C>;
}

export interface CheckResult {
  problems: Problem[];
  /** Site path of every piece, keyed "article:<id>" / "explainer:<id>" (for links in MDX). */
  piecePaths: Map<string, string>;
  /** Last change of every valid piece (update, correction or publication), keyed by site path. */
  lastModified: Map<string, Date>;
  /** Permanent redirects from old piece paths (redirectFrom) to current ones, of published pieces. */
  redirects: { from: string; to: string }[];
  /** Every valid piece with its site path, drafts and future pieces included (filter with isPublic). */
  pieces: CheckedPiece[];
}

/** A valid piece as the checks parsed it: enough for work that needs no content layer (social cards). */
export interface CheckedPiece {
  kind: 'article' | 'explainer';
  id: string;
  path: string;
  data: PieceData;
}

/** Entry id the glob loader gives a file: its path below the collection folder, without extension. */
export function entryId(file: string, collection: CollectionName): string {
  const marker = `${collection}/`;
  const below = file.slice(file.lastIndexOf(marker) + marker.length);
  return below.replace(/\.(mdx|md|ya?ml)$/, '');
}

const LINK_KIND: Record<string, PieceCollection> = { article: 'articles', explainer: 'explainers' };

/** Checks all content; never throws for bad content, only reports. */
export function checkContent(files: ContentFiles): CheckResult {
  const problems: Problem[] = [];
  const report = (source: SourceFile, path: FieldPath | 'body' | 'file', message: string, line?: number, severity: Problem['severity'] = 'error') =>
    problems.push({
      severity,
      file: source.file,
      line: line ?? (typeof path === 'string' ? undefined : source.lineOf(path)),
      field: typeof path === 'string' ? path : formatPath(path),
      message,
    });

  const parse = <C extends CollectionName>(collection: C): Entry<C>[] =>
    files[collection].flatMap((source) => {
      for (const error of source.syntaxErrors) report(source, 'file', `is not valid YAML: ${error.message}`, error.line);
      const id = entryId(source.file, collection);
      if (!slugSchema.safeParse(id).success) {
        report(source, 'file', `file name "${id}" must use only lower-case letters, digits and single hyphens: it becomes the entry id and the URL`, 1);
      }
      if (source.syntaxErrors.length > 0) return [];
      const result = schemas[collection].safeParse(source.data ?? {}, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) {
          for (const problem of describeIssue(issue, source.data, collection)) {
            // A placeholder from `npm run new` is reported once, below, in words that say what to do.
            if (!isPlaceholder(valueAt(source.data, problem.path))) report(source, problem.path, problem.message);
          }
        }
        return [];
      }
      return [{ id, source, data: result.data as Parsed<C> }];
    });

  for (const source of Object.values(files).flat()) {
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
  const cited = new Set<string>();
  const checkSourceId = (source: SourceFile, path: FieldPath, id: string) => {
    cited.add(id);
    if (!ids.sources.has(id)) report(source, path, `names the source "${id}", but there is no content/sources/${id}.yaml`);
  };

  const pieces = [...articles, ...explainers] as Entry<PieceCollection>[];
  const piecePaths = new Map<string, string>();
  const pathOf = new Map<Entry<PieceCollection>, string>();
  const lastModified = new Map<string, Date>();
  const pathOwners = new Map<string, SourceFile>();
  const checkedPieces: CheckedPiece[] = [];
  for (const piece of pieces) {
    const kind = validArticles.get(piece.id) === piece ? 'article' : 'explainer';
    const path = piecePath({ ...piece.data, slug: piece.id });
    checkedPieces.push({ kind, id: piece.id, path, data: piece.data });
    pathOf.set(piece, path);
    piecePaths.set(`${kind}:${piece.id}`, path);
    lastModified.set(path, effectiveUpdate(piece.data) ?? piece.data.published);
    const owner = pathOwners.get(path);
    if (owner) report(piece.source, 'file', `would be published at ${path}, the same address as ${owner.file}: rename one of the files`, 1);
    else pathOwners.set(path, piece.source);
  }

  for (const piece of pieces) {
    const { source, data } = piece;
    data.sources.forEach((id, index) => checkSourceId(source, ['sources', index], id));
    if (data.updated && data.updated < data.published) {
      report(source, ['updated'], `is ${isoWithOffset(data.updated)}, before the publication (${isoWithOffset(data.published)})`);
    }
    checkCorrectionDates(piece, report);
    checkBody(piece, { ids, piecePaths, report });
  }

  for (const source of [...files.articles, ...files.explainers]) checkWrongForms(source, report);

  // An old path may not be the address of anything else, or the site would lose a page.
  const redirects: CheckResult['redirects'] = [];
  const taken = new Map<string, string>([...pathOwners].map(([path, owner]) => [path, owner.file]));
  for (const path of fixedSitePaths()) taken.set(path, 'the site page ' + path);
  for (const piece of pieces) {
    const to = pathOf.get(piece) ?? '';
    piece.data.redirectFrom.forEach((from, index) => {
      const owner = taken.get(from);
      if (owner !== undefined) {
        report(piece.source, ['redirectFrom', index], `"${from}" is already the address of ${owner === piece.source.file ? 'this piece itself' : owner}; a redirect there would hide that page`);
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
    if (!ids.articles.has(data.article)) report(source, ['article'], `names the article "${data.article}", but there is no content/articles/${data.article}.mdx`);
    else if (article?.data.draft && !data.draft) report(source, ['article'], `names the article "${data.article}", which is a draft: publish it first or make this a draft too`);
    data.related.forEach((id, index) => {
      if (id === explainer.id) report(source, ['related', index], `names this explainer itself; list other explainers only`);
      else if (!ids.explainers.has(id)) report(source, ['related', index], `names the explainer "${id}", but there is no content/explainers/${id}.mdx`);
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
    if (!cited.has(entry.id)) {
      report(entry.source, 'file', `source "${entry.id}" is not cited by any piece or timeline`, 1, 'warning');
    }
  }

  return { problems, piecePaths, lastModified, redirects, pieces: checkedPieces };
}

/** Paths of pages that are not pieces (front page, standing pages, sections, topics). */
function fixedSitePaths(): string[] {
  return [
    '/', CORRECTIONS_PATH, ARCHIVE_PATH, SEARCH_PATH, IMPRINT_PATH, PRIVACY_PATH,
    ...sectionIds.flatMap((section) => [sectionPath(section), ...Object.keys(SECTIONS[section].subsections).map((sub) => sectionPath(section, sub))]),
    ...topicIds.map((topic) => topicPath(topic)),
  ];
}

type Reporter = (source: SourceFile, path: FieldPath | 'body' | 'file', message: string, line?: number) => void;

/** A correction cannot predate the piece it corrects. */
function checkCorrectionDates({ source, data }: Entry<PieceCollection>, report: Reporter): void {
  data.corrections.forEach((correction, index) => {
    if (correction.date < data.published) {
      report(source, ['corrections', index, 'date'], `is ${isoWithOffset(correction.date)}, before the publication (${isoWithOffset(data.published)}): a correction cannot predate the piece`);
    }
  });
}

// Read leniently from the raw YAML, so the wrong form is found even while other fields fail.
const rawCorrectionsSchema = z.object({
  corrections: z.array(z.looseObject({ date: z.unknown(), wrong: z.string().min(1), right: z.string() }).catch(() => ({ date: undefined, wrong: '', right: '' }))),
});

/** A corrected wrong form must be gone from the whole piece, except from the correction itself. */
function checkWrongForms(source: SourceFile, report: Reporter): void {
  const parsed = rawCorrectionsSchema.safeParse(source.data);
  if (!parsed.success) return;
  parsed.data.corrections.forEach((correction, index) => {
    if (!correction.wrong) return;
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

interface BodyContext {
  ids: Record<CollectionName, Set<string>>;
  piecePaths: Map<string, string>;
  report: Reporter;
}

const QUELLE = /<Quelle\b[^>]*?\bid="([^"]*)"/g;
const ZITAT = /<Zitat\b[^>]*?\bquelle="([^"]*)"/g;
const TIMELINE = /<Timeline\b[^>]*?\bid="([^"]*)"/g;
const PIECE_LINK = /\]\((article|explainer):([^)\s]*)\)/g;

/** The editors' MDX components and the attribute each cannot do without (EDITING.md). */
const REQUIRED_ATTRIBUTES: Record<string, string> = { Quelle: 'id', Zitat: 'von', Timeline: 'id', Infobox: 'title' };
const COMPONENT_TAG = /<(Quelle|Zitat|Timeline|Infobox)\b([^>]*)>/g;
const REQUIRED_ATTRIBUTE_PATTERNS = Object.fromEntries(
  Object.entries(REQUIRED_ATTRIBUTES).map(([name, attribute]) => [name, new RegExp(`\\b${attribute}="[^"]+"`)]),
);

/** Inline references in MDX: numbered sources, quotes, timelines and links to other pieces. */
function checkBody({ source, data }: Entry<PieceCollection>, { ids, piecePaths, report }: BodyContext): void {
  source.body.split('\n').forEach((text, at) => {
    // Most lines are plain prose: nothing below can match without a tag or a link.
    if (!text.includes('<') && !text.includes('](')) return;
    const line = source.bodyStartLine + at;
    for (const [, id = ''] of [...text.matchAll(QUELLE), ...text.matchAll(ZITAT)]) {
      if (!ids.sources.has(id)) report(source, 'body', `cites the source "${id}", but there is no content/sources/${id}.yaml`, line);
      else if (!data.sources.includes(id)) report(source, 'body', `cites the source "${id}", which is missing from this piece's "sources" list: add it there so it gets its number`, line);
    }
    for (const [, name = '', attributes = ''] of text.matchAll(COMPONENT_TAG)) {
      const required = REQUIRED_ATTRIBUTES[name] ?? '';
      if (!REQUIRED_ATTRIBUTE_PATTERNS[name]?.test(attributes)) {
        report(source, 'body', `<${name}> needs ${required}="…" (see EDITING.md)`, line);
      }
    }
    for (const [, id = ''] of text.matchAll(TIMELINE)) {
      if (!ids.timeline.has(id)) report(source, 'body', `shows the timeline "${id}", but there is no content/timeline/${id}.yaml`, line);
    }
    for (const [, kind = '', id = ''] of text.matchAll(PIECE_LINK)) {
      const collection = LINK_KIND[kind] ?? 'articles';
      if (!piecePaths.has(`${kind}:${id}`) && !ids[collection].has(id)) {
        report(source, 'body', `links to ${kind} "${id}", but there is no content/${collection}/${id}.mdx`, line);
      }
    }
  });
}

/** Turns one zod issue into editor-facing problems (an unknown-keys issue names each key). */
function describeIssue(issue: z.core.$ZodIssue, data: unknown, collection: CollectionName): { path: FieldPath; message: string }[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `"${key}" is not a known field (check its spelling; the fields are documented in ${SCHEMA_FILES[collection]})`,
    }));
  }
  const found = valueAt(data, path);
  if (found === undefined) {
    return [{ path, message: `is required but missing (${issue.message})` }];
  }
  return [{ path, message: `${issue.message} (found ${describeValue(found)})` }];
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
