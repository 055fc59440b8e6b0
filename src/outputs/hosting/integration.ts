/**
 * What the build hands the hosts, after the pages are written: the host files, and the proof
 * that no published URL is lost.
 *
 * hostFiles() writes `_headers` and `_redirects` into the output (Cloudflare Pages) and
 * `<outDir>-nginx.conf` beside it (nginx; outside the output, so it is never served), after
 * failing the build if a page carries inline code that no page type's policy allows, naming the
 * page and the editor's file it was made from.
 *
 * urlLedger() checks the build against the URL ledger (url-ledger.ts) and fails it, naming each
 * lost URL and what stood there, in the `file:line  field: message` form of the content checks.
 * With NEWS_RECORD_URLS=1 (`npm run urls:record`) it adds the new URLs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineCodeMessages } from '../../checks/messages.ts';
import { contentRoot, LEDGER_FILE } from '../../content-root.ts';
import type { Piece } from '../../newsroom/pieces.ts';
import { site } from '../../site.config.ts';
import { stopBuild } from '../../util/stop-build.ts';
import { nginxConfPath, renderHeadersFile, renderNginxConf, renderRedirectsFile, type Redirect } from './host-files.ts';
import { inlineCodeReport } from './inline-code.ts';
import { routeFiles } from './route-files.ts';
import { ledgerMessages, lostMessage, lostUrls, parseLedger, publishedUrls, recorded, renderLedger } from './url-ledger.ts';

interface HostFilesInput {
  /** Old paths that redirect to a piece. */
  redirects: () => readonly Redirect[];
  /** Every piece, to name the editor's file a page with inline code is made from. */
  pieces: () => readonly Pick<Piece, 'kind' | 'id' | 'path'>[];
  /** Whether this build wrote a file of the output; a page kept from the last build was checked then. */
  writtenByThisBuild: (path: string) => boolean;
}

export function hostFiles({ redirects, pieces, writtenByThisBuild }: HostFilesInput): AstroIntegration {
  return {
    name: 'newsroom:host-files',
    hooks: {
      'astro:build:done': ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = routeFiles(assets, dir).filter((file) => file.endsWith('.html') && writtenByThisBuild(join(outDir, file)));
        const shown = { outDir: relative(process.cwd(), outDir) || '.', contentDir: basename(contentRoot) };
        const report = inlineCodeReport(pages, (page) => readFileSync(join(outDir, page), 'utf8'), pieces(), shown);
        if (report.length > 0) stopBuild(logger, [...report, inlineCodeMessages.hint].join('\n'));
        writeFileSync(join(outDir, '_headers'), renderHeadersFile(site.basePath));
        writeFileSync(join(outDir, '_redirects'), renderRedirectsFile(redirects(), site.basePath));
        writeFileSync(nginxConfPath(outDir), renderNginxConf(redirects(), site.basePath));
        logger.info(`_headers, _redirects (${redirects().length} rules) and ${nginxConfPath(outDir).split('/').pop() ?? ''} written`);
      },
    },
  };
}

interface LedgerInput {
  /** Every piece, for what stood at its address. */
  pieces: () => readonly Pick<Piece, 'kind' | 'id' | 'path'>[];
  /** Old paths that redirect to a piece. */
  redirects: () => readonly Pick<Redirect, 'from'>[];
}

export function urlLedger({ pieces, redirects }: LedgerInput): AstroIntegration {
  return {
    name: 'newsroom:url-ledger',
    hooks: {
      'astro:build:done': ({ dir, assets, logger }) => {
        const file = join(contentRoot, LEDGER_FILE);
        // As the content checks name files: "content/…", whichever folder the content root is.
        const shown = `${basename(contentRoot)}/${LEDGER_FILE}`;
        const ledger = parseLedger(existsSync(file) ? readFileSync(file, 'utf8') : '');
        const pieceAt = new Map(pieces().map((piece) => [piece.path, `${piece.kind}:${piece.id}`]));
        const published = publishedUrls(routeFiles(assets, dir).filter((file) => /(^|\/)(index\.html|feed\.xml|feed\.json)$/.test(file)), pieceAt);
        const lost = lostUrls(ledger, published, new Set(redirects().map((redirect) => redirect.from)));
        if (lost.length > 0) {
          const lines = lost.map((entry) => `  ${shown}:${entry.line}  ${entry.url}: ${lostMessage(entry)}`);
          stopBuild(logger, [`${ledgerMessages.lost(lost.length)}:`, ...lines, ledgerMessages.lostHint].join('\n'));
        }
        const { entries, added } = recorded(ledger, published);
        if (process.env['NEWS_RECORD_URLS'] === '1') {
          if (added.length > 0 || !existsSync(file)) writeFileSync(file, renderLedger(entries));
          logger.info(ledgerMessages.recorded(shown, added.length, entries.size));
        } else if (added.length > 0) {
          logger.warn(ledgerMessages.unrecorded(shown, added));
        } else {
          logger.info(ledgerMessages.allKept(shown, ledger.size));
        }
      },
    },
  };
}
