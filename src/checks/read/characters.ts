/**
 * A content file's bytes and characters, before any YAML: whether the bytes are UTF-8 text an
 * editor could have meant, and which characters in it no editor can see.
 */
import { isUtf8 } from 'node:buffer';
import { characterNames, textMessages } from '../messages.ts';

/** Largest content file the checks read: far above any real piece. */
const MAX_FILE_BYTES = 1_000_000;

/** Why `bytes` are not a UTF-8 text file, if they are not. */
export function bytesProblem(bytes: Uint8Array): { line: number; message: string } | undefined {
  if (bytes.length > MAX_FILE_BYTES) {
    return { line: 1, message: textMessages.tooLarge((bytes.length / 1_000_000).toFixed(1), MAX_FILE_BYTES / 1_000_000) };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { line: 1, message: textMessages.utf16 };
  }
  if (bytes.includes(0)) return { line: 1, message: textMessages.binary };
  if (isUtf8(bytes)) return undefined;
  const at = firstInvalidUtf8(bytes);
  const byte = bytes[at] ?? 0;
  const latin1 = byte >= 0xa0 ? String.fromCharCode(byte) : undefined;
  return { line: lineAtByte(bytes, at), message: textMessages.notUtf8(byte.toString(16).toUpperCase(), latin1) };
}

/** Offset of the first byte that starts no valid UTF-8 sequence (-1 if all are valid). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return at;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const second = bytes[at + 1] ?? 0;
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (length > 1 && (second < low || second > high)) return at;
    for (let next = 2; next < length; next += 1) {
      if (((bytes[at + next] ?? 0) & 0xc0) !== 0x80) return at;
    }
    at += length;
  }
  return -1;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = 0; at < offset; at += 1) if (bytes[at] === 0x0a) line += 1;
  return line;
}

/** Characters an editor cannot see that change or break what readers get. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u180E\u200B\u200E\u200F\u202A-\u202E\u2028\u2029\u2060-\u2064\u2066-\u2069\uFEFF]|\r(?!\n)/g;
/** The same without the lone carriage return: a plain character class, which scans much faster. */
const INVISIBLE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u180E\u200B\u200E\u200F\u202A-\u202E\u2028\u2029\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** The name of an invisible character as an editor could look it up ("zero-width space (U+200B)"). */
export function describeCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const names = characterNames;
  const name =
    names.byCodePoint[code] ??
    (code === 0x0d ? names.loneCarriageReturn : code >= 0x202a && code <= 0x2069 ? names.directionControl : code === 0xa0 ? names.nonBreakingSpace : code <= 0x9f ? names.control : code >= 0x2061 && code <= 0x2064 ? names.invisibleOperator : names.specialSpace);
  return names.withCodePoint(name, hex);
}

/** Invisible characters in `text`, one per line, each with a message saying where and what to do. */
export function invisibleCharacters(text: string): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  if (!INVISIBLE_CHARACTER.test(text) && !/\r(?!\n)/.test(text)) return found;
  let lastLineStart = -1;
  for (const match of text.matchAll(INVISIBLE)) {
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
    if (lineStart === lastLineStart) continue;
    lastLineStart = lineStart;
    const lineEnd = text.indexOf('\n', match.index);
    const more = [...text.slice(match.index + 1, lineEnd < 0 ? undefined : lineEnd).matchAll(INVISIBLE)].length;
    found.push({
      offset: match.index,
      message: textMessages.invisible(describeCharacter(match[0]), match.index - lineStart + 1, more),
    });
  }
  return found;
}
