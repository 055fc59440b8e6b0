import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentHistory } from '../../src/queries/git-history.ts';
import { changedParagraphs, parseLog, readableText, versionsFromCorrections, versionsFromStates, type FileState } from '../../src/newsroom/versions.ts';

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

const versions = (states: FileState[]) => versionsFromStates(states, PUBLISHED);

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
    expect(result[0]?.text).toContain('Fertiger Text.');
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
    const words = (id: string) => (id === 'bi' ? 'My account was taken down. – A (@a) auf Twitter, 3. November 2017' : '');
    const result = versionsFromStates([
      state('2026-11-21T09:00:00Z', file('Er schrieb:\n\n<Zitat von="A" lang="en">My account was taken down.</Zitat>')),
      state('2026-11-22T09:00:00Z', file('Er schrieb:\n\n<Post id="bi" />'), 'Beitrag mit Konto und Datum zitiert'),
    ], PUBLISHED, undefined, words);
    const [before, after] = [result[0]?.text ?? '', result[1]?.text ?? ''];
    expect(changedParagraphs(before, after)).toEqual([[{ kind: 'same', text: 'My account was taken down.' }, { kind: 'inserted', text: ' – A (@a) auf Twitter, 3. November 2017' }]]);
  });

  it('keeps a "Versionen: ohne" commit out of the list, folding its change into the version before', () => {
    const result = versions([
      state('2026-11-21T09:00:00Z', file('Der Tetx.')),
      state('2026-11-21T10:00:00Z', file('Der Text.'), 'ohne'),
      state('2026-11-22T10:00:00Z', file('Der Text, neu.'), 'Neue Zahlen der Polizei ergänzt'),
    ]);
    expect(result.map((version) => [version.number, version.change])).toEqual([[1, 'Erstveröffentlichung'], [2, 'Neue Zahlen der Polizei ergänzt']]);
    expect(result[0]?.text).toContain('Der Text.');
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
    expect(result.map((version) => [version.number, version.change, version.text])).toEqual([
      [1, 'Erstveröffentlichung', undefined], [2, 'Korrektur: Erste.', undefined], [3, 'Korrektur: Zweite.', undefined],
    ]);
  });
});

describe('readableText', () => {
  it('keeps headline, standfirst and text as paragraphs, and turns components and Markdown into words', () => {
    const text = readableText(file('## Zwischentitel\n\nEin **fetter** [Link](article:x) mit Beleg.<Quelle id="ap" />\n\n<Infobox title="Kurz">\n\n- Punkt eins\n- Punkt zwei\n\n</Infobox>\n\n<Timeline id="t" />'), (id) => `AP (${id})`);
    expect(text.split('\n\n')).toEqual([
      'Eine Meldung über elf Minuten', 'Ein Vorspann.', 'Zwischentitel', 'Ein fetter Link mit Beleg. [Quelle: AP (ap)]', 'Kurz', 'Punkt eins', 'Punkt zwei', '[Zeitleiste]',
    ]);
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
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org' } });
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
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
      expect(await readContentHistory(join(shallow, 'content'))).toEqual({ available: false, reason: 'the git clone is shallow (e.g. --depth 1)' });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
