import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentHistory } from '../../src/queries/git-history.ts';
import { bodyText, versionReader, type BodyNames } from '../../src/checks/body/text.ts';
import { changedParagraphs, compareViews, parseLog, versionsFromCorrections, versionsFromStates, type FileState } from '../../src/newsroom/versions.ts';

const PUBLISHED = new Date('2026-11-20T08:00:00Z');

const file = (body: string, extra = '') => `---
title: Eine Meldung über elf Minuten
standfirst: Ein Vorspann.
${extra}---

${body}
`;

let counter = 0;
const state = (date: string, text: string | undefined, trailer?: string): FileState => ({
  commit: `c${(counter += 1)}`, date: new Date(date), trailer, text,
});

const SOURCES: Record<string, string> = { ap: 'AP, 2. November 2017', reuters: 'Reuters, 3. November 2017', 'ap-kopie': 'AP, 2. November 2017' };
const POST = { platform: 'twitter', author: 'A', handle: '@a', date: '2017-11-03', text: 'My account was taken down.', language: 'en', publisher: 'Business Insider' } as const;
const names: BodyNames = { source: (id) => SOURCES[id] ?? id, timeline: (id) => `Chronik ${id}`, post: (id) => (id === 'bi' ? POST : undefined) };
const versions = (states: FileState[]) => versionsFromStates(states, PUBLISHED, versionReader(names));

describe('versionsFromStates', () => {
  it('folds commits before publication into the first version, dated by its publication', () => {
    const result = versions([
      state('2026-11-19T10:00:00Z', file('Erster Entwurf.')),
      state('2026-11-19T12:00:00Z', file('Fertiger Text.')),
      state('2026-11-21T09:00:00Z', file('Fertiger Text, ergänzt.'), 'Ergänzt um eine Stellungnahme'),
    ]);
    expect(result.map(({ number, date, change }) => [number, date.toISOString(), change])).toEqual([
      [1, PUBLISHED.toISOString(), 'Erstveröffentlichung'],
      [2, '2026-11-21T09:00:00.000Z', 'Ergänzt um eine Stellungnahme'],
    ]);
    expect(result[0]?.view?.body).toEqual(['Fertiger Text.']);
  });

  it('skips drafts, commits that change nothing readers see, and deleted states', () => {
    const result = versions([
      state('2026-11-21T08:00:00Z', file('Entwurf.', 'draft: true\n')),
      state('2026-11-21T09:00:00Z', file('Text.')),
      state('2026-11-21T10:00:00Z', file('Text.').replace('standfirst:', '# only a YAML comment changed\nstandfirst:')),
      state('2026-11-21T11:00:00Z', undefined),
      state('2026-11-21T12:00:00Z', file('Neuer Text.')),
    ]);
    expect(result.map((version) => [version.number, version.change])).toEqual([[1, 'Erstveröffentlichung'], [2, 'Text überarbeitet']]);
  });

  it('reads a <Post> as the post\'s words and caption, so quoting a post as <Post> instead of <Zitat> shows only the caption as new', () => {
    const result = versions([
      state('2026-11-21T09:00:00Z', file('Er schrieb:\n\n<Zitat von="A" lang="en">My account was taken down.</Zitat>', 'sources: [bi]\n')),
      state('2026-11-22T09:00:00Z', file('Er schrieb:\n\n<Post id="bi" />', 'sources: [bi]\n'), 'Beitrag mit Konto und Datum zitiert'),
    ]);
    const [before, after] = [result[0]?.view, result[1]?.view];
    if (!before || !after) throw new Error('both versions are read');
    // The post's words stay; only the line under them changes.
    expect(compareViews(before, after)).toEqual([{ label: 'Text', paragraphs: [[
      { kind: 'deleted', text: 'Zitat von' },
      { kind: 'inserted', text: '–' },
      { kind: 'same', text: ' A ' },
      { kind: 'inserted', text: '(@a) auf Twitter, 3. November 2017; zitiert nach Business Insider' },
    ]] }]);
  });

  it('keeps a "Versionen: ohne" commit out of the list, folding its change into the version before', () => {
    const result = versions([
      state('2026-11-21T09:00:00Z', file('Der Tetx.')),
      state('2026-11-21T10:00:00Z', file('Der Text.'), 'ohne'),
      state('2026-11-22T10:00:00Z', file('Der Text, neu.'), 'Neue Zahlen der Polizei ergänzt'),
    ]);
    expect(result.map((version) => [version.number, version.change])).toEqual([[1, 'Erstveröffentlichung'], [2, 'Neue Zahlen der Polizei ergänzt']]);
    expect(result[0]?.view?.body).toEqual(['Der Text.']);
  });

  it('says what changed with the note of a correction added in that commit', () => {
    const corrected = file('Duysak.', 'corrections:\n  - date: 2026-11-22T10:00:00+01:00\n    wrong: Duysaker\n    right: Duysak\n    note: In einer früheren Fassung stand Duysaker.\n');
    const result = versions([state('2026-11-21T09:00:00Z', file('Duysaker.')), state('2026-11-22T09:00:00Z', corrected)]);
    expect(result[1]?.change).toBe('Korrektur: In einer früheren Fassung stand Duysaker.');
  });
});

