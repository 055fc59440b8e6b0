/**
 * The dev server's overview of drafts and scheduled pieces (/entwuerfe/). The route exists only
 * in `astro dev`: a build never has it, so no draft can leak through it.
 */
import type { AstroIntegration } from 'astro';
import { DRAFTS_PATH } from '../lib/urls.ts';

export function preview(): AstroIntegration {
  return {
    name: 'newsroom:preview',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: DRAFTS_PATH, entrypoint: new URL('../preview/Entwuerfe.astro', import.meta.url) });
      },
    },
  };
}
