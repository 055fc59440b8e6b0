/**
 * The one reading of content/: the content checks read and check every file once, and both
 * the build's checks and Astro's collections (src/loaders/checked-content.ts) use that result,
 * so what is checked is exactly what is built. The result is kept for the process in
 * src/checks/checked-state.ts, where the loaders and the pages read it.
 */
import { join } from 'node:path';
import { BodyCache, compilerVersion } from './body/cache.ts';
import { readContentFiles } from './read/content-files.ts';
import { FrontmatterCache } from './read/frontmatter-cache.ts';
import { PictureData } from './read/picture-data.ts';
import { YAML_PARSER } from './read/editor-file.ts';
import { checkContent } from './check-content.ts';
import { setCheckedState } from './checked-state.ts';
import type { CheckResult } from './result.ts';

/** Where a build keeps what its checks can reuse next time. */
export interface ChecksCache {
  /** A folder below the build's cacheDir. */
  dir: string;
  /** The project's root folder: its code decides how bodies compile. */
  projectRoot: string;
}

/** The checks' cache folder below a build's cacheDir. */
export const checksCacheDir = (cacheDir: string): string => join(cacheDir, 'checks');

/** The pictures known to decode, kept in the checks' cache folder `dir` (`npm run check:content` reads the build's). */
export const pictureDataIn = (dir: string): PictureData => PictureData.load(join(dir, 'pictures.json'));

/**
 * Reads and checks everything again (a build; the dev server, after an editor saved a file).
 * With a `cache`, YAML that parsed, bodies that compiled and pictures that decoded without a
 * problem in an earlier build are not parsed, compiled or decoded again
 * (src/checks/read/frontmatter-cache.ts, src/checks/body/cache.ts, src/checks/read/picture-data.ts).
 */
export function recheckContent(root: string, { cache }: { cache?: ChecksCache | undefined } = {}): CheckResult {
  const readAt = Date.now();
  const memo = cache && FrontmatterCache.load(join(cache.dir, 'frontmatter'), YAML_PARSER);
  const bodies = cache && BodyCache.load(join(cache.dir, 'bodies'), compilerVersion(cache.projectRoot));
  const pictureData = cache && pictureDataIn(cache.dir);
  const result = checkContent(readContentFiles(root, memo), { ...(bodies && { compiler: bodies }), ...(pictureData && { pictureData }) });
  memo?.save();
  bodies?.save();
  pictureData?.save();
  setCheckedState({ root, result, readAt });
  return result;
}
