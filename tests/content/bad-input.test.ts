/**
 * Bad input must fail the real build: each case copies content/, plants one mistake, runs
 * `npm run build` with that copy, and expects a non-zero exit, no output folder, and a message
 * that names the file, the line and the field. "1 error" proves it is the planted one.
 * `npm run check:content` must report the same line without building.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ARTICLE = 'articles/dieser-mann-nahm-donald-trump-vom-netz.mdx';
const WHO = 'explainers/wer-ist-bahtiyar-duysak.mdx';
const CHRONOLOGY = 'explainers/die-elf-minuten-chronologie.mdx';
const TIMELINE = 'timeline/trump-account-2017.yaml';

interface Case {
  name: string;
  /** File below content/ to change, and the change. */
  file: string;
  find: string | RegExp;
  replace: string;
  /** What the error line must say: "content/<where>:<line>  <field>: <message…>". */
  where: string;
  field: string;
  message: string;
}

const CASES: Case[] = [
  {
    name: 'a malformed date',
    file: ARTICLE, find: 'published: 2017-11-30T00:00:00+01:00', replace: 'published: 2017-11-31',
    where: `${ARTICLE}:9`, field: 'published', message: 'must be a date-time with a UTC offset, like 2017-11-30T08:00:00+01:00 (found "2017-11-31")',
  },
  {
    name: 'a missing required field',
    file: ARTICLE, find: /^title: .*\n/m, replace: '',
    where: ARTICLE, field: 'title', message: 'is required but missing',
  },
  {
    name: 'an unknown key',
    file: ARTICLE, find: 'label: nachricht', replace: 'label: nachricht\nautor: Unbekannt',
    where: `${ARTICLE}:7`, field: 'autor', message: '"autor" is not a known field',
  },
  {
    name: 'an unknown section',
    file: ARTICLE, find: 'section: chronik', replace: 'section: sport',
    where: `${ARTICLE}:4`, field: 'section', message: 'must be one of the sections "chronik", "digital"',
  },
  {
    name: 'a correction dated before publication',
    file: ARTICLE, find: '  - date: 2026-11-26T11:30:00+01:00', replace: '  - date: 2017-11-29T12:00:00+01:00',
    where: `${ARTICLE}:13`, field: 'corrections[0].date', message: 'before the publication (2017-11-30T00:00:00+01:00)',
  },
  {
    name: 'the corrected wrong form reappearing in the body',
    file: ARTICLE, find: 'Mittlerweile ist Bahtiyar Duysak wieder', replace: 'Mittlerweile ist Bahtiyar Duysaker wieder',
    where: `${ARTICLE}:35`, field: 'body', message: 'contains "Duysaker", the wrong form corrected on 2026-11-26 (corrections[0]): write "Duysak"',
  },
  {
    name: 'an unknown source id',
    file: WHO, find: '  - reuters-tv-2017-12\n', replace: '  - reuters-tv-2017-12\n  - bild-2017-11-30\n',
    where: `${WHO}:15`, field: 'sources[5]', message: 'names the source "bild-2017-11-30", but there is no content/sources/bild-2017-11-30.yaml',
  },
  {
    name: 'an unknown related reference',
    file: WHO, find: '  - die-elf-minuten-chronologie\n', replace: '  - die-zwoelf-minuten\n',
    where: `${WHO}:19`, field: 'related[1]', message: 'names the explainer "die-zwoelf-minuten", but there is no content/explainers/die-zwoelf-minuten.mdx',
  },
  {
    name: 'an unknown article reference',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann',
    where: `${WHO}:16`, field: 'article', message: 'names the article "dieser-mann", but there is no content/articles/dieser-mann.mdx',
  },
  {
    name: 'a timeline event without a date',
    file: TIMELINE, find: /(  - id: erste-twitter-mitteilung\n)    date: 2017-11-02\n/, replace: '$1',
    where: `${TIMELINE}:10`, field: 'events[1].date', message: 'is required but missing',
  },
  {
    name: 'an explainer without a standfirst',
    file: CHRONOLOGY, find: /^standfirst: .*\n/m, replace: '',
    where: CHRONOLOGY, field: 'standfirst', message: 'is required but missing',
  },
  {
    name: 'a redirectFrom that collides with another page',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/]',
    where: `${WHO}:17`, field: 'redirectFrom[0]', message: `content/${ARTICLE}; a redirect there would hide that page`,
  },
];

const scratch = mkdtempSync(join(tmpdir(), 'newsroom-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(CASES)('the build rejects $name', (badCase) => {
  it('exits non-zero, publishes nothing and names file, line and field', () => {
    const root = join(scratch, badCase.name.replaceAll(' ', '-'));
    const content = join(root, 'content');
    const outDir = join(root, 'dist');
    cpSync('content', content, { recursive: true });
    const target = join(content, badCase.file);
    const original = readFileSync(target, 'utf8');
    const planted = original.replace(badCase.find, badCase.replace);
    expect(planted, 'the planted mistake must change the file').not.toBe(original);
    writeFileSync(target, planted);

    const build = spawnSync('npm', ['run', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, NEWS_CONTENT_DIR: content, NEWS_OUT_DIR: outDir, NEWS_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    const output = `${build.stdout}\n${build.stderr}`;

    expect(build.status, output).not.toBe(0);
    expect(existsSync(outDir)).toBe(false);
    expect(output).toContain('The content has 1 error; nothing was published');
    const line = output.split('\n').find((text) => text.includes(`content/${badCase.where}`) && text.includes(`  ${badCase.field}: `));
    expect(line, output).toBeDefined();
    expect(line).toContain(badCase.message);

    // `npm run check:content` finds the same problem without a build and says it in the same words.
    const check = spawnSync('npm', ['run', '--silent', 'check:content'], { encoding: 'utf8', env: { ...process.env, NEWS_CONTENT_DIR: content, FORCE_COLOR: '0' } });
    expect(check.status, check.stderr).toBe(1);
    expect(check.stderr).toContain('The content has 1 error:');
    const checkLine = check.stderr.split('\n').find((text) => text.includes(`content/${badCase.where}`) && text.includes(`  ${badCase.field}: `));
    expect(checkLine, check.stderr).toBeDefined();
    expect(output).toContain(checkLine?.trim() ?? '');
  });
});

it('npm run check:content passes the real content and says how many pieces it checked', () => {
  const check = spawnSync('npm', ['run', '--silent', 'check:content'], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  expect(check.stdout).toMatch(/^content checked: 5 pieces, no errors \(\d+\.\d s\)$/m);
});
