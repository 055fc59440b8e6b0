/**
 * The URL ledger on real builds of a copy of content/: a new piece is recorded, then one piece is
 * renamed and the new one deleted. Without redirects the build fails and names both URLs and
 * pieces; with `redirectFrom` it passes, names the renamed piece's new URL as not yet recorded
 * (with the command that records it), and Cloudflare's runtime and nginx both redirect the old URLs.
 */
import { chmodSync, cpSync, existsSync, globSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputStampFile } from '../../src/outputs/output-folder/integration.ts';
import { build as runBuild, scratchBuild } from '../support/run.ts';
import { startHost, type Host } from '../support/serve.ts';

const root = mkdtempSync(join(tmpdir(), 'newsroom-ledger-'));
// nginx's workers run as "nobody" when the tests run as root; mkdtemp's folder is private.
chmodSync(root, 0o755);
const paths = scratchBuild(root);
const { content, outDir } = paths;
const ledger = join(content, 'published-urls.txt');

const OLD = '/chronik/welt/2026/11/26/was-danach-geschah/';
const NEW = '/chronik/welt/2026/11/26/was-danach-kam/';
const ADDED = '/chronik/welt/2026/11/20/kurzmeldung-zum-ledger/';
const ARTICLE = '/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/';
/** The redirects the build writes once both pieces name their old URLs: the only ones, since the real content has none. */
const REDIRECTS = [[OLD, NEW], [ADDED, ARTICLE]] as const;

const ADDED_PIECE = `---
title: Kurzmeldung zum Verzeichnis der Adressen
standfirst: Eine kurze Meldung, die erscheint, im Verzeichnis landet und danach wieder gelöscht wird.
section: chronik
subsection: welt
label: nachricht
published: 2026-11-20T08:00:00+01:00
topics: [twitter]
sources: [techcrunch-2017-11-29]
---

Diese Meldung gibt es nur für einen Test.
`;

const build = (script: 'build' | 'urls:record') => runBuild(paths, { script });

/** Renames a piece the way an editor would: the file, and every reference to it. */
function renamePiece(from: string, to: string): void {
  for (const file of globSync('**/*.{mdx,yaml}', { cwd: content })) {
    const path = join(content, file);
    const text = readFileSync(path, 'utf8');
    if (text.includes(from)) writeFileSync(path, text.replaceAll(from, to));
  }
  renameSync(join(content, 'explainers', `${from}.mdx`), join(content, 'explainers', `${to}.mdx`));
}

