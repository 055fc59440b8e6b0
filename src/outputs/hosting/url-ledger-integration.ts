/**
 * Checks the build against the URL ledger (src/outputs/hosting/url-ledger.ts) once all pages are written,
 * and fails it, naming each lost URL and what stood there, in the `file:line  field: message`
 * form of the content checks. With NEWS_RECORD_URLS=1 (`npm run urls:record`) it adds the new URLs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { routeFiles } from './route-files.ts';
import { contentRoot, LEDGER_FILE } from '../../content-root.ts';
import { lostMessage, lostUrls, parseLedger, publishedUrls, recorded, renderLedger } from './url-ledger.ts';

interface LedgerInput {
  /** Every piece's site path and kind. */
  pieces: () => readonly { kind: string; id: string; path: string }[];
  /** Old paths that redirect to a piece. */
  redirects: () => readonly { from: string }[];
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
          const error = new AstroError(
            `${lost.length} published URL${lost.length === 1 ? '' : 's'} would disappear; nothing was published:\n` +
              lost.map((entry) => `  ${shown}:${entry.line}  ${entry.url}: ${lostMessage(entry)}`).join('\n'),
            'A published URL must keep working: readers, links and search engines still use it.',
          );
          // The lines say what to fix; where in our code this was noticed is of no use to an editor.
          error.stack = '';
          throw error;
        }
        const { entries, added } = recorded(ledger, published);
        if (process.env['NEWS_RECORD_URLS'] === '1') {
          if (added > 0 || !existsSync(file)) writeFileSync(file, renderLedger(entries));
          logger.info(`${shown}: ${added} new URL${added === 1 ? '' : 's'} recorded, ${entries.size} in all`);
        } else if (added > 0) {
          logger.warn(`${added} published URL${added === 1 ? ' is' : 's are'} not in ${shown} yet; record ${added === 1 ? 'it' : 'them'} with \`npm run urls:record\` and commit the file`);
        } else {
          logger.info(`${shown}: all ${ledger.size} recorded URLs are still published or redirected`);
        }
      },
    },
  };
}
