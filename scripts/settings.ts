/**
 * The deployer's settings from the environment (docs/configuration.md), checked before a command
 * reads anything: a wrong value stops `npm run build` and `npm run check:content` with one line
 * per setting, instead of a stack trace from deep inside Astro. Each rule stays with the code that
 * uses the setting; this only asks each of them. Imports nothing that reads a setting on import.
 */
import type { z } from 'astro/zod';
import { precompressionWanted } from '../src/outputs/hosting/precompress.ts';
import { basePathSchema, siteUrlSchema } from '../src/site-address.ts';
import { buildTime } from '../src/util/clock.ts';

/** One line per wrong setting, naming it, with the value it got. */
export function settingProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const schemas: [string, z.ZodType][] = [
    ['SITE_URL', siteUrlSchema],
    ['BASE_PATH', basePathSchema],
  ];
  for (const [name, schema] of schemas) {
    const value = env[name];
    const issue = value === undefined ? undefined : schema.safeParse(value).error?.issues[0];
    if (issue) problems.push(`${issue.message} (got "${value ?? ''}")`);
  }
  for (const read of [() => buildTime(env), () => precompressionWanted(env)]) {
    try {
      read();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return problems;
}
