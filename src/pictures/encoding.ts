/**
 * How picture files are encoded, besides each file's size and quality (src/components/Figure.astro,
 * FixedSizePicture.astro): AVIF at sharp's effort 3 instead of its default 4, which takes about an
 * eighth of the CPU for files a few per cent larger
 * (docs/decisions/2026-12-06-avif-effort-3.md). AVIF was most of a picture's encoding time.
 *
 * Astro's cache of encoded files (`<cacheDir>/assets/`) is keyed by each file's transform (source,
 * size, format, quality), not by the encoder's options: after a change here, a rebuild would keep
 * the files encoded the old way while a clean build encodes anew. The options are therefore
 * written beside that cache, and the cache is emptied when they differ.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sharpImageService } from 'astro/config';
import { writeFileAtomic } from '../util/partial-files.ts';

/** sharp's encoder options for every picture file (Astro's `SharpImageServiceConfig`). */
export const PICTURE_ENCODERS = { avif: { effort: 3 } } as const;

/** The file beside Astro's picture cache that names the options its files were encoded with. */
export const ENCODERS_FILE = 'picture-encoders.json';

/**
 * Empties Astro's cache of encoded pictures (`<cacheDir>/assets/`) unless its files were encoded
 * with `encoders`, then records `encoders`. Returns whether it emptied a cache.
 */
export function keepPictureCacheFor(cacheDir: string, encoders: object): boolean {
  const record = join(cacheDir, ENCODERS_FILE);
  const wanted = JSON.stringify(encoders);
  let recorded: string | undefined;
  try {
    recorded = readFileSync(record, 'utf8');
  } catch {
    // No record: a cache from before the record existed, or none at all.
  }
  if (recorded === wanted) return false;
  rmSync(join(cacheDir, 'assets'), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileAtomic(record, wanted);
  return true;
}

/** Sets Astro's image service to sharp with `PICTURE_ENCODERS` and keeps its cache true to them. */
export function pictureEncoding(): AstroIntegration {
  return {
    name: 'newsroom:picture-encoding',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ image: { service: sharpImageService(PICTURE_ENCODERS) } });
      },
      'astro:config:done': ({ config, logger }) => {
        if (keepPictureCacheFor(fileURLToPath(config.cacheDir), PICTURE_ENCODERS)) logger.debug(`picture cache emptied: its files were not encoded with ${JSON.stringify(PICTURE_ENCODERS)}`);
      },
    },
  };
}
