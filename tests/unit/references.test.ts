import { describe, expect, it } from 'vitest';
import { checkContext, reporter } from '../../src/checks/context.ts';
import { parseEditorFile } from '../../src/checks/read/editor-file.ts';
import type { ContentFiles, Problem } from '../../src/checks/result.ts';
import { pieceLink, unpublishedTarget } from '../../src/checks/rules/references.ts';
import { parseCollections } from '../../src/checks/rules/schema.ts';

describe('unpublishedTarget', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  const at = (published: string, draft = false) => ({ published: new Date(published), draft });
  it('lets a draft point anywhere, and anything point at what is public by now', () => {
    expect(unpublishedTarget(at('2026-01-01T00:00:00Z', true), at('2099-01-01T00:00:00Z', true), now)).toBeUndefined();
    expect(unpublishedTarget(at('2017-01-01T00:00:00Z'), at('2026-11-01T00:00:00Z'), now)).toBeUndefined();
  });

  it('lets a scheduled piece point at one that appears before it', () => {
    expect(unpublishedTarget(at('2099-02-01T00:00:00Z'), at('2099-01-01T00:00:00Z'), now)).toBeUndefined();
    expect(unpublishedTarget(at('2099-01-01T00:00:00Z'), at('2099-02-01T00:00:00Z'), now)).toMatch(/^erst ab 2099-02-01T01:00:00\+01:00 erscheint, später als dieser Beitrag/);
  });

  it('never lets a public piece point at a draft', () => {
    expect(unpublishedTarget(at('2017-01-01T00:00:00Z'), at('2017-01-01T00:00:00Z', true), now)).toBe('noch ein Entwurf ist: veröffentlichen Sie zuerst den Entwurf, oder machen Sie auch diesen Beitrag zum Entwurf');
  });
});

describe('pieceLink', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  const article = (published: string) => `---
title: Dieser Mann nahm Donald Trump vom Netz
standfirst: Nachdem der Twitter-Account des US-Präsidenten für kurze Zeit offline gegangen war, wurde gerätselt.
section: chronik
subsection: welt
label: nachricht
published: ${published}
---

Ein Interview.
`;
  /** The checks' context over these articles, as content/articles/<id>.mdx. */
  const contextOf = (articles: Record<string, string>) => {
    const files: ContentFiles = {
      articles: Object.entries(articles).map(([id, text]) => parseEditorFile(`content/articles/${id}.mdx`, text)),
      explainers: [],
      sources: [],
      timeline: [],
      authors: [],
      live: [],
      problems: [],
      pictures: new Map(),
    };
    const problems: Problem[] = [];
    const report = reporter(problems);
    return checkContext(files, parseCollections(report, files), report, problems, now);
  };
  const context = contextOf({
    von: article('2017-11-30T00:00:00+01:00'),
    ziel: article('2017-12-01T00:00:00+01:00'),
    spaet: article('2099-01-01T00:00:00+01:00'),
    kaputt: article('30.11.2017'),
  });
  const from = context.pieces.find((entry) => entry.id === 'von');
  if (!from) throw new Error('the article "von" must be valid');

  it('resolves a link to a public piece to its address', () => {
    expect(pieceLink(context, from, 'article', 'ziel')).toEqual({ href: '/chronik/welt/2017/12/01/ziel/' });
  });

  it('lets a link to a file with errors of its own pass, which are reported at that file', () => {
    expect(pieceLink(context, from, 'article', 'kaputt')).toEqual({ href: '#' });
  });

  it('names a missing piece, and one that is not public when the linking piece is', () => {
    expect(pieceLink(context, from, 'explainer', 'ziel')).toEqual({ problem: 'verlinkt das Erklärstück „ziel“, aber es gibt keine Datei content/explainers/ziel.mdx: prüfen Sie die Schreibweise (der Dateiname ohne .mdx)' });
    expect(pieceLink(context, from, 'article', 'spaet')).toEqual({
      problem: 'verlinkt den Artikel „spaet“, der erst ab 2099-01-01T00:00:00+01:00 erscheint, später als dieser Beitrag: tragen Sie den Verweis erst ab dann ein, oder setzen Sie auch diesen Beitrag auf diesen Zeitpunkt',
    });
  });
});
