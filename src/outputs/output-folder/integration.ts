/**
 * Rebuilds write into the previous output instead of a fresh folder: Astro keeps a page whose
 * cache key and code are unchanged where it is (no copy from its cache), and this integration
 * removes afterwards what the build no longer produces (a deleted piece, an old stylesheet), so
 * the folder equals a clean build's. It only does so while the folder is exactly what the last
 * successful build with this cache left; otherwise it empties the folder first, and Astro
 * restores unchanged pages from its cache (docs/decisions/2026-12-06-rebuild-into-previous-output.md).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroConfig, AstroIntegration } from 'astro';
import type { FolderLook } from './digest-worker.ts';
import { listOutput, outputDigest, removeUnproduced } from './folder-state.ts';
import { isPartial, removeIfStale, writeFileAtomic } from '../../util/partial-files.ts';

/** What the last successful build left, kept in the cache folder (never in the output, which is deployed). */
interface OutputStamp {
  outDir: string;
  digest: string;
  /** Which build left it, for the records other integrations keep of what they put there. */
  build: string;
}

const STAMP_FILE = 'output-folder.json';
/** Written when a build starts: its time is the line between files this build wrote and older ones. */
const STARTED_FILE = 'output-folder.started';

function readStamp(file: string): OutputStamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Partial<OutputStamp>;
    return typeof stamp.outDir === 'string' && typeof stamp.digest === 'string' && typeof stamp.build === 'string' ? { outDir: stamp.outDir, digest: stamp.digest, build: stamp.build } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Forgets the last build's output: without the stamp, the next build empties whatever the output
 * folder holds. A build does so when it starts; `scripts/build.ts` does so after a failed build,
 * which may have stopped before this integration's first hook (the content checks come first).
 */
export function forgetLastOutput(cacheDir: string): void {
  rmSync(outputStampFile(cacheDir), { force: true });
}

/** Where the stamp of the last successful build's output is kept. */
export function outputStampFile(cacheDir: string): string {
  return join(cacheDir, STAMP_FILE);
}

/** Empties `dir` but for a top-level `.git`, as Astro does. */
function emptyFolder(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

const DIGEST_WORKER = new URL('./digest-worker.ts', import.meta.url);

/** Lists and digests `outDir` on a worker thread (digest-worker.ts). */
function lookInWorker(outDir: string): Promise<FolderLook> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(DIGEST_WORKER, { workerData: { outDir } });
    worker.once('message', (look: FolderLook) => resolve(look));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the output folder's digest worker stopped with exit code ${code} before it answered`)));
  });
}

/** An integration that links files into the output from a cache: they are produced, though older than the build. */
export type PlacingIntegration = AstroIntegration & { placedFiles: () => readonly string[] };

/**
 * What an integration records of the files it put into the output, so that a rebuild into that
 * output need not look at each again (the cards, the compressed copies). A record is kept in the
 * cache folder and read back only by a build that writes into the very output the recording
 * build left; after any other build (one that emptied the folder, or skipped the recording
 * integration's work) there is nothing to read.
 */
export interface OutputRecords {
  read<T>(file: string): T | undefined;
  write(file: string, data: unknown): void;
}

export interface OutputFolderOptions {
  /** The integrations that place files from their caches (cards, search, compressed copies). */
  placing: () => readonly PlacingIntegration[];
}

/**
 * `finish` must come last among the integrations: it runs after every other one has written its
 * files. `start` should come first: it looks at the output folder on another thread while the
 * content checks run, since a large archive's folder takes seconds to list.
 * `writtenByThisBuild` tells the checks after the build which files are new: one kept in place
 * was checked by the build that wrote it. `reusesLastOutput` tells whether everything the last
 * build left is still in place, and `records` what it recorded of it.
 */
export function outputFolder(options: OutputFolderOptions): {
  start: AstroIntegration;
  finish: AstroIntegration;
  writtenByThisBuild: (path: string) => boolean;
  reusesLastOutput: () => boolean;
  records: OutputRecords;
} {
  let look: Promise<FolderLook> | undefined;
  /** `lastBuild`: the build whose output this one writes into; undefined when the folder was emptied. */
  let building: { id: string; lastBuild: string | undefined; outDir: string; stampFile: string; startedFile: string; startedMs: number } | undefined;
  const folders = (config: AstroConfig) => ({ outDir: resolve(fileURLToPath(config.outDir)), cacheDir: resolve(fileURLToPath(config.cacheDir)) });
  return {
    writtenByThisBuild: (path) => building === undefined || statSync(path).mtimeMs >= building.startedMs,
    reusesLastOutput: () => building?.lastBuild !== undefined,
    records: {
      read<T>(file: string): T | undefined {
        if (building?.lastBuild === undefined) return undefined;
        try {
          const record = JSON.parse(readFileSync(file, 'utf8')) as { build?: unknown; data?: T };
          return record.build === building.lastBuild ? record.data : undefined;
        } catch {
          return undefined;
        }
      },
      write(file, data) {
        if (building !== undefined) writeFileAtomic(file, JSON.stringify({ build: building.id, data }));
      },
    },
    start: {
      name: 'newsroom:output-folder-look',
      hooks: {
        'astro:config:setup': ({ command, config }) => {
          // Nothing writes to the output before the pages: what the worker sees is what the build starts from.
          if (command === 'build') look = lookInWorker(folders(config).outDir);
        },
      },
    },
    finish: {
      name: 'newsroom:output-folder',
      hooks: {
        'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
          if (command !== 'build') return;
          const { outDir, cacheDir } = folders(config);
          const stampFile = outputStampFile(cacheDir);
          const stamp = readStamp(stampFile);
          // Whatever happens next, the folder is no longer a finished build's until this one ends.
          forgetLastOutput(cacheDir);
          const { count, digest } = await (look ?? lookInWorker(outDir));
          look = undefined;
          const reusable = stamp !== undefined && stamp.outDir === outDir && stamp.digest === digest;
          if (!reusable && count > 0) {
            logger.info(`output folder: ${outDir} is not the last build's output with this cache; emptied, unchanged pages come from the cache`);
            emptyFolder(outDir);
          }
          updateConfig({ vite: { build: { emptyOutDir: false } } });
          mkdirSync(cacheDir, { recursive: true });
          // The stamp and the picture encoders' record are written through partial files at the cache's top.
          await Promise.all(readdirSync(cacheDir).filter(isPartial).map((name) => removeIfStale(join(cacheDir, name))));
          const startedFile = join(cacheDir, STARTED_FILE);
          writeFileSync(startedFile, '');
          building = { id: randomUUID(), lastBuild: reusable ? stamp.build : undefined, outDir, stampFile, startedFile, startedMs: statSync(startedFile).mtimeMs };
        },
        'astro:build:done': ({ assets, logger }) => {
          if (building === undefined) return;
          const { id, outDir, stampFile, startedFile, startedMs } = building;
          building = undefined;
          const produced = new Set<string>(options.placing().flatMap((integration) => integration.placedFiles()));
          for (const urls of assets.values()) for (const url of urls) produced.add(fileURLToPath(url));
          const { kept, removed } = removeUnproduced(outDir, listOutput(outDir), startedMs, produced);
          const inPlace = kept.filter((file) => file.mtimeMs < startedMs).length;
          writeFileAtomic(stampFile, JSON.stringify({ outDir, digest: outputDigest(outDir, kept), build: id } satisfies OutputStamp));
          rmSync(startedFile, { force: true });
          logger.info(`output folder: ${kept.length} files, ${inPlace} kept in place from the last build, ${removed} no longer produced removed`);
        },
      },
    },
  };
}
