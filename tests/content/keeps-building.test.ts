/**
 * Input that looks odd but is right must keep building: a file with Windows line endings,
 * markup characters in a headline (escaped on every page and in every feed), a scheduled
 * piece, and hidden system files (.DS_Store) beside the content. One real build of all four.
 */
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, scratchBuild } from '../support/run.ts';

const root = mkdtempSync(join(tmpdir(), 'newsroom-keeps-building-'));
const paths = scratchBuild(root);
const { content, outDir } = paths;
const ARTICLE = join(content, 'articles/dieser-mann-nahm-donald-trump-vom-netz.mdx');
const WHO = join(content, 'explainers/wer-ist-bahtiyar-duysak.mdx');
const TITLE = 'Wer ist Bahtiyar Duysak? 3 < 5 & 7 > 2 & <3';

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
