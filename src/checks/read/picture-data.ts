/**
 * Whether a picture's data decodes, not only its header. A file cut short or with broken data (a
 * failed upload or export) has a header the checks read, and Astro's image pipeline would stop
 * the build on it with an error in English, or publish it half grey. Only decoding tells, and it
 * costs far more than reading a header, so verdicts are kept by the file's digest: a check
 * decodes only pictures it has not seen decode before, in one child process for all of them
 * (sharp has no synchronous interface, and the checks are synchronous). Only pictures that decode
 * are kept, so a broken one is decoded, and reported, every time; and only those this run showed,
 * so the file follows the pictures that are shown, not the number of builds.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../util/partial-files.ts';

/** Data errors fail a decode; libjpeg's warnings (a few stray bytes a camera left) do not. */
export const DECODE_OPTIONS = { failOn: 'error' } as const;

const DECODER = fileURLToPath(new URL('./picture-decoder.ts', import.meta.url));
/** Decides what decodes: sharp's version (it brings its own libvips) and the options. */
const DECODER_VERSION = `sharp ${(JSON.parse(readFileSync(findPackageJSON('sharp', import.meta.url) ?? '', 'utf8')) as { version: string }).version}, ${JSON.stringify(DECODE_OPTIONS)}`;
/** Time for the decoder to read the pictures of one check; one it is killed on counts as broken. */
const DECODER_TIMEOUT_MS = 300_000;

/** Digests of pictures that decoded in this process: the dev server and `npm run check:content` run without a cache file. */
const decodedInProcess = new Set<string>();

interface CacheFile {
  decoder: string;
  decodes: string[];
}

/** Which pictures' data does not decode. */
export interface PictureDecoding {
  broken<P extends { file: string; digest: string }>(pictures: readonly P[]): P[];
}

/** The verdicts of earlier checks, and the decoding of the pictures they do not cover. */
export class PictureData implements PictureDecoding {
  readonly #file: string | undefined;
  readonly #stored: Set<string>;
  readonly #used = new Set<string>();

  private constructor(file: string | undefined, stored: Set<string>) {
    this.#file = file;
    this.#stored = stored;
  }

  /** The verdicts kept in `file` (a missing, unreadable or foreign file keeps none); without a file, this process's only. */
  static load(file?: string): PictureData {
    if (file === undefined) return new PictureData(undefined, new Set());
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
      return new PictureData(file, new Set(parsed.decoder === DECODER_VERSION && Array.isArray(parsed.decodes) ? parsed.decodes : []));
    } catch {
      return new PictureData(file, new Set());
    }
  }

  /** The pictures of `pictures` whose data does not decode; decodes those no earlier check saw decode. */
  broken<P extends { file: string; digest: string }>(pictures: readonly P[]): P[] {
    const known = (digest: string) => this.#stored.has(digest) || decodedInProcess.has(digest);
    const unknown = [...new Map(pictures.filter(({ digest }) => !known(digest)).map((picture) => [picture.digest, picture])).values()];
    decode(unknown.map(({ file }) => resolve(file))).forEach((decodes, index) => {
      const digest = unknown[index]?.digest;
      if (decodes && digest !== undefined) decodedInProcess.add(digest);
    });
    const broken = pictures.filter(({ digest }) => !known(digest));
    for (const { digest } of pictures) if (known(digest)) this.#used.add(digest);
    return broken;
  }

  /** Writes the verdicts this run used, if they differ from the file's (atomically: a parallel build never reads half a file). */
  save(): void {
    if (this.#file === undefined) return;
    if (this.#used.size === this.#stored.size && [...this.#used].every((digest) => this.#stored.has(digest))) return;
    const content: CacheFile = { decoder: DECODER_VERSION, decodes: [...this.#used].sort() };
    mkdirSync(dirname(this.#file), { recursive: true });
    writeFileAtomic(this.#file, JSON.stringify(content));
  }
}

/** Whether each file decodes, by the decoder in a child process; a file it stops on counts as broken, and the rest are decoded anew. */
function decode(paths: readonly string[]): boolean[] {
  const verdicts: boolean[] = [];
  while (verdicts.length < paths.length) {
    const rest = paths.slice(verdicts.length);
    const child = spawnSync(process.execPath, [DECODER], { input: JSON.stringify(rest), encoding: 'utf8', timeout: DECODER_TIMEOUT_MS, maxBuffer: 64 * rest.length + 1024 });
    const [ready, ...answers] = (child.stdout ?? '').split('\n').filter((line) => line !== '');
    if (ready !== 'ready') throw new Error(`The picture decoder (${DECODER}) did not start: ${child.error?.message ?? child.stderr}`);
    verdicts.push(...answers.slice(0, rest.length).map((answer) => answer === 'ok'));
    if (verdicts.length < paths.length) {
      if (child.status === 0) throw new Error(`The picture decoder (${DECODER}) answered for ${answers.length} of ${rest.length} pictures`);
      verdicts.push(false);
    }
  }
  return verdicts;
}
