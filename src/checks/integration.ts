/**
 * Runs the content checks before Astro loads anything, prints each problem as
 * `file:line  field: message`, and fails the build on any error. The collections' loader
 * then builds from this same reading (src/checks/checked-state.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentRoot } from '../content-root.ts';
import { checksCacheDir, recheckContent } from './checked-content.ts';
import { errorSummary, failureReport, formatProblem, hasErrors } from './print.ts';
import { printMessages } from './messages.ts';
import { latest } from '../routing/dates.ts';
import { placeholderFields, site } from '../site.config.ts';
import type { CheckedPicture, CheckedPiece, Problem } from './result.ts';
import { startBuildClock } from '../util/clock.ts';
import { stopBuild } from '../util/stop-build.ts';

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
  /** The pictures pieces show that the checks accepted, by file name in content/bilder/. */
  pictures(): ReadonlyMap<string, CheckedPicture>;
}

/**
 * `root` is where the content lives: `content/` (or NEWS_CONTENT_DIR) for the build; the bad-input
 * tests call this very hook on copies of it (tests/content/bad-input.test.ts).
 */
export function contentChecks({ root = contentRoot }: { root?: string } = {}): ContentChecks {
  let lastModified = new Map<string, Date>();
  let newest: Date | undefined;
  let redirects: readonly { from: string; to: string }[] = [];
  let pieces: readonly CheckedPiece[] = [];
  let pictures: ReadonlyMap<string, CheckedPicture> = new Map();
  return {
    redirects: () => redirects,
    pieces: () => pieces,
    pictures: () => pictures,
    lastModifiedOf: (path) => lastModified.get(path),
    newestChange: () => newest,
    name: 'newsroom:content-checks',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // One instant decides what is public for the whole build (src/util/clock.ts).
        if (command === 'build') startBuildClock();
        // Read afresh: a dev server restart must see the files as they are now. A build keeps
        // the parsed YAML and compiled bodies of unchanged files in its cacheDir, like its pages.
        const cache = command === 'build' ? { dir: checksCacheDir(fileURLToPath(config.cacheDir)), projectRoot: fileURLToPath(config.root) } : undefined;
        const result = recheckContent(root, { cache });
        const { problems, piecePaths } = result;
        lastModified = result.lastModified;
        newest = latest(...lastModified.values());
        redirects = result.redirects;
        pieces = result.pieces;
        pictures = new Map(result.pictures.map((picture) => [picture.name, picture]));
        printProblems(problems, logger);
        // Nothing has been written yet: this is the first hook of the build.
        if (hasErrors(problems) && command === 'build') stopBuild(logger, failureReport(problems));
        // The publisher's placeholders (legal data, the newsroom's promises) matter where the site
        // is made for readers: a production build that goes ahead (and `npm run check:content`),
        // not each start of the dev server or `astro check`.
        const placeholders = placeholderFields(site);
        if (placeholders.length > 0 && command === 'build') {
          logger.warn(printMessages.sitePlaceholders(placeholders.join(', ')));
        }
        if (hasErrors(problems)) logger.error(errorSummary(problems, printMessages.noPageShown));
        else logger.info(printMessages.checked(piecePaths.size));
      },
    },
  };
}
