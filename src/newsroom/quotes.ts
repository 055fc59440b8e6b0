/**
 * Straight double quotes ("…") in German text: the house style sets German quotation marks
 * („…“), also around English words, so each straight pair is found with the words it encloses.
 * A quote after a backslash (\") is meant as typed (an inch or seconds mark) and left alone.
 */

export interface StraightQuote {
  /** Index of the (opening) quote in the text. */
  at: number;
  /** The words between a pair, on one line; undefined for a quote without a partner. */
  quoted?: string;
  /** A few characters around a quote without a partner, to find it by. */
  around?: string;
}

/** Longest stretch of quoted words a message repeats before it shortens them. */
const SHOWN = 60;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const shorten = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text);

/** The straight quotes of `text`, paired in order; an odd last one is reported alone. */
export function findStraightQuotes(text: string): StraightQuote[] {
  const marks: number[] = [];
  for (let index = text.indexOf('"'); index >= 0; index = text.indexOf('"', index + 1)) {
    if (text[index - 1] !== '\\') marks.push(index);
  }
  const found: StraightQuote[] = [];
  for (let pair = 0; pair + 1 < marks.length; pair += 2) {
    const open = marks[pair] ?? 0;
    const close = marks[pair + 1] ?? 0;
    found.push({ at: open, quoted: shorten(oneLine(text.slice(open + 1, close))) });
  }
  if (marks.length % 2 === 1) {
    const at = marks[marks.length - 1] ?? 0;
    found.push({ at, around: oneLine(text.slice(Math.max(0, at - 15), at + 16)) });
  }
  return found;
}
