import { describe, expect, it } from 'vitest';
import { rssItem, toFeedEntry } from '../../src/lib/feed.ts';
import { unsafeFeedMarkup } from '../../src/lib/feed-safety.ts';
import { toPiece } from '../../src/lib/pieces.ts';

describe('feeds carry only what bodies may publish', () => {
  it('accepts what the kit and Markdown produce', () => {
    const html = '<p>Text<sup class="quelle"><a id="beleg-1-1" href="https://netzchronik.example/x/#quelle-1" aria-label="Quelle 1">[1]</a></sup></p><aside aria-label="Kurz" class="infobox"><ul><li>a</li></ul></aside><figure><blockquote lang="en">Hi</blockquote><figcaption>– X</figcaption></figure>';
    expect(unsafeFeedMarkup(html)).toEqual([]);
  });

  it.each([
    ['a script', '<p>a</p><script>alert(1)</script>', ['<script>']],
    ['an iframe', '<iframe src="https://video.example/"></iframe>', ['<iframe>', 'src on <iframe>']],
    ['an event handler and a style', '<a href="https://a.example/" onclick="x" style="color:red">a</a>', ['onClick on <a>', 'style on <a>']],
    ['a javascript: link', '<a href="javascript:alert(1)">a</a>', ['href="javascript:alert(1)" on <a>']],
    ['a picture from elsewhere', '<img src="https://cdn.example/a.png">', ['<img>', 'src on <img>']],
    ['a comment', '<!-- x --><p>a</p>', ['comment']],
  ])('finds %s', (_name, html, findings) => {
    expect(unsafeFeedMarkup(html)).toEqual(findings);
  });

  it('escapes markup in a standfirst, which RSS readers would read as HTML', () => {
    const piece = toPiece('article', 'x', {
      title: 'T', standfirst: 'Ein <b>fetter</b> Vorspann & mehr', section: 'chronik', subsection: 'welt', label: 'nachricht',
      published: new Date('2017-11-30T00:00:00+01:00'), topics: [], corrections: [], redirectFrom: [], draft: false,
    });
    expect(rssItem(toFeedEntry(piece, '<p>Text</p>')).description).toBe('Ein &lt;b&gt;fetter&lt;/b&gt; Vorspann &amp; mehr');
  });
});