describe('versionsFromCorrections', () => {
  it('lists the first publication and each correction, oldest first, without texts', () => {
    const result = versionsFromCorrections(PUBLISHED, [
      { date: new Date('2026-11-23T10:00:00Z'), note: 'Zweite.' },
      { date: new Date('2026-11-22T10:00:00Z'), note: 'Erste.' },
    ]);
    expect(result.map((version) => [version.number, version.change, version.view])).toEqual([
      [1, 'Erstveröffentlichung', undefined], [2, 'Korrektur: Erste.', undefined], [3, 'Korrektur: Zweite.', undefined],
    ]);
  });
});

describe('bodyText', () => {
  const context = versionReader(names);
  it('reads a body as readers read it: paragraphs, components in words, Markdown marks gone', () => {
    const body = [
      '## Zwischentitel',
      'Ein **fetter** [Link](article:x) mit Beleg.<Quelle id="ap" />',
      '<Infobox title="Kurz">\n\n- Punkt eins\n- Punkt zwei\n\n</Infobox>',
      '<Zitat von="Bahtiyar Duysak" quelle="ap" lang="en">\n\nIt was a mistake.\n\n</Zitat>',
      '<Bild src="haus.jpg" alt="Das Weiße Haus bei Nacht" caption="Der Amtssitz in Washington." credit="Foto: Anna Beispiel/Agentur" license="CC BY 4.0" />',
      '{/* Notiz der Redaktion */}',
      '<Timeline id="t" />',
    ].join('\n\n');
    expect(context.body(body, ['ap'])).toEqual([
      'Zwischentitel',
      'Ein fetter Link mit Beleg. [Quelle: AP, 2. November 2017]',
      'Infobox: Kurz', 'Punkt eins', 'Punkt zwei',
      'It was a mistake.', 'Zitat von Bahtiyar Duysak [Quelle: AP, 2. November 2017]',
      'Bilddatei: haus.jpg', 'Bildbeschreibung: Das Weiße Haus bei Nacht', 'Bildunterschrift: Der Amtssitz in Washington.', 'Bildnachweis: Foto: Anna Beispiel/Agentur, CC BY 4.0',
      'Zeitleiste: Chronik t',
    ]);
  });

  it('reads nothing of a body that does not compile, as the checks would refuse it', () => {
    expect(context.body('<script>alert(1)</script>', [])).toBeUndefined();
    expect(context.body('Beleg.<Quelle id="ap" />', [])).toBeUndefined();
    expect(bodyText('Text.', { startLine: 1, sources: [], sourceExists: () => true, timelineExists: () => true, pictureProblem: () => undefined, hourGraphicProblem: () => undefined, pieceLink: () => ({ href: '#' }), postOf: () => undefined }, names)).toEqual(['Text.']);
  });
});

/** Each part that changed between a piece's two versions, as "Label: -gestrichen +eingefügt". */
function changes(before: string, after: string): string[] {
  const [first, second, ...more] = versions([state('2026-11-21T09:00:00Z', before), state('2026-11-22T09:00:00Z', after)]);
  expect(more).toEqual([]);
  if (!first?.view || !second?.view) return [];
  return compareViews(first.view, second.view).map(({ label, paragraphs }) =>
    `${label}: ${paragraphs.flat().filter((segment) => segment.kind !== 'same').map((segment) => `${segment.kind === 'inserted' ? '+' : '-'}${segment.text.trim()}`).join(' ')}`,
  );
}

