/**
 * Which social cards a build needs, and the numbers it reports about them. Pure: the
 * integration does the files and the workers.
 */
import { resolve } from 'node:path';
import { isPublic } from '../../newsroom/pieces.ts';
import type { CheckedPicture, CheckedPiece } from '../../checks/result.ts';
import { cardInputOf, cardPath } from './card.ts';
import { cardFormat, type CardFormat } from './format.ts';
import { cardCacheKey, type CardInput, type CardPicture } from './render.ts';

/** One card to provide: for which piece, what it shows, where it goes and its cache key. */
export interface CardJob {
  /** The piece's site path. */
  piecePath: string;
  /** The card's site path (cardPath). */
  imagePath: string;
  input: CardInput;
  /** PNG for the typographic card, JPEG for a picture's. */
  format: CardFormat;
  key: string;
}

/** The lead image of a checked piece as the card takes it, if it has one (the checks accepted its file). */
function leadPicture(piece: CheckedPiece, pictures: ReadonlyMap<string, CheckedPicture>): CardPicture | undefined {
  const image = piece.data.image;
  if (!image) return undefined;
  const picture = pictures.get(image.src);
  if (!picture) throw new Error(`the lead image "${image.src}" of ${piece.path} was not accepted by the content checks`);
  return { file: resolve(picture.file), digest: picture.digest, focus: image.focus };
}

/** Cards of the pieces readers can see at `now`; drafts and future pieces get none. `pictures`: the checks' accepted pictures by file name. */
export function cardJobs(pieces: readonly CheckedPiece[], now: Date, assetHash: string, pictures: ReadonlyMap<string, CheckedPicture> = new Map()): CardJob[] {
  return pieces
    .filter((piece) => isPublic(piece.data, now))
    .map((piece) => {
      const input = cardInputOf(piece.data, leadPicture(piece, pictures));
      const format = cardFormat(input.picture !== undefined);
      return { piecePath: piece.path, imagePath: cardPath(piece.path, format), input, format, key: cardCacheKey(input, assetHash) };
    });
}

/** A site path without its slashes at either end, to compare paths from different sources. */
export function comparablePath(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/** The jobs whose piece page this build really wrote: what pages link to, no more, no less. */
export function jobsForBuiltPages(jobs: readonly CardJob[], pagePaths: Iterable<string>): CardJob[] {
  const built = new Set([...pagePaths].map(comparablePath));
  return jobs.filter((job) => built.has(comparablePath(job.piecePath)));
}

export interface CardStats {
  cards: number;
  rendered: number;
  cached: number;
  /** Cards the last build's output holds already (a rebuild into it). */
  inPlace: number;
  /** CPU milliseconds of each rendered card. */
  cpuMs: number[];
  totalBytes: number;
  workers: number;
  wallMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The build log's one line about the cards. */
export function describeCards(stats: CardStats): string {
  const cost = stats.rendered > 0 ? ` (median ${median(stats.cpuMs).toFixed(1)} ms CPU per card on ${stats.workers} worker${stats.workers === 1 ? '' : 's'})` : '';
  const size = stats.cards > 0 ? `, ${(stats.totalBytes / 1024).toFixed(0)} KB in total, ${(stats.totalBytes / stats.cards / 1024).toFixed(1)} KB per card` : '';
  return `social cards: ${stats.cards} cards, ${stats.rendered} rendered${cost}, ${stats.cached} from cache (${stats.inPlace} in place from the last build)${size}, ready ${(stats.wallMs / 1000).toFixed(1)} s after the build started`;
}
