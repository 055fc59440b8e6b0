/**
 * `npm run check:content`: every content check the build runs, without building, in seconds;
 * for editors before a commit and for a git pre-commit hook (README). Same files, same messages
 * as `npm run build`, including its warning about the legal pages' placeholders; exits 1 when
 * there is an error.
 */
import { contentRoot } from '../src/content-root.ts';
import { readContentFiles } from '../src/checks/read/content-files.ts';
import { errorSummary, formatWarning, hasErrors } from '../src/checks/print.ts';
import { printMessages } from '../src/checks/messages.ts';
import { checkContent } from '../src/checks/check-content.ts';
import { placeholderFields, site } from '../src/site.config.ts';

const started = performance.now();
const { problems, piecePaths } = checkContent(readContentFiles(contentRoot));
for (const problem of problems) {
  if (problem.severity === 'warning') console.warn(formatWarning(problem));
}
const placeholders = placeholderFields(site);
if (placeholders.length > 0) console.warn(`${printMessages.warning}  ${printMessages.sitePlaceholders(placeholders.join(', '))}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (hasErrors(problems)) {
  console.error(`${errorSummary(problems)}\n${printMessages.fixAdvice}`);
  process.exit(1);
}
console.log(`${printMessages.checked(piecePaths.size)} (${seconds} s)`);
