/** html-validate with its recommended preset (.htmlvalidate.mjs names each deviation) over every built page: no error. */
import { globSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = globSync('dist/**/*.html').sort();

test('every page is checked', () => {
  expect(pages.length).toBeGreaterThan(15);
});

for (const page of pages) {
  test(`${page} passes html-validate`, async () => {
    const report = await validator.validateFile(page);
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(problems).toEqual([]);
  });
}
