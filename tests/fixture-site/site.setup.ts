/**
 * Builds the fixture site once per run (tests/support/fixture-site.ts: the real content with
 * authors, pictures and a live ticker added), before the browser tests that serve it;
 * `site.teardown.ts` removes it after them.
 */
import { chmodSync, cpSync, mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { addAuthors } from '../support/authors.ts';
import { fixtureSitePaths, fixtureSiteRoot } from '../support/fixture-site.ts';
import { addLiveTicker } from '../support/live.ts';
import { addPictures } from '../support/pictures.ts';
import { build } from '../support/run.ts';

test('build the site with authors, pictures and a live ticker', async () => {
  // A build beside the other tests' builds and browsers.
  test.setTimeout(300_000);
  const root = fixtureSiteRoot();
  mkdirSync(root, { recursive: true });
  // nginx's workers run as another user when the tests run as root: they must be able to read it.
  chmodSync(root, 0o755);
  const paths = fixtureSitePaths(root);
  cpSync('content', paths.content, { recursive: true });
  await addAuthors(paths.content);
  await addPictures(paths.content);
  addLiveTicker(paths.content);
  const result = await build(paths);
  expect(result.status, result.output).toBe(0);
});
