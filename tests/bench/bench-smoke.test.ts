/**
 * Smoke test of the benchmark harness (bench/): the generator is deterministic and writes
 * valid content that uses the whole taxonomy, with live tickers, and one tiny real run of
 * `npm run bench` works.
 * No timing is asserted: the machine running CI is not the benchmark machine.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyCorrectionEdit, applyLiveEntry, applyWordEdit, generate, type Manifest } from '../../bench/generate.ts';
import { utcOffset } from '../../src/routing/dates.ts';
import { readContentFiles } from '../../src/checks/read/content-files.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { LIVE_FOLDER } from '../../src/schemas/live.ts';
import { LABELS, SECTIONS, TOPICS } from '../../src/schemas/taxonomy.ts';
import { BUILD_INPUTS, projectCopy, run as runChild } from '../support/run.ts';

const scratch = mkdtempSync(join(tmpdir(), 'netzchronik-bench-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every generated file (relative path → text), without manifest.json (it names its own folder). */
function filesBelow(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (entry === 'manifest.json' || !/\.(mdx|yaml)$/.test(entry)) continue;
    files.set(entry, readFileSync(join(dir, entry), 'utf8'));
  }
  return files;
}

function frontmatters(manifest: Manifest, collection: 'articles' | 'explainers'): Record<string, unknown>[] {
  const dir = join(manifest.siteContentDir, collection);
  return readdirSync(dir).map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const yaml = /^---\n([\s\S]*?\n)---\n/.exec(text)?.[1] ?? '';
    return parse(yaml) as Record<string, unknown>;
  });
}

describe('bench/generate.ts', () => {
  it('gives identical files for the same seed and different files for another seed', () => {
    const a = generate({ n: 30, seed: 7, outDir: join(scratch, 'a') });
    const b = generate({ n: 30, seed: 7, outDir: join(scratch, 'b') });
    const c = generate({ n: 30, seed: 8, outDir: join(scratch, 'c') });
    const filesA = filesBelow(join(scratch, 'a'));
    expect(filesA.size).toBeGreaterThan(60);
    expect([...filesBelow(join(scratch, 'b'))]).toEqual([...filesA]);
    expect(b.edits).toEqual(a.edits);
    expect([...filesBelow(join(scratch, 'c'))]).not.toEqual([...filesA]);
    expect(c.edits).not.toEqual(a.edits);
  });

  it('writes about 80 % articles and 20 % explainers, with a baseline copy of each', () => {
    const manifest = generate({ n: 30, seed: 7, outDir: join(scratch, 'ratio') });
    const count = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.mdx')).length;
    // The live tickers are articles besides the N pieces.
    const articles = count(join(manifest.siteContentDir, 'articles')) - manifest.tickers;
    const explainers = count(join(manifest.siteContentDir, 'explainers'));
    expect(manifest.tickers).toBe(3);
    expect(articles + explainers).toBe(30);
    expect(explainers / 30).toBeGreaterThanOrEqual(0.15);
    expect(explainers / 30).toBeLessThanOrEqual(0.25);
    expect(count(join(manifest.baselineContentDir, 'articles'))).toBe(articles + manifest.tickers);
    expect(count(join(manifest.baselineContentDir, 'explainers'))).toBe(explainers);
  });

  describe('at N=200', () => {
    const manifest = generate({ n: 200, outDir: join(scratch, 'n200') });
    const pieces = [...frontmatters(manifest, 'articles'), ...frontmatters(manifest, 'explainers')];

    it('uses every section, subsection, label and topic of the taxonomy', () => {
      const used = (key: string) => new Set(pieces.flatMap((data) => data[key] as string | string[]));
      expect([...used('section')].sort()).toEqual(Object.keys(SECTIONS).sort());
      const subsections = new Set(pieces.map((data) => `${String(data['section'])}/${String(data['subsection'])}`));
      const expected = Object.entries(SECTIONS).flatMap(([section, { subsections: subs }]) => Object.keys(subs).map((sub) => `${section}/${sub}`));
      expect([...subsections].sort()).toEqual(expected.sort());
      expect([...used('label')].sort()).toEqual(Object.keys(LABELS).sort());
      expect([...used('topics')].sort()).toEqual(Object.keys(TOPICS).sort());
    });

    it('dates pieces from 2010 to 2026, in the past, with Berlin offsets', () => {
      const years = new Set<number>();
      for (const data of pieces) {
        const published = String(data['published']);
        const date = new Date(published);
        expect(date.getTime()).toBeLessThan(Date.now());
        expect(published.slice(-6)).toBe(utcOffset(date, 'Europe/Berlin'));
        years.add(Number(published.slice(0, 4)));
      }
      expect(Math.min(...years)).toBe(2010);
      expect(Math.max(...years)).toBe(2026);
      expect(years.size).toBeGreaterThan(12);
      expect(pieces.filter((data) => Array.isArray(data['corrections'])).length).toBeGreaterThan(5);
    });

    it('writes three live tickers, one ended, with unique entry headlines, some important, each citing a source', () => {
      const tickers = readdirSync(join(manifest.siteContentDir, LIVE_FOLDER)).sort();
      expect(tickers).toHaveLength(3);
      const heads = tickers.map((id) => parse(/^---\n([\s\S]*?\n)---\n/.exec(readFileSync(join(manifest.siteContentDir, 'articles', `${id}.mdx`), 'utf8'))?.[1] ?? '') as { label: string; live: { status: string; end?: string } });
      expect(heads.map((head) => head.label)).toEqual(['liveticker', 'liveticker', 'liveticker']);
      expect(heads.filter((head) => head.live.status === 'beendet' && head.live.end !== undefined)).toHaveLength(1);
      const sizes: number[] = [];
      for (const id of tickers) {
        const entries = readdirSync(join(manifest.siteContentDir, LIVE_FOLDER, id)).map((name) => readFileSync(join(manifest.siteContentDir, LIVE_FOLDER, id, name), 'utf8'));
        sizes.push(entries.length);
        const titles = entries.flatMap((text) => /^title: (.*)$/m.exec(text)?.[1] ?? []);
        expect(new Set(titles).size).toBe(titles.length);
        expect(titles.length).toBeGreaterThan(entries.length / 2);
        expect(entries.every((text) => text.includes('<Quelle id="'))).toBe(true);
        if (entries.length >= 20) expect(entries.filter((text) => text.includes('important: true')).length).toBeGreaterThan(0);
      }
      // 500, 120 and 30 entries from N=1,000 on, scaled with N below.
      expect(sizes.sort((a, b) => a - b)).toEqual([6, 24, 100]);
      expect(manifest.liveEntries).toBe(130);
    });

    it('passes the content checks with no error or warning, also after the runner\'s three edits', () => {
      const before = checkContent(readContentFiles(manifest.siteContentDir));
      expect(before.problems).toEqual([]);
      expect(before.piecePaths.size).toBe(200 + manifest.tickers);
      expect(before.entries.live).toHaveLength(manifest.liveEntries);
      applyWordEdit(manifest, 'site');
      applyCorrectionEdit(manifest, 'site');
      applyLiveEntry(manifest);
      applyWordEdit(manifest, 'baseline');
      applyCorrectionEdit(manifest, 'baseline');
      const after = checkContent(readContentFiles(manifest.siteContentDir));
      expect(after.problems).toEqual([]);
      expect(after.entries.live).toHaveLength(manifest.liveEntries + 1);
    });
  });
});

