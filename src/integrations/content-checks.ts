/**
 * Runs the content checks before Astro loads anything, prints each problem as
 * `file:line  field  message`, and fails the build on any error. Also hands the resolved
 * piece URLs to the Markdown plugin that turns `article:`/`explainer:` links into real links.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { piecesPlugin } from '../lib/mdx-pieces.ts';
import { contentRoot } from '../content-root.ts';
import { formatProblem, readContentFiles } from '../lib/content-files.ts';
import { latest } from '../lib/dates.ts';
import { href } from '../lib/urls.ts';
import { placeholderFields, site } from '../site.config.ts';
import { checkContent, type CheckedPiece, type Problem } from '../lib/validate.ts';

export class ContentCheckError extends AstroError {
  constructor(readonly problems: Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `The content has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was published:\n` +
        errors.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
      'Fix each field named above. The fields are documented in src/schemas/; EDITING.md explains how to write pieces.',
    );
    this.name = 'ContentCheckError';
    // Where in our code the check threw is of no use to an editor; the messages say where to look.
    this.stack = '';
    // Astro swaps in a hint about browser APIs for any error mentioning "document" or "window"
    // (a piece about Windows, a headline quoted in a message); this hint is the one that fits.
    const hint = this.hint;
    Object.defineProperty(this, 'hint', { get: () => hint, set: () => undefined });
  }
}

function printProblems(problems: Problem[], logger: AstroIntegrationLogger): void {
  for (const problem of problems) {
    if (problem.severity === 'warning') logger.warn(formatProblem(problem));
  }
}

/** The integration, plus what the checks learned, for other integrations (e.g. the sitemap's lastmod). */
export interface ContentChecks extends AstroIntegration {
  /** Last change of the piece at a site path; undefined for other pages or before the checks ran. */
  lastModifiedOf(path: string): Date | undefined;
  /** The newest change of any piece. */
  newestChange(): Date | undefined;
  /** Redirects from pieces' old paths (redirectFrom). */
  redirects(): readonly { from: string; to: string }[];
  /** Every valid piece as parsed, drafts and future pieces included; empty before the checks ran. */
  pieces(): readonly CheckedPiece[];
}

export function contentChecks(): ContentChecks {
  let lastModified = new Map<string, Date>();
  let newest: Date | undefined;
  let redirects: readonly { from: string; to: string }[] = [];
  let pieces: readonly CheckedPiece[] = [];
  return {
    redirects: () => redirects,
    pieces: () => pieces,
    lastModifiedOf: (path) => lastModified.get(path),
    newestChange: () => newest,
    name: 'newsroom:content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        const result = checkContent(readContentFiles(contentRoot));
        const { problems, piecePaths } = result;
        lastModified = result.lastModified;
        newest = latest(...lastModified.values());
        redirects = result.redirects;
        pieces = result.pieces;
        printProblems(problems, logger);
        const placeholders = placeholderFields(site);
        if (placeholders.length > 0) {
          logger.warn(`Impressum and Datenschutz still show placeholders; fill in src/site.config.ts: ${placeholders.join(', ')}`);
        }
        const hasErrors = problems.some((problem) => problem.severity === 'error');
        if (hasErrors && command === 'build') throw new ContentCheckError(problems);
        if (hasErrors) logger.error(new ContentCheckError(problems).message);
        else logger.info(`content checked: ${piecePaths.size} pieces, no errors`);
        updateConfig({ markdown: { processor: satteri({ mdastPlugins: [piecesPlugin({ piecePaths: () => piecePaths, href })] }) } });
      },
    },
  };
}
