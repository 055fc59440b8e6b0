/**
 * What only nginx does (playwright.config.ts runs this file on nginx alone): it sends the copies
 * the build compressed. Cloudflare compresses by itself, and a build for it writes no copies
 * (src/outputs/hosting/precompress.ts); hosts.spec.ts checks that both hosts' compressed
 * responses decompress to the built files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { addressOf, rawGet, servedFiles } from '../support/host-requests.ts';

test('nginx sends the build\'s compressed copies as they are, varying by Accept-Encoding, and the plain file to others', async ({ baseURL }) => {
  const copied = servedFiles().filter((file) => existsSync(`dist/${file}.gz`));
  expect(copied.length, 'pages, the stylesheet, the search script, feeds, sitemaps').toBeGreaterThan(30);
  for (const file of copied) {
    const plain = readFileSync(join('dist', file));
    const uncompressed = await rawGet(baseURL ?? '', addressOf(file));
    expect(uncompressed.headers['content-encoding'], file).toBeUndefined();
    expect(uncompressed.bytes.equals(plain), file).toBe(true);
    expect(uncompressed.headers['vary'], file).toBe('Accept-Encoding');
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz'], ['gzip, deflate, br, zstd', '.br']] as const) {
      const response = await rawGet(baseURL ?? '', addressOf(file), { 'Accept-Encoding': encoding });
      const label = `${file} (${encoding})`;
      expect(response.headers['content-encoding'], `${label}; without Debian's libnginx-mod-http-brotli-static nginx sends no .br`).toBe(suffix === '.br' ? 'br' : 'gzip');
      expect(response.bytes.equals(readFileSync(join('dist', `${file}${suffix}`))), label).toBe(true);
      expect((suffix === '.br' ? brotliDecompressSync : gunzipSync)(response.bytes).equals(plain), label).toBe(true);
      expect(response.headers['vary'], label).toBe('Accept-Encoding');
      for (const header of ['content-type', 'cache-control', 'content-security-policy']) expect(response.headers[header], `${label} ${header}`).toBe(uncompressed.headers[header]);
    }
  }
  // The copies are no addresses of their own.
  for (const copy of ['/index.html.gz', '/index.html.br', `/${copied.find((file) => file.endsWith('.css')) ?? ''}.gz`]) {
    expect((await rawGet(baseURL ?? '', copy)).status, copy).toBe(404);
  }
});
