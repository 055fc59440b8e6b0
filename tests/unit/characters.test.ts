import { describe, expect, it } from 'vitest';
import { bytesProblem, firstInvalidUtf8, invisibleCharacters } from '../../src/checks/read/characters.ts';

describe('bytesProblem', () => {
  it('accepts UTF-8 text', () => {
    expect(bytesProblem(Buffer.from('Größe: 5 €\n'))).toBeUndefined();
  });

  it('names the line and the Latin-1 character of the first byte that is not UTF-8', () => {
    expect(bytesProblem(Buffer.from('title: Titel\nstandfirst: Größe\n', 'latin1'))).toEqual({
      line: 2,
      message: 'ist nicht als UTF-8 gespeichert: das Byte 0xF6 (in Latin-1 wäre es „ö“) ist kein gültiges UTF-8: speichern Sie die Datei als UTF-8',
    });
  });

  it('tells binary data, UTF-16 and oversized files apart', () => {
    expect(bytesProblem(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00]))?.message).toMatch(/^ist keine Textdatei/);
    expect(bytesProblem(Buffer.from('\uFEFFtitle: x', 'utf16le'))?.message).toBe('ist als UTF-16 gespeichert: speichern Sie die Datei als UTF-8');
    expect(bytesProblem(new Uint8Array(1_000_001).fill(0x61))?.message).toBe('ist 1,0 MB groß; eine Inhaltsdatei darf höchstens 1 MB haben: teilen Sie sie auf, oder nehmen Sie große Datenmengen heraus');
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
      { offset: 1, message: 'enthält in Spalte 2 ein unsichtbares Zeichen (Leerzeichen ohne Breite, U+200B), in dieser Zeile noch 1 weitere: löschen Sie sie (man sieht sie nicht, aber sie verändern den Text)' },
      { offset: 9, message: expect.stringContaining('in Spalte 1 ein unsichtbares Zeichen (Steuerzeichen für die Schreibrichtung, U+202E)') },
    ]);
    expect(invisibleCharacters('a\u0007b')[0]?.message).toContain('(Steuerzeichen, U+0007)');
    expect(invisibleCharacters('a\rb')[0]?.message).toContain('(Zeilenrücklauf ohne Zeilenumbruch, U+000D)');
  });

  it('lets through what typography needs: CRLF, tabs, non-breaking spaces, soft hyphens, joiners', () => {
    expect(invisibleCharacters('a\r\nb\tc\u00A0d\u202Fe\u00ADf\u200Dg\u200Ch')).toEqual([]);
  });
});
