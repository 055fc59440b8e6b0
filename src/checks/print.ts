/**
 * The one way the checks' problems are printed: by the build's integration, the dev server's
 * watcher (src/loaders/checked-content.ts) and page of problems (src/preview/Pruefung.astro), and
 * `npm run check:content`, so editors read the same lines wherever they look.
 */
import { printMessages } from './messages.ts';
import type { Problem } from './result.ts';

/** One line per problem, the way compilers print them, so editors' tools can jump there. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}  ${problem.field}: ${problem.message}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** "Die Prüfung hat 2 Fehler gefunden" (with what they stop, if given), then each error indented on a line of its own. */
export function errorSummary(problems: readonly Problem[], consequence?: string): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  return `${printMessages.errors(errors.length)}${consequence === undefined ? '' : `; ${consequence}`}:\n${errors.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`;
}

/** A warning for a console, which does not mark warnings itself as a logger does. */
export function formatWarning(problem: Problem): string {
  return `${printMessages.warning}  ${formatProblem(problem)}`;
}

/** What the build says when content has errors: every error, what they stop, and what to do. */
export function failureReport(problems: readonly Problem[]): string {
  return `${errorSummary(problems, printMessages.nothingPublished)}\n${printMessages.fixAdvice}`;
}
