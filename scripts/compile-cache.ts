/**
 * Node's module compile cache for builds and tests: each build starts Astro, Vite, the bundler
 * and its worker threads anew and compiles the same megabytes of JavaScript every time. With
 * `NODE_COMPILE_CACHE`, Node keeps the compiled code of each module on disk and checks it against
 * the module's source before using it, so an edited file is simply compiled again. The cache lives
 * in node_modules/.cache/ (it goes with a fresh install and is never committed). A caller's own
 * `NODE_COMPILE_CACHE` wins, and `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 */
import { join } from 'node:path';

export const COMPILE_CACHE_DIR = join(import.meta.dirname, '..', 'node_modules', '.cache', 'node-compile-cache');

export function withCompileCache(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, NODE_COMPILE_CACHE: env['NODE_COMPILE_CACHE'] ?? COMPILE_CACHE_DIR };
}
