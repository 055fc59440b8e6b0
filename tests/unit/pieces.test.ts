import { describe, expect, it } from 'vitest';
import { isPublic, newestFirst, toPiece, type PieceData } from '../../src/lib/pieces.ts';
import { resolvePieceUrl, sourceNumber } from '../../src/lib/mdx-pieces.ts';

const data = (overrides: Partial<PieceData> = {}): PieceData => ({
  title: 'Eine Überschrift', standfirst: 'Ein Vorspann.', section: 'chronik', subsection: 'welt', label: 'nachricht',
  published: new Date('2017-11-30T00:00:00+01:00'), topics: [], corrections: [], redirectFrom: [], draft: false, ...overrides,
});

describe('pieces', () => {
  const now = new Date('2026-11-26T12:00:00+01:00');

  it('keeps drafts and future pieces from readers', () => {
    expect(isPublic(data(), now)).toBe(true);
    expect(isPublic(data({ draft: true }), now)).toBe(false);
    expect(isPublic(data({ published: new Date('2026-11-27T00:00:00+01:00') }), now)).toBe(false);
  });

  it('derives path and last change from the data', () => {
    const corrected = toPiece('article', 'x', data({ corrections: [{ date: now, wrong: 'a', right: 'b', note: 'n' }] }));
    expect(corrected.path).toBe('/chronik/welt/2017/11/30/x/');
    expect(corrected.modified).toEqual(now);
  });

  it('sorts newest first, ties by id', () => {
    const old = toPiece('article', 'b', data());
    const same = toPiece('article', 'a', data());
    const fresh = toPiece('explainer', 'c', data({ published: now }));
    expect([old, fresh, same].sort(newestFirst).map((piece) => piece.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('links and source numbers in MDX', () => {
  const paths = new Map([['explainer:wer', '/chronik/welt/2026/11/26/wer/']]);
  const withBase = (path: string) => `/base${path}`;

  it('resolves editor links to piece URLs and leaves other links alone', () => {
    expect(resolvePieceUrl('explainer:wer', paths, withBase)).toBe('/base/chronik/welt/2026/11/26/wer/');
    expect(resolvePieceUrl('https://techcrunch.com/', paths, withBase)).toBe('https://techcrunch.com/');
    expect(resolvePieceUrl('article:unknown', paths, withBase)).toBe('article:unknown');
  });

  it('numbers a source by its place in the frontmatter list', () => {
    expect(sourceNumber({ sources: ['a', 'b'] }, 'b')).toBe(2);
    expect(sourceNumber({ sources: ['a'] }, 'z')).toBe(0);
    expect(sourceNumber(undefined, 'a')).toBe(0);
  });
});
