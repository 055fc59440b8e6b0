/**
 * `npm run bench:lighthouse`: Lighthouse (pinned in package.json) with the system Chromium over
 * one page of every page type, mobile and desktop, against the built dist/ as `npm start`
 * serves it (Cloudflare's runtime, compressed). Prints one table of the four category scores
 * and writes the full numbers to bench/results/lighthouse-<date>.json (arguments: page types to
 * measure, by their first word, e.g. `npm run bench:lighthouse -- search article`). A benchmark, not a test:
 * it never fails on a score, only when a page cannot be measured.
 *
 * `--pictures` measures a site with pictures instead of dist/: the content with the tests' photos
 * (tests/support/pictures.ts: the article with a lead image and a <Bild>), built into a scratch folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { findChromium } from '../tests/support/browser.ts';
import { contentWithPictures } from '../tests/support/pictures.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = 4361;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page per page type, all from the delivered content. */
const PAGES: readonly { type: string; path: string }[] = [
  { type: 'front page', path: '/' },
  { type: 'section', path: '/chronik/' },
  { type: 'subsection', path: '/chronik/welt/' },
  { type: 'topic', path: '/thema/twitter/' },
  { type: 'article', path: '/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/' },
  { type: 'explainer', path: '/chronik/welt/2026/11/26/die-elf-minuten-chronologie/' },
  { type: 'archive month', path: '/archiv/2017/11/' },
  { type: 'corrections', path: '/korrekturen/' },
  { type: 'search', path: '/suche/?q=Duysak' },
  { type: 'imprint', path: '/impressum/' },
];

// `npm run bench:lighthouse -- search article` measures only those page types.
const withPictures = process.argv.includes('--pictures');
const only = process.argv.slice(2).filter((arg) => arg !== '--pictures');
const pages = only.length > 0 ? PAGES.filter((page) => only.includes(page.type.split(' ')[0] ?? '')) : PAGES;

/** The site with the tests' pictures, built into a scratch folder; its dist/ folder. */
async function buildPictureSite(scratch: string): Promise<string> {
  const content = await contentWithPictures(scratch);
  const dist = path.join(scratch, 'dist');
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEWS_CONTENT_DIR: content, NEWS_OUT_DIR: dist, NEWS_CACHE_DIR: path.join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('The build with pictures failed');
  return dist;
}

const scratch = withPictures ? mkdtempSync(path.join(tmpdir(), 'netzchronik-lighthouse-')) : undefined;
const dist = scratch ? await buildPictureSite(scratch) : path.join(ROOT, 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('No built site in dist/; run `npm run build` first.');
  process.exit(1);
}

async function waitForHost(): Promise<void> {
  for (let tries = 0; tries < 120; tries += 1) {
    if (await fetch(`${ORIGIN}/`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The host did not answer at ${ORIGIN}/`);
}

const host = spawn(process.execPath, ['scripts/host.ts', 'cloudflare', '--port', String(PORT), '--dir', dist], { cwd: ROOT, stdio: 'ignore' });
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

interface Row {
  type: string;
  path: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits that scored below 1 (and count), for reading the table. */
  failing: string[];
}

/** One Lighthouse run; a run whose trace failed (NO_NAVSTART on a busy machine) is repeated twice at most. */
async function measure(url: string, flags: Flags, formFactor: Row['formFactor']) {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (!result.lhr.runtimeError) return result.lhr;
    if (attempt === 3) throw new Error(`${url} (${formFactor}): ${result.lhr.runtimeError.message}`);
    console.log(`${url} (${formFactor}): ${result.lhr.runtimeError.code}, measuring again`);
  }
}

const rows: Row[] = [];
try {
  await waitForHost();
  for (const page of pages) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
      const lhr = await measure(`${ORIGIN}${page.path}`, flags, formFactor);
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Row['scores'];
      const failing = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        .map((audit) => audit.id);
      rows.push({ type: page.type, path: page.path, formFactor, scores, failing });
      console.log(`${page.type} (${formFactor}): ${CATEGORIES.map((id) => scores[id]).join(' / ')}${failing.length > 0 ? `  below 100 in: ${failing.join(', ')}` : ''}`);
    }
  }
} finally {
  chrome.kill();
  host.kill('SIGTERM');
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

const header = ['page type', 'form factor', 'Performance', 'Accessibility', 'Best Practices', 'SEO'];
const table = [
  `| ${header.join(' | ')} |`,
  `| ${header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
  ...rows.map((row) => `| ${[row.type, row.formFactor, ...CATEGORIES.map((id) => String(row.scores[id]))].join(' | ')} |`),
];
console.log(`\nLighthouse ${lhVersion()} with ${findChromium()}, ${ORIGIN} (Cloudflare's runtime${withPictures ? ', the site with the tests\' pictures' : ''}):\n\n${table.join('\n')}`);

const resultsDir = path.join(ROOT, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `lighthouse-${new Date().toISOString().slice(0, 10)}${withPictures ? '-pictures' : ''}.json`);
writeFileSync(file, `${JSON.stringify({ lighthouse: lhVersion(), chromium: findChromium(), pictures: withPictures, rows }, null, 2)}\n`);
console.log(`\nwritten to ${path.relative(ROOT, file)}`);

function lhVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8'));
  return typeof manifest === 'object' && manifest !== null && 'version' in manifest ? String(manifest.version) : '?';
}
