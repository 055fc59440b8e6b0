/**
 * Worker thread of the output folder's first look: lists the folder and digests it on the other
 * core while the main thread runs the content checks. Node runs this file directly (type
 * stripping), outside Vite: it imports only folder-state.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { listOutput, outputDigest } from './folder-state.ts';

/** What the first look found: how many files, and their digest. */
export interface FolderLook {
  count: number;
  digest: string;
}

const { outDir } = workerData as { outDir: string };
const files = listOutput(outDir);
parentPort?.postMessage({ count: files.length, digest: outputDigest(outDir, files) } satisfies FolderLook);
