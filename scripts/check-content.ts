/**
 * `npm run check:content`: every content check the build runs, without building, in seconds;
 * for editors before a commit and for a git pre-commit hook (README). Same files, same messages
 * as `npm run build`; exits 1 when there is an error.
 */
import { contentRoot } from '../src/content-root.ts';
import { formatProblem, readContentFiles } from '../src/checks/read/content-files.ts';
import { checkContent } from '../src/checks/check-content.ts';

const started = performance.now();
const { problems, piecePaths } = checkContent(readContentFiles(contentRoot));
const errors = problems.filter((problem) => problem.severity === 'error');
for (const problem of problems) {
  if (problem.severity === 'warning') console.warn(`warning  ${formatProblem(problem)}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (errors.length > 0) {
  console.error(`The content has ${errors.length} error${errors.length === 1 ? '' : 's'}:`);
  for (const problem of errors) console.error(`  ${formatProblem(problem)}`);
  console.error('Fix each field named above. The fields are documented in src/schemas/; EDITING.md explains how to write pieces.');
  process.exit(1);
}
console.log(`content checked: ${piecePaths.size} pieces, no errors (${seconds} s)`);
