/**
 * html-validate with its recommended preset (.htmlvalidate.mjs names each deviation) over every
 * built page, and over the sample of every page type (tests/support/page-types.ts): no error.
 */
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { pageRouteFiles, pageTypeSite } from '../support/page-types.ts';

// The project's configuration, given rather than searched for: the sample lies outside the project.
const validator = new HtmlValidate(new StaticConfigLoader(config));
const pages = globSync('dist/**/*.html').sort();

async function problemsOf(file: string): Promise<string[]> {
  const report = await validator.validateFile(file);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
}

test('every page is checked', () => {
  expect(pages.length).toBeGreaterThan(15);
});

for (const page of pages) {
  test(`${page} passes html-validate`, async () => {
    expect(await problemsOf(page)).toEqual([]);
  });
}

// One test per route file, so a route whose pages the sample misses fails here.
for (const route of pageRouteFiles()) {
  test(`every page type: the pages of ${route} pass html-validate`, async () => {
    const { dist, pages: sample } = pageTypeSite();
    const files = sample.filter((page) => page.route === route).map((page) => page.file);
    expect(files, 'pages of this route in the sample').not.toEqual([]);
    const problems = await Promise.all(files.map(async (file) => (await problemsOf(join(dist, file))).map((problem) => `${file}:${problem}`)));
    expect(problems.flat()).toEqual([]);
  });
}
