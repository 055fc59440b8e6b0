/**
 * Keeps editors' original picture files, with their EXIF metadata, out of the output: Astro
 * copies an original into the output whenever a page's code reads anything of it, though no page
 * links the copy. After the build this removes every such copy and fails the build if a page or
 * feed links one (docs/decisions/2026-11-26-remove-picture-originals.md).
 */
import { createHash } from 'node:crypto';
import { globSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

/** A picture the checks accepted: its file name in content/bilder/, its length and the digest of its bytes (src/checks/rules/pictures.ts). */
interface Original {
  name: string;
  digest: string;
  bytes: number;
}

/**
 * The files in `assetsDir` that are byte for byte one of `originals` (named after it by Vite:
 * "<stem>.<hash>.<ext>"). The files Astro made from a picture share its stem, twenty or so a
 * picture: only a file of the original's extension and length is read and digested, the rest is
 * told apart by a stat.
 */
export function originalCopies(assetsDir: string, originals: readonly Original[]): string[] {
  const byStem = new Map<string, Original[]>();
  for (const original of originals) {
    const stem = original.name.slice(0, original.name.length - extname(original.name).length);
    byStem.set(stem, [...(byStem.get(stem) ?? []), original]);
  }
  let files: string[];
  try {
    files = readdirSync(assetsDir);
  } catch {
    return [];
  }
  return files.filter((file) => {
    const extension = extname(file).toLowerCase();
    const candidates = (byStem.get(file.slice(0, file.indexOf('.'))) ?? []).filter((original) => extname(original.name).toLowerCase() === extension);
    if (candidates.length === 0) return false;
    const path = join(assetsDir, file);
    const { size } = statSync(path);
    const sized = candidates.filter((original) => original.bytes === size);
    if (sized.length === 0) return false;
    const digest = createHash('sha256').update(readFileSync(path)).digest('base64url');
    return sized.some((original) => original.digest === digest);
  });
}

/**
 * The names of the files in `assetsFolder` that `text` (a page, a feed) links, each once: one pass
 * over the text, however many copies there are to look for.
 */
export function assetLinks(text: string, assetsFolder: string): Set<string> {
  const link = new RegExp(`${assetsFolder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^"'\\s)<>?#&]+)`, 'g');
  return new Set([...text.matchAll(link)].map((match) => match[1] ?? ''));
}

/**
 * `writtenByThisBuild` tells the pages and feeds this build wrote from those kept in place, which
 * the build that wrote them checked.
 */
export function pictureOriginals(pictures: () => Iterable<Original>, writtenByThisBuild: (path: string) => boolean): AstroIntegration {
  let assetsFolder = '_astro';
  return {
    name: 'newsroom:picture-originals',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsFolder = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const assetsDir = join(outDir, assetsFolder);
        const copies = originalCopies(assetsDir, [...pictures()]);
        if (copies.length === 0) return;
        for (const copy of copies) rmSync(join(assetsDir, copy));
        const copyNames = new Set(copies);
        const linking = globSync('**/*.{html,xml,json}', { cwd: outDir })
          .filter((file) => writtenByThisBuild(join(outDir, file)))
          .flatMap((file) => [...assetLinks(readFileSync(join(outDir, file), 'utf8'), assetsFolder)].filter((name) => copyNames.has(name)).map((copy) => `${file} → /${assetsFolder}/${copy}`));
        if (linking.length > 0) {
          const error = new AstroError(
            `Pages link original picture files, which would publish the photos' metadata (camera, time, GPS position); nothing was published:\n${linking.slice(0, 10).map((line) => `  ${line}`).join('\n')}`,
            'Show pictures through Figure or getImage() from astro:assets, never through the imported file\'s own src (src/pictures/originals.ts).',
          );
          error.stack = '';
          throw error;
        }
        logger.info(`removed ${copies.length} original picture file${copies.length === 1 ? '' : 's'} that no page links (their metadata stays unpublished)`);
      },
    },
  };
}