describe('what the version page compares', () => {
  const picture = (attributes: string) => `<Bild src="haus.jpg" ${attributes} />`;
  const bild = { alt: 'alt="Das Weiße Haus bei Nacht"', caption: 'caption="Der Amtssitz in Washington."', credit: 'credit="Foto: Anna Beispiel/Agentur"' };
  const lead = (alt: string, caption: string, credit: string) => `image:\n  src: haus.jpg\n  alt: ${alt}\n  caption: ${caption}\n  credit: "${credit}"\n`;
  const sourced = (sources: string, body: string) => file(body, `sources:\n${sources.split(' ').map((id) => `  - ${id}\n`).join('')}`);

  it('a quote\'s speaker', () => {
    const quote = (von: string) => file(`<Zitat von="${von}">\n\nIch wurde nicht gehackt.\n\n</Zitat>`);
    expect(changes(quote('Bahtiyar Duysac'), quote('Bahtiyar Duysak'))).toEqual(['Text: -Duysac +Duysak']);
  });

  it('a picture\'s caption, description and credit in the text', () => {
    const before = file(picture(`${bild.alt} ${bild.caption} ${bild.credit}`));
    expect(changes(before, file(picture(`${bild.alt} caption="Der Amtssitz des Präsidenten." ${bild.credit}`)))).toEqual(['Text: -in Washington +des Präsidenten']);
    expect(changes(before, file(picture(`alt="Das Weiße Haus am Tag" ${bild.caption} ${bild.credit}`)))).toEqual(['Text: -bei Nacht +am Tag']);
    expect(changes(before, file(picture(`${bild.alt} ${bild.caption} credit="Foto: Anna Beispiel/dpa"`)))).toEqual(['Text: -Agentur +dpa']);
  });

  it('the lead image\'s caption, description and credit', () => {
    const before = file('Text.', lead('Das Weiße Haus bei Nacht', 'Der Amtssitz in Washington.', 'Foto: Anna Beispiel/Agentur'));
    expect(changes(before, file('Text.', lead('Das Weiße Haus bei Nacht', 'Der Amtssitz des Präsidenten.', 'Foto: Anna Beispiel/Agentur')))).toEqual(['Aufmacherbild: -in Washington +des Präsidenten']);
    expect(changes(before, file('Text.', lead('Das Weiße Haus am Abend', 'Der Amtssitz in Washington.', 'Foto: Anna Beispiel/Agentur')))).toEqual(['Aufmacherbild: -bei Nacht +am Abend']);
    expect(changes(before, file('Text.', lead('Das Weiße Haus bei Nacht', 'Der Amtssitz in Washington.', 'Foto: Berta Muster/Agentur')))).toEqual(['Aufmacherbild: -Anna Beispiel +Berta Muster']);
  });

  it('an Infobox\'s title', () => {
    const box = (title: string) => file(`<Infobox title="${title}">\n\n- Punkt eins\n\n</Infobox>`);
    expect(changes(box('Das Wichtigste'), box('Das Wichtigste in Kürze'))).toEqual(['Text: +in Kürze']);
  });

  it('the headline and the standfirst, each labelled', () => {
    const before = file('Text.');
    expect(changes(before, before.replace('über elf Minuten', 'über die elf Minuten'))).toEqual(['Überschrift: +die']);
    expect(changes(before, before.replace('Ein Vorspann.', 'Ein neuer Vorspann.'))).toEqual(['Vorspann: +neuer']);
  });

  it('the sources listed and the source a citation names', () => {
    expect(changes(sourced('ap', 'Beleg.<Quelle id="ap" />'), sourced('ap reuters', 'Beleg.<Quelle id="ap" />'))).toEqual(['Quellen: +Reuters, 3. November 2017']);
    expect(changes(sourced('ap reuters', 'Beleg.<Quelle id="ap" />'), sourced('ap reuters', 'Beleg.<Quelle id="reuters" />'))).toEqual(['Text: -AP +Reuters -2 +3']);
  });

  it('a correction added, as it stands on the piece', () => {
    const correction = 'corrections:\n  - date: 2026-11-22T10:00:00+01:00\n    wrong: Duysaker\n    right: Duysak\n    note: In einer früheren Fassung stand Duysaker.\n';
    expect(changes(file('Duysaker.'), file('Duysak.', correction))).toEqual(['Text: -Duysaker +Duysak', 'Korrekturen: +Korrektur vom 22.11.2026: In einer früheren Fassung stand Duysaker.']);
  });

  it('the label, the section and the topics the piece is filed under', () => {
    const before = file('Text.', 'section: chronik\nsubsection: welt\nlabel: nachricht\n');
    expect(changes(before, before.replace('label: nachricht', 'label: hintergrund'))).toEqual(['Einordnung: -Nachricht +Hintergrund']);
    expect(changes(before, before.replace('subsection: welt', 'subsection: deutschland'))).toEqual(['Einordnung: -Welt +Deutschland']);
    expect(changes(before, before.replace('---\n\n', 'topics: [twitter, donald-trump]\n---\n\n'))).toEqual(['Themen: +Twitter +Donald Trump']);
  });

  it('leaves out what no reader sees: key order, line breaks, comments, ids that read alike, draft and internal fields', () => {
    const before = sourced('ap', 'Ein Satz mit Beleg.<Quelle id="ap" />\n\nZweiter Absatz.');
    const after = `---
# Ein Kommentar für die Redaktion
standfirst: >-
  Ein
  Vorspann.
title:   Eine Meldung über elf Minuten
redirectFrom: [/chronik/welt/2026/11/20/alt/]
updated: 2026-11-23T10:00:00+01:00
draft: false
sources:
  - ap-kopie
---

Ein Satz
mit Beleg.<Quelle id="ap-kopie" />

{/* Notiz: noch prüfen */}

Zweiter   Absatz.
`;
    expect(versions([state('2026-11-21T09:00:00Z', before), state('2026-11-22T09:00:00Z', after)]).map((version) => version.change)).toEqual(['Erstveröffentlichung']);
  });
});

