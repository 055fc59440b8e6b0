/**
 * Writes what hosts read next to the pages after the build: `_headers` and `_redirects` into the
 * output (Cloudflare Pages), and `<outDir>-nginx.conf` beside it (nginx; outside the output, so
 * it is never served). Fails the build when a page carries an inline script or style, which no
 * page type's Content-Security-Policy allows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routeFiles } from './route-files.ts';
import { inlineCode, nginxConfPath, renderHeadersFile, renderNginxConf, renderRedirectsFile, type Redirect } from './host-files.ts';
import { site } from '../../site.config.ts';

export function deployFiles(redirects: () => readonly Redirect[]): AstroIntegration {
  return {
    name: 'newsroom:deploy-files',
    hooks: {
      'astro:build:done': ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = routeFiles(assets, dir).filter((file) => file.endsWith('.html'));
        const offending = pages.flatMap((page) =>
          inlineCode(readFileSync(join(outDir, page), 'utf8')).map((what) => `${page}: ${what}`),
        );
        if (offending.length > 0) {
          throw new Error(
            `Pages carry inline code that their Content-Security-Policy blocks (src/outputs/hosting/host-files.ts):\n${offending.slice(0, 10).join('\n')}`,
          );
        }
        writeFileSync(join(outDir, '_headers'), renderHeadersFile(site.basePath));
        writeFileSync(join(outDir, '_redirects'), renderRedirectsFile(redirects(), site.basePath));
        writeFileSync(nginxConfPath(outDir), renderNginxConf(redirects(), site.basePath));
        logger.info(`_headers, _redirects (${redirects().length} rules) and ${nginxConfPath(outDir).split('/').pop() ?? ''} written`);
      },
    },
  };
}
