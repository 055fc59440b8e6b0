import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/schemas/piece.ts';
import { parseEditorFile, type EditorFile } from '../../src/checks/read/editor-file.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import type { PictureFile, Problem } from '../../src/checks/result.ts';
import type { PictureDecoding } from '../../src/checks/read/picture-data.ts';

/** The build time these tests assume: the day the content's newest correction was made. */
const NOW = new Date('2026-11-27T12:00:00Z');

const ARTICLE = `---
title: Dieser Mann nahm Donald Trump vom Netz
standfirst: Nachdem der Twitter-Account des US-Präsidenten für kurze Zeit offline gegangen war, wurde gerätselt.
section: chronik
subsection: welt
label: nachricht
published: 2017-11-30T00:00:00+01:00
sources: [techcrunch]
corrections:
  - date: 2026-11-26T11:30:00+01:00
    wrong: Duysaker
    right: Duysak
    note: In einer früheren Fassung stand „Duysaker“. Richtig ist Duysak.
---

Ein Interview mit Bahtiyar Duysak.
`;

const EXPLAINER = `---
title: Wer ist Bahtiyar Duysak?
standfirst: Was über den Mann bekannt ist, der Trumps Account für elf Minuten abschaltete, und was nicht.
section: chronik
subsection: welt
label: hintergrund
published: 2026-11-26T10:00:00+01:00
sources: [techcrunch]
article: trump
---

Er sprach mit TechCrunch.<Quelle id="techcrunch" /> Mehr im [Artikel](article:trump).
`;

const SOURCE = `publisher: TechCrunch
date: 2017-11-29
language: en
`;

const TIMELINE = `title: Die elf Minuten
events:
  - id: deaktiviert
    date: 2017-11-02
    time: "19:00"
    zone: America/New_York
    text: Der Account ist für elf Minuten weg.
    sources: [techcrunch]
`;

type Files = Partial<Record<CollectionName, Record<string, string>>>;

/** Stand-ins for picture files, without bytes: their data counts as decoding (tests/unit/picture-data.test.ts decodes real files). */
const EVERY_PICTURE_DECODES: PictureDecoding = { broken: () => [] };

function check(overrides: Files = {}, pictures = new Map<string, PictureFile>(), pictureData = EVERY_PICTURE_DECODES) {
  const base: Required<Files> = {
    articles: { trump: ARTICLE },
    explainers: { wer: EXPLAINER },
    sources: { techcrunch: SOURCE },
    timeline: { elf: TIMELINE },
    authors: {},
    live: {},
  };
  const files = Object.fromEntries(
    Object.entries(base).map(([collection, entries]) => {
      const merged = { ...entries, ...overrides[collection as keyof Files] };
      const ext = collection === 'articles' || collection === 'explainers' || collection === 'live' ? 'mdx' : 'yaml';
      return [collection, Object.entries(merged).map(([id, text]) => parseEditorFile(`content/${collection}/${id}.${ext}`, text))];
    }),
  );
  return checkContent({ ...(files as Record<CollectionName, EditorFile[]>), problems: [], pictures }, { now: NOW, pictureData });
}

const errors = (problems: Problem[]) => problems.filter((problem) => problem.severity === 'error');

