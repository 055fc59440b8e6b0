/**
 * Drafts and scheduled pieces in the dev server: `astro dev` on a copy of content/ with one draft
 * and one piece scheduled for 2099 shows each at its future URL with its banner, and lists both on
 * /entwuerfe/. (That a build publishes neither, nor /entwuerfe/, is tests/content/unpublished.test.ts.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'newsroom-preview-'));
const content = join(root, 'content');

const piece = (title: string, extra: string) => `---
title: ${title}
standfirst: Ein Vorspann für die Vorschau, lang genug für die Prüfung der Inhalte.
section: digital
subsection: netzpolitik
label: nachricht
${extra}
---

Text der Vorschau.
`;

/** A free port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let dev: ChildProcess | undefined;
let base = '';
let log = '';

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  // The draft carries a correction: the log does not list it, so its note links the month's first page.
  const correction = 'corrections:\n  - date: 2026-11-02T10:00:00+01:00\n    wrong: Vorschaufehler\n    right: Vorschau\n    note: In einer früheren Fassung dieses Entwurfs stand ein Fehler in der Vorschau.';
  writeFileSync(join(content, 'articles', 'entwurf-zur-vorschau.mdx'), piece('Entwurf zur Vorschau im Entwicklungsserver', `published: 2026-11-01T08:00:00+01:00\ndraft: true\n${correction}`));
  writeFileSync(join(content, 'articles', 'geplant-fuer-2099.mdx'), piece('Geplante Meldung für das Jahr 2099', 'published: 2099-01-01T08:00:00+01:00'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Its own process group, so the whole tree (npx, astro) ends with it.
  // Without Vitest's own variables (VITEST, NODE_ENV=test, …), which the dev server would take for a test run of its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));
  dev = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    detached: true,
    env: { ...env, NEWS_CONTENT_DIR: content, NEWS_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  dev.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (await fetch(`${base}/`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not start:\n${log}`);
});

afterAll(() => {
  if (dev?.pid !== undefined) process.kill(-dev.pid, 'SIGTERM');
  rmSync(root, { recursive: true, force: true });
});

const page = async (path: string) => {
  const response = await fetch(`${base}${path}`);
  expect(response.status, `${path}\n${log}`).toBe(200);
  return (await response.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
};

describe('npm run dev', () => {
  it('shows a draft at its future URL with the banner', async () => {
    const text = await page('/digital/netzpolitik/2026/11/01/entwurf-zur-vorschau/');
    expect(text).toContain('Entwurf zur Vorschau im Entwicklungsserver');
    expect(text).toContain('Entwurf – nicht veröffentlicht');
  });

  it('links the correction of a draft, which the log does not list yet, to the first page of its month', async () => {
    const html = await (await fetch(`${base}/digital/netzpolitik/2026/11/01/entwurf-zur-vorschau/`)).text();
    expect(html).toContain('href="/korrekturen/2026/11/#k-digital-netzpolitik-2026-11-01-entwurf-zur-vorschau-1"');
  });

  it('shows a scheduled piece with its date in German', async () => {
    const text = await page('/digital/netzpolitik/2099/01/01/geplant-fuer-2099/');
    expect(text).toContain('Geplant für 1. Januar 2099, 08:00 Uhr');
  });

  it('shows no banner on a published piece', async () => {
    const text = await page('/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/');
    expect(text).toContain('Dieser Mann nahm Donald Trump vom Netz');
    expect(text).not.toContain('nicht veröffentlicht');
  });

  it('lists both on /entwuerfe/', async () => {
    const text = await page('/entwuerfe/');
    expect(text).toContain('Entwürfe (1)');
    expect(text).toContain('Geplant (1)');
    expect(text).toContain('content/articles/entwurf-zur-vorschau.mdx');
    expect(text).toContain('Geplante Meldung für das Jahr 2099');
  });

  it('keeps them out of the listings', async () => {
    const text = await page('/');
    expect(text).not.toContain('Entwurf zur Vorschau');
    expect(text).not.toContain('Geplante Meldung');
  });
});
