import { describe, expect, it } from 'vitest';
import { absoluteUrl, correctionAnchor, errorReportHref, href, listingPagePath, pageParam, piecePath } from '../../src/routing/urls.ts';
import { archiveMonth, archiveMonthPath, feedsOf, pageKindOf, sectionPath, topicPath } from '../../src/routing/routes.ts';
import { correctionLogLink } from '../../src/newsroom/corrections.ts';
import { LISTING_PAGE_SIZE } from '../../src/newsroom/listings.ts';

describe('URL scheme', () => {
  it('puts a piece under section, subsection, Berlin publication date and slug', () => {
    expect(piecePath({ section: 'chronik', subsection: 'welt', published: new Date('2017-11-30T00:00:00+01:00'), slug: 'dieser-mann' }))
      .toBe('/chronik/welt/2017/11/30/dieser-mann/');
  });

  it('dates the URL in Berlin even when UTC is still on the previous day', () => {
    expect(piecePath({ section: 'digital', subsection: 'plattformen', published: new Date('2020-12-31T23:30:00Z'), slug: 'neujahr' }))
      .toBe('/digital/plattformen/2021/01/01/neujahr/');
  });

  it('builds section, topic and anchor paths', () => {
    expect(sectionPath('chronik')).toBe('/chronik/');
    expect(sectionPath('chronik', 'welt')).toBe('/chronik/welt/');
    expect(topicPath('bahtiyar-duysak')).toBe('/thema/bahtiyar-duysak/');
  });

  it('gives every correction an anchor of its own, even for equal slugs on different days', () => {
    const first = correctionAnchor('/chronik/welt/2017/11/30/dieser-mann/', 0);
    expect(first).toBe('k-chronik-welt-2017-11-30-dieser-mann-1');
    expect(correctionAnchor('/chronik/welt/2017/12/01/dieser-mann/', 0)).not.toBe(first);
    expect(correctionAnchor('/chronik/welt/2017/11/30/dieser-mann/', 1)).not.toBe(first);
  });

  it('links a correction to the log page of the month it was made in, Berlin time', () => {
    expect(correctionLogLink('/chronik/welt/2017/11/30/dieser-mann/', 0, new Date('2026-11-30T23:30:00Z'), 0))
      .toBe('/korrekturen/2026/12/#k-chronik-welt-2017-11-30-dieser-mann-1');
  });

  it('links a correction to the page of its month that holds its position, a page size at a time', () => {
    const link = (position: number) => correctionLogLink('/chronik/welt/2017/11/30/dieser-mann/', 1, new Date('2026-10-15T12:00:00+02:00'), position);
    expect(link(LISTING_PAGE_SIZE - 1)).toBe('/korrekturen/2026/10/#k-chronik-welt-2017-11-30-dieser-mann-2');
    expect(link(LISTING_PAGE_SIZE)).toBe('/korrekturen/2026/10/seite/2/#k-chronik-welt-2017-11-30-dieser-mann-2');
    expect(link(LISTING_PAGE_SIZE * 10 + 2)).toBe('/korrekturen/2026/10/seite/11/#k-chronik-welt-2017-11-30-dieser-mann-2');
  });

  it('pages listings under seite/N/, the first page at the listing itself', () => {
    expect(listingPagePath('/chronik/', 1)).toBe('/chronik/');
    expect(listingPagePath('/chronik/', 2)).toBe('/chronik/seite/2/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('seite/3');
    expect(`/chronik/${pageParam(3)}/`).toBe(listingPagePath('/chronik/', 3));
  });

  it('files the archive by the Berlin month of first publication', () => {
    expect(archiveMonth(new Date('2016-12-31T23:30:00Z'))).toEqual({ year: '2017', month: '01' });
    expect(archiveMonthPath({ year: '2017', month: '11' })).toBe('/archiv/2017/11/');
  });

  it('names a feed for the site and one per section', () => {
    expect(feedsOf().map((feed) => feed.path)).toEqual(['/feed.xml', '/feed.json']);
    expect(feedsOf('chronik').map((feed) => feed.path)).toEqual(['/chronik/feed.xml', '/chronik/feed.json']);
    expect(feedsOf('chronik')[0]?.title).toBe('Netzchronik – Chronik (RSS)');
  });

  it('prefixes the base path and builds absolute URLs', () => {
    expect(href('/chronik/', '/')).toBe('/chronik/');
    expect(href('/chronik/', '/netzchronik/')).toBe('/netzchronik/chronik/');
    expect(absoluteUrl('/chronik/', 'https://example.org/', '/')).toBe('https://example.org/chronik/');
    expect(absoluteUrl('/', 'https://user.github.io', '/netzchronik/')).toBe('https://user.github.io/netzchronik/');
  });
});

describe('„Fehler melden“', () => {
  it('opens an e-mail to the corrections address with the title and the absolute URL, percent-encoded', () => {
    expect(errorReportHref('Dieser Mann nahm Donald Trump vom Netz', 'https://n.example/chronik/welt/2017/11/30/dieser-mann/', 'korrekturen@n.example')).toBe(
      'mailto:korrekturen@n.example'
      + '?subject=Fehler%20in%20%E2%80%9EDieser%20Mann%20nahm%20Donald%20Trump%20vom%20Netz%E2%80%9C'
      + '&body=Beitrag%3A%20Dieser%20Mann%20nahm%20Donald%20Trump%20vom%20Netz%0D%0A'
      + 'Adresse%3A%20https%3A%2F%2Fn.example%2Fchronik%2Fwelt%2F2017%2F11%2F30%2Fdieser-mann%2F%0D%0A%0D%0A'
      + 'Was%20ist%20falsch%2C%20und%20woher%20wissen%20Sie%20es%3F%0D%0A',
    );
  });

  it('keeps "&", "?", "#" and "=" in a title from ending the subject, and encodes a placeholder address', () => {
    const link = new URL(errorReportHref('Fragen & Antworten: Wer? #1 = Eins', 'https://n.example/a/', '[Platzhalter: Adresse]'));
    expect(link.protocol).toBe('mailto:');
    expect(link.pathname).toBe('%5BPlatzhalter%3A%20Adresse%5D');
    expect([...link.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(link.searchParams.get('subject')).toBe('Fehler in „Fragen & Antworten: Wer? #1 = Eins“');
    expect(link.hash).toBe('');
  });
});

describe('route table', () => {
  it('knows every kind of page, and nothing else', () => {
    expect(pageKindOf('/chronik/welt/2017/11/30/dieser-mann/')).toBe('piece');
    expect(pageKindOf('/chronik/welt/2017/11/30/dieser-mann/versionen/')).toBe('versions');
    expect(['/', '/suche/', '/korrekturen/', '/archiv/', '/chronik/', '/chronik/welt/', '/thema/twitter/', '/impressum/', '/grundsaetze/', '/transparenz/', '/redaktion/'].map(pageKindOf)).toEqual(Array(11).fill('standing'));
    expect(['/chronik/seite/2/', '/archiv/2017/11/', '/korrekturen/2026/11/seite/2/', '/thema/twitter/seite/3/'].map(pageKindOf)).toEqual(Array(4).fill('growing listing'));
    expect(['/ueber-uns/', '/thema/unbekannt/', '/chronik/welt/2017/11/30/', '/entwuerfe/'].map(pageKindOf)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
