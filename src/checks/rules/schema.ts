/**
 * Each file as its collection's schema sees it: the problems of its text, its name as an entry
 * id, and every field against the zod schema, in an editor's words rather than zod's. Only a
 * file without any of these becomes a valid entry for the other rules.
 */
import type { z } from 'astro/zod';
import { contentFileSchemas } from '../../schemas/content-files.ts';
import type { CollectionName } from '../../schemas/piece.ts';
import { isPlaceholder } from '../../schemas/placeholder.ts';
import { slugSchema } from '../../schemas/shared.ts';
import type { Entry, Report, ValidEntries } from '../context.ts';
import { entryId } from '../read/content-files.ts';
import { schemaMessages } from '../messages.ts';
import type { FieldPath } from '../read/editor-file.ts';
import type { CheckedData, ContentFiles } from '../result.ts';

/** The section of EDITING.md that lists each collection's fields, for a field the schema does not know. */
const GUIDE_SECTIONS: Record<CollectionName, string> = {
  articles: 'Der Kopf einer Datei',
  explainers: 'Der Kopf einer Datei',
  sources: 'Quellen',
  timeline: 'Zeitleisten',
  authors: 'Autorinnen und Autoren',
  live: 'Einen Liveticker führen',
};

/** The section for a field inside a group: a picture's fields and a correction's have their own. */
function guideSection(path: readonly (string | number)[], collection: CollectionName): string {
  if (path[0] === 'image') return 'Bilder';
  if (path[0] === 'corrections') return 'Korrekturen und Versionen';
  return GUIDE_SECTIONS[collection];
}

/** Parses every collection's files into valid entries, reporting each file's problems. */
export function parseCollections(report: Report, files: ContentFiles): ValidEntries {
  return {
    articles: parseCollection(report, files, 'articles'),
    explainers: parseCollection(report, files, 'explainers'),
    sources: parseCollection(report, files, 'sources'),
    timeline: parseCollection(report, files, 'timeline'),
    authors: parseCollection(report, files, 'authors'),
    live: parseCollection(report, files, 'live'),
  };
}

function parseCollection<C extends CollectionName>(report: Report, files: ContentFiles, collection: C): Entry<C>[] {
  return files[collection].flatMap((file) => {
    for (const problem of file.problems) report(file, problem.field, problem.message, problem.line);
    const id = entryId(file.file, collection);
    // A live entry's id is "<ticker>/<entry>": its ticker's folder is named after an article, which is checked there.
    const name = id.slice(id.lastIndexOf('/') + 1);
    if (!slugSchema.safeParse(name).success) report(file, 'file', schemaMessages.fileName(name), 1);
    if (file.data === undefined) return [];
    const result = contentFileSchemas[collection].safeParse(file.data, { reportInput: true, error: editorMessage });
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const problem of describeIssue(issue, file.data, collection)) {
          // A placeholder from `npm run new` is reported once, by rules/placeholders.ts, in words that say what to do.
          if (problem.path !== 'file' && isPlaceholder(valueAt(file.data, problem.path))) continue;
          report(file, problem.path, problem.message, problem.path === 'file' ? 1 : undefined);
        }
      }
      return [];
    }
    // The schema that parsed the data is the one contentFileSchemas holds for C, whose output CheckedData[C] is.
    return [{ id, file, data: result.data as CheckedData[C] }];
  });
}

/** Turns one zod issue into editor-facing problems (an unknown-keys issue names each key). */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown, collection: CollectionName): { path: FieldPath | 'file'; message: string }[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], message: schemaMessages.unknownField(key, guideSection(path, collection)) }));
  }
  const found = valueAt(data, path);
  if (path.length === 0) {
    return [{ path: 'file', message: schemaMessages.notFields(describeValue(found)) }];
  }
  if (found === undefined) {
    return [{ path, message: issue.message === schemaMessages.missing ? schemaMessages.missing : schemaMessages.missingBecause(issue.message) }];
  }
  // A message that already names the value ("2017-02-30 ist kein Tag…", "„IMG_1.jpg“ ist…") needs no
  // "gefunden", nor does an empty one ("ist leer"; every message starts with ""); a value that only
  // happens to occur in the words ("ja" in "true (ja)") still gets it.
  const quotesValue = typeof found === 'string' && (issue.message.startsWith(found) || issue.message.includes(`„${found}“`));
  return [{ path, message: quotesValue ? issue.message : schemaMessages.found(issue.message, describeValue(found)) }];
}

/**
 * Editors' words for zod's own messages, used where a schema sets none of its own (schemas'
 * messages take precedence). Never zod's wording ("expected boolean, received string").
 */
export function editorMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? schemaMessages.missing : (schemaMessages.expected[issue.expected] ?? schemaMessages.expectedOther(issue.expected));
    case 'too_small':
      return issue.origin === 'array' ? schemaMessages.tooFewEntries(String(issue.minimum)) : schemaMessages.tooShort(String(issue.minimum));
    case 'too_big':
      return issue.origin === 'array' ? schemaMessages.tooManyEntries(String(issue.maximum)) : schemaMessages.tooLong(String(issue.maximum));
    case 'invalid_value':
      return schemaMessages.oneOf(issue.values.map((value) => (typeof value === 'string' ? `„${value}“` : JSON.stringify(value))).join(', '));
    default:
      return schemaMessages.otherForm;
  }
}

function valueAt(data: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (node, segment) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined),
    data,
  );
}

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? `„${value}“` : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
