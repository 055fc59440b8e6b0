/**
 * Builds the search index after the pages are written: one Pagefind index per publication year
 * (src/outputs/search/shards.ts), each cached below Astro's cacheDir by the pages it indexes. A
 * rebuild indexes again only the years whose piece pages changed and links the others' files
 * from the cache; the cache keeps only what this build used.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlacingIntegration } from '../output-folder/integration.ts';
import { inBatches } from '../../util/in-batches.ts';
import { placeFile } from '../../util/place-file.ts';
import { keepsSearchFile, pageDigest, SEARCH_ENTRY_FILE, pieceGlob, searchShardKey, searchShardOf, searchShardPath, searchShards, type IndexedPage } from './shards.ts';
import { SEARCH_PATH } from '../../routing/routes.ts';
import { isPartial, removeIfStale, writeFileAtomicAsync } from '../../util/partial-files.ts';
import { threadWorker } from '../../util/thread-worker.ts';
import { TaskPool, type PoolWorker } from '../../util/worker-pool.ts';
import type { SearchIndexTask } from './index-worker.ts';

/** The language every page is indexed in, whatever a page says. */
const LANGUAGE = 'de';
/** Everything besides the pages that decides an index's files: Pagefind's version and settings. */
function indexSettings(root: URL): string {
  // Pagefind's package exports leave out package.json, so it is read from the project's node_modules.
  const { version } = JSON.parse(readFileSync(new URL('node_modules/pagefind/package.json', root), 'utf8')) as { version: string };
  return JSON.stringify({ pagefind: version, forceLanguage: LANGUAGE, pages: 'addDirectory' });
}

const INDEX_WORKER_FILE = new URL('./index-worker.ts', import.meta.url);

function spawnIndexWorker(): PoolWorker<SearchIndexTask, null> {
  return threadWorker(INDEX_WORKER_FILE, 'a search index worker');
}

/** The name of the one index of a site without pieces. */
const EMPTY_SHARD = 'leer';
/** The attribute the search page lists the merged indexes in (src/pages/suche.astro). */
const MERGED_ATTRIBUTE = /data-search-merge="([^"]*)"/;

/** Every file below `dir`, relative. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/** Removes the indexes this build did not use, and what dead builds left half written. */
async function pruneCache(cacheDir: string, used: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    if (isPartial(name)) await removeIfStale(path);
    else if (!used.has(name)) await rm(path, { recursive: true, force: true });
  }
}

/** The digests of the last build's piece pages, by URL: a page kept in place is not read again. */
const PAGE_DIGESTS = 'page-digests.json';

function readDigests(file: string): Map<string, string> {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return new Map(typeof stored === 'object' && stored !== null ? Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string') : []);
  } catch {
    return new Map();
  }
}

export interface SearchIndexOptions {
  /** Whether this build wrote a file of the output; a page kept from the last build has the digest it had then. */
  writtenByThisBuild: (path: string) => boolean;
  /** Whether this build writes into the last build's output, unchanged since (src/outputs/output-folder/). */
  reusesLastOutput: () => boolean;
}

/**
 * Whether `target` holds the index cached at `cached` already: in the last build's output, which
 * holds exactly what that build placed, a year whose pages did not change is where it was put.
 */
async function alreadyPlaced(cached: string, target: string): Promise<boolean> {
  const [source, placed] = await Promise.all([stat(join(cached, SEARCH_ENTRY_FILE)), stat(join(target, SEARCH_ENTRY_FILE)).catch(() => undefined)]);
  return placed !== undefined && placed.ino === source.ino && placed.dev === source.dev;
}

