/**
 * Byte budget of the article page, measured on the built files (gzip -9), never by timing:
 * the first round trip (HTML + CSS) fits in 14 KB, everything loaded up front in 30 KB.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARTICLE_PATH } from '../support/site.ts';
import { expect, test } from '../support/visitor.ts';

const FIRST_ROUND_TRIP = 14 * 1024;
const UP_FRONT = 30 * 1024;

/** The built file a site path is served from. */
function builtFile(pathname: string): string {
  const file = join('dist', decodeURIComponent(pathname));
  return statSync(file).isDirectory() ? join(file, 'index.html') : file;
}

const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

test('the article page stays within its byte budget', async ({ visitor: page, baseURL }) => {
  const requested: { path: string; type: string }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(baseURL ?? '').origin) requested.push({ path: url.pathname, type: request.resourceType() });
  });
  await page.goto(ARTICLE_PATH, { waitUntil: 'networkidle' });

  const sizes = requested.map(({ path, type }) => ({ path, type, gzip: gzipBytes(builtFile(path)) }));
  const html = sizes.filter((entry) => entry.type === 'document');
  const css = sizes.filter((entry) => entry.type === 'stylesheet');
  const firstRoundTrip = [...html, ...css].reduce((sum, entry) => sum + entry.gzip, 0);
  const upFront = sizes.reduce((sum, entry) => sum + entry.gzip, 0);

  console.log(`article page: ${sizes.length} requests; ${sizes.map((e) => `${e.type} ${e.path} ${e.gzip} B`).join('; ')}`);
  console.log(`HTML + CSS ${firstRoundTrip} B gzip (budget ${FIRST_ROUND_TRIP}); up front ${upFront} B gzip (budget ${UP_FRONT})`);

  expect(html).toHaveLength(1);
  expect(css, 'the one stylesheet').toHaveLength(1);
  expect(sizes.filter((entry) => entry.type === 'script')).toEqual([]);
  expect(firstRoundTrip).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
  expect(upFront).toBeLessThanOrEqual(UP_FRONT);
});
