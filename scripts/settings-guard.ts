/**
 * Imported first by astro.config.mjs and scripts/check-content.ts, so that a wrong deployer setting
 * stops every Astro command (`astro dev`, `npm run cms`, `astro check`, `astro build` run by hand)
 * and `npm run check:content` with the lines `npm run build` prints, before a module that reads a
 * setting on import (src/site.config.ts) throws with a stack trace.
 */
import { settingProblems } from './settings.ts';

const problems = settingProblems(process.env);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
