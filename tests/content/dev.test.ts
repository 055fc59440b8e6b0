/**
 * Dev parity: `astro dev` re-runs the content checks on every save under content/, names each
 * problem with file and line in the terminal, and answers with the page of the content's problems
 * instead of the stale page until the file is fixed; pictures added while it runs show up on reload.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { problemsPageMessages } from '../../src/checks/messages.ts';
import { acquireBuildLock } from '../support/build-lock.ts';
import { freePort } from '../support/free-port.ts';
import { INLINE, LEAD, testPhoto } from '../support/pictures.ts';

const ARTICLE = 'articles/dieser-mann-nahm-donald-trump-vom-netz.mdx';
const PAGE = '/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/';

const scratch = mkdtempSync(join(tmpdir(), 'newsroom-dev-'));
const content = join(scratch, 'content');
let server: ChildProcess;
let release: (() => void) | undefined;
let port = 0;
let output = '';

async function until<T>(probe: () => Promise<T | undefined>, what: string, seconds = 60): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}\n${output}`);
}

// The first requests may wait while Vite optimizes dependencies; ask again rather than hang.
const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(15_000) });
const status = async (): Promise<number> => (await get(PAGE)).status;

/** The test runner's own variables (VITEST, NODE_ENV=test) make Vite inside Astro skip listening. */
function devEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));
}

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  // The dev server writes .astro/ in the project root like a build: one at a time.
  release = await acquireBuildLock('astro dev (tests/content/dev.test.ts)');
  port = await freePort();
  server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...devEnvironment(), NEWS_CONTENT_DIR: content, NEWS_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    detached: true,
  });
  server.on('exit', (code, signal) => (output += `\n[dev server exited: ${code} ${signal}]\n`));
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until(async () => ((await status()) === 200 ? true : undefined), 'the dev server', 120);
}, 150_000);

afterAll(async () => {
  if (server.pid !== undefined && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.on('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  release?.();
  rmSync(scratch, { recursive: true, force: true });
});

it('shows the problem of a file saved with an error, and the page again once it is fixed', async () => {
  const file = join(content, ARTICLE);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace('Mittlerweile ist Bahtiyar Duysak wieder', 'Mittlerweile ist <iframe src="https://video.example/" /> Bahtiyar Duysak wieder'));

  expect(await until(async () => ((await status()) === 500 ? true : undefined), 'the error page')).toBe(true);
  // The whole line, as the build prints it; the file named from the server's working folder, the project's.
  const problem = `${relative(process.cwd(), content)}/${ARTICLE}:35  body: <iframe> ist HTML, das nicht im Text stehen darf: erlaubt sind abbr, br, span, sub, sup und die Bausteine Bild, Infobox, Post, Quelle, Stundengrafik, Timeline, Zitat`;
  await until(async () => (output.split('\n').includes(`  ${problem}`) ? true : undefined), 'the problem in the terminal');
  // Every page answers with the page of problems (src/preview/Pruefung.astro), not Astro's overlay.
  const problems = await get('/');
  expect(problems.status).toBe(500);
  const html = await problems.text();
  expect(html).toContain(`<code>${problem.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</code>`);
  expect(html).toContain(problemsPageMessages.reload);
  expect(html).not.toContain('ContentCheckError');

  writeFileSync(file, original);
  expect(await until(async () => ((await status()) === 200 ? true : undefined), 'the page again')).toBe(true);
  const page = await (await get(PAGE)).text();
  expect(page).toContain('Mittlerweile ist Bahtiyar Duysak wieder');
}, 120_000);

it('shows a lead image and a <Bild> added while it runs, and the social card with the picture, without a restart', async () => {
  const file = join(content, ARTICLE);
  const original = readFileSync(file, 'utf8');
  mkdirSync(join(content, 'bilder'), { recursive: true });
  writeFileSync(join(content, 'bilder', LEAD.src), await testPhoto(1600, 900));
  writeFileSync(join(content, 'bilder', INLINE.src), await testPhoto(800, 1100));
  const lead = ['image:', ...Object.entries(LEAD).map(([key, value]) => `  ${key}: "${value}"`)].join('\n');
  const inline = `<Bild ${Object.entries(INLINE).map(([key, value]) => `${key}="${value}"`).join(' ')} />\n\n`;
  writeFileSync(
    file,
    original
      .replace('published: 2017-11-30T00:00:00+01:00', `published: 2017-11-30T00:00:00+01:00\n${lead}`)
      .replace('Mittlerweile ist Bahtiyar Duysak wieder', `${inline}Mittlerweile ist Bahtiyar Duysak wieder`),
  );
  const page = await until(async () => {
    const html = await (await get(PAGE)).text();
    return html.includes(`alt="${LEAD.alt}"`) && html.includes(`alt="${INLINE.alt}"`) ? html : undefined;
  }, 'both pictures on the page');
  for (const alt of [LEAD.alt, INLINE.alt]) {
    const src = new RegExp(`<img src="([^"]+)"[^>]*alt="${alt}"`).exec(page)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const picture = await get(src);
    expect(picture.status, src).toBe(200);
    expect(picture.headers.get('content-type')).toMatch(/^image\//);
  }
  const card = /<meta property="og:image" content="https?:\/\/[^/]+([^"]+)"/.exec(page)?.[1] ?? '';
  expect(card).toMatch(/\.jpg$/);
  const response = await get(card);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/jpeg');
  writeFileSync(file, original);
}, 120_000);

it('leaves the warning about the legal pages\' placeholders to the production build', () => {
  // By now the server has started and re-checked every save above; `npm run build` and `npm run check:content` warn.
  expect(output).not.toContain('Impressum und Datenschutz');
});
