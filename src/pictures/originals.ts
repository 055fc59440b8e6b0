/**
 * Keeps editors' original picture files, with their EXIF metadata, out of the output: Astro
 * copies an original into the output whenever a page's code reads anything of it, though no page
 * links the copy. After the build this removes every such copy and fails the build if a page or
 * feed links one (docs/decisions/2026-11-26-remove-picture-originals.md).
 */
import { createHash } from 'node:crypto';
import { globSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

/** A picture the checks accepted: its file name in content/bilder/ and the digest of its bytes (src/checks/rules/pictures.ts). */
interface Original {
  name: string;
  digest: string;
}

/** The files in `assetsDir` that are byte for byte one of `originals` (named after it by Vite: "<stem>.<hash>.<ext>"). */
export function originalCopies(assetsDir: string, originals: readonly Original[]): string[] {
  const digests = new Map<string, Set<string>>();
  for (const { name, digest } of originals) {
    const stem = name.slice(0, name.length - extname(name).length);
    const set = digests.get(stem) ?? new Set<string>();
    set.add(digest);
    digests.set(stem, set);
  }
  let files: string[];
  try {
    files = readdirSync(assetsDir);
  } catch {
    return [];
  }
  return files.filter((file) => {
    const wanted = digests.get(file.slice(0, file.indexOf('.')));
    return wanted !== undefined && wanted.has(createHash('sha256').update(readFileSync(join(assetsDir, file))).digest('base64url'));
  });
}

export function pictureOriginals(pictures: () => Iterable<Original>): AstroIntegration {
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
        const linking = globSync('**/*.{html,xml,json}', { cwd: outDir }).flatMap((file) => {
          const text = readFileSync(join(outDir, file), 'utf8');
          return copies.filter((copy) => text.includes(`${assetsFolder}/${copy}`)).map((copy) => `${file} → /${assetsFolder}/${copy}`);
        });
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
