import { describe, expect, it } from 'vitest';
import { toPiece } from '../../src/newsroom/pieces.ts';
import { articleData } from '../support/piece-data.ts';
import { resolve } from 'node:path';
import { socialCardOf, cardAlt, cardInputOf } from '../../src/outputs/social/card.ts';
import { comparablePath, describeCards, jobsForBuiltPages, cardJobs } from '../../src/outputs/social/jobs.ts';
import { cardPath } from '../../src/outputs/social/card.ts';
import type { CheckedPiece } from '../../src/checks/result.ts';

const NOW = new Date('2026-11-26T12:00:00+01:00');

function piece(id: string, data: Parameters<typeof articleData>[0]): CheckedPiece {
  return toPiece('article', id, articleData({ title: `Überschrift ${id}`, standfirst: 'Vorspann', ...data }));
}

describe('cardPath', () => {
  it('follows the piece path, so equal slugs on different days get different cards', () => {
    expect(cardPath('/chronik/welt/2017/11/30/dieser-mann/', 'png')).toBe('/social/chronik/welt/2017/11/30/dieser-mann.png');
    const first = piece('rueckblick', { published: new Date('2020-01-01T10:00:00+01:00') });
    const second = piece('rueckblick', { published: new Date('2021-01-01T10:00:00+01:00') });
    expect(cardPath(first.path, 'png')).not.toBe(cardPath(second.path, 'png'));
  });
});

describe('cardJobs', () => {
  const pieces = [
    piece('public', {}),
    piece('draft', { draft: true }),
    piece('future', { published: new Date('2026-11-27T08:00:00+01:00') }),
    piece('explainer', { section: 'digital', subsection: 'netzpolitik', label: 'erklaerstueck' }),
  ];

  it('gives public pieces a card and drafts and future pieces none', () => {
    const jobs = cardJobs(pieces, NOW, 'assets');
    expect(jobs.map((job) => job.piecePath)).toEqual([pieces[0]?.path, pieces[3]?.path]);
    expect(jobs[1]).toMatchObject({
      imagePath: cardPath(pieces[3]?.path ?? '', 'png'),
      input: { siteName: 'Netzchronik', kicker: 'Digital › Netzpolitik', label: 'Erklärstück', headline: 'Überschrift explainer' },
    });
    expect(jobs[0]?.key).toMatch(/^[0-9a-f]{64}$/);
    expect(jobs[0]?.key).not.toBe(jobs[1]?.key);
    expect(cardJobs(pieces, NOW, 'other assets')[0]?.key).not.toBe(jobs[0]?.key);
  });

  it('a piece whose time has come gets its card', () => {
    expect(cardJobs(pieces, new Date('2026-11-28T00:00:00Z'), 'assets')).toHaveLength(3);
  });

  it('keeps exactly the cards whose piece page was built', () => {
    const jobs = cardJobs(pieces, NOW, 'assets');
    const pages = [comparablePath(pieces[3]?.path ?? ''), '', 'chronik/', 'suche/'];
    expect(jobsForBuiltPages(jobs, pages).map((job) => job.piecePath)).toEqual([pieces[3]?.path]);
  });
});

describe('the card of a piece with a lead image', () => {
  const image = { src: 'weisses-haus.jpg', alt: 'Das Weiße Haus in Washington bei Nacht', credit: 'Foto: Anna Beispiel', focus: { x: 30, y: 40 } };
  const pictures = new Map([['weisses-haus.jpg', { name: 'weisses-haus.jpg', file: 'content/bilder/weisses-haus.jpg', digest: 'digest-1', bytes: 1 }]]);
  const withPicture = piece('mit-bild', { image });

  it('is a JPEG of the picture at the piece\'s path, keyed by the picture\'s bytes and focal point', () => {
    const [job] = cardJobs([withPicture], NOW, 'assets', pictures);
    expect(job).toMatchObject({
      format: 'jpg',
      imagePath: cardPath(withPicture.path, 'jpg'),
      input: { headline: 'Überschrift mit-bild', picture: { file: resolve('content/bilder/weisses-haus.jpg'), digest: 'digest-1', focus: { x: 30, y: 40 } } },
    });
    expect(job?.imagePath).toMatch(/\/mit-bild\.jpg$/);
    const other = new Map([['weisses-haus.jpg', { name: 'weisses-haus.jpg', file: 'content/bilder/weisses-haus.jpg', digest: 'digest-2', bytes: 1 }]]);
    expect(cardJobs([withPicture], NOW, 'assets', other)[0]?.key).not.toBe(job?.key);
    expect(cardJobs([piece('mit-bild', { image: { ...image, focus: { x: 50, y: 50 } } })], NOW, 'assets', pictures)[0]?.key).not.toBe(job?.key);
    // Without the picture it is the typographic PNG.
    expect(cardJobs([piece('mit-bild', {})], NOW, 'assets', pictures)[0]).toMatchObject({ format: 'png', imagePath: cardPath(withPicture.path, 'png') });
  });

  it('is announced as a JPEG whose alt text says what the picture shows, then the text on it', () => {
    expect(socialCardOf(withPicture)).toEqual({
      path: cardPath(withPicture.path, 'jpg'),
      type: 'image/jpeg',
      width: 1200,
      height: 630,
      alt: 'Vorschaubild von Netzchronik: Das Weiße Haus in Washington bei Nacht. Darauf: Chronik › Welt, Nachricht. Überschrift: „Überschrift mit-bild“',
    });
    expect(socialCardOf(piece('ohne-bild', {}))).toMatchObject({ path: cardPath(piece('ohne-bild', {}).path, 'png'), type: 'image/png' });
  });
});

describe('social card text', () => {
  it('names section › subsection and the label, and describes the card in German', () => {
    const data = piece('x', { title: 'Dieser Mann nahm Donald Trump vom Netz' }).data;
    expect(cardInputOf(data)).toEqual({ siteName: 'Netzchronik', kicker: 'Chronik › Welt', label: 'Nachricht', headline: 'Dieser Mann nahm Donald Trump vom Netz' });
    expect(cardAlt(data)).toBe('Vorschaubild von Netzchronik: Chronik › Welt, Nachricht. Überschrift: „Dieser Mann nahm Donald Trump vom Netz“');
  });
});

describe('describeCards', () => {
  it('says in one line what was rendered, what came from the cache, the cost and the size', () => {
    expect(describeCards({ cards: 4, rendered: 3, cached: 1, inPlace: 1, cpuMs: [8, 10, 30], totalBytes: 64 * 1024, workers: 2, wallMs: 2500 })).toBe(
      'social cards: 4 cards, 3 rendered (median 10.0 ms CPU per card on 2 workers), 1 from cache (1 in place from the last build), 64 KB in total, 16.0 KB per card, ready 2.5 s after the build started',
    );
    expect(describeCards({ cards: 0, rendered: 0, cached: 0, inPlace: 0, cpuMs: [], totalBytes: 0, workers: 0, wallMs: 10 })).toBe(
      'social cards: 0 cards, 0 rendered, 0 from cache (0 in place from the last build), ready 0.0 s after the build started',
    );
  });
});
