/**
 * Where the editors' content lives. Tests point NEWS_CONTENT_DIR at a copy with a planted
 * error to prove the build rejects it; everyone else uses ./content.
 */
import { resolve } from 'node:path';

export const contentRoot: string = resolve(process.env['NEWS_CONTENT_DIR'] ?? 'content');

/** The collections, each a folder of content/ and the files it holds. */
export const COLLECTION_FILES = {
  articles: '**/*.mdx',
  explainers: '**/*.mdx',
  sources: '**/*.yaml',
  timeline: '**/*.yaml',
} as const;
