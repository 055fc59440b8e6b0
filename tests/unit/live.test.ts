import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { parseEditorFile } from '../../src/checks/read/editor-file.ts';
import type { CheckResult, ContentFiles, Problem } from '../../src/checks/result.ts';
import { minuteTimeProblem } from '../../src/schemas/live.ts';
import { entryId } from '../../src/checks/read/content-files.ts';

const NOW = new Date('2026-11-27T12:00:00Z');

const SOURCE = 'publisher: TechCrunch\ndate: 2017-11-29\nlanguage: en\n';

/** A live ticker with this `live` group (its lines indented by two) and label. */
const ticker = (live = 'start: 2017-11-02T19:00:00+01:00\n  status: beendet\n  end: 2017-11-03T02:00:00+01:00\n  summary:\n    - Der Account war für elf Minuten nicht erreichbar.', label = 'liveticker') => `---
title: Trumps Account ist verschwunden – der Abend im Liveticker
standfirst: Der Twitter-Account des US-Präsidenten war am Abend für kurze Zeit nicht erreichbar; was wir wissen.
section: chronik
subsection: welt
label: ${label}
published: 2017-11-02T19:00:00+01:00
sources: [techcrunch]
live:
  ${live}
---

Was an diesem Abend geschah.
`;

/** An entry with these head lines. */
const entry = (head: string, body = 'Twitter bestätigt den Ausfall.<Quelle id="techcrunch" />') => `---\n${head}\n---\n\n${body}\n`;

function checked(tickerText: string | undefined, entries: Record<string, string>, authors: string[] = []): CheckResult {
  const files: ContentFiles = {
    articles: tickerText === undefined ? [] : [parseEditorFile('content/articles/abend.mdx', tickerText)],
    explainers: [],
    sources: [parseEditorFile('content/sources/techcrunch.yaml', SOURCE)],
    timeline: [],
    authors: authors.map((id) => parseEditorFile(`content/authors/${id}.yaml`, `name: Anna Beispiel\nrole: Redakteurin\nexpertise: [Plattformen]\nemail: anna@netzchronik.example\n`)),
    live: Object.entries(entries).map(([id, text]) => parseEditorFile(`content/live/${id}.mdx`, text)),
    problems: [],
    pictures: new Map(),
  };
  return checkContent(files, { now: NOW });
}

function check(tickerText: string | undefined, entries: Record<string, string>, authors: string[] = []): Problem[] {
  return checked(tickerText, entries, authors).problems.filter((problem) => problem.severity === 'error');
}

