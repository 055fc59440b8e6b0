/**
 * Keeps editors' original picture files, with their EXIF metadata, out of the output: Astro
 * copies an original into the output whenever a page's code reads anything of it, though no page
 * links the copy. After the build this removes every such copy and fails the build if a page or
 * feed links one (docs/decisions/2026-11-26-remove-picture-originals.md).
 */
import { createHash } from 'node:crypto';
import { globSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { writeFileAtomic } from '../util/partial-files.ts';

/** A picture the checks accepted: its file name in content/bilder/, its length and the digest of its bytes (src/checks/rules/pictures.ts). */
interface Original {
  name: string;
  digest: string;
  bytes: number;
}

/**
 * Copies found by earlier builds: a copy's file name → the digest of the original it held. Vite
 * names each file it writes by a hash of its bytes ("<stem>.<hash>.<ext>"), and writes every
 * original again on every build: a name once shown to hold an original's bytes holds them again,
 * so a rebuild need not read the copy. A wrong entry could only remove a file no page links
 * (a linked one fails the build below), never keep an original in the output.
 */
export type ProvenCopies = ReadonlyMap<string, string>;

/**
 * The files in `assetsDir` that are byte for byte one of `originals`, each with the digest of its
 * original. The files Astro made from a picture share its stem, twenty or so a picture: only a
 * file of the original's extension and length can be a copy, told apart by a stat; such a file
 * is read and digested unless `proven` names it with the digest of an original of that length.
 */
export function originalCopies(assetsDir: string, originals: readonly Original[], proven: ProvenCopies = new Map()): Map<string, string> {
  const byStem = new Map<string, Original[]>();
  for (const original of originals) {
    const stem = original.name.slice(0, original.name.length - extname(original.name).length);
    byStem.set(stem, [...(byStem.get(stem) ?? []), original]);
  }
  const copies = new Map<string, string>();
  let files: string[];
  try {
    files = readdirSync(assetsDir);
  } catch {
    return copies;
  }
  for (const file of files) {
    const extension = extname(file).toLowerCase();
    const candidates = (byStem.get(file.slice(0, file.indexOf('.'))) ?? []).filter((original) => extname(original.name).toLowerCase() === extension);
    if (candidates.length === 0) continue;
    const path = join(assetsDir, file);
    const { size } = statSync(path);
    const digests = new Set(candidates.filter((original) => original.bytes === size).map((original) => original.digest));
    if (digests.size === 0) continue;
    const known = proven.get(file);
    const digest = known !== undefined && digests.has(known) ? known : createHash('sha256').update(readFileSync(path)).digest('base64url');
    if (digests.has(digest)) copies.set(file, digest);
  }
  return copies;
}

/** The record of found copies in the cache folder; `version` changes when what a record means does. */
interface CopiesFile {
  version: 1;
  copies: Record<string, string>;
}

/** The copies an earlier build recorded in `file`; none if it is missing, unreadable or of another version. */
export function readProvenCopies(file: string): ProvenCopies {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CopiesFile>;
    if (parsed.version !== 1 || typeof parsed.copies !== 'object' || parsed.copies === null) return new Map();
    return new Map(Object.entries(parsed.copies).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return new Map();
  }
}

/** Records this build's copies in `file`, replacing the last build's record (atomically: a parallel build never reads half a file). */
export function writeProvenCopies(file: string, copies: ProvenCopies): void {
  const record: CopiesFile = { version: 1, copies: Object.fromEntries(copies) };
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, JSON.stringify(record));
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
  let recordFile = '';
  return {
    name: 'newsroom:picture-originals',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsFolder = config.build.assets;
        recordFile = join(fileURLToPath(config.cacheDir), 'picture-originals.json');
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const assetsDir = join(outDir, assetsFolder);
        const found = originalCopies(assetsDir, [...pictures()], readProvenCopies(recordFile));
        writeProvenCopies(recordFile, found);
        if (found.size === 0) return;
        const copies = [...found.keys()];
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
