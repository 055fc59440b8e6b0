/**
 * Drafts and scheduled pieces in `astro dev` only: tells the query layer which command runs
 * (src/util/astro-command.ts `isDevServer`), and adds the overview /entwuerfe/ and the page of the
 * content's problems /pruefung/ (src/middleware.ts shows it instead of every page while the content
 * has errors), and one file's problems as JSON for the browser desk (/pruefung/datei.json). The routes exist only in `astro dev`: a build never has them, so no draft can leak
 * through them.
 */
import type { AstroIntegration } from 'astro';
import { ASTRO_COMMAND_ENV } from '../util/astro-command.ts';
import { CONTENT_PROBLEMS_PATH, DRAFTS_PATH, FILE_CHECK_PATH } from '../routing/routes.ts';

export function preview(): AstroIntegration {
  return {
    name: 'newsroom:preview',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        // Set for every command, so a build never inherits "dev" from its environment.
        process.env[ASTRO_COMMAND_ENV] = command;
        if (command !== 'dev') return;
        injectRoute({ pattern: DRAFTS_PATH, entrypoint: new URL('./Entwuerfe.astro', import.meta.url) });
        injectRoute({ pattern: CONTENT_PROBLEMS_PATH, entrypoint: new URL('./Pruefung.astro', import.meta.url) });
        injectRoute({ pattern: FILE_CHECK_PATH, entrypoint: new URL('./file-check.ts', import.meta.url) });
      },
    },
  };
}
