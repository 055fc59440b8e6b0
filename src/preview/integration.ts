/**
 * Drafts and scheduled pieces in `astro dev` only: tells the query layer which command runs
 * (src/util/astro-command.ts `isDevServer`), and adds the overview /entwuerfe/. The route exists only in
 * `astro dev`: a build never has it, so no draft can leak through it.
 */
import type { AstroIntegration } from 'astro';
import { ASTRO_COMMAND_ENV } from '../util/astro-command.ts';
import { DRAFTS_PATH } from '../routing/routes.ts';

export function preview(): AstroIntegration {
  return {
    name: 'newsroom:preview',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        // Set for every command, so a build never inherits "dev" from its environment.
        process.env[ASTRO_COMMAND_ENV] = command;
        if (command !== 'dev') return;
        injectRoute({ pattern: DRAFTS_PATH, entrypoint: new URL('./Entwuerfe.astro', import.meta.url) });
      },
    },
  };
}
