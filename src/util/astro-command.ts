/**
 * Which Astro command this process runs ("dev", "build", …), as the preview integration records
 * it when Astro sets up (src/preview/integration.ts).
 */

/** The environment variable that holds the command. */
export const ASTRO_COMMAND_ENV = 'NEWS_ASTRO_COMMAND';

/**
 * Whether this is `astro dev`, which shows drafts and scheduled pieces and recomputes queries.
 * Decided by Astro's command, never by the Vite mode: `import.meta.env.DEV` is also true for a
 * build run with NODE_ENV=test, as the content tests' builds are.
 */
export function isDevServer(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[ASTRO_COMMAND_ENV] === 'dev';
}
