/**
 * A placeholder: text written where an editor or the publisher still has to fill something in,
 * by `npm run new` in a fresh content file and in the site config's legal and newsroom data. The content
 * checks reject one left in content (src/checks/rules/placeholders.ts); the build warns while the
 * site config holds one.
 */

/** How every placeholder starts; it cannot occur in real copy by accident. */
export const PLACEHOLDER_MARKER = '[Platzhalter:';

/** "[Platzhalter: Vorspann …]": a placeholder with the instruction in it. */
export function placeholder(instruction: string): string {
  return `${PLACEHOLDER_MARKER} ${instruction}]`;
}

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.includes(PLACEHOLDER_MARKER);
}
