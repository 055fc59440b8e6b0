/**
 * Social cards, rendered outside Astro's page loop on worker threads from astro:config:done of a
 * build (the content checks are done then, and Astro's content sync holds only the main thread),
 * placed into the output in astro:build:done, cached by content hash in <cacheDir>/social/ and
 * pruned to the cards a build used (docs/decisions/2026-11-26-social-cards-outside-the-page-loop.md).
 * `astro dev` renders each card on request through an injected route instead.
 */
import { availableParallelism } from 'node:os';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputRecords, PlacingIntegration } from '../output-folder/integration.ts';
import { inBatches } from '../../util/in-batches.ts';
import { placeFile } from '../../util/place-file.ts';
import { cacheFile, cachedKeys, pruneCache } from './cache.ts';
import { cardAssetHash } from './render.ts';
import { describeCards, jobsForBuiltPages, cardJobs, type CardJob } from './jobs.ts';
import type { CardResult, CardTask } from './worker.ts';
import type { CheckedPicture, CheckedPiece } from '../../checks/result.ts';
import { buildTime } from '../../util/clock.ts';
import { threadWorker } from '../../util/thread-worker.ts';
import { TaskPool, type PoolWorker } from '../../util/worker-pool.ts';

export interface SocialCardsOptions {
  /** The parsed pieces, drafts included (ContentChecks.pieces). */
  pieces: () => readonly CheckedPiece[];
  /** The accepted pictures by file name (ContentChecks.pictures): lead images go on the cards. */
  pictures: () => ReadonlyMap<string, CheckedPicture>;
  /**
   * Worker threads while Astro builds pages on the main thread, and once Astro is done.
   * Default: one per core but one (the main thread needs its core), then one per core
   * (measurements: docs/decisions/2026-11-26-social-cards-outside-the-page-loop.md).
   */
  workers?: { duringBuild: number; afterBuild: number };
  /** What the build that left the output recorded of it (src/outputs/output-folder/). */
  records: OutputRecords;
}

/**
 * Which card the last build placed at each image path below the output folder, with the cache key
 * and its size in bytes: in that build's output a card whose key is unchanged is in place, and a
 * rebuild need not link it again to find out.
 */
const PLACED_RECORD = 'placed.json';

type PlacedCards = Record<string, [string, number]>;

const WORKER_FILE = new URL('./worker.ts', import.meta.url);

function spawnWorker(): PoolWorker<CardTask, CardResult> {
  return threadWorker(WORKER_FILE, 'a social card worker');
}

/** One build's rendering: started early, finished in astro:build:done. */
class SocialRun {
  readonly #started = performance.now();
  readonly #pool: TaskPool<CardTask, CardResult>;
  readonly #cacheDir: string;
  readonly #assetHash: string;
  readonly #cached: Set<string>;
  /** Per cache key: the render under way, or undefined for a cache hit. */
  readonly #work = new Map<string, Promise<CardResult> | undefined>();

  constructor(cacheDir: string, assetHash: string, cached: Set<string>, workers: number) {
    this.#cacheDir = cacheDir;
    this.#assetHash = assetHash;
    this.#cached = cached;
    this.#pool = new TaskPool(workers, spawnWorker);
  }

  static async start(cacheDir: string, workers: number): Promise<SocialRun> {
    const [assetHash, cached] = await Promise.all([cardAssetHash(), cachedKeys(cacheDir)]);
    return new SocialRun(cacheDir, assetHash, cached, workers);
  }

