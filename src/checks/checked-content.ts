/**
 * The one reading of content/: the content checks read and check every file once, and both
 * the build's checks and Astro's collections (src/loaders/checked-content.ts) use that result,
 * so what is checked is exactly what is built. The result lives on globalThis because the
 * config's integrations and the content layer load this module through different module graphs
 * of the same process.
 */
import { join } from 'node:path';
import { BodyCache, compilerVersion } from './body/cache.ts';
import { readContentFiles } from './read/content-files.ts';
import { FrontmatterCache } from './read/frontmatter-cache.ts';
import { PictureData } from './read/picture-data.ts';
import { YAML_PARSER } from './read/editor-file.ts';
import type { BodyPart } from './body/compile.ts';
import { checkContent } from './check-content.ts';
import type { CheckedEntry, CheckResult } from './result.ts';

interface CheckedContentState {
  root: string;
  result: CheckResult;
  /** When the reading of content/ for this result began (ms since the epoch): a file saved before then is in it. */
  readAt: number;
}

const STATE = Symbol.for('netzchronik.checked-content');
type GlobalWithState = typeof globalThis & { [STATE]?: CheckedContentState };

/** The checked content below `root`, read at most once until `recheckContent()`. */
export function checkedContent(root: string): CheckResult {
  const global = globalThis as GlobalWithState;
  const state = global[STATE];
  if (state?.root === root) return state.result;
  return recheckContent(root);
}

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
  const memo = cache && FrontmatterCache.load(join(cache.dir, 'frontmatter.json'), YAML_PARSER);
  const bodies = cache && BodyCache.load(join(cache.dir, 'bodies'), compilerVersion(cache.projectRoot));
  const pictureData = cache && pictureDataIn(cache.dir);
  const result = checkContent(readContentFiles(root, memo), { ...(bodies && { compiler: bodies }), ...(pictureData && { pictureData }) });
  memo?.save();
  bodies?.save();
  pictureData?.save();
  (globalThis as GlobalWithState)[STATE] = { root, result, readAt };
  return result;
}

/** When the checked content below `root` was read, if it was (the browser desk waits for a result that has seen a save). */
export function checkedContentReadAt(root: string): number | undefined {
  const state = (globalThis as GlobalWithState)[STATE];
  return state?.root === root ? state.readAt : undefined;
}

const bodiesByResult = new WeakMap<CheckResult, Map<string, CheckedEntry>>();

/** The checked entry of a piece or a live entry, by collection and id, from the checks of this process. */
function checkedEntry(root: string, collection: 'articles' | 'explainers' | 'live', id: string): CheckedEntry | undefined {
  const result = checkedContent(root);
  let bodies = bodiesByResult.get(result);
  if (!bodies) {
    bodies = new Map();
    for (const name of ['articles', 'explainers', 'live'] as const) {
      // `in`, not the value: reading `body` would read every kept body's parts.
      for (const entry of result.entries[name]) if ('body' in entry) bodies.set(`${name}/${entry.id}`, entry);
    }
    bodiesByResult.set(result, bodies);
  }
  return bodies.get(`${collection}/${id}`);
}

/**
 * A piece's or a live entry's body as the checks of this process compiled it (the build's, or the dev server's
 * latest). Bodies stay here, not in Astro's data store, which is written, read and bundled whole
 * on every build (docs/decisions/2026-11-26-bodies-outside-the-data-store.md). The entry's digest
 * still covers its body, so a changed body still changes its pages' keys.
 */
export function checkedBody(root: string, collection: 'articles' | 'explainers' | 'live', id: string): readonly BodyPart[] | undefined {
  return checkedEntry(root, collection, id)?.body;
}

/** The ids of the timelines a piece's body shows, without reading the body's parts. */
export function checkedTimelines(root: string, collection: 'articles' | 'explainers', id: string): readonly string[] | undefined {
  return checkedEntry(root, collection, id)?.timelines;
}
