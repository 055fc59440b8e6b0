/**
 * What `npm run check:content` says and how it exits, as a function: the script
 * (scripts/check-content.ts) prints it, and the bad-input tests compare it in-process with what
 * the build says about the same content.
 */
import { readContentFiles } from './read/content-files.ts';
import { errorSummary, formatWarning, hasErrors } from './print.ts';
import { printMessages } from './messages.ts';
import { checkContent } from './check-content.ts';
import { checksCacheDir, pictureDataIn } from './checked-content.ts';
import { placeholderFields, site } from '../site.config.ts';

/** One line (or block of lines) for the terminal, in the order it is printed. */
export interface CommandLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface CommandResult {
  /** 1 when there is an error, else 0. */
  status: 0 | 1;
  lines: CommandLine[];
}

/**
 * Every content check the build runs, over the content below `root`, without building. With the
 * build's `cacheDir`, pictures that decoded in a build are not decoded again (read/picture-data.ts).
 */
export function contentCheckCommand(root: string, { cacheDir }: { cacheDir?: string } = {}): CommandResult {
  const started = performance.now();
  const lines: CommandLine[] = [];
  const pictureData = cacheDir === undefined ? undefined : pictureDataIn(checksCacheDir(cacheDir));
  const { problems, piecePaths } = checkContent(readContentFiles(root), pictureData && { pictureData });
  pictureData?.save();
  for (const problem of problems) {
    if (problem.severity === 'warning') lines.push({ stream: 'stderr', text: formatWarning(problem) });
  }
  const placeholders = placeholderFields(site);
  if (placeholders.length > 0) lines.push({ stream: 'stderr', text: `${printMessages.warning}  ${printMessages.sitePlaceholders(placeholders.join(', '))}` });
  if (hasErrors(problems)) {
    lines.push({ stream: 'stderr', text: `${errorSummary(problems)}\n${printMessages.fixAdvice}` });
    return { status: 1, lines };
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  lines.push({ stream: 'stdout', text: `${printMessages.checked(piecePaths.size)} (${seconds} s)` });
  return { status: 0, lines };
}
