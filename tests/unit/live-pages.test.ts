import { describe, expect, it } from 'vitest';
import { liveBlockPages, liveEntriesOfPage, olderLivePages } from '../../src/newsroom/live.ts';

/** Entries 1 … n, newest first, by number. */
const entries = (count: number) => Array.from({ length: count }, (_, index) => count - index);

describe('a live ticker\'s pages', () => {
  it('show everything on the ticker\'s page up to one full block', () => {
    expect(olderLivePages(0, 3)).toBe(0);
    expect(olderLivePages(3, 3)).toBe(0);
    expect(liveEntriesOfPage(entries(3), undefined, 3)).toEqual([3, 2, 1]);
    expect(liveEntriesOfPage([], undefined, 3)).toEqual([]);
  });

  it('move a full block to an older page once a newer entry arrives, newest first within it', () => {
    expect(olderLivePages(4, 3)).toBe(1);
    expect(liveEntriesOfPage(entries(4), undefined, 3)).toEqual([4]);
    expect(liveEntriesOfPage(entries(4), 1, 3)).toEqual([3, 2, 1]);
  });

  it('keep every older page\'s entries as entries arrive', () => {
    for (const count of [7, 8, 9, 10, 25]) {
      const older = olderLivePages(count, 3);
      expect(liveEntriesOfPage(entries(count), 1, 3)).toEqual([3, 2, 1]);
      expect(liveEntriesOfPage(entries(count), 2, 3)).toEqual([6, 5, 4]);
      const shown = [liveEntriesOfPage(entries(count), undefined, 3), ...Array.from({ length: older }, (_, index) => liveEntriesOfPage(entries(count), older - index, 3))].flat();
      expect(shown).toEqual(entries(count));
    }
  });

  it('give every block a numbered page, the newest block\'s too, so an entry keeps its page from the start', () => {
    expect(liveBlockPages(0, 3)).toBe(0);
    expect(liveBlockPages(1, 3)).toBe(1);
    expect(liveBlockPages(3, 3)).toBe(1);
    expect(liveBlockPages(4, 3)).toBe(2);
    // The newest block's page shows what the ticker's page shows.
    for (const count of [1, 3, 4, 8]) expect(liveEntriesOfPage(entries(count), liveBlockPages(count, 3), 3)).toEqual(liveEntriesOfPage(entries(count), undefined, 3));
  });
});
