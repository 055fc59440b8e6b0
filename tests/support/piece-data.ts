/** A valid piece's data as the content checks parse it, for unit tests: an article with every required field. */
import type { CheckedPiece } from '../../src/checks/result.ts';

export function articleData(overrides: Partial<CheckedPiece['data']> = {}): CheckedPiece['data'] {
  return {
    title: 'Eine Überschrift',
    standfirst: 'Ein Vorspann.',
    section: 'chronik',
    subsection: 'welt',
    label: 'nachricht',
    published: new Date('2017-11-30T00:00:00+01:00'),
    topics: [],
    authors: [],
    sources: [],
    corrections: [],
    redirectFrom: [],
    draft: false,
    ...overrides,
  } as CheckedPiece['data'];
}
