/**
 * One real build of a copy of content/ with what must build but never show, checked from both
 * sides:
 *
 * - Input that looks odd but is right keeps building: a file with Windows line endings, markup
 *   characters in a headline (escaped on every page and in every feed), a scheduled piece, and
 *   hidden system files (.DS_Store) beside the content.
 * - Drafts and future pieces appear nowhere: every output file (pages, feeds, sitemaps, search
 *   index metadata, redirects, corrections log) is searched for a draft and a future-dated piece.
 *   The copy lies outside any git repository, so the same build also shows the version pages'
 *   fallback to the typed corrections.
 */
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, scratchBuild } from '../support/run.ts';

const root = mkdtempSync(join(tmpdir(), 'newsroom-keeps-building-'));
const paths = scratchBuild(root);
const { content, outDir } = paths;
const ARTICLE = join(content, 'articles/dieser-mann-nahm-donald-trump-vom-netz.mdx');
const WHO = join(content, 'explainers/wer-ist-bahtiyar-duysak.mdx');
const TITLE = 'Wer ist Bahtiyar Duysak? 3 < 5 & 7 > 2 & <3';

const piece = (title: string, extra: string) => `---
title: ${title}
standfirst: Dieser Vorspann gehört zu einem Beitrag, der noch nicht erscheinen darf, und darf nirgends stehen.
section: chronik
subsection: welt
label: nachricht
topics: [twitter]
sources: [techcrunch-2017-11-29]
${extra}
---

Geheimwortrichtig steht im Text.
`;

let status: number | null = null;
let output = '';
beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  writeFileSync(ARTICLE, readFileSync(ARTICLE, 'utf8').replaceAll('\n', '\r\n'));
  const who = readFileSync(WHO, 'utf8');
  writeFileSync(WHO, who.replace(/^title: .*$/m, `title: "${TITLE}"`));
  writeFileSync(
    join(content, 'articles/termin-meldung.mdx'),
    readFileSync(ARTICLE, 'utf8').replace('published: 2017-11-30T00:00:00+01:00', 'published: 2099-01-01T08:00:00+01:00').replace(/corrections:[\s\S]*?\r\n---/, '---'),
  );
  writeFileSync(join(content, '.DS_Store'), Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]));
  writeFileSync(join(content, 'articles/.notiz.md'), 'Eine Notiz des Redakteurs, kein Beitrag.\n');
  // A correction is dated when it is made, so only the draft (published in the past) can have one.
  const correction = 'corrections:\n  - date: 2026-11-02T10:00:00+01:00\n    wrong: Geheimwortfalsch\n    right: Geheimwortrichtig\n    note: Eine Korrektur an einem unveröffentlichten Beitrag, die im Protokoll fehlen muss.';
  writeFileSync(join(content, 'articles', 'entwurf-ohne-termin.mdx'), piece('Entwurfsmeldung Zebrastreifen', `published: 2026-11-01T08:00:00+01:00\ndraft: true\nredirectFrom: [/alt/entwurf/]\n${correction}`));
  writeFileSync(join(content, 'articles', 'meldung-aus-der-zukunft.mdx'), piece('Zukunftsmeldung Zebrastreifen', 'published: 2099-01-01T08:00:00+01:00'));
  const result = await build(paths);
  status = result.status;
  output = result.output;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const textFiles = () => globSync('**/*.{html,xml,json}', { cwd: outDir }).map((file) => ({ file, text: readFileSync(join(outDir, file), 'utf8') }));

describe('odd but valid content', () => {
  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('reads a file with Windows line endings like any other', () => {
    const page = readFileSync(join(outDir, 'chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/index.html'), 'utf8');
    expect(page).toContain('Dieser Mann nahm Donald Trump vom Netz</h1>');
    expect(page).toContain('Hofft nun auf Ruhe');
    expect(page).not.toContain('\r');
  });

  it('escapes markup characters of a headline in every page and feed', () => {
    const escaped = 'Wer ist Bahtiyar Duysak? 3 &lt; 5 &amp; 7 &gt; 2 &amp; &lt;3';
    const files = textFiles();
    const html = files.filter(({ file }) => file.endsWith('.html') || file.endsWith('.xml'));
    expect(html.filter(({ text }) => text.includes(escaped)).length).toBeGreaterThan(3);
    const raw = html.filter(({ text }) => text.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '').includes('3 < 5 & 7 > 2'));
    expect(raw.map(({ file }) => file)).toEqual([]);
    expect(files.find(({ file }) => file === 'feed.json')?.text).toContain(JSON.stringify(TITLE).slice(1, -1));
  });

  it('keeps a scheduled piece and hidden files out of the site', () => {
    expect(textFiles().filter(({ file, text }) => file.includes('termin-meldung') || text.includes('termin-meldung'))).toEqual([]);
    expect(output).not.toContain('.DS_Store');
    expect(output).not.toContain('.notiz.md');
  });
});

describe('unpublished pieces', () => {
  it('are checked by the build but published nowhere', () => {
    const files = globSync('**/*', { cwd: outDir, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    for (const entry of files) {
      const path = join(entry.parentPath, entry.name);
      let text = readFileSync(path).toString('utf8');
      // Pagefind stores its metadata gzipped (after a "pagefind_dcd" signature once unpacked).
      if (/\.pf_(meta|fragment)$/.test(entry.name)) text = gunzipSync(readFileSync(path)).toString('utf8');
      for (const marker of ['entwurf-ohne-termin', 'meldung-aus-der-zukunft', 'Zebrastreifen', 'Geheimwortrichtig', '/alt/entwurf/']) {
        if (text.includes(marker) || path.includes(marker)) leaks.push(`${path.slice(outDir.length)}: ${marker}`);
      }
    }
    expect(leaks).toEqual([]);
    // The dev server's overview of drafts (/entwuerfe/) is no page of a build.
    expect(files.filter((entry) => join(entry.parentPath, entry.name).includes('/entwuerfe'))).toEqual([]);
  });
});

describe('a build without git history', () => {
  it('says so once and lists the typed corrections as versions', () => {
    expect(output.match(/\[versions\] No version history: .* is not in a git repository/g)).toHaveLength(1);
    const page = readFileSync(join(outDir, 'chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/versionen/index.html'), 'utf8');
    expect(page).toContain('Erstveröffentlichung');
    expect(page).toContain('Korrektur: In einer früheren Fassung dieses Artikels war der Nachname');
    expect(page).toContain('Frühere Fassungen des Textes liegen uns hier nicht vor');
    expect(page).not.toContain('<ins');
  });
});
