import { describe, expect, it } from 'vitest';
import { teaserMoment } from '../../src/newsroom/live.ts';
import { toPiece } from '../../src/newsroom/pieces.ts';
import { teaserKey } from '../../src/queries/page-keys.ts';
import type { LiveData } from '../../src/schemas/live.ts';
import { articleData } from '../support/piece-data.ts';

const start = new Date('2017-11-30T09:00:00+01:00');
const running: LiveData = { start, status: 'laeuft', summary: ['Der Account war elf Minuten lang nicht erreichbar.'] };
const ticker = (live: LiveData, liveUpdated: Date) => ({ ...toPiece('article', 'ticker', { ...articleData({ label: 'liveticker', published: start }), live }), liveUpdated });
const newest = new Date('2017-11-30T11:42:00+01:00');

describe('a live ticker in teasers', () => {
  it('is marked live and dated by its last update while it runs', () => {
    expect(teaserMoment(ticker(running, newest))).toEqual({ live: true, date: newest });
  });

  it('is no longer marked once it has ended, but keeps its last update', () => {
    expect(teaserMoment(ticker({ ...running, status: 'beendet', end: newest }, newest))).toEqual({ live: false, date: newest });
  });

  it('leaves any other piece dated by its publication', () => {
    const piece = toPiece('article', 'nachricht', articleData());
    expect(teaserMoment(piece)).toEqual({ live: false, date: piece.data.published });
  });

  it('changes the teaser key with a new entry and with the status, so listings are rebuilt', () => {
    const key = JSON.stringify(teaserKey(ticker(running, newest)));
    expect(JSON.stringify(teaserKey(ticker(running, new Date('2017-11-30T11:44:00+01:00'))))).not.toBe(key);
    expect(JSON.stringify(teaserKey(ticker({ ...running, status: 'beendet', end: newest }, newest)))).not.toBe(key);
  });
});
