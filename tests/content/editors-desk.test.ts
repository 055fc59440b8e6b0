/**
 * The editor's desk end to end, in a temporary git repository holding a copy of content/:
 * `npm run new` scaffolds an article whose build fails until its placeholders are replaced;
 * once filled in and changed in four commits (plus a typo fix and an invisible change kept out
 * of the list), the real build publishes it at the URL `npm run new` printed, and its version
 * page shows four versions with the right insertions and deletions, part by part.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build as runBuild, buildEnv, run, scratchBuild } from '../support/run.ts';

const root = mkdtempSync(join(tmpdir(), 'newsroom-desk-'));
const paths = scratchBuild(root);
const { content, outDir } = paths;
const env = buildEnv(paths);
const build = () => runBuild(paths);

/** Commits in the temporary repository, each a minute later than the one before. */
let clock = Date.now();
function commit(message: string): void {
  clock += 60_000;
  const date = new Date(clock).toISOString();
  const identity = { GIT_AUTHOR_NAME: 'Redaktion', GIT_AUTHOR_EMAIL: 'redaktion@example.org', GIT_COMMITTER_NAME: 'Redaktion', GIT_COMMITTER_EMAIL: 'redaktion@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '-A'], { cwd: root, timeout: 30_000 });
  execFileSync('git', ['commit', '-q', '-m', message], { cwd: root, env: { ...process.env, ...identity }, timeout: 30_000 });
}

let created = '';
let file = '';
let url = '';
let failed = { status: null as number | null, stdout: '', stderr: '', output: '' };
let failedLeftOutput = true;
let published = { status: null as number | null, output: '' };
const edit = (from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: root, timeout: 30_000 });
  commit('Inhalte übernommen');

  const scaffold = await run('npm', ['run', '--silent', 'new', '--', 'artikel', 'Die Stadt eröffnet eine neue Brücke über den Fluss', '--ressort', 'chronik/deutschland'], { env, timeout: 60_000 });
  expect(scaffold.status, scaffold.stderr).toBe(0);
  created = scaffold.stdout;
  file = join(content, 'articles', 'stadt-eroeffnet-neue-bruecke-ueber-fluss.mdx');
  url = /Adresse nach der Veröffentlichung: https?:\/\/[^/]+(\/\S+)/.exec(created)?.[1] ?? '';
  failed = await build();
  failedLeftOutput = existsSync(outDir) || existsSync(`${outDir}-nginx.conf`);

  // The editor replaces the placeholders and publishes.
  edit(/standfirst: .*/.exec(readFileSync(file, 'utf8'))?.[0] ?? '', 'standfirst: Nach drei Jahren Bauzeit ist die neue Brücke fertig; am Samstag fahren die ersten Autos darüber.');
  edit(/^\[Platzhalter: .*\]$/m.exec(readFileSync(file, 'utf8'))?.[0] ?? '', 'Die Brücke ist 300 Meter lang und hat 40 Millionen Euro gekostet.\n\nDer Bürgermeister spricht von einem guten Tag.\n\n<Zitat von="Bürgermeister Hans Beispiel">\n\nDie Stadt ist jetzt enger verbunden.\n\n</Zitat>');
  edit('draft: true          # diese Zeile löschen, um zu veröffentlichen\n', '');
  commit('Neue Brücke: Meldung veröffentlicht');
  edit('40 Millionen Euro', '45 Millionen Euro');
  edit('Der Bürgermeister spricht', 'Der Bürgermeistr spricht');
  commit('Neue Brücke: Baukosten nach Angaben der Stadt\n\nVersionen: Die Baukosten nach neuen Angaben der Stadt ergänzt.');
  edit('Der Bürgermeistr spricht', 'Der Bürgermeister spricht');
  commit('Tippfehler\n\nVersionen: ohne');
  edit('300 Meter lang', '320 Meter lang');
  commit('Neue Brücke: Länge korrigiert');
  // A changed quote speaker is a version of its own; a YAML comment and a new line break are none.
  edit('von="Bürgermeister Hans Beispiel"', 'von="Oberbürgermeister Hans Beispiel"');
  commit('Neue Brücke: Sprecher des Zitats\n\nVersionen: Amt des Zitierten berichtigt.');
  edit('\nstandfirst:', '\n# Notiz: Länge am Montag noch einmal prüfen\nstandfirst:');
  edit('Meter lang und hat', 'Meter lang\nund hat');
  commit('Neue Brücke: Notiz, Zeilenumbruch');
  published = await build();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
  it('prints the file and the future URL', () => {
    expect(created).toMatch(/^Angelegt: \S*content\/articles\/stadt-eroeffnet-neue-bruecke-ueber-fluss\.mdx$/m);
    expect(url).toMatch(/^\/chronik\/deutschland\/\d{4}\/\d{2}\/\d{2}\/stadt-eroeffnet-neue-bruecke-ueber-fluss\/$/);
  });

  it('refuses to overwrite', async () => {
    const again = await run('npm', ['run', '--silent', 'new', '--', 'artikel', 'Die Stadt eröffnet eine neue Brücke über den Fluss'], { env, timeout: 60_000 });
    expect(again.status).toBe(1);
    // The whole line, then the usage.
    expect(again.stderr.split('\n')[0]).toBe('content/articles/stadt-eroeffnet-neue-bruecke-ueber-fluss.mdx gibt es schon; nichts wurde geschrieben. Wählen Sie mit --slug einen anderen Namen.');
  });

  it('writes a file the build rejects while placeholders remain, with exit code 1, the whole report and nothing left', () => {
    expect(failed.status, failed.output).toBe(1);
    expect(failedLeftOutput).toBe(false);
    const placeholder = (found: string) => `enthält noch den Platzhalter „${found}“ von npm run new: ersetzen Sie ihn durch Ihren eigenen Text`;
    const piece = 'content/articles/stadt-eroeffnet-neue-bruecke-ueber-fluss.mdx';
    expect(stripVTControlCharacters(failed.stderr).split('\n').map((line) => line.replace(/^\d\d:\d\d:\d\d /, ''))).toEqual([
      '[ERROR] [newsroom:content-checks] Die Prüfung hat 2 Fehler gefunden; nichts wurde veröffentlicht:',
      `  ${piece}:3  standfirst: ${placeholder('[Platzhalter: Vorspann, ein oder zwei Sätze unter der Überschrift (40 bis 400 Zeichen)]')}`,
      // A placeholder longer than a line is quoted shortened.
      `  ${piece}:13  body: ${placeholder('[Platzhalter: Ihr Text, in Absätzen; Zwischenüberschriften mit ##, Belege und Bausteine wie in EDITING.md unter „Baust…]')}`,
      'Korrigieren Sie jedes oben genannte Feld. Was in welches Feld gehört, steht in EDITING.md unter „Der Kopf einer Datei“; jede Meldung erklärt „Meldungen der Prüfung“.',
      '',
      `Die Website konnte nicht erstellt werden (Schritt „astro build“); ${outDir}/ wurde gelöscht, nichts kann veröffentlicht werden.`,
      '',
    ]);
  });

  it('builds once they are replaced, at the URL it printed', () => {
    expect(published.status, published.output).toBe(0);
    const page = readFileSync(join(outDir, url, 'index.html'), 'utf8');
    expect(page).toContain('Die Stadt eröffnet eine neue Brücke über den Fluss');
  });

  it('warns once, in the production build, that the publisher\'s pages still show placeholders', () => {
    expect(published.output.split('\n').filter((line) => line.includes('„Fehler melden“ an jedem Beitrag zeigen noch Platzhalter'))).toHaveLength(1);
  });
});

