/**
 * The one reading of content/: the content checks read and check every file once, and both
 * the build's checks and Astro's collections (src/loaders/checked-content.ts) use that result,
 * so what is checked is exactly what is built. The result lives on globalThis because the
 * config's integrations and the content layer load this module through different module graphs
 * of the same process.
 */
import { readContentFiles } from './content-files.ts';
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

/** Reads and checks everything again (the dev server, after an editor saved a file). */
export function recheckContent(root: string): CheckResult {
  const result = checkContent(readContentFiles(root));
  (globalThis as GlobalWithState)[STATE] = { root, result };
  return result;
}
