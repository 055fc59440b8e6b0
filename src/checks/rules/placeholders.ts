/**
 * Placeholders left in content (src/schemas/placeholder.ts): every one is rejected, so a piece
 * started with `npm run new` cannot be published half-written.
 */
import { isPlaceholder, PLACEHOLDER_MARKER } from '../../schemas/placeholder.ts';
import type { Report } from '../context.ts';
import { ruleMessages } from '../messages.ts';
import { stringsIn, type FieldPath, type EditorFile } from '../read/editor-file.ts';
import type { ContentFiles } from '../result.ts';

/** The placeholder as it stands in the text, for the message ("[Platzhalter: Vorspann …]"). */
function quote(text: string): string {
  const start = text.indexOf(PLACEHOLDER_MARKER);
  const end = text.indexOf(']', start);
  const found = end === -1 ? text.slice(start) : text.slice(start, end + 1);
  return found.length > 120 ? `${found.slice(0, 118)}…]` : found;
}

/** Every placeholder left in a file: frontmatter fields with their path, body lines with their line. */
export function findPlaceholders(file: Pick<EditorFile, 'data' | 'body' | 'bodyStartLine'>): { path: FieldPath | 'body'; line?: number; message: string }[] {
  const fields = stringsIn(file.data)
    .filter(({ value }) => isPlaceholder(value))
    .map(({ path, value }) => ({ path, message: ruleMessages.placeholder(quote(value)) }));
  const lines = file.body.split('\n').flatMap((text, at) =>
    isPlaceholder(text) ? [{ path: 'body' as const, line: file.bodyStartLine + at, message: ruleMessages.placeholder(quote(text)) }] : [],
  );
  return [...fields, ...lines];
}

/** Reports every placeholder in every collection file, valid or not. */
export function checkPlaceholders(report: Report, files: ContentFiles): void {
  for (const file of [...files.articles, ...files.explainers, ...files.sources, ...files.timeline]) {
    for (const found of findPlaceholders(file)) report(file, found.path, found.message, found.line);
  }
}
