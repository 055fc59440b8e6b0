/**
 * Smoke test of the benchmark harness (bench/): the generator is deterministic and writes
 * valid content that uses the whole taxonomy, with live tickers, a headline of its own for every
 * piece and real photos, and one tiny real run of `npm run bench` builds the site and both
 * baselines, a social card for every piece.
 * No timing is asserted: the machine running CI is not the benchmark machine.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** Every generated file (relative path → text, or a digest of a picture's bytes), without manifest.json (it names its own folder). */
function filesBelow(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.(mdx?|yaml)$/.test(entry)) files.set(entry, readFileSync(join(dir, entry), 'utf8'));
    if (entry.endsWith('.jpg')) files.set(entry, createHash('sha256').update(readFileSync(join(dir, entry))).digest('hex'));
  }
  return files;
}

const FRONTMATTER = /^---\n([\s\S]*?\n)---\n/;

function frontmatters(manifest: Manifest, collection: 'articles' | 'explainers'): Record<string, unknown>[] {
  const dir = join(manifest.contentDirs.site, collection);
  return readdirSync(dir).map((name) => parse(FRONTMATTER.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '') as Record<string, unknown>);
}

describe('bench/generate.ts', () => {
  // Without a photo cache: every photo is drawn anew, so equal bytes prove the drawing deterministic.
  let a: Manifest;
  beforeAll(async () => {
    a = await generate({ n: 30, seed: 7, pictureShare: 0.2, outDir: join(scratch, 'a') });
  }, 60_000);

  it('gives identical files, photos included, for the same seed and different files for another seed', async () => {
    const b = await generate({ n: 30, seed: 7, pictureShare: 0.2, outDir: join(scratch, 'b') });
    const c = await generate({ n: 30, seed: 8, pictureShare: 0.2, outDir: join(scratch, 'c') });
    const filesA = filesBelow(join(scratch, 'a'));
    expect(filesA.size).toBeGreaterThan(60);
    expect([...filesA.keys()].filter((name) => name.endsWith('.jpg')).length).toBe(3 * (a.pictures.lead + a.pictures.inline));
    expect(a.pictures.lead).toBeGreaterThan(0);
    expect(a.pictures.drawn).toBe(a.pictures.lead + a.pictures.inline);
    expect([...filesBelow(join(scratch, 'b'))]).toEqual([...filesA]);
    expect(b.edits).toEqual(a.edits);
    expect([...filesBelow(join(scratch, 'c'))]).not.toEqual([...filesA]);
    expect(c.edits).not.toEqual(a.edits);
  });

  it('draws the pictures from a stream of their own: without them the text is the same', async () => {
    await generate({ n: 30, seed: 7, pictureShare: 0, outDir: join(scratch, 'a0') });
    const withoutPictures = (text: string) => text.replace(/^image:\n(?: {2}.*\n)+/m, '').replace(/^<Bild .*\n\n/m, '');
    const texts = (dir: string) => [...filesBelow(join(dir, 'site'))].filter(([name]) => name.endsWith('.mdx')).map(([name, text]) => [name, withoutPictures(text)]);
    expect(a.pictures.lead + a.pictures.inline).toBeGreaterThan(0);
    expect(texts(join(scratch, 'a'))).toEqual(texts(join(scratch, 'a0')));
  });

  it('writes about 80 % articles and 20 % explainers, with a copy of each for both baselines', async () => {
    const manifest = await generate({ n: 30, seed: 7, pictureShare: 0, outDir: join(scratch, 'ratio') });
    const count = (dir: string, extension: string) => readdirSync(dir).filter((name) => name.endsWith(extension)).length;
    // The live tickers are articles besides the N pieces.
    const articles = count(join(manifest.contentDirs.site, 'articles'), '.mdx') - manifest.tickers;
    const explainers = count(join(manifest.contentDirs.site, 'explainers'), '.mdx');
    expect(manifest.tickers).toBe(3);
    expect(articles + explainers).toBe(30);
    expect(explainers / 30).toBeGreaterThanOrEqual(0.15);
    expect(explainers / 30).toBeLessThanOrEqual(0.25);
    for (const [side, extension] of [['mdx', '.mdx'], ['md', '.md']] as const) {
      expect(count(join(manifest.contentDirs[side], 'articles'), extension)).toBe(articles + manifest.tickers);
      expect(count(join(manifest.contentDirs[side], 'explainers'), extension)).toBe(explainers);
    }
    expect(manifest.pictures).toMatchObject({ lead: 0, inline: 0 });
  });

  // Large enough for every part of the taxonomy, small enough that drawing its photos stays a few seconds.
  const N = 100;
  describe(`at N=${N}`, () => {
    let manifest: Manifest;
    let pieces: Record<string, unknown>[];
    beforeAll(async () => {
      manifest = await generate({ n: N, outDir: join(scratch, `n${N}`) });
      pieces = [...frontmatters(manifest, 'articles'), ...frontmatters(manifest, 'explainers')];
    }, 120_000);

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

    it('gives every piece a headline of its own, without counters', () => {
      const titles = pieces.map((data) => String(data['title']));
      expect(titles).toHaveLength(N + manifest.tickers);
      expect(new Set(titles).size).toBe(titles.length);
      expect(titles.filter((title) => /\d+$|Stand \d/.test(title))).toEqual([]);
    });

    it('gives about 60 % of the pieces a lead image and some a picture in the body, every one a photo of its own', async () => {
      const leads = pieces.flatMap((data) => (data['image'] === undefined ? [] : [data['image'] as { src: string; alt: string; credit: string }]));
      expect(leads).toHaveLength(manifest.pictures.lead);
      expect(leads.length / N).toBeGreaterThan(0.5);
      expect(leads.length / N).toBeLessThan(0.7);
      expect(manifest.pictures.inline).toBeGreaterThan(10);
      const first = leads[0];
      if (!first) throw new Error('no lead image');
      const { width = 0, height = 0, format } = await sharp(join(manifest.contentDirs.site, 'bilder', first.src)).metadata();
      expect(format).toBe('jpeg');
      expect(width).toBeGreaterThanOrEqual(1600);
      expect(width).toBeLessThanOrEqual(2400);
      // A photo, not a flat colour: some hundred KB at this size.
      expect(manifest.pictures.bytes / (manifest.pictures.lead + manifest.pictures.inline)).toBeGreaterThan(150_000);
      expect(width * height).toBeGreaterThan(1_000_000);
      // Both baselines show the same files: the blog example's heroImage and Markdown images.
      for (const side of ['mdx', 'md'] as const) {
        const dir = join(manifest.contentDirs[side], 'articles');
        const texts = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
        expect(texts.filter((text) => /^heroImage: \.\.\/bilder\/[a-z0-9-]+\.jpg$/m.test(text)).length).toBeGreaterThan(0);
        expect(texts.some((text) => /^!\[[^\]]+\]\(\.\.\/bilder\/[a-z0-9-]+\.jpg\)$/m.test(text))).toBe(true);
        expect(readdirSync(join(manifest.contentDirs[side], 'bilder')).sort()).toEqual(readdirSync(join(manifest.contentDirs.site, 'bilder')).sort());
      }
    });

    it('writes the Markdown baseline without components: sources as footnotes', () => {
      const dir = join(manifest.contentDirs.md, 'explainers');
      expect(readdirSync(dir)).toHaveLength(manifest.explainers);
      for (const name of readdirSync(dir)) {
        const text = readFileSync(join(dir, name), 'utf8');
        expect(text, name).not.toMatch(/<[A-Z][a-z]+[ >]/);
        expect(text, name).toMatch(/^\[\^[a-z0-9-]+\]: .+, https:\/\/\S+$/m);
      }
    });

    it('writes three live tickers, one ended, with unique entry headlines, some important, each citing a source', () => {
      const tickers = readdirSync(join(manifest.contentDirs.site, LIVE_FOLDER)).sort();
      expect(tickers).toHaveLength(3);
      const heads = tickers.map((id) => parse(FRONTMATTER.exec(readFileSync(join(manifest.contentDirs.site, 'articles', `${id}.mdx`), 'utf8'))?.[1] ?? '') as { label: string; live: { status: string; end?: string } });
      expect(heads.map((head) => head.label)).toEqual(['liveticker', 'liveticker', 'liveticker']);
      expect(heads.filter((head) => head.live.status === 'beendet' && head.live.end !== undefined)).toHaveLength(1);
      const sizes: number[] = [];
      for (const id of tickers) {
        const entries = readdirSync(join(manifest.contentDirs.site, LIVE_FOLDER, id)).map((name) => readFileSync(join(manifest.contentDirs.site, LIVE_FOLDER, id, name), 'utf8'));
        sizes.push(entries.length);
        const titles = entries.flatMap((text) => /^title: (.*)$/m.exec(text)?.[1] ?? []);
        expect(new Set(titles).size).toBe(titles.length);
        expect(titles.length).toBeGreaterThan(entries.length / 2);
        expect(entries.every((text) => text.includes('<Quelle id="'))).toBe(true);
        if (entries.length >= 20) expect(entries.filter((text) => text.includes('important: true')).length).toBeGreaterThan(0);
      }
      // 500, 120 and 30 entries from N=1,000 on, scaled with N below.
      expect(sizes.sort((a, b) => a - b)).toEqual([3, 12, 50]);
      expect(manifest.liveEntries).toBe(65);
    });

    it('passes the content checks with no error or warning, pictures included, also after the runner\'s three edits', () => {
      const before = checkContent(readContentFiles(manifest.contentDirs.site));
      expect(before.problems).toEqual([]);
      expect(before.piecePaths.size).toBe(N + manifest.tickers);
      expect(before.entries.live).toHaveLength(manifest.liveEntries);
      expect(before.pictures).toHaveLength(manifest.pictures.lead + manifest.pictures.inline);
      expect(new Set(before.pictures.map((picture) => picture.digest)).size).toBe(before.pictures.length);
      applyWordEdit(manifest, 'site');
      applyCorrectionEdit(manifest, 'site');
      applyLiveEntry(manifest);
      for (const side of ['mdx', 'md'] as const) {
        applyWordEdit(manifest, side);
        applyCorrectionEdit(manifest, side);
      }
      const after = checkContent(readContentFiles(manifest.contentDirs.site));
      expect(after.problems).toEqual([]);
      expect(after.entries.live).toHaveLength(manifest.liveEntries + 1);
    });
  });
});

