import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FrontmatterCache, isJsonData } from '../../src/checks/read/frontmatter-cache.ts';
import { parseEditorFile, YAML_PARSER } from '../../src/checks/read/editor-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'frontmatter-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The entries' keys in the memo's folder, over all its shard files. */
function storedKeys(memoDir: string): string[] {
  return readdirSync(memoDir).flatMap((name) => Object.keys((JSON.parse(readFileSync(join(memoDir, name), 'utf8')) as { entries: object }).entries));
}

/** Each shard file's inode: a save writes a new file and renames it over the old one. */
function inodes(memoDir: string): Map<string, number> {
  return new Map(readdirSync(memoDir).map((name) => [name, statSync(join(memoDir, name)).ino]));
}

const PIECE = `---
title: Eine Überschrift
published: 2017-11-30T00:00:00+01:00
sources:
  - reuters-2017-11-02
corrections:
  - date: 2017-12-01T10:00:00+01:00
    note: Ein Name war falsch.
---

Der Text.
`;

describe('the cache of parsed YAML', () => {
  it('keeps only data that JSON carries unchanged', () => {
    expect(isJsonData({ a: [1, 'x', true, null, { b: 2.5 }] })).toBe(true);
    for (const value of [Infinity, Number.NaN, -0, new Date(0), { a: undefined }, new Map()]) expect(isJsonData(value), String(value)).toBe(false);
  });

  it('gives a cached file the same data, body and field lines as a full parse', () => {
    const file = join(dir, 'same');
    const first = FrontmatterCache.load(file, YAML_PARSER);
    const full = parseEditorFile('content/articles/a.mdx', PIECE, first);
    first.save();
    const memo = FrontmatterCache.load(file, YAML_PARSER);
    const cached = parseEditorFile('content/articles/a.mdx', PIECE, memo);
    expect(cached.data).toEqual(full.data);
    expect(cached.body).toBe(full.body);
    expect(cached.bodyStartLine).toBe(full.bodyStartLine);
    expect(cached.problems).toEqual([]);
    for (const path of [['title'], ['sources', 0], ['corrections', 0, 'note'], ['missing']]) expect(cached.lineOf(path), path.join('.')).toBe(full.lineOf(path));
    expect(cached.linesOf(['corrections'])).toEqual(full.linesOf(['corrections']));
  });

  it('never keeps text with a problem, and still reports problems in the body of a cached file', () => {
    const file = join(dir, 'problems');
    const memo = FrontmatterCache.load(file, YAML_PARSER);
    const broken = PIECE.replace('title: Eine Überschrift', 'title: Eine: Überschrift');
    expect(parseEditorFile('content/articles/b.mdx', broken, memo).problems.length).toBeGreaterThan(0);
    expect(memo.get(broken.split('---')[1] ?? '')).toBeUndefined();
    parseEditorFile('content/articles/a.mdx', PIECE, memo);
    const invisible = PIECE.replace('Der Text.', 'Der\u200b Text.');
    const again = parseEditorFile('content/articles/a.mdx', invisible, memo);
    expect(again.problems).toEqual([{ line: 11, field: 'body', message: expect.stringContaining('Leerzeichen ohne Breite') as string }]);
  });

  it('saves only what this build used, and starts empty for another parser or a damaged file', () => {
    const file = join(dir, 'prune');
    const memo = FrontmatterCache.load(file, YAML_PARSER);
    parseEditorFile('content/articles/a.mdx', PIECE, memo);
    parseEditorFile('content/articles/c.mdx', PIECE.replace('Eine Überschrift', 'Eine andere'), memo);
    memo.save();
    expect(storedKeys(file)).toHaveLength(2);
    const next = FrontmatterCache.load(file, YAML_PARSER);
    parseEditorFile('content/articles/a.mdx', PIECE, next);
    next.save();
    expect(storedKeys(file)).toHaveLength(1);
    const yaml = PIECE.split('---\n')[1] ?? '';
    expect(FrontmatterCache.load(file, YAML_PARSER).get(yaml)).toBeDefined();
    expect(FrontmatterCache.load(file, 'another parser').get(yaml)).toBeUndefined();
    for (const name of readdirSync(file)) writeFileSync(join(file, name), '{ not json');
    expect(FrontmatterCache.load(file, YAML_PARSER).get(yaml)).toBeUndefined();
  });

  it('leaves its files as they are when a build used exactly the stored entries, and rewrites only the shard of a changed one', () => {
    const file = join(dir, 'unchanged');
    const pieces = Array.from({ length: 40 }, (_, index) => PIECE.replace('Eine Überschrift', `Überschrift Nummer ${String(index)}`));
    const first = FrontmatterCache.load(file, YAML_PARSER);
    pieces.forEach((piece, index) => parseEditorFile(`content/articles/${String(index)}.mdx`, piece, first));
    first.save();
    const written = inodes(file);
    expect(written.size).toBeGreaterThan(10);
    const same = FrontmatterCache.load(file, YAML_PARSER);
    pieces.forEach((piece, index) => parseEditorFile(`content/articles/${String(index)}.mdx`, piece, same));
    same.save();
    expect(inodes(file)).toEqual(written);
    const corrected = FrontmatterCache.load(file, YAML_PARSER);
    pieces.forEach((piece, index) => parseEditorFile(`content/articles/${String(index)}.mdx`, index === 7 ? piece.replace('Der Text.', 'Der berichtigte Text.').replace('Ein Name war falsch.', 'Zwei Namen waren falsch.') : piece, corrected));
    corrected.save();
    const rewritten = [...inodes(file)].filter(([name, ino]) => written.get(name) !== ino);
    // The old text's shard lost an entry and the new text's shard gained one: one or two files.
    expect(rewritten.length).toBeGreaterThanOrEqual(1);
    expect(rewritten.length).toBeLessThanOrEqual(2);
    expect(storedKeys(file)).toHaveLength(40);
  });
});
