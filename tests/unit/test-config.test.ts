/** The runners' configs: a test.only left in a file fails the run on every machine, not only in CI. */
import { describe, expect, it } from 'vitest';
import playwrightConfig from '../../playwright.config.ts';
import vitestConfig from '../../vitest.config.ts';

describe('test.only', () => {
  it('fails Vitest and Playwright everywhere', () => {
    expect(vitestConfig.test?.allowOnly).toBe(false);
    expect(playwrightConfig.forbidOnly).toBe(true);
  });
});
