/**
 * Placeholders that `npm run new` writes into a fresh file: text an editor must replace. The
 * content checks reject every one left, so a scaffolded piece cannot be published half-written.
 */
import { stringsIn, type FieldPath, type SourceFile } from '../read/editor-file.ts';

/** How every placeholder starts; it cannot occur in real copy by accident. */
export const PLACEHOLDER_MARKER = '[Platzhalter:';

/** "[Platzhalter: Vorspann …]": a placeholder with the editor's instruction in it. */
export function placeholder(instruction: string): string {
  return `${PLACEHOLDER_MARKER} ${instruction}]`;
}

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.includes(PLACEHOLDER_MARKER);
}

/** The placeholder as it stands in the text, for the message ("[Platzhalter: Vorspann …]"). */
function quote(text: string): string {
  const start = text.indexOf(PLACEHOLDER_MARKER);
  const end = text.indexOf(']', start);
  const found = end === -1 ? text.slice(start) : text.slice(start, end + 1);
  return found.length > 120 ? `${found.slice(0, 118)}…]` : found;
}

const message = (found: string) => `still holds the placeholder "${found}" from npm run new: replace it with your own text`;

/** Every placeholder left in a file: frontmatter fields with their path, body lines with their line. */
export function findPlaceholders(source: Pick<SourceFile, 'data' | 'body' | 'bodyStartLine'>): { path: FieldPath | 'body'; line?: number; message: string }[] {
  const fields = stringsIn(source.data)
    .filter(({ value }) => isPlaceholder(value))
    .map(({ path, value }) => ({ path, message: message(quote(value)) }));
  const lines = source.body.split('\n').flatMap((text, at) =>
    isPlaceholder(text) ? [{ path: 'body' as const, line: source.bodyStartLine + at, message: message(quote(text)) }] : [],
  );
  return [...fields, ...lines];
}
