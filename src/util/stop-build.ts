/**
 * Ends `astro build` with a report of our own. Astro wraps an error thrown by a hook in English
 * words and a frame made for errors in code; when the cause is in the editors' files (or must be
 * traced back to them), the report alone says what to fix. `scripts/build.ts` then removes the
 * output, as after any failed build.
 */
import type { AstroIntegrationLogger } from 'astro';

export function stopBuild(logger: AstroIntegrationLogger, report: string): never {
  logger.error(report);
  process.exit(1);
}