function addRedirect(file: string, from: string): void {
  const path = join(content, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^label: (.*)$/m, `label: $1\nredirectFrom: [${from}]`));
}

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  writeFileSync(join(content, 'articles', 'kurzmeldung-zum-ledger.mdx'), ADDED_PIECE);
  const record = await build('urls:record');
  expect(record.status, record.output).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the URL ledger', () => {
  it('records a new piece\'s URL with the piece, sorted among the others', () => {
    const lines = readFileSync(ledger, 'utf8').split('\n').filter((line) => line.startsWith('/'));
    expect(lines).toContain(`${ADDED}  article:kurzmeldung-zum-ledger`);
    expect(lines).toContain(`${OLD}  explainer:was-danach-geschah`);
    expect(lines).toContain('/feed.xml  feed');
    expect(lines).toEqual([...lines].sort());
  });

  it('fails the rebuild on a rename and a deletion without redirects, naming each URL and piece, and leaves nothing, not even the good build\'s output', async () => {
    // The recording build above was good: its output, the nginx file and the stamp a rebuild writes into the output by.
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(`${outDir}-nginx.conf`)).toBe(true);
    expect(existsSync(outputStampFile(paths.cacheDir))).toBe(true);
    renamePiece('was-danach-geschah', 'was-danach-kam');
    rmSync(join(content, 'articles', 'kurzmeldung-zum-ledger.mdx'));
    const { status, stderr, output } = await build('build');
    // After the pages were written: the check stops the build, scripts/build.ts removes them.
    expect(status, output).toBe(1);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}-nginx.conf`)).toBe(false);
    expect(existsSync(outputStampFile(paths.cacheDir))).toBe(false);
    const lineOf = (url: string) => readFileSync(ledger, 'utf8').split('\n').findIndex((line) => line.startsWith(`${url} `)) + 1;
    const advice = 'tragen Sie die Adresse in redirectFrom des Beitrags ein, der jetzt dafür steht (siehe EDITING.md, „Adressen und Weiterleitungen“), oder löschen Sie diese Zeile, um die Adresse absichtlich zurückzuziehen';
    // The editors' report, whole and last (Astro's warnings come before it), then the build's last word: no stack trace, none of Astro's words for errors in code.
    const lines = stripVTControlCharacters(stderr).split('\n').map((line) => line.replace(/^\d\d:\d\d:\d\d /, ''));
    expect(lines.slice(lines.findIndex((line) => line.startsWith('[ERROR]')))).toEqual([
      '[ERROR] [newsroom:url-ledger] 2 veröffentlichte Adressen würden verschwinden; nichts wurde veröffentlicht:',
      // In the ledger's order, which is sorted (ADDED's date comes first).
      `  content/published-urls.txt:${lineOf(ADDED)}  ${ADDED}: wurde veröffentlicht (der Artikel „kurzmeldung-zum-ledger“, beim Eintragen content/articles/kurzmeldung-zum-ledger.mdx) und würde ohne Weiterleitung verschwinden: ${advice}`,
      `  content/published-urls.txt:${lineOf(OLD)}  ${OLD}: wurde veröffentlicht (das Erklärstück „was-danach-geschah“, beim Eintragen content/explainers/was-danach-geschah.mdx) und würde ohne Weiterleitung verschwinden: ${advice}`,
      'Eine veröffentlichte Adresse muss erreichbar bleiben: Leser, Links und Suchmaschinen verwenden sie weiter.',
      '',
      `Die Website konnte nicht erstellt werden (Schritt „astro build“); ${outDir}/ wurde gelöscht, nichts kann veröffentlicht werden.`,
      '',
    ]);
  });

  describe('with redirectFrom for both', () => {
    const hosts: Host[] = [];
    let passed = '';
    beforeAll(async () => {
      addRedirect('explainers/was-danach-kam.mdx', OLD);
      addRedirect('articles/dieser-mann-nahm-donald-trump-vom-netz.mdx', ADDED);
      const { status, output } = await build('build');
      expect(status, output).toBe(0);
      passed = output;
    });
    afterAll(async () => {
      await Promise.all(hosts.map((host) => host.stop()));
    });

    it('names the new URL the ledger lacks, and the command that records it', () => {
      const lines = passed.split('\n');
      const heading = lines.findIndex((line) => /veröffentlichten? Adressen? (steht|stehen) noch nicht in content\/published-urls\.txt:$/.test(line));
      expect(heading, passed).toBeGreaterThan(-1);
      const named = lines.slice(heading + 1, lines.findIndex((line, index) => index > heading && !line.startsWith('  ')));
      expect(named).toContain(`  ${NEW}`);
      expect(named).not.toContain(`  ${OLD}`);
      expect(lines[heading + 1 + named.length]).toMatch(/^Tragen Sie (sie|alle) mit `npm run urls:record` ein und committen Sie content\/published-urls\.txt\.$/);
    });

    it('passes, and writes both redirects, and no other, for every host', () => {
      const rules = readFileSync(join(outDir, '_redirects'), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
      expect(rules.sort()).toEqual(REDIRECTS.map(([from, to]) => `${from} ${to} 301`).sort());
      const nginx = [...readFileSync(`${outDir}-nginx.conf`, 'utf8').matchAll(/location = "([^"]+)" \{\n  return 301 "([^"]+)";/g)].map(([, from, to]) => [from, to]);
      expect(nginx.sort()).toEqual([...REDIRECTS].sort());
    });

    for (const engine of ['cloudflare', 'nginx'] as const) {
      it(`${engine} redirects both old URLs permanently`, async () => {
        const host = await startHost(engine, outDir);
        hosts.push(host);
        // Every redirect the build wrote (the test above holds the files to this list).
        for (const [from, to] of REDIRECTS) {
          const response = await fetch(`${host.url}${from}`, { redirect: 'manual' });
          expect(response.status, `${engine} ${from}`).toBe(301);
          expect(new URL(response.headers.get('location') ?? '', host.url).pathname).toBe(to);
        }
      }, 90_000);
    }
  });
});
