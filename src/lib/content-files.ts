/**
 * Reading content/ for the checks, and printing their problems: shared by the build's
 * integration and `npm run check:content`, so both read the same files and say the same words.
 */
import { globSync, readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { join, relative } from 'node:path';
import { COLLECTION_FILES } from '../content-root.ts';
import { parseSourceFile } from './source-file.ts';
import type { ContentFiles, Problem } from './validate.ts';

/** Reads every content file of every collection below `root`. */
export function readContentFiles(root: string): ContentFiles {
  const read = (collection: keyof typeof COLLECTION_FILES) =>
    globSync(COLLECTION_FILES[collection], { cwd: join(root, collection) })
      .sort()
      .map((name) => {
        const absolute = join(root, collection, name);
        return parseSourceFile(relative(process.cwd(), absolute), readFileSync(absolute, 'utf8'));
      });
  return { articles: read('articles'), explainers: read('explainers'), sources: read('sources'), timeline: read('timeline') };
}

/** One line per problem, the way compilers print them, so editors' tools can jump there. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}  ${problem.field}: ${problem.message}`;
}

/** The build's (and the dev server's overlay's) error for content with errors: every problem, no stack. */
export class ContentCheckError extends AstroError {
  readonly problems: Problem[];

  /** `consequence`: what the errors stop, in the build ("nothing was published") or the dev server. */
  constructor(problems: Problem[], consequence = 'nothing was published') {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `The content has ${errors.length} error${errors.length === 1 ? '' : 's'}; ${consequence}:\n` +
        errors.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
      'Fix each field named above. The fields are documented in src/schemas/; EDITING.md explains how to write pieces.',
    );
    this.problems = problems;
    this.name = 'ContentCheckError';
    // Where in our code the check threw is of no use to an editor; the messages say where to look.
    this.stack = '';
  }
}