describe('changedParagraphs', () => {
  it('marks inserted and deleted words, and leaves unchanged paragraphs out', () => {
    const result = changedParagraphs('Gleich bleibt.\n\nDer Ausfall dauerte zehn Minuten.', 'Gleich bleibt.\n\nDer Ausfall dauerte elf Minuten.');
    expect(result).toEqual([[
      { kind: 'same', text: 'Der Ausfall dauerte ' },
      { kind: 'deleted', text: 'zehn' },
      { kind: 'inserted', text: 'elf' },
      { kind: 'same', text: ' Minuten.' },
    ]]);
  });

  it('shows a new paragraph as one insertion', () => {
    expect(changedParagraphs('Eins.', 'Eins.\n\nZwei neu.')).toEqual([[{ kind: 'inserted', text: 'Zwei neu.' }]]);
  });
});

describe('parseLog', () => {
  it('reads commits, dates, trailers and each file\'s blob, oldest first per file', () => {
    const raw = (status: string, blob: string, path: string) => `:100644 100644 ${'0'.repeat(40)} ${blob} ${status}\t${path}`;
    const output = [
      `\x1ec3\x1f2026-11-23T10:00:00+01:00\x1f\n\n${raw('D', '0'.repeat(40), 'articles/a.mdx')}`,
      `\x1ec2\x1f2026-11-22T10:00:00+01:00\x1fohne\n\n${raw('M', 'b'.repeat(40), 'articles/a.mdx')}`,
      `\x1ec1\x1f2026-11-21T10:00:00+01:00\x1f\n\n${raw('A', 'a'.repeat(40), 'articles/a.mdx')}\n${raw('A', 'c'.repeat(40), 'explainers/b.mdx')}\n`,
    ].join('\n');
    const log = parseLog(output);
    expect(log.get('articles/a.mdx')?.map(({ commit, trailer, blob }) => [commit, trailer, blob])).toEqual([
      ['c1', undefined, 'a'.repeat(40)], ['c2', 'ohne', 'b'.repeat(40)], ['c3', undefined, undefined],
    ]);
    expect(log.get('explainers/b.mdx')?.[0]?.date.toISOString()).toBe('2026-11-21T09:00:00.000Z');
  });
});

describe('readContentHistory (a real git repository)', () => {
  const repo = mkdtempSync(join(tmpdir(), 'newsroom-history-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', timeout: 30_000, env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org' } });
  const commit = (message: string, files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(repo, 'content', name, '..'), { recursive: true });
      writeFileSync(join(repo, 'content', name), text);
    }
    git('add', '-A');
    git('commit', '-q', '-m', message);
  };

  it('reads every state of each file changed more than once, in one log pass and one cat-file', async () => {
    git('init', '-q');
    commit('First', { 'articles/a.mdx': 'eins', 'articles/b.mdx': 'nur einmal', 'sources/s.yaml': 'x: 1' });
    commit('Second\n\nVersionen: ohne', { 'articles/a.mdx': 'zwei', 'sources/s.yaml': 'x: 2' });
    commit('Third', { 'articles/a.mdx': 'drei' });
    const history = await readContentHistory(join(repo, 'content'));
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect([...history.files.keys()]).toEqual(['articles/a.mdx']);
    expect(history.files.get('articles/a.mdx')?.map(({ trailer, text }) => [trailer, text])).toEqual([[undefined, 'eins'], ['ohne', 'zwei'], [undefined, 'drei']]);
  });

  it('says why there is no history outside a repository and in a shallow clone', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'newsroom-nogit-'));
    const shallow = join(outside, 'shallow');
    try {
      expect(await readContentHistory(outside)).toMatchObject({ available: false, reason: expect.stringContaining('not in a git repository') });
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { timeout: 30_000 });
      expect(await readContentHistory(join(shallow, 'content'))).toEqual({ available: false, reason: 'the git clone is shallow (e.g. --depth 1)' });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