describe('npm run bench', () => {
  it(
    'runs N=20 for the site and both baselines, with pictures, exits 0 and writes numbers for all, a card rendered for every piece',
    async () => {
      const results = join(scratch, 'results');
      // In a copy of the project, like the tests' builds (tests/support/run.ts): every side's builds
      // write .astro/ in the folder they run in.
      const project = join(scratch, 'project');
      projectCopy(project, [...BUILD_INPUTS, 'bench']);
      // A share and a seed that give one lead image and one in a body at this N: every kind on
      // every side, while the site's picture files (AVIF above all, seconds of CPU per photo) stay
      // a small part of the test.
      const run = await runChild(process.execPath, ['bench/run.ts'], {
        cwd: project,
        env: { ...process.env, N: '20', BENCH_PICTURES: '0.05', BENCH_SEED: '15', BENCH_RESULTS_DIR: results, BENCH_ONLY: '', BENCH_SCENARIOS: '', RUNS: '1', BENCH_DIR: '', BENCH_KEEP: '' },
        timeout: 590_000,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      const [file] = readdirSync(results);
      expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-N20\.json$/);
      type Build = {
        side: string;
        scenario: string;
        wallMs: number;
        cpuMs: number;
        peakRssBytes: number;
        htmlPages: number;
        distBytes: number;
        feeds: Record<string, number | null>;
        searchIndexBytes: number | null;
        timings: { socialCards?: { cards: number; rendered: number; cached: number }; images?: { written: number; cached: number } };
      };
      const json = JSON.parse(readFileSync(join(results, file ?? ''), 'utf8')) as {
        builds: Build[];
        content: { tickers: number; pictures: { lead: number; inline: number } };
        load: { run: number; side: string; before: number[]; after: number[] }[];
        againstBaselineClean: { scenario: string; baseline: string; ratio: number }[];
        targets: { what: string; ratio: number; target: number }[];
      };
      const build = (side: string, scenario: string): Build => {
        const found = json.builds.find((b) => b.side === side && b.scenario === scenario);
        if (!found) throw new Error(`no ${side} ${scenario} build`);
        return found;
      };
      expect(json.builds.filter((b) => b.side !== 'site' && b.scenario === 'live')).toEqual([]);
      for (const side of ['site', 'mdx', 'md']) {
        for (const scenario of side === 'site' ? ['clean', 'word', 'correction', 'live'] : ['clean', 'word', 'correction']) {
          const b = build(side, scenario);
          for (const value of [b.wallMs, b.cpuMs, b.peakRssBytes, b.htmlPages, b.distBytes]) expect(value, `${side} ${scenario}`).toBeGreaterThan(0);
          for (const bytes of Object.values(b.feeds)) expect(bytes).toBeGreaterThan(0);
          if (side === 'site') expect(b.searchIndexBytes).toBeGreaterThan(0);
        }
        // Every side turns the same pictures into files of its own; a rebuild takes them from its cache.
        expect(build(side, 'clean').timings.images?.written, side).toBeGreaterThan(json.content.pictures.lead);
        expect(build(side, 'clean').timings.images?.cached, side).toBe(0);
        expect(build(side, 'word').timings.images?.cached, side).toBe(build(side, 'word').timings.images?.written);
        expect(json.load.filter((record) => record.side === side)).toHaveLength(1);
      }
      expect(json.content.pictures).toMatchObject({ lead: 1, inline: 1 });
      // One card per piece and ticker, each drawn in the clean build: no two pieces share a card.
      expect(build('site', 'clean').timings.socialCards).toEqual({ cards: 20 + json.content.tickers, rendered: 20 + json.content.tickers, cached: 0 });
      expect(run.stdout).toMatch(/site\/mdx +site\/md/);
      expect(run.stdout).toContain("Rebuild after a new live entry (against the baselines' clean builds)");
      expect(run.stdout).toMatch(/run 1 {2}Markdown baseline {2}[\d.]+ [\d.]+ [\d.]+ → [\d.]+ [\d.]+ [\d.]+/);
      expect(run.stdout).toMatch(/correction against its clean build: \d+\.\d\d× \(target ≤ 0\.15×: (met|missed)\)/);
      expect(json.againstBaselineClean.map((row) => `${row.baseline} ${row.scenario}`)).toEqual(['mdx word', 'mdx correction', 'mdx live', 'md word', 'md correction', 'md live']);
      expect(json.targets).toHaveLength(5);
    },
    600_000,
  );
});

describe('npm run bench:floor', () => {
  it(
    'builds the smallest incremental Astro site over N=5 pieces without bodies, clean and rebuilt, a page for every post each time',
    async () => {
      const project = join(scratch, 'floor-project');
      projectCopy(project, [...BUILD_INPUTS, 'bench']);
      // The runner itself fails when a build leaves another number of pages than there are posts.
      const run = await runChild(process.execPath, ['bench/floor.ts'], {
        cwd: project,
        env: { ...process.env, N: '5', RUNS: '1', FLOOR_BODIES: '0', FLOOR_DIR: '' },
        timeout: 300_000,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toMatch(/^Astro's rebuild floor: N=5, runs=1, 8 Markdown posts without bodies, load /m);
      for (const build of ['clean', 'unchanged 1', 'word 1']) expect(run.stdout).toMatch(new RegExp(`^  ${build} +wall \\d+\\.\\d s, CPU \\d+\\.\\d s, load `, 'm'));
      expect(run.stdout).toMatch(/^Clean \d+\.\d s; medians: nothing changed \d+\.\d s \(\d+\.\d\d× of clean\), one word \d+\.\d s \(\d+\.\d\d× of clean\)\.$/m);
    },
    300_000,
  );
});
