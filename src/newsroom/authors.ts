/** Named authors in a byline: the names in the order the piece gives them, joined as German writes a list. */

/** Each name with what stands before it: "Von " for the first, ", " between, " und " before the last. */
export function bylineParts<T>(authors: readonly T[]): { author: T; before: string }[] {
  return authors.map((author, index) => ({ author, before: index === 0 ? 'Von ' : index === authors.length - 1 ? ' und ' : ', ' }));
}

/** The byline of named authors: "Von Anna Beispiel", "Von A und B", "Von A, B und C"; empty for none. */
export function bylineText(names: readonly string[]): string {
  return bylineParts(names).map(({ author, before }) => `${before}${author}`).join('');
}
