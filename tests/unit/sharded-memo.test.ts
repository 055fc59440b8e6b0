import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShardedMemo, type ShardFormat } from '../../src/util/sharded-memo.ts';

/** Lines of `key=value` under a version line; a file of another version holds nothing. */
const format = (version: string): ShardFormat<string> => ({
  extension: 'memo',
  read(bytes) {
    const [head, ...lines] = bytes.toString('utf8').split('\n');
    if (head !== version) return new Map();
    return new Map(lines.filter((line) => line !== '').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  },
  write: (entries) => [version, ...[...entries].map(([key, value]) => `${key}=${value}`)].join('\n'),
});

let dir = '';
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'sharded-memo-test-')), 'memo');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const inodes = () => new Map(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).ino]));

describe('a sharded memo', () => {
  it('keeps the entries a run used, by key over several files, and drops those it did not use', () => {
    const first = ShardedMemo.load(dir, format('v1'));
    for (const key of ['Aa', 'Ab', 'Ba', '-x']) first.keep(key, `value of ${key}`);
    expect(first.lookup('Ab')).toBe('value of Ab');
    first.save();
    expect(readdirSync(dir).sort()).toEqual(['0.memo', '1.memo', '62.memo']);
    const second = ShardedMemo.load(dir, format('v1'));
    expect(second.lookup('Ba')).toBe('value of Ba');
    second.keep('Aa', 'value of Aa');
    second.save();
    const third = ShardedMemo.load(dir, format('v1'));
    expect(['Aa', 'Ab', 'Ba', '-x'].map((key) => third.lookup(key))).toEqual(['value of Aa', undefined, undefined, undefined]);
    expect(ShardedMemo.load(dir, format('v2')).lookup('Aa')).toBeUndefined();
  });

  it('writes only the shards whose entries changed, a new value for a key kept before included', () => {
    const first = ShardedMemo.load(dir, format('v1'));
    for (const key of ['Aa', 'Ba', 'Ca']) first.keep(key, 'old');
    first.save();
    const written = inodes();
    const next = ShardedMemo.load(dir, format('v1'));
    next.keep('Aa', 'old');
    next.keep('Ba', 'new');
    expect(next.lookup('Ba')).toBe('new');
    next.keep('Ca', 'old');
    next.save();
    expect([...inodes()].filter(([name, ino]) => written.get(name) !== ino).map(([name]) => name)).toEqual(['1.memo']);
    expect(ShardedMemo.load(dir, format('v1')).lookup('Ba')).toBe('new');
  });

  it('removes files of another name from its folder, but not a partial file another build may be writing', () => {
    mkdirSync(join(dir, 'old'), { recursive: true });
    writeFileSync(join(dir, '3.json'), '{}');
    writeFileSync(join(dir, '3.memo.12345.0.1.tmp'), 'another build writing');
    const memo = ShardedMemo.load(dir, format('v1'));
    memo.keep('Da', 'x');
    memo.save();
    expect(readdirSync(dir).sort()).toEqual(['3.memo', '3.memo.12345.0.1.tmp']);
  });
});
