import { describe, expect, it } from 'vitest';
import { isPublic, newestFirst, toPiece } from '../../src/newsroom/pieces.ts';
import { articleData as data } from '../support/piece-data.ts';

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
