/**
 * Where the editors' content lives. Tests point NEWS_CONTENT_DIR at a copy with a planted
 * error to prove the build rejects it; everyone else uses ./content.
 */
import { resolve } from 'node:path';

export const contentRoot: string = resolve(process.env['NEWS_CONTENT_DIR'] ?? 'content');

/** The URL ledger, which the build keeps in content/ itself (src/outputs/hosting/url-ledger.ts); the content checks pass over it. */
export const LEDGER_FILE = 'published-urls.txt';
