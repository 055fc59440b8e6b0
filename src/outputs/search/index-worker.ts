/**
 * Worker thread of the search index: indexes the years it is sent, one at a time. Each worker
 * imports Pagefind anew and so talks to a service (a child process) of its own; two years at a
 * time in one service took longer than in two (docs/search.md). Node runs this file directly (type
 * stripping), outside Vite: it imports only Pagefind and util/. tests/unit/search-worker.test.ts
 * starts it as a real worker thread.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { inBatches } from '../../util/in-batches.ts';
import { partialPath } from '../../util/partial-files.ts';
import { placeFile } from '../../util/place-file.ts';
import { answerTasksInOrder } from '../../util/thread-worker.ts';

export interface SearchIndexTask {
  /** The publication year, for messages. */
  year: string;
  outDir: string;
  /** The year's piece pages, as URLs below the output folder. */
  urls: readonly string[];
  /** Pagefind's glob for the year's pages below a folder laid out like the output. */
  glob: string;
  /** Where the index goes (a cache folder); written beside it first, then renamed into place. */
  target: string;
  /** The language every page is indexed in, whatever a page says. */
  language: string;
}

/**
 * Indexes one year's piece pages into `target`. Pagefind reads the pages from a folder of links
 * to exactly this build's pages of the year, in parallel, which is faster than handing it their
 * text; a rebuild writes into the last output, where a deleted piece's page is only removed after
 * the search index. The count must match, so no page is left out unnoticed.
 */
async function writeIndex({ outDir, urls, glob, target, language }: SearchIndexTask): Promise<void> {
  const pages = partialPath(`${target}.pages`);
  await rm(pages, { recursive: true, force: true });
  await mkdir(pages, { recursive: true });
  await inBatches(urls, 64, async (url) => {
    await mkdir(join(pages, url), { recursive: true });
    await placeFile(join(outDir, url, 'index.html'), join(pages, url, 'index.html'));
  });
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: pages, glob });
    if (added.errors.length > 0 || added.page_count !== urls.length) {
      throw new Error(`Pagefind indexed ${added.page_count} of ${urls.length} piece pages: ${added.errors.slice(0, 5).join('; ')}`);
    }
    const partial = partialPath(target);
    await rm(partial, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: partial });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    await rm(target, { recursive: true, force: true });
    await rename(partial, target);
  } finally {
    await rm(pages, { recursive: true, force: true });
  }
}

answerTasksInOrder<SearchIndexTask, null>(
  async (task) => {
    try {
      await writeIndex(task);
      return null;
    } finally {
      // The service is a child process of this worker: closed after each year rather than left to
      // notice that the pool ended the thread.
      await pagefind.close();
    }
  },
  ({ year }) => `search index of ${year}`,
);
