/**
 * Reading content/ for the checks, and printing their problems: shared by the build's
 * integration and `npm run check:content`, so both read the same files and say the same words.
 */
import { globSync, readFileSync } from 'node:fs';
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
