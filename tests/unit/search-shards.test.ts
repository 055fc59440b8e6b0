import { describe, expect, it } from 'vitest';
import { keepsSearchFile, pageDigest, pieceGlob, searchShardKey, searchShardOf, searchShardPath, searchShards } from '../../src/outputs/search/shards.ts';

const ARTICLE = '/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/';

describe('search index per year', () => {
  it('puts a piece page into the index of its year and no other page into any', () => {
    expect(searchShardOf(ARTICLE)).toBe('2017');
    for (const path of ['/', '/chronik/', '/chronik/seite/2/', '/archiv/2017/11/', '/korrekturen/2017/12/', '/korrekturen/2017/12/seite/2/', `${ARTICLE}versionen/`, '/suche/']) {
      expect(searchShardOf(path), path).toBeUndefined();
    }
  });

  it('finds a year\'s piece pages in the output by a glob that leaves out their version pages', () => {
    expect(pieceGlob('2017')).toBe('*/*/2017/*/*/*/index.html');
  });

  it('makes the newest year the primary index and merges the others, newest first', () => {
    const shards = searchShards([ARTICLE, '/digital/netz/2026/11/26/a/', '/chronik/welt/2019/01/02/b/', '/chronik/', '/digital/netz/2017/01/01/c/']);
    expect(shards).toEqual({ primary: '2026', merged: ['2019', '2017'] });
    if (!shards) return;
    expect(searchShardPath('2026', shards)).toBe('/pagefind/');
    expect(searchShardPath('2017', shards)).toBe('/pagefind/2017/');
    expect(searchShards(['/', '/suche/'])).toBeUndefined();
  });

  it('keeps of a merged index only its data, of the primary also the runtime, never the unused UIs', () => {
    for (const file of ['pagefind-entry.json', 'pagefind.de_7390.pf_meta', 'index/de_1.pf_index', 'fragment/de_2.pf_fragment', 'filter/de_3.pf_filter']) {
      expect(keepsSearchFile(file, false), file).toBe(true);
      expect(keepsSearchFile(file, true), file).toBe(true);
    }
    for (const file of ['pagefind.js', 'wasm.de.pagefind', 'pagefind-worker.js']) {
      expect(keepsSearchFile(file, false), file).toBe(false);
      expect(keepsSearchFile(file, true), file).toBe(true);
    }
    for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
      expect(keepsSearchFile(file, true), file).toBe(false);
    }
  });

  it('keys an index by its settings and every page, in any order', () => {
    const a = { url: '/a/', digest: pageDigest('<p>eins</p>') };
    const b = { url: '/b/', digest: pageDigest('<p>zwei</p>') };
    const key = searchShardKey([a, b], 'de');
    expect(searchShardKey([b, a], 'de')).toBe(key);
    expect(searchShardKey([a, { ...b, digest: pageDigest('<p>drei</p>') }], 'de')).not.toBe(key);
    expect(searchShardKey([a, { ...b, url: '/c/' }], 'de')).not.toBe(key);
    expect(searchShardKey([a], 'de')).not.toBe(key);
    expect(searchShardKey([a, b], 'en')).not.toBe(key);
  });
});
