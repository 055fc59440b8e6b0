import { describe, expect, it } from 'vitest';
import { loggedPath, newestLoggedFirst } from '../../src/newsroom/corrections.ts';
import { LIVE_PAGE_SIZE, liveBlockOf, liveEntriesOfPage, teaserMoment } from '../../src/newsroom/live.ts';
import { correctionAnchor } from '../../src/routing/urls.ts';
import { toPiece } from '../../src/newsroom/pieces.ts';
import { pieceData } from '../../src/outputs/metadata/structured-data.ts';
import { teaserKey } from '../../src/queries/page-keys.ts';
import { textOfMarkup } from '../../src/util/markup.ts';
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
    const key = teaserKey(ticker(running, newest));
    expect(teaserKey(ticker(running, new Date('2017-11-30T11:44:00+01:00')))).not.toBe(key);
    expect(teaserKey(ticker({ ...running, status: 'beendet', end: newest }, newest))).not.toBe(key);
  });
});

describe('a live ticker in JSON-LD', () => {
  const ended: LiveData = { ...running, status: 'beendet', end: new Date('2017-11-30T12:00:00+01:00') };
  const updates = [
    { anchor: 'stand-0002', title: 'Stand 2: Twitter bestätigt', time: newest, text: 'Twitter bestätigt, dass der Account wieder erreichbar ist.' },
    { anchor: 'stand-0001', title: undefined, time: new Date('2017-11-30T09:02:00+01:00'), text: 'Der Account ist nicht erreichbar.' },
  ];

  it('is a LiveBlogPosting with its coverage and the shown entries as BlogPostings, newest first', () => {
    const data = pieceData(ticker(ended, newest), [], [], { live: ended, updated: newest, updates });
    expect(data).toMatchObject({
      '@type': 'LiveBlogPosting',
      headline: 'Eine Überschrift',
      coverageStartTime: '2017-11-30T09:00:00+01:00',
      coverageEndTime: '2017-11-30T12:00:00+01:00',
      dateModified: '2017-11-30T11:42:00+01:00',
      liveBlogUpdate: [
        { '@type': 'BlogPosting', headline: 'Stand 2: Twitter bestätigt', datePublished: '2017-11-30T11:42:00+01:00', url: 'https://netzchronik.example/chronik/welt/2017/11/30/ticker/#stand-0002', articleBody: updates[0]?.text },
        // An entry without a headline is named by its ticker's.
        { '@type': 'BlogPosting', headline: 'Eine Überschrift', datePublished: '2017-11-30T09:02:00+01:00', articleBody: 'Der Account ist nicht erreichbar.' },
      ],
    });
  });

  it('has no end while the ticker runs', () => {
    expect(pieceData(ticker(running, newest), [], [], { live: running, updated: newest, updates })).not.toHaveProperty('coverageEndTime');
  });

  it('stays a NewsArticle without coverage (an older page, any other article)', () => {
    expect(pieceData(ticker(running, newest))['@type']).toBe('NewsArticle');
  });
});

describe('the plain text of an entry', () => {
  it('drops tags, keeps words apart between blocks and resolves character references', () => {
    expect(textOfMarkup('<p>Er <em>bestätigt</em> &amp; ergänzt&#x3A; A&#60;B</p><ul><li>eins</li><li>zwei</li></ul>')).toBe('Er bestätigt & ergänzt: A<B eins zwei');
  });
});

describe('where an entry stands for good', () => {
  it('is the numbered page of its block, which shows it whatever arrives later', () => {
    for (const count of [1, 30, 31, 65]) {
      const positions = Array.from({ length: count }, (_, index) => index);
      for (let block = 1; block <= Math.ceil(count / LIVE_PAGE_SIZE); block += 1) {
        for (const position of liveEntriesOfPage(positions, block)) expect(liveBlockOf(position, count), `${count} entries, position ${position}`).toBe(block);
      }
    }
    // The oldest entry stays on page 1, the 31st oldest on page 2, however many follow.
    expect([liveBlockOf(0, 1), liveBlockOf(64, 65), liveBlockOf(34, 65)]).toEqual([1, 1, 2]);
  });
});

describe('an entry\'s correction in the corrections log', () => {
  const piece = { path: '/chronik/welt/2017/11/30/ticker/' };
  const date = new Date('2017-11-30T12:00:00+01:00');

  it('has an anchor of its own, apart from its ticker\'s corrections', () => {
    expect(correctionAnchor(loggedPath({ piece, entry: { name: 'stand-0007' } }), 0)).toBe('k-chronik-welt-2017-11-30-ticker-stand-0007-1');
    expect(correctionAnchor(loggedPath({ piece }), 0)).toBe('k-chronik-welt-2017-11-30-ticker-1');
  });

  it('is ordered with the ticker\'s own corrections of the same moment by entry, whatever the reading order', () => {
    const own = { piece, correction: { date }, index: 0 };
    const first = { piece, entry: { name: 'stand-0001' }, correction: { date }, index: 0 };
    const second = { piece, entry: { name: 'stand-0002' }, correction: { date }, index: 0 };
    expect([second, own, first].sort(newestLoggedFirst)).toEqual([own, first, second]);
  });
});
