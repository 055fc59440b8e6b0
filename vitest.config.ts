import { globSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const UNIT_TESTS = 'tests/unit/**/*.test.ts';

/**
 * The unit test files that replace a module (`vi.mock`): they run isolated, as a module graph
 * shared with other files would already hold the real module.
 */
const MOCKING = globSync(UNIT_TESTS).filter((file) => /\bvi\.(?:do)?[mM]ock\(/.test(readFileSync(file, 'utf8')));

export default defineConfig({
  test: {
    // scripts/test-all.ts sums up test-results/vitest.json.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    // A test.only left in a file would quietly skip every other test, on a laptop as in CI.
    allowOnly: false,
    // Vitest's default leaves one of two cores free. One worker per core: the files' builds run in
    // processes of their own beside the browser tests, and with a third worker the same tests took
    // more CPU and no less time in `npm test` (docs/decisions/2026-12-06-five-minute-test-suite.md).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // The unit test files of a worker share one module graph: importing the site's modules
        // anew for every file took about two thirds of their CPU.
        test: { name: 'unit', include: [UNIT_TESTS], exclude: MOCKING, isolate: false },
      },
      {
        extends: true,
        test: { name: 'unit:mocks', include: MOCKING },
      },
      {
        extends: true,
        test: {
          name: 'content',
          // The benchmark's smoke test (tests/bench/) and the scale test run real builds too.
          include: ['tests/content/**/*.test.ts', 'tests/bench/**/*.test.ts', 'tests/scale/**/*.test.ts'],
          // Real builds, usually from beforeAll hooks, each with its own time limit
          // (tests/support/run.ts); a dev server's hook includes its wait for the build lock.
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
