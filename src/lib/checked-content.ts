/**
 * The one reading of content/: the content checks read and check every file once, and both
 * the build's checks and Astro's collections (src/loaders/checked-content.ts) use that result,
 * so what is checked is exactly what is built. The result lives on globalThis because the
 * config's integrations and the content layer load this module through different module graphs
 * of the same process.
 */
import { readContentFiles } from './content-files.ts';
import { FrontmatterCache } from './frontmatter-cache.ts';
import { YAML_PARSER } from './source-file.ts';
import { checkContent, type CheckResult } from './validate.ts';

interface CheckedContentState {
  root: string;
  result: CheckResult;
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

/**
 * Reads and checks everything again (a build; the dev server, after an editor saved a file).
 * With `frontmatterCache` (a file below the build's cacheDir), YAML that parsed without a
 * problem in an earlier build is not parsed again (src/lib/frontmatter-cache.ts).
 */
export function recheckContent(root: string, { frontmatterCache }: { frontmatterCache?: string | undefined } = {}): CheckResult {
  const memo = frontmatterCache === undefined ? undefined : FrontmatterCache.load(frontmatterCache, YAML_PARSER);
  const result = checkContent(readContentFiles(root, memo));
  memo?.save();
  (globalThis as GlobalWithState)[STATE] = { root, result };
  return result;
}
