/**
 * Imported first by astro.config.mjs, so that a wrong deployer setting stops every Astro command
 * (`astro dev`, `npm run cms`, `astro check`, `astro build` run by hand) with the lines
 * `npm run build` prints, before a module that reads a setting on import (src/site.config.ts)
 * throws from inside Astro's config loader with a stack trace.
 */
import { settingProblems } from './settings.ts';

const problems = settingProblems(process.env);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