describe('checkContent', () => {
  it('accepts valid content and resolves piece paths', () => {
    const { problems, piecePaths } = check();
    expect(errors(problems)).toEqual([]);
    expect(piecePaths.get('article:trump')).toBe('/chronik/welt/2017/11/30/trump/');
    expect(piecePaths.get('explainer:wer')).toBe('/chronik/welt/2026/11/26/wer/');
  });

  it('reports a malformed date at its line, with the value and an example', () => {
    const { problems } = check({ articles: { trump: ARTICLE.replace('2017-11-30T00:00:00+01:00', '30.11.2017') } });
    expect(errors(problems)).toEqual([
      expect.objectContaining({ file: 'content/articles/trump.mdx', line: 7, field: 'published', message: expect.stringMatching(/Datum und Uhrzeit mit Zeitzone.*gefunden: „30\.11\.2017“/) }),
    ]);
  });

  it('rejects a date-time without an offset', () => {
    const { problems } = check({ articles: { trump: ARTICLE.replace('2017-11-30T00:00:00+01:00', '2017-11-30T00:00:00') } });
    expect(errors(problems)[0]).toMatchObject({ field: 'published', line: 7 });
  });

  it('reports a missing required field', () => {
    const { problems } = check({ explainers: { wer: EXPLAINER.replace(/^standfirst:.*\n/m, '') } });
    expect(errors(problems)).toEqual([
      expect.objectContaining({ file: 'content/explainers/wer.mdx', field: 'standfirst', message: expect.stringContaining('ist ein Pflichtfeld und fehlt') }),
    ]);
  });

  it('reports an unknown key at its own line, pointing at the guide', () => {
    const { problems } = check({ articles: { trump: ARTICLE.replace('label: nachricht', 'label: nachricht\nautor: Jemand') } });
    expect(errors(problems)).toEqual([
      expect.objectContaining({ field: 'autor', line: 7, message: '„autor“ ist kein bekanntes Feld: prüfen Sie die Schreibweise (die Felder stehen in EDITING.md unter „Der Kopf einer Datei“)' }),
    ]);
  });

  it('reports an unknown section and a subsection of another section', () => {
    const unknown = check({ articles: { trump: ARTICLE.replace('section: chronik', 'section: sport') } });
    expect(errors(unknown.problems)[0]).toMatchObject({ field: 'section', line: 4, message: expect.stringContaining('„chronik“, „digital“') });
    const mismatch = check({ articles: { trump: ARTICLE.replace('subsection: welt', 'subsection: netzpolitik') } });
    expect(errors(mismatch.problems)[0]).toMatchObject({ field: 'subsection', line: 5, message: expect.stringContaining('„welt“, „deutschland“') });
  });

  it('rejects a correction dated before publication', () => {
    const { problems } = check({ articles: { trump: ARTICLE.replace('2026-11-26T11:30:00+01:00', '2017-11-01T10:00:00+01:00') } });
    expect(errors(problems)).toEqual([
      expect.objectContaining({ field: 'corrections[0].date', line: 10, message: expect.stringContaining('vor der Erstveröffentlichung') }),
    ]);
  });

  it('finds the corrected wrong form in the body and in frontmatter, but not in the correction itself', () => {
    const text = ARTICLE.replace('Ein Interview mit Bahtiyar Duysak.', 'Ein Interview.\n\nBahtiyar Duysaker sagt.').replace('title: Dieser Mann', 'title: Duysaker – Dieser Mann');
    const found = errors(check({ articles: { trump: text } }).problems);
    expect(found).toEqual([
      expect.objectContaining({ field: 'title', line: 2, message: expect.stringContaining('„Duysaker“, die am 2026-11-26 korrigierte falsche Form (corrections[0])') }),
      expect.objectContaining({ field: 'body', line: 18, message: expect.stringContaining('schreiben Sie „Duysak“') }),
    ]);
  });

  it('still finds the wrong form when other fields are invalid', () => {
    const text = ARTICLE.replace('section: chronik', 'section: sport').replace('mit Bahtiyar Duysak', 'mit Bahtiyar Duysaker');
    expect(errors(check({ articles: { trump: text } }).problems).map((p) => p.field)).toEqual(['section', 'body']);
  });

  it('fails on unknown ids: sources, inline sources, articles, related explainers, timelines, links', () => {
    const explainer = EXPLAINER
      .replace('sources: [techcrunch]', 'sources: [techcrunch, reuters]\nrelated: [wer, fehlt]')
      .replace('article: trump', 'article: trumpp')
      .replace('<Quelle id="techcrunch" />', '<Quelle id="ap" />\n\n<Zitat von="x" quelle="huffpost">x</Zitat>\n\n<Timeline id="keine" />\n\n[x](explainer:nirgends)');
    const found = errors(check({ explainers: { wer: explainer } }).problems).map((p) => `${p.line} ${p.field}: ${p.message}`);
    expect(found).toEqual([
      expect.stringMatching(/^8 sources\[1\]: nennt die Quelle „reuters“, aber es gibt keine Datei content\/sources\/reuters\.yaml/),
      expect.stringMatching(/^13 body: zitiert die Quelle „ap“/),
      expect.stringMatching(/^15 body: zitiert die Quelle „huffpost“/),
      expect.stringMatching(/^17 body: zeigt die Zeitleiste „keine“/),
      expect.stringMatching(/^19 body: verlinkt das Erklärstück „nirgends“/),
      expect.stringMatching(/^10 article: nennt den Artikel „trumpp“, aber es gibt keine Datei content\/articles\/trumpp\.mdx/),
      expect.stringMatching(/^9 related\[0\]: nennt dieses Erklärstück selbst/),
      expect.stringMatching(/^9 related\[1\]: nennt das Erklärstück „fehlt“/),
    ]);
  });

  it('requires the attribute each MDX component cannot do without', () => {
    const explainer = `${EXPLAINER}\n<Zitat quelle="techcrunch">x</Zitat>\n\n<Infobox>\n\n- a\n\n</Infobox>\n`;
    expect(errors(check({ explainers: { wer: explainer } }).problems)).toEqual([
      expect.objectContaining({ field: 'body', line: 14, message: '<Zitat> braucht von="…" (siehe EDITING.md, „Bausteine im Text“)' }),
      expect.objectContaining({ field: 'body', line: 16, message: '<Infobox> braucht title="…" (siehe EDITING.md, „Bausteine im Text“)' }),
    ]);
  });

  it('requires an inline source to be in the page\'s list, so it has a number', () => {
    const { problems } = check({
      sources: { reuters: SOURCE },
      explainers: { wer: EXPLAINER.replace('<Quelle id="techcrunch" />', '<Quelle id="reuters" />') },
    });
    expect(errors(problems)).toEqual([expect.objectContaining({ field: 'body', message: expect.stringContaining('die in der Liste sources dieses Beitrags fehlt') })]);
  });

  it('reports a timeline event without a date at the event', () => {
    const found = errors(check({ timeline: { elf: TIMELINE.replace('    date: 2017-11-02\n', '') } }).problems);
    expect(found).toEqual([
      expect.objectContaining({ file: 'content/timeline/elf.yaml', line: 3, field: 'events[0].date', message: expect.stringContaining('ist ein Pflichtfeld und fehlt') }),
    ]);
  });

  it('reports a timeline event without any source', () => {
    const found = errors(check({ timeline: { elf: TIMELINE.replace('    sources: [techcrunch]\n', '') } }).problems);
    expect(found).toEqual([expect.objectContaining({ field: 'events[0].sources', message: expect.stringContaining('braucht mindestens eine Quelle') })]);
  });

  describe('local times on the nights the clocks change', () => {
    const at = (date: string, time: string, zone: string, more = '') =>
      errors(check({ timeline: { elf: TIMELINE.replace('2017-11-02', date).replace('"19:00"', `"${time}"`).replace('America/New_York', `${zone}${more}`) } }).problems);

    it('reports a time the spring gap skipped at its line, with the clock times the clocks jumped between', () => {
      expect(at('2017-03-26', '02:30', 'Europe/Berlin')).toEqual([expect.objectContaining({
        file: 'content/timeline/elf.yaml', line: 5, field: 'events[0].time',
        message: '02:30 Uhr gab es am 26. März 2017 in der Zeitzone Europe/Berlin nicht: die Uhren sprangen in dieser Nacht von 02:00 auf 03:00 Uhr vor. Prüfen Sie Uhrzeit und Zeitzone in der Quelle, und tragen Sie eine Uhrzeit ein, die es gab (vor 02:00 oder ab 03:00 Uhr)',
      })]);
      expect(at('2017-03-12', '02:30', 'America/New_York')).toEqual([expect.objectContaining({ field: 'events[0].time', message: expect.stringContaining('am 12. März 2017 in der Zeitzone America/New_York nicht') })]);
    });

    it('reports a time that came twice until an offset says which, and an offset that does not fit', () => {
      expect(at('2017-10-29', '02:30', 'Europe/Berlin')).toEqual([expect.objectContaining({
        line: 5, field: 'events[0].time', message: expect.stringContaining('schreiben Sie unter die Uhrzeit offset: "+02:00", wenn das erste Mal gemeint ist (vor dem Zurückstellen), oder offset: "+01:00"'),
      })]);
      expect(at('2017-11-05', '01:30', 'America/New_York')).toEqual([expect.objectContaining({ field: 'events[0].time', message: expect.stringContaining('offset: "-04:00"') })]);
      expect(at('2017-10-29', '02:30', 'Europe/Berlin', '\n    offset: "+01:00"')).toEqual([]);
      expect(at('2017-10-29', '02:30', 'Europe/Berlin', '\n    offset: "+03:00"')).toEqual([expect.objectContaining({ line: 7, field: 'events[0].offset' })]);
    });

    it('reports an offset without a time', () => {
      const found = errors(check({ timeline: { elf: TIMELINE.replace('    time: "19:00"\n', '    offset: "-04:00"\n') } }).problems);
      expect(found).toEqual([expect.objectContaining({ field: 'events[0].offset', message: expect.stringContaining('gilt nur zusammen mit einer Uhrzeit (time)') })]);
    });
  });

  it('rejects two pieces at one address', () => {
    const found = errors(check({ articles: { wer: ARTICLE.replace('published: 2017-11-30T00:00:00+01:00', 'published: 2026-11-26T08:00:00+01:00').replace(/corrections:[\s\S]*?---/, '---') } }).problems);
    expect(found).toEqual([expect.objectContaining({ file: 'content/explainers/wer.mdx', message: expect.stringContaining('derselben Adresse wie content/articles/wer.mdx') })]);
  });

  it('warns about sources nobody cites, and reports YAML syntax errors with their line', () => {
    const { problems } = check({ sources: { ungenutzt: SOURCE, kaputt: 'publisher: [TechCrunch\n' } });
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', file: 'content/sources/ungenutzt.yaml', message: expect.stringContaining('wird von keinem Beitrag und keiner Zeitleiste genannt') }));
    expect(errors(problems)).toEqual([expect.objectContaining({ file: 'content/sources/kaputt.yaml', field: 'file', line: 1, message: 'eine Liste, die mit [ beginnt, wird nicht in derselben Zeile mit ] geschlossen: ergänzen Sie die ]' })]);
  });

  describe('a piece whose fields fail still has its body checked', () => {
    const brokenBody = 'Er sprach mit TechCrunch.<Quelle id="gibts-nicht" /> Mehr im [Artikel](article:fehlt).';
    const lines = (problems: Problem[]) => errors(problems).map((problem) => `${problem.file}:${problem.line ?? ''} ${problem.field}`);

    it('reports a wrong field and the body\'s wrong citation and link together', () => {
      const explainer = EXPLAINER.replace('label: hintergrund', 'label: meinung').replace(/^Er sprach.*$/m, brokenBody);
      expect(lines(check({ explainers: { wer: explainer } }).problems)).toEqual(['content/explainers/wer.mdx:6 label', 'content/explainers/wer.mdx:12 body', 'content/explainers/wer.mdx:12 body']);
    });

    it('reports the body\'s problems when the fields are no YAML at all, without holding citations to a list it cannot read', () => {
      const explainer = EXPLAINER.replace('sources: [techcrunch]', 'sources: [techcrunch').replace(/^Er sprach.*$/m, brokenBody);
      expect(lines(check({ explainers: { wer: explainer } }).problems)).toEqual(['content/explainers/wer.mdx:8 file', 'content/explainers/wer.mdx:12 body', 'content/explainers/wer.mdx:12 body']);
      const unreadable = EXPLAINER.replace('title: Wer', 'title: "Wer');
      expect(lines(check({ explainers: { wer: unreadable } }).problems)).toEqual(['content/explainers/wer.mdx:2 file']);
    });

    it('does not number citations against a sources list it cannot read', () => {
      const explainer = EXPLAINER.replace('sources: [techcrunch]', 'sources: techcrunch');
      expect(lines(check({ explainers: { wer: explainer } }).problems)).toEqual(['content/explainers/wer.mdx:8 sources']);
    });

    it('calls no source uncited and no picture unshown while a piece or timeline cannot be read', () => {
      const warnings = (problems: Problem[]) => problems.filter((problem) => problem.severity === 'warning').map((problem) => problem.file);
      const pictures = new Map<string, PictureFile>([['vergessen.jpg', { file: 'content/bilder/vergessen.jpg', inspect: () => ({ header: { format: 'jpeg', width: 1600, height: 800 }, digest: 'd', bytes: 1 }) }]]);
      const everyFileRead = check({ sources: { ungenutzt: SOURCE } }, pictures).problems;
      expect(warnings(everyFileRead)).toEqual(expect.arrayContaining(['content/sources/ungenutzt.yaml', 'content/bilder/vergessen.jpg']));
      const brokenArticle = check({ sources: { ungenutzt: SOURCE }, articles: { trump: ARTICLE.replace('label: nachricht', 'label: [nachricht') } }, pictures).problems;
      expect(warnings(brokenArticle)).toEqual([]);
      const brokenTimeline = check({ sources: { ungenutzt: SOURCE }, timeline: { elf: TIMELINE.replace('title: Die elf Minuten', 'title: [') } }, pictures).problems;
      expect(warnings(brokenTimeline)).toEqual(['content/bilder/vergessen.jpg']);
    });
  });

  it('rejects a redirectFrom that is another page\'s address, naming both files', () => {
    const explainer = EXPLAINER.replace('article: trump', 'article: trump\nredirectFrom: [/chronik/welt/2017/11/30/trump/, /korrekturen/]');
    const found = errors(check({ explainers: { wer: explainer } }).problems);
    expect(found).toEqual([
      expect.objectContaining({ file: 'content/explainers/wer.mdx', line: 10, field: 'redirectFrom[0]', message: expect.stringContaining('ist schon die Adresse von content/articles/trump.mdx') }),
      expect.objectContaining({ field: 'redirectFrom[1]', message: expect.stringContaining('der Seite /korrekturen/') }),
    ]);
  });

  it('keeps redirects out of what the listings fill as the archive grows', () => {
    const explainer = EXPLAINER.replace('article: trump', 'article: trump\nredirectFrom: [/chronik/seite/7/, /archiv/2031/01/, /korrekturen/2031/01/]');
    const found = errors(check({ explainers: { wer: explainer } }).problems);
    expect(found.map((problem) => problem.field)).toEqual(['redirectFrom[0]', 'redirectFrom[1]', 'redirectFrom[2]']);
    expect(found[0]?.message).toContain('die die Website selbst füllt');
  });

  it('keeps redirects out of the folders the build writes its own files to', () => {
    const explainer = EXPLAINER.replace('article: trump', 'article: trump\nredirectFrom: [/social/alt/, /pagefind/alt/]');
    const found = errors(check({ explainers: { wer: explainer } }).problems);
    expect(found.map((problem) => [problem.field, problem.message])).toEqual([
      ['redirectFrom[0]', 'liegt in /social/, wo die Website ihre eigenen Dateien ablegt: das kann nicht die alte Adresse eines Beitrags sein'],
      ['redirectFrom[1]', 'liegt in /pagefind/, wo die Website ihre eigenen Dateien ablegt: das kann nicht die alte Adresse eines Beitrags sein'],
    ]);
  });

  it('collects the redirects of published pieces', () => {
    const explainer = EXPLAINER.replace('article: trump', 'article: trump\nredirectFrom: [/alt/wer/]');
    expect(check({ explainers: { wer: explainer } }).redirects).toEqual([{ from: '/alt/wer/', to: '/chronik/welt/2026/11/26/wer/' }]);
  });

  it("speaks in editors' words where zod has none of the schema's", () => {
    const found = errors(check({ articles: { trump: ARTICLE.replace('label: nachricht', 'label: nachricht\ndraft: ja\ntopics: twitter') } }).problems);
    expect(found.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '8 topics: muss eine Liste sein: [a, b] in einer Zeile, oder ein „- Eintrag“ pro Zeile unter dem Feld (gefunden: „twitter“)',
      '7 draft: muss true (ja) oder false (nein) sein (gefunden: „ja“)',
    ]);
  });

  it('rejects dates later than the build, with a day of tolerance', () => {
    const at = (correction: string, updated: string, source: string) =>
      errors(check({
        articles: { trump: ARTICLE.replace('2026-11-26T11:30:00+01:00', correction).replace('sources: [techcrunch]', `updated: ${updated}\nsources: [techcrunch]`) },
        sources: { techcrunch: SOURCE.replace('2017-11-29', source) },
      }).problems).map((p) => p.field);
    expect(at('2026-11-28T11:00:00+01:00', '2026-11-28T11:00:00+01:00', '2026-11-28')).toEqual([]);
    expect(at('2026-11-28T14:00:00+01:00', '2026-11-28T14:00:00+01:00', '2026-11-29')).toEqual(['updated', 'corrections[0].date', 'date']);
    expect(at('2026-11-26T11:30:00+01:00', '2026-11-26T12:00:00+01:00', '2026-12')).toEqual(['date']);
  });

  it('wants corrections oldest first, each changing something', () => {
    const second = '\n  - date: 2026-11-20T10:00:00+01:00\n    wrong: Falschwort\n    right: Falschwort\n    note: Eine zweite Korrektur, älter als die erste.\n---';
    const found = errors(check({ articles: { trump: ARTICLE.replace('\n---', second) } }).problems);
    expect(found.map((p) => `${p.line} ${p.field}`)).toEqual(['16 corrections[1].right']);
    const ordered = errors(check({ articles: { trump: ARTICLE.replace('\n---', second.replace('right: Falschwort', 'right: Richtigwort')) } }).problems);
    expect(ordered.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '14 corrections[1].date: ist 2026-11-20T10:00:00+01:00, früher als die Korrektur darüber (2026-11-26T11:30:00+01:00): ordnen Sie die Korrekturen nach Datum, die älteste zuerst',
    ]);
  });

  it('wants a body below the frontmatter', () => {
    const found = errors(check({ articles: { trump: ARTICLE.replace('Ein Interview mit Bahtiyar Duysak.\n', '  \n') } }).problems);
    expect(found).toEqual([expect.objectContaining({ field: 'body', line: 14, message: expect.stringContaining('ist leer') })]);
  });

  it('rejects a public piece pointing at a draft or at a piece that appears later', () => {
    const other = EXPLAINER.replace('title: Wer ist', 'title: Noch einer – wer ist').replace('sources: [techcrunch]', 'sources: [techcrunch]\nrelated: [spaet]');
    const found = errors(check({
      articles: { trump: ARTICLE.replace('sources: [techcrunch]', 'sources: [techcrunch]\ndraft: true') },
      explainers: { noch: other, spaet: EXPLAINER.replace('2026-11-26T10:00:00+01:00', '2099-01-01T10:00:00+01:00') },
    }).problems);
    // The explainers' bodies link the draft article too ([Artikel](article:trump)).
    expect(found.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/explainers/wer.mdx body',
      'content/explainers/noch.mdx body',
      'content/explainers/spaet.mdx body',
      'content/explainers/wer.mdx article',
      'content/explainers/noch.mdx article',
      'content/explainers/noch.mdx related[0]',
      'content/explainers/spaet.mdx article',
    ]);
  });
});

