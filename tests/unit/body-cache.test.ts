import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BodyContext } from '../../src/checks/body/compile.ts';

// Counts real compilations; the cache module imports compileBody from here.
const compileBody = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/checks/body/compile.ts', async (original) => {
  const actual = await original<typeof import('../../src/checks/body/compile.ts')>();
  return {
    ...actual,
    compileBody: (...args: Parameters<typeof actual.compileBody>) => {
      compileBody.calls += 1;
      return actual.compileBody(...args);
    },
  };
});
const { BodyCache, bodyPartsDigest, compilerVersion } = await import('../../src/checks/body/cache.ts');
const { compileBody: compileUncached } = await import('../../src/checks/body/compile.ts');

const root = mkdtempSync(join(tmpdir(), 'body-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir = '';
let run = 0;
beforeEach(() => {
  run += 1;
  dir = join(root, String(run));
  compileBody.calls = 0;
});

const BODY = 'Laut Reuters.<Quelle id="reuters" /> Mehr im [Erklärstück](explainer:wer).';

function contextWith(href: string, cited: string[] = []): BodyContext {
  return {
    startLine: 8,
    sources: ['reuters'],
    sourceExists: (id) => {
      cited.push(id);
      return id === 'reuters';
    },
    timelineExists: () => false,
    pictureProblem: () => undefined,
    hourGraphicProblem: () => undefined,
    pieceLink: (_kind, id) => (id === 'wer' ? { href } : { problem: 'none' }),
    postOf: () => undefined,
  };
}

/** Compiles `body` in a build that loads the cache, then saves it, as a build does. */
function build(body: string, context: BodyContext, compiler = 'v1') {
  const cache = BodyCache.load(dir, compiler);
  const compiled = cache.compile(body, context);
  cache.save();
  return compiled;
}

describe('the cache of compiled bodies', () => {
  it('compiles a body once and gives the next build the same parts', () => {
    const first = build(BODY, contextWith('/erklaert/wer/'));
    expect(first.problems).toEqual([]);
    expect(first.parts.join('')).toContain('href="/erklaert/wer/"');
    const cited: string[] = [];
    const second = build(BODY, contextWith('/erklaert/wer/', cited));
    expect(second).toEqual(first);
    expect(compileBody.calls).toBe(1);
    // The context is asked again on reuse: the checks still learn which sources are cited.
    expect(cited).toEqual(['reuters']);
  });

  it('gives a body the digest of its parts, kept or compiled without the cache, and another body another digest', () => {
    const first = build(BODY, contextWith('/a/'));
    const kept = build(BODY, contextWith('/a/'));
    expect(compileBody.calls).toBe(1);
    expect(bodyPartsDigest(kept)).toBe(bodyPartsDigest(first));
    expect(bodyPartsDigest(compileUncached(BODY, contextWith('/a/')))).toBe(bodyPartsDigest(kept));
    expect(bodyPartsDigest(build(BODY, contextWith('/b/')))).not.toBe(bodyPartsDigest(kept));
    expect(bodyPartsDigest(build(`${BODY} Neu.`, contextWith('/a/')))).not.toBe(bodyPartsDigest(kept));
  });

  it('compiles again when the context answers differently (a linked piece moved)', () => {
    build(BODY, contextWith('/erklaert/wer/'));
    const moved = build(BODY, contextWith('/erklaert/2027/wer/'));
    expect(moved.parts.join('')).toContain('href="/erklaert/2027/wer/"');
    expect(compileBody.calls).toBe(2);
  });

  it('compiles again when the text, the line it starts on, the sources or the compiler change', () => {
    build(BODY, contextWith('/a/'));
    build(`${BODY} Neu.`, contextWith('/a/'));
    build(BODY, { ...contextWith('/a/'), startLine: 9 });
    build(BODY, { ...contextWith('/a/'), sources: ['ap', 'reuters'] });
    build(BODY, contextWith('/a/'), 'v2');
    expect(compileBody.calls).toBe(5);
  });

  it('never keeps a body with a problem: it is compiled and reported every time', () => {
    const broken = 'Laut AP.<Quelle id="ap" />';
    const first = build(broken, contextWith('/a/'));
    const second = build(broken, contextWith('/a/'));
    expect(first.problems).toHaveLength(1);
    expect(second.problems).toEqual(first.problems);
    expect(compileBody.calls).toBe(2);
  });

  it('keeps only the bodies the last build used', () => {
    build(BODY, contextWith('/a/'));
    build('Ein anderer Text.', contextWith('/a/'));
    build(BODY, contextWith('/a/'));
    expect(compileBody.calls).toBe(3);
  });

  it('keeps several bodies of a shard, parts with line breaks, quotes and attributes included, and nothing of a shard cut short', () => {
    const bodies = ['Erster Absatz.\n\nZweiter „Absatz“.', 'Ein anderer Text.', BODY];
    const first = BodyCache.load(dir, 'v1');
    const compiled = bodies.map((body) => first.compile(body, contextWith('/a/')));
    first.save();
    const again = BodyCache.load(dir, 'v1');
    expect(bodies.map((body) => again.compile(body, contextWith('/a/')))).toEqual(compiled);
    expect(compileBody.calls).toBe(3);
    const [shard] = readdirSync(dir).filter((name) => readFileSync(join(dir, name), 'utf8').includes('Zweiter'));
    if (!shard) throw new Error('no shard holds the first body');
    writeFileSync(join(dir, shard), readFileSync(join(dir, shard), 'utf8').slice(0, -1));
    build(bodies[0] ?? '', contextWith('/a/'));
    expect(compileBody.calls).toBe(4);
  });

  it('removes files of another format from its folder when it saves', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '7.json'), '{"compiler":"v1","entries":{}}');
    writeFileSync(join(dir, '7.bodies.12345.tmp'), 'another build writing');
    build(BODY, contextWith('/a/'));
    expect(readdirSync(dir).filter((name) => !/^\d+\.bodies$/.test(name))).toEqual(['7.bodies.12345.tmp']);
  });

  it('names its compiler by the code of src/ and the locked packages', () => {
    const project = join(root, 'project');
    mkdirSync(join(project, 'src', 'lib'), { recursive: true });
    writeFileSync(join(project, 'package-lock.json'), '{"lockfileVersion":3}');
    writeFileSync(join(project, 'src', 'lib', 'mdx-body.ts'), 'export const a = 1;');
    const version = compilerVersion(project);
    expect(compilerVersion(project)).toBe(version);
    writeFileSync(join(project, 'src', 'lib', 'mdx-body.ts'), 'export const a = 2;');
    const changedCode = compilerVersion(project);
    expect(changedCode).not.toBe(version);
    writeFileSync(join(project, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(compilerVersion(project)).not.toBe(changedCode);
  });
});