/** The search index's integration, and the files it linked into the output (for the output folder's pruning). */
export function searchIndex({ writtenByThisBuild, reusesLastOutput }: SearchIndexOptions): PlacingIntegration {
  let cacheDir = '';
  let settings = '';
  let placed: string[] = [];
  return {
    placedFiles: () => placed,
    name: 'newsroom:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'search');
        settings = indexSettings(config.root);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const byYear = new Map<string, IndexedPage[]>();
        const piecePages = pages.flatMap(({ pathname }) => {
          const url = `/${pathname.replace(/^\/+/, '')}`;
          const year = searchShardOf(url);
          return year === undefined ? [] : [{ url, year }];
        });
        const digestsFile = join(cacheDir, PAGE_DIGESTS);
        const lastDigests = readDigests(digestsFile);
        const digests = new Map<string, string>();
        await inBatches(piecePages, 64, async ({ url }) => {
          const file = join(outDir, url, 'index.html');
          let digest = writtenByThisBuild(file) ? undefined : lastDigests.get(url);
          if (digest === undefined) {
            const html = await readFile(file);
            // Every piece page is indexed; one without the marked text would silently be unfindable.
            if (!html.includes('data-pagefind-body')) throw new Error(`${url} is a piece page without data-pagefind-body: it would be missing from the search`);
            digest = pageDigest(html);
          }
          digests.set(url, digest);
        });
        // In the order of Astro's pages, whichever read finished first.
        for (const { url, year } of piecePages) {
          const shard = byYear.get(year) ?? [];
          shard.push({ url, digest: digests.get(url) ?? '' });
          byYear.set(year, shard);
        }
        // A site without public pieces still gets an (empty) index, so the search page works.
        if (byYear.size === 0) byYear.set(EMPTY_SHARD, []);
        const shards = searchShards([...byYear.values()].flat().map((page) => page.url)) ?? { primary: EMPTY_SHARD, merged: [] };
        // The search page names the indexes it merges; they must be the ones written here.
        const searchPage = await readFile(join(outDir, SEARCH_PATH, 'index.html'), 'utf8').catch(() => '');
        const listed = MERGED_ATTRIBUTE.exec(searchPage)?.[1]?.split(' ').filter(Boolean) ?? [];
        const expected = shards.merged.map((year) => searchShardPath(year, shards));
        if (listed.map((path) => path.slice(path.indexOf('/pagefind/'))).join(' ') !== expected.join(' ')) {
          throw new Error(`The search page merges [${listed.join(' ')}] but the search index has [${expected.join(' ')}] (src/pages/suche.astro, src/outputs/search/shards.ts)`);
        }
        await mkdir(cacheDir, { recursive: true });
        const years = [...byYear].map(([year, yearPages]) => ({ year, urls: yearPages.map((page) => page.url), cached: join(cacheDir, `${year}-${searchShardKey(yearPages, settings)}`) }));
        const missing: typeof years = [];
        for (const shard of years) if (!(await stat(shard.cached).catch(() => undefined))) missing.push(shard);
        // One worker, and with it one Pagefind service, per core.
        const pool = new TaskPool<SearchIndexTask, null>(availableParallelism(), spawnIndexWorker, 1);
        await Promise.all(
          missing.map(({ year, urls, cached }) => pool.run({ year, outDir, urls, glob: year === EMPTY_SHARD ? 'kein-beitrag' : pieceGlob(year), target: cached, language: LANGUAGE })),
        ).finally(() => pool.close());
        placed = [];
        let inPlace = 0;
        for (const { year, cached } of years) {
          const target = join(outDir, searchShardPath(year, shards));
          const files = (await filesBelow(cached)).filter((file) => keepsSearchFile(file, shards.primary === year));
          placed.push(...files.map((file) => join(target, file)));
          if (reusesLastOutput() && (await alreadyPlaced(cached, target))) {
            inPlace += 1;
            continue;
          }
          await inBatches([...new Set(files.map((file) => dirname(join(target, file))))], 64, (folder) => mkdir(folder, { recursive: true }));
          await inBatches(files, 64, (file) => placeFile(join(cached, file), join(target, file)));
        }
        const used = new Set([...years.map(({ cached }) => cached.slice(cacheDir.length + 1)), PAGE_DIGESTS]);
        await pruneCache(cacheDir, used);
        await writeFileAtomicAsync(digestsFile, JSON.stringify(Object.fromEntries(digests)));
        const count = (shards: typeof years) => shards.reduce((sum, shard) => sum + shard.urls.length, 0);
        logger.info(
          `search index: ${count(years)} pages in ${years.length} yearly indexes; ${missing.length} indexed again (${count(missing)} pages), ${years.length - missing.length} from the cache, ${inPlace} of them in place from the last build; ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