describe('checkContent: pictures', () => {
  const picture = (name: string, width: number, format: 'jpeg' | 'png' = 'jpeg'): [string, PictureFile] => [
    name,
    { file: `content/bilder/${name}`, inspect: () => ({ header: { format, width, height: Math.round(width / 2) }, digest: `digest-of-${name}`, bytes: 1 }) },
  ];
  const withLead = (src: string) =>
    ARTICLE.replace('sources: [techcrunch]', `image:\n  src: ${src}\n  alt: Ein Mann mit Kopfhörern vor zwei Bildschirmen\n  credit: "Foto: Anna Beispiel"\nsources: [techcrunch]`);
  const messages = (problems: Problem[]) => errors(problems).map((problem) => `${problem.file}:${problem.line ?? ''} ${problem.field}: ${problem.message}`);

  it('accepts a lead image that exists and is wide enough, and keys the page by its bytes', () => {
    const result = check({ articles: { trump: withLead('duysak.jpg') } }, new Map([picture('duysak.jpg', 1600)]));
    expect(errors(result.problems)).toEqual([]);
    expect(result.entries.articles[0]?.digestSource).toContain('digest-of-duysak.jpg');
    expect(result.pictures).toEqual([{ name: 'duysak.jpg', file: 'content/bilder/duysak.jpg', digest: 'digest-of-duysak.jpg', bytes: 1 }]);
  });

  it.each([
    ['a missing file', new Map<string, PictureFile>(), 'nennt das Bild „duysak.jpg“, aber es gibt keine Datei content/bilder/duysak.jpg: speichern Sie das Bild dort unter diesem Namen'],
    ['a small picture', new Map([picture('duysak.jpg', 1000)]), 'content/bilder/duysak.jpg ist 1000 × 500 Pixel groß; ein Aufmacherbild (image) muss mindestens 1200 Pixel breit sein, so breit wie die Vorschau in sozialen Netzwerken: nehmen Sie eine größere Fassung'],
    ['a PNG named .jpg', new Map([picture('duysak.jpg', 1600, 'png')]), 'content/bilder/duysak.jpg ist ein PNG-Bild mit der Endung eines JPEG-Bildes: benennen Sie es in duysak.png um'],
    ['an unreadable file', new Map<string, PictureFile>([['duysak.jpg', { file: 'content/bilder/duysak.jpg', inspect: () => ({ problem: 'ist kein Bild, das die Website lesen kann' }) }]]), 'content/bilder/duysak.jpg ist kein Bild, das die Website lesen kann'],
  ])('reports %s at image.src', (_name, pictures, message) => {
    expect(messages(check({ articles: { trump: withLead('duysak.jpg') } }, pictures).problems)).toEqual([`content/articles/trump.mdx:9 image.src: ${message}`]);
  });

  it('checks a <Bild> in a body at its line, with the narrower minimum of the column', () => {
    const body = (src: string) => ARTICLE.replace('Ein Interview mit Bahtiyar Duysak.', `Ein Interview.\n\n<Bild src="${src}" alt="Ein Mann mit Kopfhörern vor zwei Bildschirmen" credit="Foto: Anna Beispiel" />`);
    const pictures = new Map([picture('gross.jpg', 800), picture('klein.jpg', 500)]);
    expect(errors(check({ articles: { trump: body('gross.jpg') } }, pictures).problems)).toEqual([]);
    expect(messages(check({ articles: { trump: body('klein.jpg') } }, pictures).problems)).toEqual([
      'content/articles/trump.mdx:18 body: <Bild>: die Angabe src content/bilder/klein.jpg ist 500 × 250 Pixel groß; ein Bild im Text muss mindestens 700 Pixel breit sein, so breit wie die Textspalte: nehmen Sie eine größere Fassung',
    ]);
  });

  it('reports a picture whose data does not decode at its own file, once, and does not publish it', () => {
    const result = check({ articles: { trump: withLead('duysak.jpg') } }, new Map([picture('duysak.jpg', 1600)]), { broken: (pictures) => [...pictures] });
    expect(messages(result.problems)).toEqual([
      'content/bilder/duysak.jpg:1 file: ist beschädigt: Format und Größe am Anfang der Datei sind lesbar, die Bilddaten dahinter aber nicht (die Datei bricht ab oder enthält fehlerhafte Daten): speichern oder exportieren Sie das Bild noch einmal, oder laden Sie es noch einmal herunter',
    ]);
    expect(result.pictures).toEqual([]);
  });

  it('warns about a picture no piece shows', () => {
    const { problems } = check({}, new Map([picture('vergessen.jpg', 1600)]));
    expect(problems.filter((problem) => problem.severity === 'warning').map((problem) => `${problem.file} ${problem.message}`)).toContain('content/bilder/vergessen.jpg wird in keinem Beitrag gezeigt: binden Sie es ein, oder löschen Sie es');
  });

  it('draws an hour graphic only for a day with timed events', () => {
    const body = (day: string) => EXPLAINER.replace('Er sprach mit TechCrunch.', `<Stundengrafik id="elf" tag="${day}" titel="Die Nacht" />\n\nEr sprach mit TechCrunch.`);
    expect(errors(check({ explainers: { wer: body('2017-11-02') } }).problems)).toEqual([]);
    expect(messages(check({ explainers: { wer: body('2017-11-05') } }).problems)).toEqual([
      'content/explainers/wer.mdx:12 body: zeigt die Stunden vom 2017-11-05 aus der Zeitleiste „elf“, aber keines ihrer Ereignisse an diesem Tag hat eine Uhrzeit (time): die Grafik zeigt nur Ereignisse mit Uhrzeit',
    ]);
  });
});
