/**
 * The sitemap (@astrojs/sitemap): every page, split well before the protocol's 50,000 URLs per
 * file, each with its last change: a piece's own, and for every other page (which lists pieces)
 * the newest piece's.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { site } from '../../site.config.ts';

/** What the content checks learned about the pieces' changes (src/checks/integration.ts). */
interface Changes {
  lastModifiedOf(path: string): Date | undefined;
  newestChange(): Date | undefined;
}

const SITEMAP_ENTRY_LIMIT = 45_000;

export function sitemapOptions(changes: Changes): SitemapOptions {
  return {
    entryLimit: SITEMAP_ENTRY_LIMIT,
    serialize: (item) => {
      const path = new URL(item.url).pathname.slice(site.basePath.length - 1);
      const lastmod = changes.lastModifiedOf(path) ?? changes.newestChange();
      return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
    },
  };
}
