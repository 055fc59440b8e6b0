/**
 * Where the site lives (SITE_URL, BASE_PATH): the two settings of the publication's identity that
 * a deployer sets, apart from the rest of it (src/site.config.ts) so that a command can check them
 * before any module reads them (scripts/settings.ts).
 */
import { z } from 'astro/zod';

/** Absolute base URL of the production site, without a trailing slash. */
export const siteUrlSchema = z.url({ error: 'SITE_URL must be an absolute URL like https://www.example.de' }).transform((url) => url.replace(/\/+$/, ''));

/** Path the site is served under: "/" at a domain's root, "/repo/" for a GitHub Pages project site. */
export const basePathSchema = z.string().regex(/^\/([\w.-]+\/)*$/, { error: 'BASE_PATH must start and end with "/", like "/" or "/netzchronik/"' });
