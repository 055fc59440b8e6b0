/**
 * The checked content of this process, as the pages and the collections' loaders read it. The
 * result lives on globalThis because the config's integrations and the content layer load the
 * checks through different module graphs of the same process. This module imports nothing of the
 * checks themselves: the checks run in `astro:config:setup` (src/checks/integration.ts, with
 * src/checks/checked-content.ts), and Vite, which loads the content layer's modules again, then
 * loads only these readers, not the checks' rules, parsers and compiler.
 */
import type { BodyPart } from './body/compile.ts';
import type { CheckedEntry, CheckResult } from './result.ts';

interface CheckedContentState {
  root: string;
  result: CheckResult;
  /** When the reading of content/ for this result began (ms since the epoch): a file saved before then is in it. */
  readAt: number;
}

const STATE = Symbol.for('netzchronik.checked-content');
type GlobalWithState = typeof globalThis & { [STATE]?: CheckedContentState };

/** The last checks' state of this process for the content below `root`, if they ran. */
function checkedState(root: string): CheckedContentState | undefined {
  const state = (globalThis as GlobalWithState)[STATE];
  return state?.root === root ? state : undefined;
}

/** Keeps the result of the checks that just ran (src/checks/checked-content.ts). */
export function setCheckedState(state: CheckedContentState): void {
  (globalThis as GlobalWithState)[STATE] = state;
}

/**
 * The result of the checks that ran in this process for the content below `root`. Every Astro
 * command runs them in `astro:config:setup`, before anything reads content; without them
 * nothing may be built, so their absence is a fault in the site's code.
 */
export function checkedResult(root: string): CheckResult {
  const state = checkedState(root);
  if (!state) throw new Error(`The content checks have not run for ${root} in this process (src/checks/integration.ts runs them in astro:config:setup).`);
  return state.result;
}

/** When the checked content below `root` was read, if it was (the browser desk waits for a result that has seen a save). */
export function checkedContentReadAt(root: string): number | undefined {
  return checkedState(root)?.readAt;
}

const bodiesByResult = new WeakMap<CheckResult, Map<string, CheckedEntry>>();

/** The checked entry of a piece or a live entry, by collection and id, from the checks of this process. */
function checkedEntry(root: string, collection: 'articles' | 'explainers' | 'live', id: string): CheckedEntry | undefined {
  const result = checkedResult(root);
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
