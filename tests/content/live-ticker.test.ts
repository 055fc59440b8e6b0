/**
 * A live ticker of realistic size builds: 500 entries, each its own file with a body that cites
 * the ticker's source, in a copy of content/ (the content itself has no live coverage).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TICKER_ID, writeTicker } from '../support/live.ts';

const ENTRIES = 500;
const root = mkdtempSync(join(tmpdir(), 'newsroom-live-ticker-'));
const content = join(root, 'content');
const outDir = join(root, 'dist');
const env = { ...process.env, NEWS_CONTENT_DIR: content, NEWS_OUT_DIR: outDir, NEWS_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };

let build: SpawnSyncReturns<string>;
beforeAll(() => {
  cpSync('content', content, { recursive: true });
  writeTicker(content, ENTRIES);
  build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env });
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`a live ticker with ${ENTRIES} entries`, () => {
  it('has one file per entry', () => {
    expect(readdirSync(join(content, 'live', TICKER_ID))).toHaveLength(ENTRIES);
  });

  it('passes the checks and builds, with the ticker as an article', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(existsSync(join(outDir, 'chronik/welt/2017/11/30', TICKER_ID, 'index.html'))).toBe(true);
  });

  it('is checked by npm run check:content as one more piece, without errors', () => {
    const check = spawnSync('npm', ['run', '--silent', 'check:content'], { encoding: 'utf8', env });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^Inhalt geprüft: 6 Beiträge, keine Fehler/m);
  });
});
