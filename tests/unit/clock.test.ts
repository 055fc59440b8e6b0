import { describe, expect, test } from 'vitest';
import { BUILD_TIME_ENV, buildTime, startBuildClock } from '../../src/util/clock.ts';

describe('the build clock', () => {
  test('a build fixes "now" once: every later reading gives the instant it started with', () => {
    const env: NodeJS.ProcessEnv = {};
    const before = Date.now();
    const started = startBuildClock(env);
    expect(started.getTime()).toBeGreaterThanOrEqual(before);
    expect(env[BUILD_TIME_ENV]).toBe(started.toISOString());
    expect(buildTime(env)).toEqual(started);
    expect(startBuildClock(env)).toEqual(started);
  });

  test('NEWS_BUILD_TIME names the instant, with its offset', () => {
    const env = { [BUILD_TIME_ENV]: '2026-11-27T08:00:00+01:00' };
    expect(startBuildClock(env).toISOString()).toBe('2026-11-27T07:00:00.000Z');
    expect(buildTime(env).toISOString()).toBe('2026-11-27T07:00:00.000Z');
    expect(env[BUILD_TIME_ENV]).toBe('2026-11-27T08:00:00+01:00');
  });

  test('a time without an offset, or no time at all, is refused with the variable named', () => {
    for (const value of ['2026-11-27T08:00:00', '27.11.2026', '']) {
      expect(() => buildTime({ [BUILD_TIME_ENV]: value })).toThrow(
        `NEWS_BUILD_TIME must be an ISO 8601 time with an offset, e.g. 2026-11-27T08:00:00+01:00 (got "${value}")`,
      );
    }
  });

  test('without a build, "now" is the clock\'s, read anew each time (the dev server)', () => {
    const before = Date.now();
    const read = buildTime({}).getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });
});
