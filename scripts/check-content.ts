/**
 * `npm run check:content`: every content check the build runs, without building, in seconds;
 * for editors before a commit and for a git pre-commit hook (README). Same files, same messages
 * as `npm run build`, including its warning about the legal pages' placeholders; exits 1 when
 * there is an error (src/checks/check-command.ts).
 */
// First: a wrong setting ends the command with one line each; the checks read the settings as they load.
import './settings-guard.ts';
import { cacheDir } from '../src/build-folders.ts';
import { contentCheckCommand } from '../src/checks/check-command.ts';
import { contentRoot } from '../src/content-root.ts';

const { status, lines } = contentCheckCommand(contentRoot, { cacheDir });
for (const { stream, text } of lines) {
  if (stream === 'stdout') console.log(text);
  else console.error(text);
}
process.exitCode = status;
