/**
 * How queries remember their answers. Every page asks the same questions, so a build computes
 * each answer once; the dev server computes again, so edits show without a restart.
 */
import { isDevServer } from '../util/astro-command.ts';

/** An answer computed once per build, and on every call in the dev server. */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (isDevServer() ? compute() : (cached ??= compute()));
}


/**
 * oncePerBuild for queries that run git: the dev server reuses a result for a second instead of
 * recomputing on every call, because one page asks once per piece (its cache key).
 */
export function oncePerBuildOrSecond<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  let computedAt = 0;
  return () => {
    if (cached && (!isDevServer() || Date.now() - computedAt < 1000)) return cached;
    computedAt = Date.now();
    return (cached = compute());
  };
}
