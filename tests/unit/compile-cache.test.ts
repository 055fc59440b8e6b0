import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPILE_CACHE_DIR, withCompileCache } from '../../scripts/compile-cache.ts';

const scratch = mkdtempSync(join(tmpdir(), 'netzchronik-compile-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('withCompileCache', () => {
  it('gives Node a compile cache below node_modules/.cache, keeping the rest of the environment', () => {
    expect(COMPILE_CACHE_DIR).toBe(resolve('node_modules', '.cache', 'node-compile-cache'));
    expect(withCompileCache({ OTHER: 'x' })).toEqual({ OTHER: 'x', NODE_COMPILE_CACHE: COMPILE_CACHE_DIR });
  });

  it('leaves a cache the caller chose alone', () => {
    expect(withCompileCache({ NODE_COMPILE_CACHE: '/elsewhere' })['NODE_COMPILE_CACHE']).toBe('/elsewhere');
  });

  it("makes the project's Node keep the code of the modules it loads", () => {
    const cache = join(scratch, 'cache');
    const loaded = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('yaml')"], { env: withCompileCache({ ...process.env, NODE_COMPILE_CACHE: cache }), encoding: 'utf8' });
    expect(loaded.status, loaded.stderr).toBe(0);
    expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(1);
  });
});
