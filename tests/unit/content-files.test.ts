import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryId, readContentFiles, wrongExtension } from '../../src/checks/read/content-files.ts';

const PIECE = '---\ntitle: Ein Titel\n---\n\nText.\n';

describe('entryId', () => {
  it('derives an entry id from the file name without its extension, wherever the content folder is', () => {
    expect(entryId('content/articles/dieser-mann.mdx', 'articles')).toBe('dieser-mann');
    expect(entryId('/tmp/x/content/sources/reuters.yaml', 'sources')).toBe('reuters');
  });
});

describe('wrongExtension', () => {
  it('names the likely slip', () => {
    expect(wrongExtension('articles', 'x.md')).toBe('ist eine Markdown-Datei (.md), Beiträge sind aber MDX-Dateien: benennen Sie die Datei in x.mdx um');
    expect(wrongExtension('articles', 'x.Mdx')).toBe('hat die Endung „.Mdx“ in Großbuchstaben: benennen Sie die Datei in x.mdx um');
    expect(wrongExtension('sources', 'x.YML')).toBe('hat die Endung „.YML“: benennen Sie die Datei in x.yaml um (die Website verwendet nur .yaml)');
    expect(wrongExtension('sources', 'x.mdx')).toBe('ist eine .mdx-Datei, aber content/sources/ enthält nur Dateien der Form <name>.yaml: sie gehört nach content/articles/ oder content/explainers/');
    expect(wrongExtension('timeline', 'x.txt')).toBe('hat die Endung „.txt“, aber content/timeline/ enthält nur Dateien der Form <name>.yaml');
    expect(wrongExtension('timeline', 'README')).toBe('hat keine Endung, aber content/timeline/ enthält nur Dateien der Form <name>.yaml');
  });
});

describe('readContentFiles', () => {
  it('reports a content folder that cannot be listed instead of throwing', () => {
    const files = readContentFiles('/nonexistent/content');
    expect(files.problems).toEqual([expect.objectContaining({ field: 'folder', message: expect.stringMatching(/^kann nicht gelesen werden \(ENOENT: .*\): prüfen Sie, ob es den Ordner gibt und ob Sie ihn öffnen können$/) })]);
  });

  const root = mkdtempSync(join(tmpdir(), 'newsroom-content-files-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads collection files, passes over hidden ones and accounts for everything else', () => {
    mkdirSync(join(root, 'articles/alt'), { recursive: true });
    mkdirSync(join(root, 'sources'));
    writeFileSync(join(root, 'articles/a.mdx'), PIECE);
    writeFileSync(join(root, 'articles/.DS_Store'), Uint8Array.from([0, 1]));
    writeFileSync(join(root, 'articles/b.md'), PIECE);
    symlinkSync('nirgends.mdx', join(root, 'articles/c.mdx'));
    writeFileSync(join(root, 'sources/s.yaml'), 'publisher: X\n');
    writeFileSync(join(root, 'README.md'), '# Notes\n');
    const files = readContentFiles(root);
    const shown = (path: string) => relative(process.cwd(), join(root, path));
    expect(files.articles.map((file) => [file.file, file.problems.map((problem) => problem.message.slice(0, 20))])).toEqual([
      [shown('articles/a.mdx'), []],
      [shown('articles/c.mdx'), ['ist eine Verknüpfung']],
    ]);
    expect(files.sources.map((file) => file.data)).toEqual([{ publisher: 'X' }]);
    expect(files.problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
      `${shown('README.md')} file`,
      `${shown('articles/alt')} folder`,
      `${shown('articles/b.md')} file`,
    ]);
  });
});