describe('live tickers', () => {
  it('that move take their feeds along: the old address and both its feeds redirect to the new ones', () => {
    const moved = ticker().replace('sources: [techcrunch]', 'sources: [techcrunch]\nredirectFrom: [/chronik/welt/2017/11/02/der-abend/]');
    const { problems, redirects, pieces } = checked(moved, {});
    expect(problems).toEqual([]);
    const path = pieces[0]?.path ?? '';
    expect(path).toMatch(/^\/chronik\/welt\/2017\/11\/02\/[a-z-]+\/$/);
    expect(redirects).toEqual([
      { from: '/chronik/welt/2017/11/02/der-abend/', to: path },
      { from: '/chronik/welt/2017/11/02/der-abend/feed.xml', to: `${path}feed.xml` },
      { from: '/chronik/welt/2017/11/02/der-abend/feed.json', to: `${path}feed.json` },
    ]);
    // Any other piece moves alone: it has no feeds of its own.
    expect(checked(moved.replace(/live:\n[\s\S]*?\n---/, '---').replace('label: liveticker', 'label: nachricht'), {}).redirects).toEqual([{ from: '/chronik/welt/2017/11/02/der-abend/', to: path }]);
  });

  it('accept a ticker with entries that cite its sources, and one without any', () => {
    expect(check(ticker(), { 'abend/ausfall': entry('time: 2017-11-02T19:05+01:00\ntitle: Account weg\nimportant: true') })).toEqual([]);
    expect(check(ticker(), {})).toEqual([]);
  });

  it('ask for the live group with the label, and the label with the live group', () => {
    expect(check(ticker().replace(/live:\n[\s\S]*?\n---/, '---'), {})).toEqual([expect.objectContaining({ field: 'label', line: 6, message: expect.stringMatching(/^„liveticker“ braucht im Kopf der Datei den Abschnitt live:/) })]);
    expect(check(ticker(undefined, 'nachricht'), {})).toEqual([expect.objectContaining({ field: 'label', line: 6, message: expect.stringMatching(/^„nachricht“ passt nicht zum Abschnitt live/) })]);
  });

  it('require end when beendet and forbid it while läuft', () => {
    expect(check(ticker('start: 2017-11-02T19:00:00+01:00\n  status: beendet\n  summary:\n    - Der Account war für elf Minuten nicht erreichbar.'), {})).toEqual([expect.objectContaining({ field: 'live.status', message: expect.stringMatching(/^„beendet“ braucht das Ende/) })]);
    expect(check(ticker('start: 2017-11-02T19:00:00+01:00\n  status: laeuft\n  end: 2017-11-03T02:00:00+01:00\n  summary:\n    - Der Account war für elf Minuten nicht erreichbar.'), {})).toEqual([expect.objectContaining({ field: 'live.end', message: expect.stringMatching(/^steht bei status „laeuft“/) })]);
  });

  it('reject an entry before the start or after the end, at its time', () => {
    const problems = check(ticker(), { 'abend/frueh': entry('time: 2017-11-02T18:59+01:00'), 'abend/spaet': entry('time: 2017-11-03T02:01+01:00') });
    expect(problems.map(({ file, line, field, message }) => ({ file, line, field, message }))).toEqual([
      { file: 'content/live/abend/frueh.mdx', line: 2, field: 'time', message: 'ist 2017-11-02T18:59+01:00, vor dem Beginn des Livetickers (live.start: 2017-11-02T19:00:00+01:00): prüfen Sie die Uhrzeit, oder setzen Sie start im Liveticker früher' },
      { file: 'content/live/abend/spaet.mdx', line: 2, field: 'time', message: 'ist 2017-11-03T02:01+01:00, nach dem Ende des Livetickers (live.end: 2017-11-03T02:00:00+01:00): prüfen Sie die Uhrzeit, oder setzen Sie end im Liveticker später' },
    ]);
  });

  it('reject an offset Berlin did not have at that time, and a time the clocks skipped', () => {
    const summer = ticker().replace('2017-11-02T19:00:00+01:00\n  status: beendet\n  end: 2017-11-03T02:00:00+01:00', '2017-03-25T20:00:00+01:00\n  status: laeuft');
    expect(check(ticker(), { 'abend/sommerzeit': entry('time: 2017-11-02T19:05+02:00') })[0]?.message).toBe(
      'endet auf „+02:00“, aber am 2. November 2017 um 19:05 Uhr galt in Berlin „+01:00“: meinten Sie 19:05 Uhr Berliner Zeit, schreiben Sie +01:00 statt +02:00; derselbe Zeitpunkt wie geschrieben heißt in Berliner Zeit 2017-11-02T18:05+01:00',
    );
    expect(check(summer, { 'abend/nacht': entry('time: 2017-03-26T02:30+01:00') })[0]?.message).toBe(
      '02:30 Uhr gab es am 26. März 2017 in Berlin nicht: die Uhren sprangen in dieser Nacht von 02:00 auf 03:00 Uhr vor. Derselbe Zeitpunkt heißt in Berliner Zeit 2017-03-26T03:30+02:00: schreiben Sie das, oder prüfen Sie die Uhrzeit',
    );
    // Both offsets of the hour that came twice are right.
    const autumn = summer.replace('2017-03-25T20:00:00+01:00', '2017-10-28T20:00:00+02:00');
    expect(check(autumn, { 'abend/erstes': entry('time: 2017-10-29T02:30+02:00'), 'abend/zweites': entry('time: 2017-10-29T02:30+01:00') })).toEqual([]);
  });

  it('reject entries of a missing ticker and of a piece that is not live', () => {
    expect(check(undefined, { 'abend/ausfall': entry('time: 2017-11-02T19:05+01:00') })).toEqual([expect.objectContaining({ field: 'file', line: 1, message: expect.stringMatching(/^liegt im Ordner content\/live\/abend\/, aber es gibt keinen Artikel content\/articles\/abend\.mdx/) })]);
    const plain = ticker().replace(/live:\n[\s\S]*?\n---/, '---').replace('label: liveticker', 'label: nachricht');
    expect(check(plain, { 'abend/ausfall': entry('time: 2017-11-02T19:05+01:00') })).toEqual([expect.objectContaining({ field: 'file', message: expect.stringMatching(/^ist ein Eintrag in einem Beitrag, der kein Liveticker ist/) })]);
  });

  it('reject an unknown author, the same report twice, an empty body and a source the ticker does not name', () => {
    const problems = check(ticker(), {
      'abend/a': entry('time: 2017-11-02T19:05+01:00\ntitle: Account weg\nauthor: anna-beispiel'),
      'abend/b': entry('time: 2017-11-02T19:05+01:00\ntitle: Account weg\nauthor: ben-muster'),
      'abend/c': entry('time: 2017-11-02T19:06+01:00', ''),
      'abend/d': entry('time: 2017-11-02T19:07+01:00', 'Text.<Quelle id="andere" />'),
    }, ['anna-beispiel']);
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual(['content/live/abend/d.mdx body', 'content/live/abend/b.mdx author', 'content/live/abend/c.mdx body', 'content/live/abend/b.mdx title']);
  });

  it('date an entry\'s correction after the entry', () => {
    const problems = check(ticker(), { 'abend/a': entry('time: 2017-11-02T19:05+01:00\ncorrections:\n  - date: 2017-11-02T19:00:00+01:00\n    wrong: Ausfal\n    right: Ausfall\n    note: In einer früheren Fassung stand ein Tippfehler.') });
    expect(problems).toEqual([expect.objectContaining({ field: 'corrections[0].date', message: 'ist 2017-11-02T19:00:00+01:00, vor dem Eintrag selbst (2017-11-02T19:05+01:00): eine Korrektur kann nicht älter sein als der Eintrag' })]);
  });
});

describe('an entry\'s time', () => {
  it('is to the minute: seconds are absent or :00', () => {
    expect(minuteTimeProblem('2017-11-02T19:05+01:00')).toBeUndefined();
    expect(minuteTimeProblem('2017-11-02T19:05:00+01:00')).toBeUndefined();
    expect(minuteTimeProblem('2017-11-02T19:05:30+01:00')).toMatch(/^ist auf die Sekunde genau/);
    expect(minuteTimeProblem('2017-11-02T19:05')).toMatch(/^muss Datum und Uhrzeit mit Zeitzone sein, auf die Minute genau/);
  });

  it('has the id of its ticker\'s folder and its own name, even where the ticker ends in "live"', () => {
    expect(entryId('content/live/wahl-live/erste-zahlen.mdx', 'live')).toBe('wahl-live/erste-zahlen');
  });
});
