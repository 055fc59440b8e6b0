/**
 * `npm run check:content`: every content check the build runs, without building, in seconds;
 * for editors before a commit and for a git pre-commit hook (README). Same files, same messages
 * as `npm run build`, including its warning about the legal pages' placeholders; exits 1 when
 * there is an error (src/checks/check-command.ts).
 */
import { cacheDir } from '../src/build-folders.ts';
import { contentRoot } from '../src/content-root.ts';
import { settingProblems } from './settings.ts';

const settings = settingProblems(process.env);
if (settings.length > 0) {
  for (const problem of settings) console.error(problem);
  process.exit(1);
}
// Imported only now: the checks read the site's settings as they load.
const { contentCheckCommand } = await import('../src/checks/check-command.ts');
const { status, lines } = contentCheckCommand(contentRoot, { cacheDir });
for (const { stream, text } of lines) {
  if (stream === 'stdout') console.log(text);
  else console.error(text);
}
process.exitCode = status;
