import { describe, expect, it } from 'vitest';
import { bytesProblem, firstInvalidUtf8, invisibleCharacters } from '../../src/checks/read/characters.ts';

describe('bytesProblem', () => {
  it('accepts UTF-8 text', () => {
    expect(bytesProblem(Buffer.from('Größe: 5 €\n'))).toBeUndefined();
  });

  it('names the line and the Latin-1 character of the first byte that is not UTF-8', () => {
    expect(bytesProblem(Buffer.from('title: Titel\nstandfirst: Größe\n', 'latin1'))).toEqual({
      line: 2,
      message: 'is not saved as UTF-8: byte 0xF6 (in Latin-1 it would be "ö") is not valid UTF-8: save the file as UTF-8',
    });
  });

  it('tells binary data, UTF-16 and oversized files apart', () => {
    expect(bytesProblem(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00]))?.message).toMatch(/^is not a text file/);
    expect(bytesProblem(Buffer.from('\uFEFFtitle: x', 'utf16le'))?.message).toBe('is saved as UTF-16: save the file as UTF-8');
    expect(bytesProblem(new Uint8Array(1_000_001).fill(0x61))?.message).toMatch(/^is 1\.0 MB; a content file may have at most 1 MB/);
    expect(bytesProblem(new Uint8Array(1_000_000).fill(0x61))).toBeUndefined();
  });
});

describe('firstInvalidUtf8', () => {
  it('finds stray continuation bytes, overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('abc'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from('aä€😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1);
  });
});

describe('invisibleCharacters', () => {
  it('names each kind with its code point and column, once per line', () => {
    expect(invisibleCharacters('a\u200Bb\u200Bc\nok\n\u202Ex')).toEqual([
      { offset: 1, message: 'contains an invisible zero-width space (U+200B) in column 2 and 1 more on this line: delete it (it cannot be seen, but it changes the text)' },
      { offset: 9, message: expect.stringContaining('text direction control (U+202E) in column 1') },
    ]);
    expect(invisibleCharacters('a\u0007b')[0]?.message).toContain('control character (U+0007)');
    expect(invisibleCharacters('a\rb')[0]?.message).toContain('carriage return without a line feed (U+000D)');
  });

  it('lets through what typography needs: CRLF, tabs, non-breaking spaces, soft hyphens, joiners', () => {
    expect(invisibleCharacters('a\r\nb\tc\u00A0d\u202Fe\u00ADf\u200Dg\u200Ch')).toEqual([]);
  });
});
