import { describe, expect, it } from 'vitest';
import { isoWithOffset } from '../../src/routing/dates.ts';
import { pieceFile, publisherOf, sourceStub } from '../../src/editor/scaffold.ts';
import { parseEditorFile } from '../../src/checks/read/editor-file.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import type { ContentFiles, Problem } from '../../src/checks/result.ts';
import type { CollectionName } from '../../src/schemas/piece.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const SOURCE = 'publisher: TechCrunch\ndate: 2017-11-29\nlanguage: en\n';
const NOW = new Date('2026-07-01T10:15:00Z');

/** The checks over one scaffolded file plus a cited source and an article to explain. */
function check(collection: CollectionName, id: string, text: string): Problem[] {
  const ext = collection === 'sources' || collection === 'timeline' ? 'yaml' : 'mdx';
  const files: ContentFiles = { articles: [], explainers: [], sources: [parseEditorFile('content/sources/techcrunch.yaml', SOURCE)], timeline: [], authors: [], live: [], problems: [], pictures: new Map() };
  files[collection].push(parseEditorFile(`content/${collection}/${id}.${ext}`, text));
  if (collection === 'explainers') files.articles.push(parseEditorFile('content/articles/trump.mdx', filled(pieceFile({ title: 'Dieser Mann nahm Donald Trump vom Netz', section: 'chronik', subsection: 'welt', label: 'nachricht', published: NOW }))));
  return checkContent(files).problems.filter((problem) => problem.severity === 'error');
}

/** What an editor does: replace every placeholder with real copy. */
function filled(text: string): string {
  return text
    .replace(/standfirst: .*/, 'standfirst: Ein Vorspann, der lang genug ist, um als echter Vorspann durchzugehen.')
    .replace(/^\[Platzhalter: .*\]$/m, 'Der Text des Beitrags.<Quelle id="techcrunch" />')
    .replace('sources: []', 'sources: [techcrunch]');
}

describe('npm run new: a new piece', () => {
  const article = pieceFile({ title: 'Warum die Bahn nicht pünktlich ist', section: 'digital', subsection: 'plattformen', label: 'nachricht', published: NOW });

  it('has every required field, the time in Berlin with its offset, and is a draft', () => {
    const { data } = parseEditorFile('content/articles/x.mdx', article);
    expect(data).toMatchObject({ title: 'Warum die Bahn nicht pünktlich ist', section: 'digital', subsection: 'plattformen', label: 'nachricht', draft: true });
    expect((data as Record<string, unknown>)['published']).toBe('2026-07-01T12:15:00+02:00');
    expect(isoWithOffset(NOW)).toBe('2026-07-01T12:15:00+02:00');
  });

  it('fails the checks at each placeholder, with its line, and only there', () => {
    expect(check('articles', 'bahn', article)).toEqual([
      expect.objectContaining({ line: 3, field: 'standfirst', message: expect.stringContaining('enthält noch den Platzhalter „[Platzhalter: Vorspann') }),
      expect.objectContaining({ line: 13, field: 'body', message: expect.stringContaining('von npm run new: ersetzen Sie ihn durch Ihren eigenen Text') }),
    ]);
  });

  it('passes once the placeholders are replaced', () => {
    expect(check('articles', 'bahn', filled(article))).toEqual([]);
  });

  it('makes an explainer that names its article and passes once filled in', () => {
    const explainer = pieceFile({ title: 'Wer ist Bahtiyar Duysak?', section: 'chronik', subsection: 'welt', label: 'hintergrund', published: NOW, topics: ['twitter'], article: 'trump' });
    expect(parseEditorFile('content/explainers/x.mdx', explainer).data).toMatchObject({ article: 'trump', related: [], topics: ['twitter'], draft: true });
    expect(check('explainers', 'wer', explainer).map((problem) => problem.field)).toEqual(['standfirst', 'body']);
    expect(check('explainers', 'wer', filled(explainer))).toEqual([]);
  });

  it('quotes a title only where YAML needs it', () => {
    const quoted = pieceFile({ title: 'Ärger: „Alles“ #falsch', section: 'chronik', subsection: 'welt', label: 'nachricht', published: NOW });
    expect(parseEditorFile('content/articles/x.mdx', quoted).data).toMatchObject({ title: 'Ärger: „Alles“ #falsch' });
  });
});

describe('npm run new: a new source', () => {
  it('takes publisher and date for its id from the address', () => {
    const stub = sourceStub('https://techcrunch.com/2017/11/29/meet-the-man-who-deactivated-trumps-twitter-account/', NOW);
    expect(stub.id).toBe('techcrunch-2017-11-29');
    expect(parseEditorFile('content/sources/x.yaml', stub.text).data).toMatchObject({ date: '2017-11-29', language: 'en', url: 'https://techcrunch.com/2017/11/29/meet-the-man-who-deactivated-trumps-twitter-account/' });
  });

  it('without a date in the address, puts in today and a placeholder note that makes the editor check it', () => {
    const stub = sourceStub('https://www.spiegel.de/netzwelt/twitter-trump-account-abgeschaltet-a-1176146.html', NOW);
    expect(stub.id).toBe('spiegel-twitter-trump-account-abgeschaltet');
    expect(parseEditorFile('content/sources/x.yaml', stub.text).data).toMatchObject({ date: '2026-07-01', language: 'de' });
    expect(check('sources', stub.id, stub.text).map((problem) => `${problem.line} ${problem.field}`)).toEqual(['1 publisher', '2 title', '6 note']);
  });

  it('keeps the letters of a foreign address and domain in its id', () => {
    expect(sourceStub('https://www.gazeta-łódź.pl/Dvořák-über-Kırıkkale.html', NOW).id).toBe('gazeta-lodz-dvorak-ueber-kirikkale');
    expect(sourceStub('https://example.org/a%ZZ-b', NOW).id).toBe('example-a-zz-b');
  });

  it('is valid for the schema even before it is filled in, so the dev server can load it', () => {
    const stub = sourceStub('https://example.com/beitrag', NOW);
    expect(sourceSchema.safeParse(parseEditorFile('content/sources/x.yaml', stub.text).data).success).toBe(true);
  });

  it('names publishers by their domain', () => {
    expect(publisherOf('www.bbc.co.uk')).toBe('bbc');
    expect(publisherOf('edition.cnn.com')).toBe('cnn');
    expect(publisherOf('www.sueddeutsche.de')).toBe('sueddeutsche');
  });
});
