/**
 * The site for the browser tests of what the real content lacks: a copy of content/ with named
 * authors (tests/support/authors.ts), pictures on the article (pictures.ts) and a live ticker
 * (live.ts), built once per Playwright run by the `fixture-site` setup project
 * (tests/fixture-site/) into a scratch folder that playwright.config.ts names. Each spec serves
 * the built folder itself, with the hosts it asks for.
 */
import { join } from 'node:path';
import { startHost, type Host } from './serve.ts';

/** The environment variable that names the scratch folder (set by playwright.config.ts, inherited by its workers). */
export const FIXTURE_SITE_ENV = 'NETZCHRONIK_FIXTURE_SITE';

/** The scratch folder of this run's fixture site. */
export function fixtureSiteRoot(): string {
  const root = process.env[FIXTURE_SITE_ENV];
  if (root === undefined || root === '') throw new Error(`${FIXTURE_SITE_ENV} is not set: playwright.config.ts names the folder of the fixture site`);
  return root;
}

/** Where the fixture site's content, output and cache are. */
export function fixtureSitePaths(root = fixtureSiteRoot()): { content: string; outDir: string; cacheDir: string } {
  return { content: join(root, 'content'), outDir: join(root, 'dist'), cacheDir: join(root, 'cache') };
}

export interface ServedSite {
  /** The content the site was built from (with content/bilder/). */
  content: string;
  dist: string;
  /** Where nginx serves it. */
  baseURL: string;
  /** Where Cloudflare's runtime serves it, when asked for (`serveFixtureSite({ cloudflare: true })`). */
  cloudflareURL: string | undefined;
  stop(): Promise<void>;
}

/** Serves the built fixture site with nginx on a free port, and with Cloudflare's runtime too when `cloudflare` is set. */
export async function serveFixtureSite({ cloudflare = false } = {}): Promise<ServedSite> {
  const { content, outDir: dist } = fixtureSitePaths();
  const hosts: Host[] = [];
  const stop = async () => {
    await Promise.all(hosts.map((host) => host.stop()));
  };
  try {
    hosts.push(await startHost('nginx', dist));
    if (cloudflare) hosts.push(await startHost('cloudflare', dist));
  } catch (error) {
    await stop();
    throw error;
  }
  return { content, dist, baseURL: hosts[0]?.url ?? '', cloudflareURL: hosts[1]?.url, stop };
}
