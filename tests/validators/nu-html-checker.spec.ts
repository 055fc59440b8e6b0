/**
 * The W3C Nu HTML Checker (npm vnu-jar, run with the system's Java) over every built page and
 * the stylesheet, and over the sample of every page type (tests/support/page-types.ts): no
 * error. One run for all files (Java starts once); one test per built file and per route file.
 */
import { globSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { nuCheckerMessages, type NuMessage as Message } from '../support/nu-checker.ts';
import { pageRouteFiles, pageTypeSite, type SampledPage } from '../support/page-types.ts';

/**
 * The checker's CSS lag, not our errors: Tailwind 4 registers its custom properties with
 * @property (CSS Properties and Values API, in every current browser) and the typography plugin
 * uses margin-trim; the checker's CSS grammar knows neither yet. Only these two messages, only in CSS files.
 */
function isKnownCssLag(message: Message): boolean {
  return (
    (message.url ?? '').endsWith('.css') &&
    (message.message === 'CSS: Unrecognized at-rule “@property”' || message.message === 'CSS: “margin-trim”: Property “margin-trim” doesn\'t exist.')
  );
}

// One worker runs this file's tests in order, so the checker runs once (playwright.config.ts runs others' tests in parallel).
test.describe.configure({ mode: 'default' });

const files = [...globSync('dist/**/*.html'), ...globSync('dist/_astro/*.css')].map((file) => resolve(file)).sort();
let messages: Message[] = [];
/** The sample's pages with their absolute file names. */
let sample: (SampledPage & { absolute: string })[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const site = pageTypeSite();
  sample = site.pages.map((page) => ({ ...page, absolute: join(site.dist, page.file) }));
  const checked = [...files, ...sample.map((page) => page.absolute)];
  messages = await nuCheckerMessages(checked, { css: true });
});

test('the checker read every file', () => {
  expect(files.length).toBeGreaterThan(15);
  expect(messages.filter((message) => message.type === 'non-document-error')).toEqual([]);
});

/** The checker's errors in one file. */
const errorsIn = (file: string) =>
  messages
    .filter((message) => message.url !== undefined && resolve(new URL(message.url).pathname) === file)
    .filter((message) => message.type === 'error' && !isKnownCssLag(message))
    .map((message) => `${message.lastLine ?? '?'}: ${message.message}`);

for (const file of files) {
  test(`${file.replace(/^.*\/dist\//, 'dist/')} has no error`, () => {
    expect(errorsIn(file)).toEqual([]);
  });
}

// One test per route file, so a route whose pages the sample misses fails here.
for (const route of pageRouteFiles()) {
  test(`every page type: the pages of ${route} have no error`, () => {
    const pages = sample.filter((page) => page.route === route);
    expect(pages, 'pages of this route in the sample').not.toEqual([]);
    expect(pages.flatMap((page) => errorsIn(page.absolute).map((error) => `${page.file}:${error}`))).toEqual([]);
  });
}

test('the CSS lag rule filters only what it names', () => {
  const css = messages.filter((message) => (message.url ?? '').endsWith('.css') && message.type === 'error');
  // If the checker learns @property and margin-trim, this rule (and this test) can go.
  expect(css.length).toBeGreaterThan(0);
  expect(css.every(isKnownCssLag)).toBe(true);
});
