/**
 * What the build hands the hosts, after the pages are written: the host files, the compressed
 * copies, and the proof that no published URL is lost.
 *
 * hostFiles() writes `_headers` and `_redirects` into the output (Cloudflare Pages) and
 * `<outDir>-nginx.conf` beside it (nginx; outside the output, so it is never served), after
 * failing the build if a page carries inline code that no page type's policy allows, naming the
 * page and the editor's file it was made from. It removes the dotfiles Astro copied from
 * `public/`: Cloudflare would serve them.
 *
 * precompressedCopies() writes `.br` and `.gz` copies beside the text files, on worker threads,
 * cached by content (precompress.ts); it runs after everything else has written its files.
 *
 * urlLedger() checks the build against the URL ledger (url-ledger.ts) and fails it, naming each
 * lost URL and what stood there, in the `file:line  field: message` form of the content checks.
 * With NEWS_RECORD_URLS=1 (`npm run urls:record`) it adds the new URLs.
 */
import { existsSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { OutputRecords, PlacingIntegration } from '../output-folder/integration.ts';
import { inlineCodeMessages } from '../../checks/messages.ts';
import { nginxConfPath } from '../../build-folders.ts';
import { contentRoot, LEDGER_FILE } from '../../content-root.ts';
import type { Piece } from '../../newsroom/pieces.ts';
import { site } from '../../site.config.ts';
import { stopBuild } from '../../util/stop-build.ts';
import { threadWorker } from '../../util/thread-worker.ts';
import { TaskPool, type PoolWorker } from '../../util/worker-pool.ts';
import { renderHeadersFile, renderNginxConf, renderRedirectsFile, type Redirect } from './host-files.ts';
import { inlineCodeReport } from './inline-code.ts';
import { COMPRESSED_SUFFIXES, COMPRESSION_SETTINGS, precompressionWanted, type Suffix } from './precompress.ts';
import type { FileCopies, PrecompressResult, PrecompressTask } from './precompress-worker.ts';
import { routeFiles } from './route-files.ts';
import { compressibleFiles, filesBelow, removeDotEntries } from './served-files.ts';
import { ledgerMessages, lostMessage, lostUrls, parseLedger, publishedUrls, recorded, renderLedger } from './url-ledger.ts';
import { isPartial, removeIfStale } from '../../util/partial-files.ts';

interface HostFilesInput {
  /** Old paths that redirect to a piece. */
  redirects: () => readonly Redirect[];
  /** Every piece, to name the editor's file a page with inline code is made from. */
  pieces: () => readonly Pick<Piece, 'kind' | 'id' | 'path'>[];
  /** Whether this build wrote a file of the output; a page kept from the last build was checked then. */
  writtenByThisBuild: (path: string) => boolean;
}

export function hostFiles({ redirects, pieces, writtenByThisBuild }: HostFilesInput): AstroIntegration {
  let publicDir = '';
  return {
    name: 'newsroom:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const dotted = await removeDotEntries(outDir, await filesBelow(publicDir));
        if (dotted.length > 0) logger.warn(`not published, because no host may serve dotfiles: ${dotted.map((entry) => `public/${entry}`).join(', ')}`);
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

const PRECOMPRESS_WORKER = new URL('./precompress-worker.ts', import.meta.url);
/** Files per task: enough that a worker reads some while it compresses others. */
const FILES_PER_TASK = 64;

function spawnPrecompressWorker(): PoolWorker<PrecompressTask, PrecompressResult> {
  return threadWorker(PRECOMPRESS_WORKER, 'a precompression worker');
}

/**
 * What the last build left beside each file, recorded for a rebuild into its output, which then
 * neither reads nor hashes a file it left as it was (the same inode, size and time) to find
 * copies that are still beside it.
 */
const COPIES_RECORD = 'last-build.json';

interface CopiesRecord {
  settings: string;
  /** By path below the output folder: inode, size, modification time, cache key, the copies' endings. */
  files: Record<string, [number, number, number, string | null, Suffix[]]>;
}

function sameFile([ino, size, mtimeMs]: CopiesRecord['files'][string], info: Stats): boolean {
  return info.ino === ino && info.size === size && info.mtimeMs === mtimeMs;
}

/** Deletes the cache entries no file of this build used, and what dead builds left half written. */
async function pruneCopies(cacheDir: string, used: ReadonlySet<string>): Promise<number> {
  let pruned = 0;
  await Promise.all(
    (await readdir(cacheDir).catch(() => [])).map(async (name) => {
      const file = join(cacheDir, name);
      if (name === COPIES_RECORD) return;
      if (isPartial(name)) await removeIfStale(file);
      else if (!used.has(name.slice(0, name.indexOf('.')))) {
        await rm(file, { force: true });
        pruned += 1;
      }
    }),
  );
  return pruned;
}

interface PrecompressedCopiesInput {
  /** What the build that left the output recorded of it (src/outputs/output-folder/). */
  records: OutputRecords;
}

/** The compressed copies' integration, and the copies it put beside the files (for the output folder's pruning). */
export function precompressedCopies({ records }: PrecompressedCopiesInput): PlacingIntegration {
  let cacheDir = '';
  let publicDir = '';
  let placed: readonly string[] = [];
  return {
    placedFiles: () => placed,
    name: 'newsroom:precompressed-copies',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'precompressed');
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (!precompressionWanted(process.env)) {
          logger.info('no compressed copies: the host compresses by itself (Cloudflare Pages, or NEWS_PRECOMPRESS=0)');
          return;
        }
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const relativeFiles = await compressibleFiles(outDir, routeFiles(assets, dir), await filesBelow(publicDir));
        const recordFile = join(cacheDir, COPIES_RECORD);
        const record = records.read<CopiesRecord>(recordFile);
        const last = record?.settings === COMPRESSION_SETTINGS ? record.files : {};
        // Each file's path below outDir and what it was when this hook began, by absolute path.
        const infos = new Map<string, { relativeFile: string; info: Stats }>();
        const unchanged: FileCopies[] = [];
        const changed: string[] = [];
        for (const relativeFile of relativeFiles) {
          const file = join(outDir, relativeFile);
          const info = statSync(file);
          infos.set(file, { relativeFile, info });
          const before = last[relativeFile];
          if (before !== undefined && sameFile(before, info)) unchanged.push({ file, key: before[3], suffixes: before[4] });
          else changed.push(file);
        }
        const pool = new TaskPool<PrecompressTask, PrecompressResult>(availableParallelism(), spawnPrecompressWorker);
        const tasks: Promise<PrecompressResult>[] = [];
        for (let start = 0; start < changed.length; start += FILES_PER_TASK) {
          tasks.push(pool.run({ files: changed.slice(start, start + FILES_PER_TASK), cacheDir, settings: COMPRESSION_SETTINGS }));
        }
        const results = await Promise.all(tasks).finally(() => pool.close());
        const all = [...unchanged, ...results.flatMap((result) => result.files)];
        placed = all.flatMap(({ file, suffixes }) => suffixes.map((suffix) => `${file}${suffix}`));
        const pruned = await pruneCopies(cacheDir, new Set(all.flatMap(({ key }) => (key === null ? [] : [key]))));
        const files: CopiesRecord['files'] = {};
        for (const { file, key, suffixes } of all) {
          const known = infos.get(file);
          if (known !== undefined) files[known.relativeFile] = [known.info.ino, known.info.size, known.info.mtimeMs, key, suffixes];
        }
        records.write(recordFile, { settings: COMPRESSION_SETTINGS, files } satisfies CopiesRecord);
        const compressed = results.reduce((total, result) => total + result.compressed, 0);
        logger.info(
          `compressed copies (${COMPRESSED_SUFFIXES.join(', ')}) of ${all.filter(({ suffixes }) => suffixes.length > 0).length} files: ${compressed} compressed, ${unchanged.length} files as the last build left them, the rest from the cache, ${pruned} cache entries pruned; ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
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
