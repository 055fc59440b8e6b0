/**
 * The one way the checks' problems are printed: by the build's integration, the dev server's
 * watcher (src/loaders/checked-content.ts) and error overlay (src/middleware.ts), and
 * `npm run check:content`, so editors read the same lines wherever they look.
 */
import { AstroError } from 'astro/errors';
import type { Problem } from './result.ts';

/** What to do about the errors listed: the line after them, and the build error's hint. */
export const FIX_ADVICE = 'Fix each field named above. The fields are documented in src/schemas/; EDITING.md explains how to write pieces.';

/** What errors stop in the dev server: every page shows them instead. */
export const DEV_SERVER_CONSEQUENCE = 'no page is shown until they are fixed';

/** One line per problem, the way compilers print them, so editors' tools can jump there. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}  ${problem.field}: ${problem.message}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** "The content has 2 errors" (with what they stop, if given), then each error indented on a line of its own. */
export function errorSummary(problems: readonly Problem[], consequence?: string): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const count = `The content has ${errors.length} error${errors.length === 1 ? '' : 's'}`;
  return `${count}${consequence === undefined ? '' : `; ${consequence}`}:\n${errors.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`;
}

/** The line for content without errors. */
export function checkedSummary(pieces: number): string {
  return `content checked: ${pieces} pieces, no errors`;
}

/** The build's (and the dev server's overlay's) error for content with errors: every problem, no stack. */
export class ContentCheckError extends AstroError {
  readonly problems: Problem[];

  /** `consequence`: what the errors stop, in the build ("nothing was published") or the dev server. */
  constructor(problems: Problem[], consequence = 'nothing was published') {
    super(errorSummary(problems, consequence), FIX_ADVICE);
    this.problems = problems;
    this.name = 'ContentCheckError';
    // Where in our code the check threw is of no use to an editor; the messages say where to look.
    this.stack = '';
    // Astro swaps in a hint about browser APIs for any error mentioning "document" or "window"
    // (a piece about Windows, a headline quoted in a message); this hint is the one that fits.
    const hint = this.hint;
    Object.defineProperty(this, 'hint', { get: () => hint, set: () => undefined });
  }
}
