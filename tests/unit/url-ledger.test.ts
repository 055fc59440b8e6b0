import { describe, expect, it } from 'vitest';
import { ledgerMessages, lostMessage, lostUrls, parseLedger, publishedUrls, recorded, renderLedger, type Ledger } from '../../src/outputs/hosting/url-ledger.ts';

const PIECE = '/chronik/welt/2017/11/30/a/';

describe('URL ledger', () => {
  it('takes pages and feeds from the build output, naming pieces, and leaves out what grows with the archive', () => {
    const files = ['index.html', 'chronik/index.html', 'chronik/seite/2/index.html', 'archiv/index.html', 'archiv/2017/11/index.html',
      'korrekturen/2026/11/index.html', 'korrekturen/2026/11/seite/2/index.html', 'chronik/welt/2017/11/30/a/index.html', 'chronik/feed.xml', 'feed.json', '404.html', '_astro/x.css'];
    expect([...publishedUrls(files, new Map([[PIECE, 'article:a']]))]).toEqual([
      ['/', 'page'], ['/chronik/', 'page'], ['/archiv/', 'page'], [PIECE, 'article:a'], ['/chronik/feed.xml', 'feed'], ['/feed.json', 'feed'],
    ]);
  });

  it('reads what it writes, sorted, with line numbers for messages', () => {
    const text = renderLedger(new Map([['/b/', 'page'], [PIECE, 'article:a'], ['/', 'page']]));
    const ledger = parseLedger(text);
    expect([...ledger.keys()]).toEqual(['/', '/b/', PIECE]);
    expect(text.split('\n')[(ledger.get(PIECE)?.line ?? 0) - 1]).toBe(`${PIECE}  article:a`);
  });

  it('finds the recorded URLs that are neither published nor redirected, by set lookups', () => {
    const ledger = parseLedger(`/\n${PIECE}  article:a\n/alt/  explainer:alt\n`);
    const lost = lostUrls(ledger, new Map([['/', 'page']]), new Set(['/alt/']));
    expect(lost).toEqual([{ url: PIECE, what: 'article:a', line: 2 }]);
    expect(lostMessage(lost[0] ?? { url: '', what: '', line: 0 })).toBe('wurde veröffentlicht (der Artikel „a“, beim Eintragen content/articles/a.mdx) und würde ohne Weiterleitung verschwinden: tragen Sie die Adresse in redirectFrom des Beitrags ein, der jetzt dafür steht (siehe EDITING.md, „Adressen und Weiterleitungen“), oder löschen Sie diese Zeile, um die Adresse absichtlich zurückzuziehen');
  });

  it('judges a piece\'s version page with its piece, never on its own, so a withdrawn piece takes it along', () => {
    const ledger: Ledger = new Map([
      ['/a/x/', { what: 'explainer:x', line: 1 }],
      ['/a/x/versionen/', { what: 'page', line: 2 }],
      ['/b/y/versionen/', { what: 'page', line: 3 }],
    ]);
    // x renamed with a redirect: its version page is not lost. x deleted: only x is named. y's
    // line withdrawn: its version page goes with it.
    expect(lostUrls(ledger, new Map(), new Set(['/a/x/']))).toEqual([]);
    expect(lostUrls(ledger, new Map(), new Set())).toEqual([{ url: '/a/x/', what: 'explainer:x', line: 1 }]);
    // Any other recorded page is judged on its own.
    expect(lostUrls(new Map([['/b/y/versionen/alt/', { what: 'page', line: 1 }]]), new Map(), new Set())).toEqual([{ url: '/b/y/versionen/alt/', what: 'page', line: 1 }]);
  });

  it('records only what is new and keeps what is recorded', () => {
    const { entries, added } = recorded(parseLedger('/  page\n/alt/  page\n'), new Map([['/', 'page'], ['/neu/', 'page']]));
    expect(added).toEqual(['/neu/']);
    expect([...entries.keys()]).toEqual(['/', '/alt/', '/neu/']);
  });

  it('names each URL the ledger lacks, up to ten, and the command that records them', () => {
    expect(ledgerMessages.unrecorded('content/published-urls.txt', ['/neu/'])).toBe(
      'Diese veröffentlichte Adresse steht noch nicht in content/published-urls.txt:\n  /neu/\nTragen Sie sie mit `npm run urls:record` ein und committen Sie content/published-urls.txt.',
    );
    const twelve = Array.from({ length: 12 }, (_, i) => `/p${i + 1}/`);
    expect(ledgerMessages.unrecorded('content/published-urls.txt', twelve).split('\n')).toEqual([
      'Diese 12 veröffentlichten Adressen stehen noch nicht in content/published-urls.txt:',
      ...twelve.slice(0, 10).map((url) => `  ${url}`),
      '  und 2 weitere',
      'Tragen Sie alle mit `npm run urls:record` ein und committen Sie content/published-urls.txt.',
    ]);
  });

  // No timing here: a wall-clock limit fails on a busy machine; the benchmark measures builds.
  it('finds the one lost URL among 50,000 recorded ones', () => {
    const urls = Array.from({ length: 50_000 }, (_, i) => `/chronik/welt/2020/01/01/p${i}/`);
    const ledger = parseLedger(renderLedger(new Map(urls.map((url) => [url, 'page']))));
    expect(lostUrls(ledger, new Map(urls.slice(1).map((url) => [url, 'page'])), new Set())).toEqual([{ url: urls[0], what: 'page', line: ledger.get(urls[0] ?? '')?.line }]);
  });
});
