/**
 * Drafts and future pieces appear nowhere: a real build of the content plus one draft and one
 * future-dated piece, then every output file (pages, feeds, sitemaps, search index metadata,
 * redirects, corrections log) is searched for them. The copy lies outside any git repository,
 * so the same build also shows the version pages' fallback to the typed corrections.
 */
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, scratchBuild } from '../support/run.ts';

const root = mkdtempSync(join(tmpdir(), 'newsroom-unpublished-'));
const paths = scratchBuild(root);
const { content, outDir } = paths;

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

let output = '';
beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  // A correction is dated when it is made, so only the draft (published in the past) can have one.
  const correction = 'corrections:\n  - date: 2026-11-02T10:00:00+01:00\n    wrong: Geheimwortfalsch\n    right: Geheimwortrichtig\n    note: Eine Korrektur an einem unveröffentlichten Beitrag, die im Protokoll fehlen muss.';
  writeFileSync(join(content, 'articles', 'entwurf-ohne-termin.mdx'), piece('Entwurfsmeldung Zebrastreifen', `published: 2026-11-01T08:00:00+01:00\ndraft: true\nredirectFrom: [/alt/entwurf/]\n${correction}`));
  writeFileSync(join(content, 'articles', 'meldung-aus-der-zukunft.mdx'), piece('Zukunftsmeldung Zebrastreifen', 'published: 2099-01-01T08:00:00+01:00'));
  const result = await build(paths);
  output = result.output;
  expect(result.status, output).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

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