describe('the version page', () => {
  const versionsPage = () => readFileSync(join(outDir, url, 'versionen', 'index.html'), 'utf8');

  it('is linked from the piece', () => {
    expect(readFileSync(join(outDir, url, 'index.html'), 'utf8')).toContain(`href="${url}versionen/"`);
  });

  it('lists four versions with what changed, the typo fix and the invisible change left out', () => {
    const page = versionsPage();
    expect([...page.matchAll(/<h2 id="fassung-(\d+)"/g)].map((match) => match[1])).toEqual(['4', '3', '2', '1']);
    expect(page).toContain('Amt des Zitierten berichtigt.');
    expect(page).not.toContain('Am Text hat sich nichts geändert');
    expect(page).toContain('Die Baukosten nach neuen Angaben der Stadt ergänzt.');
    // A commit without a Versionen: trailer: its subject is for the newsroom, readers see a plain note.
    expect(page).not.toContain('Neue Brücke: Länge korrigiert');
    expect(page).toContain('Text überarbeitet');
    expect(page).not.toMatch(/geändert hat:<\/strong> Tippfehler/);
    expect(page).not.toContain('Bürgermeistr');
    expect(page).toContain('Erstveröffentlichung');
  });

  it('marks the right insertions and deletions, in words as well', () => {
    const page = versionsPage();
    const marks = [...page.matchAll(/<(ins|del)\b[^>]*><span class="sr-only">\[(eingefügt|gestrichen): <\/span>([^<]*)<span/g)].map((match) => `${match[1]}:${match[3]}`);
    // Newest first: the quote's speaker, 300 → 320 m (the typo fix folded into version 2), then 40 → 45 million euros.
    expect(marks).toEqual(['del:Bürgermeister', 'ins:Oberbürgermeister', 'del:300', 'ins:320', 'del:40', 'ins:45']);
  });

  it('labels each part that changed, and names a quote by its speaker', () => {
    const newest = /<h2 id="fassung-4"[\s\S]*?<h2 id="fassung-3"/.exec(versionsPage())?.[0] ?? '';
    expect([...newest.matchAll(/<h4\b[^>]*>([^<]*)<\/h4>/g)].map((match) => match[1])).toEqual(['Text']);
    expect(newest).toMatch(/Zitat von <del\b[^>]*><span class="sr-only">\[gestrichen: <\/span>Bürgermeister<span class="sr-only">\]<\/span><\/del><ins\b[^>]*><span class="sr-only">\[eingefügt: <\/span>Oberbürgermeister<span class="sr-only">\]<\/span><\/ins> Hans Beispiel/);
  });

  it('covers a piece without git versions but with a typed correction', () => {
    expect(existsSync(join(outDir, 'chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/versionen/index.html'))).toBe(true);
  });
});
