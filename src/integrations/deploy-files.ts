/** Writes `_headers` and `_redirects` into the build output, from the built pages and the content checks. */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspFromHtml, mergeCsp, renderHeadersFile, renderRedirectsFile } from '../lib/deploy-files.ts';
import { site } from '../site.config.ts';

export function deployFiles(redirects: () => readonly { from: string; to: string }[]): AstroIntegration {
  return {
    name: 'newsroom:deploy-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = globSync('**/*.html', { cwd: outDir });
        const policies = pages.flatMap((page) => cspFromHtml(readFileSync(join(outDir, page), 'utf8')) ?? []);
        if (policies.length !== pages.length) {
          throw new Error(`Only ${policies.length} of ${pages.length} pages carry a CSP <meta>; is security.csp on in astro.config.mjs?`);
        }
        writeFileSync(join(outDir, '_headers'), renderHeadersFile({ csp: mergeCsp(policies), basePath: site.basePath }));
        writeFileSync(join(outDir, '_redirects'), renderRedirectsFile(redirects(), site.basePath));
        logger.info(`_headers (CSP from ${pages.length} pages) and _redirects (${redirects().length} rules) written`);
      },
    },
  };
}