  jobs(pieces: readonly CheckedPiece[], pictures: ReadonlyMap<string, CheckedPicture>): CardJob[] {
    return cardJobs(pieces, buildTime(), this.#assetHash, pictures);
  }

  /** Starts rendering each card that is neither cached nor under way. */
  provide(jobs: readonly CardJob[]): void {
    for (const { key, input } of jobs) {
      if (this.#work.has(key)) continue;
      if (this.#cached.has(key)) {
        this.#work.set(key, undefined);
        continue;
      }
      const render = this.#pool.run({ input, key, cacheDir: this.#cacheDir });
      render.catch(() => {}); // awaited in finish(); until then a failure must not count as unhandled
      this.#work.set(key, render);
    }
  }

  /**
   * Waits for `jobs` on up to `workers` workers, links their cards into `outDir` (where the last
   * build's output holds them already, they stay), prunes the cache and reports.
   */
  async finish(jobs: readonly CardJob[], outDir: string, workers: number, records: OutputRecords): Promise<{ summary: string; pruned: number; placed: string[] }> {
    this.#pool.resize(workers);
    this.provide(jobs);
    try {
      const results = new Map<string, CardResult | undefined>();
      for (const { key } of jobs) if (!results.has(key)) results.set(key, await this.#work.get(key));
      const wallMs = performance.now() - this.#started;
      const recordFile = join(this.#cacheDir, PLACED_RECORD);
      const last = records.read<PlacedCards>(recordFile) ?? {};
      const cards: PlacedCards = {};
      const toPlace: CardJob[] = [];
      for (const job of jobs) {
        const record = last[job.imagePath];
        if (record !== undefined && record[0] === job.key) cards[job.imagePath] = record;
        else toPlace.push(job);
      }
      const folders = new Set(toPlace.map((job) => dirname(join(outDir, job.imagePath))));
      await inBatches([...folders], 64, (folder) => mkdir(folder, { recursive: true }));
      await inBatches(toPlace, 64, async (job) => {
        const target = join(outDir, job.imagePath);
        await placeFile(cacheFile(this.#cacheDir, job.key, job.format), target);
        cards[job.imagePath] = [job.key, (await stat(target)).size];
      });
      records.write(recordFile, cards);
      const placed = jobs.map((job) => join(outDir, job.imagePath));
      const totalBytes = jobs.reduce((total, job) => total + (cards[job.imagePath]?.[1] ?? 0), 0);
      const rendered = [...results.values()].filter((result) => result !== undefined);
      const pruned = await pruneCache(this.#cacheDir, new Set(jobs.map((job) => job.key)));
      const summary = describeCards({
        cards: jobs.length,
        rendered: rendered.length,
        cached: jobs.length - rendered.length,
        inPlace: jobs.length - toPlace.length,
        cpuMs: rendered.map((result) => result.cpuMs),
        totalBytes,
        workers: this.#pool.workers,
        wallMs,
      });
      return { summary, pruned, placed };
    } finally {
      await this.#pool.close();
    }
  }
}

/** The cards' integration, and the files it linked into the output (for the output folder's pruning). */
export function socialCards(options: SocialCardsOptions): PlacingIntegration {
  const cores = availableParallelism();
  const workers = options.workers ?? { duringBuild: Math.max(1, cores - 1), afterBuild: cores };
  let cacheDir = '';
  let building = false;
  let run: SocialRun | undefined;
  let placed: readonly string[] = [];
  return {
    placedFiles: () => placed,
    name: 'newsroom:social-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        building = command === 'build';
        // Only the dev server renders on request; a build has no route for the cards at all.
        if (command === 'dev') {
          for (const format of ['png', 'jpg']) injectRoute({ pattern: `/social/[...image].${format}`, entrypoint: new URL('./dev-route.ts', import.meta.url), prerender: true });
        }
      },
      'astro:config:done': async ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'social');
        // The checks ran in astro:config:setup, so the cards can start before Astro syncs the
        // content, which holds the main thread only: the cards take the other core.
        if (!building) return;
        run = await SocialRun.start(cacheDir, workers.duringBuild);
        run.provide(run.jobs(options.pieces(), options.pictures()));
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!run) return;
        const current = run;
        run = undefined;
        // Decided again from the pages Astro wrote: a piece that went public since the cards started
        // has a page now and needs its card; nothing without a page gets one.
        const jobs = jobsForBuiltPages(current.jobs(options.pieces(), options.pictures()), pages.map((page) => page.pathname));
        const finished = await current.finish(jobs, fileURLToPath(dir), workers.afterBuild, options.records);
        const { summary, pruned } = finished;
        placed = finished.placed;
        logger.info(summary);
        logger.info(`social cards: pruned ${pruned} unused cache entr${pruned === 1 ? 'y' : 'ies'} from ${cacheDir}`);
      },
    },
  };
}
