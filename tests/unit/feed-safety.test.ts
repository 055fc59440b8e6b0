import { describe, expect, it } from 'vitest';
import { jsonFeed, rssItem, toFeedEntry } from '../../src/outputs/feeds/feed.ts';
import { unsafeFeedMarkup } from '../../src/outputs/feeds/safety.ts';
import { toPiece } from '../../src/newsroom/pieces.ts';
import { articleData } from '../support/piece-data.ts';

describe('feeds carry only what bodies may publish', () => {
  it('accepts what the kit and Markdown produce', () => {
    const html = '<p>Text<sup class="quelle"><a id="beleg-1-1" href="https://netzchronik.example/x/#quelle-1" aria-label="Quelle 1">[1]</a></sup></p><aside aria-label="Kurz" class="infobox"><ul><li>a</li></ul></aside><figure><blockquote lang="en">Hi</blockquote><figcaption>– X</figcaption></figure>';
    expect(unsafeFeedMarkup(html)).toEqual([]);
  });

  it('accepts a <Post>: a quotation with its day, a translation and a link to the post', () => {
    const html = '<figure class="post"><blockquote lang="en"><p>Line<br>line</p></blockquote><p lang="de">Übersetzung der Redaktion: „…“</p><figcaption>– A (@a) auf Twitter, <time datetime="2017-11-03">3. November 2017</time>, <a href="https://twitter.com/a/status/1">Beitrag auf Twitter</a>; zitiert nach B<sup class="quelle"><a id="beleg-1-1" href="https://netzchronik.example/x/#quelle-1" aria-label="Quelle 1">[1]</a></sup></figcaption></figure>';
    expect(unsafeFeedMarkup(html)).toEqual([]);
  });

  it('accepts a picture from this site with its caption', () => {
    const html = '<figure><img src="https://netzchronik.example/_astro/bild.Ab1_Z2.jpg" alt="Ein Mann am Schreibtisch" width="800" height="450"><figcaption>Foto: Anna Beispiel</figcaption></figure>';
    expect(unsafeFeedMarkup(html)).toEqual([]);
  });

  it.each([
    ['a script', '<p>a</p><script>alert(1)</script>', ['<script>']],
    ['an iframe', '<iframe src="https://video.example/"></iframe>', ['<iframe>', 'src on <iframe>']],
    ['an event handler and a style', '<a href="https://a.example/" onclick="x" style="color:red">a</a>', ['onClick on <a>', 'style on <a>']],
    ['a javascript: link', '<a href="javascript:alert(1)">a</a>', ['href="javascript:alert(1)" on <a>']],
    ['a picture from elsewhere', '<img src="https://cdn.example/a.png" alt="Ein Bild von dort">', ['src="https://cdn.example/a.png" on <img>']],
    ['a picture with a srcset or classes', '<img src="https://netzchronik.example/_astro/a.jpg" srcset="https://cdn.example/a.png 2x" class="x" alt="A">', ['srcSet on <img>', 'className on <img>']],
    ['a comment', '<!-- x --><p>a</p>', ['comment']],
  ])('finds %s', (_name, html, findings) => {
    expect(unsafeFeedMarkup(html)).toEqual(findings);
  });

  it('escapes markup in a standfirst, which RSS readers would read as HTML', () => {
    const piece = toPiece('article', 'x', articleData({ title: 'T', standfirst: 'Ein <b>fetter</b> Vorspann & mehr' }));
    expect(rssItem(toFeedEntry(piece, '<p>Text</p>')).description).toBe('Ein &lt;b&gt;fetter&lt;/b&gt; Vorspann &amp; mehr');
  });

  it('carries the lead image: Media RSS with its alt text, JSON Feed image, absolute on this site', () => {
    const piece = toPiece('article', 'x', articleData({ title: 'T', standfirst: 'Vorspann', image: { src: 'duysak.jpg', alt: 'Ein Mann vor "zwei" Bildschirmen', credit: 'Foto: Anna Beispiel' } }));
    const entry = toFeedEntry(piece, '<p>Text</p>', { path: '/_astro/duysak.Ab_1.jpg', width: 800, height: 450, type: 'image/jpeg' });
    expect(entry.image?.url).toBe('https://netzchronik.example/_astro/duysak.Ab_1.jpg');
    expect(rssItem(entry).customData).toBe(
      '<media:content url="https://netzchronik.example/_astro/duysak.Ab_1.jpg" medium="image" type="image/jpeg" width="800" height="450"><media:description type="plain">Ein Mann vor &quot;zwei&quot; Bildschirmen</media:description></media:content>',
    );
    const channel = { title: 'N', description: 'D', homePath: '/', feedPath: '/feed.json' };
    expect(jsonFeed([entry], channel).items[0]).toMatchObject({ image: 'https://netzchronik.example/_astro/duysak.Ab_1.jpg' });
    expect(jsonFeed([toFeedEntry(piece, '<p>Text</p>')], channel).items[0]).not.toHaveProperty('image');
  });
});
