/**
 * Node's default heap is too small for an archive of tens of thousands of pieces: Astro keeps
 * every entry and the bundler every module in memory. Builds may use up to three quarters of the
 * machine's memory instead, unless the caller set a heap size of their own
 * (docs/decisions/2026-11-26-archive-heap.md).
 */
import { totalmem } from 'node:os';

export function withArchiveHeap(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env['NODE_OPTIONS'] ?? '';
  if (options.includes('--max-old-space-size')) return env;
  const megabytes = Math.floor((totalmem() / 1024 / 1024) * 0.75);
  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${megabytes}`.trim() };
}