describe('npm run bench', () => {
  it(
    'runs N=20 for site and baseline, exits 0 and writes numbers for both, the new live entry for the site',
    async () => {
      const results = join(scratch, 'results');
      // In a copy of the project, like the tests' builds (tests/support/run.ts): both sides' builds
      // write .astro/ in the folder they run in.
      const project = join(scratch, 'project');
      projectCopy(project, [...BUILD_INPUTS, 'bench']);
      const run = await runChild(process.execPath, ['bench/run.ts'], {
        cwd: project,
        env: { ...process.env, N: '20', BENCH_RESULTS_DIR: results, BENCH_ONLY: '', RUNS: '1', BENCH_DIR: '', BENCH_KEEP: '' },
        timeout: 290_000,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      const [file] = readdirSync(results);
      expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-N20\.json$/);
      const json = JSON.parse(readFileSync(join(results, file ?? ''), 'utf8')) as {
        builds: { side: string; scenario: string; wallMs: number; cpuMs: number; peakRssBytes: number; htmlPages: number; distBytes: number; feeds: Record<string, number | null>; searchIndexBytes: number | null }[];
        againstBaselineClean: { scenario: string; ratio: number }[];
      };
      expect(json.builds.find((b) => b.side === 'baseline' && b.scenario === 'live')).toBeUndefined();
      for (const side of ['site', 'baseline']) {
        for (const scenario of side === 'site' ? ['clean', 'word', 'correction', 'live'] : ['clean', 'word', 'correction']) {
          const build = json.builds.find((b) => b.side === side && b.scenario === scenario);
          expect(build, `${side} ${scenario}`).toBeDefined();
          for (const value of [build?.wallMs, build?.cpuMs, build?.peakRssBytes, build?.htmlPages, build?.distBytes]) {
            expect(value).toBeGreaterThan(0);
          }
          for (const bytes of Object.values(build?.feeds ?? {})) expect(bytes).toBeGreaterThan(0);
          if (side === 'site') expect(build?.searchIndexBytes).toBeGreaterThan(0);
        }
      }
      expect(run.stdout).toContain('site/baseline');
      expect(run.stdout).toContain("Rebuild after a new live entry (against the baseline's clean build)");
      expect(run.stdout).toMatch(/Rebuild after a new live entry against the baseline's clean build, wall: \d+\.\d\d× \(target ≤ 0\.15×: (met|missed)\)/);
      expect(json.againstBaselineClean.map((row) => row.scenario)).toEqual(['correction', 'live']);
    },
    300_000,
  );
});
