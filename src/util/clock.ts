/**
 * "Now", for deciding what is public: scheduled pieces, the news sitemap's window, the social
 * cards, the checks' warnings. A build decides everything by one instant, taken as it starts, so
 * its steps cannot disagree about a piece that goes live during the build; every copy of this
 * module (Astro's, Vite's) reads it from the environment. The dev server reads the clock each
 * time, so a scheduled piece goes live while it runs. NEWS_BUILD_TIME fixes the instant (ISO 8601
 * with an offset, e.g. 2026-11-27T08:00:00+01:00): tests build at a known time with it, and a
 * deployer can rebuild the site as it stood then.
 */
import { Temporal } from 'temporal-polyfill';

export const BUILD_TIME_ENV = 'NEWS_BUILD_TIME';

/** The instant NEWS_BUILD_TIME names; a value without an offset is refused, since "8 o'clock" is no instant. */
function fixedInstant(value: string): Date {
  try {
    return new Date(Temporal.Instant.from(value).epochMilliseconds);
  } catch {
    throw new Error(`${BUILD_TIME_ENV} must be an ISO 8601 time with an offset, e.g. 2026-11-27T08:00:00+01:00 (got "${value}")`);
  }
}

/** Fixes "now" for the rest of this build (and its worker threads and children), unless NEWS_BUILD_TIME already does. */
export function startBuildClock(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env[BUILD_TIME_ENV];
  if (fixed !== undefined) return fixedInstant(fixed);
  const started = new Date();
  env[BUILD_TIME_ENV] = started.toISOString();
  return started;
}

/** The build's instant, or the clock's when nothing fixed one (the dev server). */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env[BUILD_TIME_ENV];
  return fixed === undefined ? new Date() : fixedInstant(fixed);
}
