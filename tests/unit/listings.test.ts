import { describe, expect, it } from 'vitest';
import { groupBy, LISTING_PAGE_SIZE, listingPageOf, paginate, pagerNumbers } from '../../src/newsroom/listings.ts';
import { cacheKey } from '../../src/queries/page-keys.ts';

describe('paginate', () => {
  it('splits a listing into full pages and a last partial one', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((page) => page.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(pages.every((page) => page.total === 3 && page.count === 7)).toBe(true);
  });

  it('gives an empty listing one empty page, and an exact multiple no empty page', () => {
    expect(paginate([], 3)).toEqual([{ number: 1, total: 1, count: 0, items: [] }]);
    expect(paginate([1, 2, 3, 4, 5, 6], 3)).toHaveLength(2);
  });
});

describe('listingPageOf', () => {
  it('finds the page paginate() puts an item on', () => {
    const items = Array.from({ length: 7 }, (_, position) => position);
    for (const page of paginate(items, 3)) {
      for (const position of page.items) expect(listingPageOf(position, 3)).toBe(page.number);
    }
    expect(listingPageOf(0)).toBe(1);
    expect(listingPageOf(LISTING_PAGE_SIZE - 1)).toBe(1);
    expect(listingPageOf(LISTING_PAGE_SIZE)).toBe(2);
  });
});

describe('groupBy', () => {
  it('groups in one pass, keeping order, under every key an item has', () => {
    const groups = groupBy(['a1', 'b1', 'a2', 'ab'], (item) => [...item.replace(/\d/, '')]);
    expect(groups.get('a')).toEqual(['a1', 'a2', 'ab']);
    expect(groups.get('b')).toEqual(['b1', 'ab']);
    expect([...groups.keys()]).toEqual(['a', 'b']);
  });

  it('lists an item once even when it names a key twice', () => {
    expect(groupBy(['x'], () => ['k', 'k']).get('k')).toEqual(['x']);
  });
});

describe('pagerNumbers', () => {
  it('shows first, last and the neighbours of the current page, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 5)).toEqual([1, 2, 3, null, 5]);
    expect(pagerNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pagerNumbers(20, 20)).toEqual([1, null, 18, 19, 20]);
    expect(pagerNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('cacheKey', () => {
  it('is stable for equal parts and changes with any part', () => {
    const date = new Date('2017-11-30T00:00:00+01:00');
    expect(cacheKey('a', [1, date])).toBe(cacheKey('a', [1, new Date(date)]));
    expect(cacheKey('a', [1, date])).not.toBe(cacheKey('a', [2, date]));
    expect(cacheKey(['ab'], 'c')).not.toBe(cacheKey(['a'], 'bc'));
  });
});
