import { describe, expect, it } from 'vitest';
import { absoluteUrl, correctionAnchor, href, piecePath, sectionPath, topicPath } from '../../src/lib/urls.ts';

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
    expect(correctionAnchor('dieser-mann', 0)).toBe('dieser-mann-1');
  });

  it('prefixes the base path and builds absolute URLs', () => {
    expect(href('/chronik/', '/')).toBe('/chronik/');
    expect(href('/chronik/', '/netzchronik/')).toBe('/netzchronik/chronik/');
    expect(absoluteUrl('/chronik/', 'https://example.org/', '/')).toBe('https://example.org/chronik/');
    expect(absoluteUrl('/', 'https://user.github.io', '/netzchronik/')).toBe('https://user.github.io/netzchronik/');
  });
});
