import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // scripts/test-all.ts sums up test-results/vitest.json.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'content',
          // The benchmark's smoke test (tests/bench/) runs real builds too, so it shares this
          // project's serial file order; its own test sets a longer timeout.
          include: ['tests/content/**/*.test.ts', 'tests/bench/**/*.test.ts', 'tests/scale/**/*.test.ts'],
          // Content tests run real site builds, usually from beforeAll hooks.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Builds share .astro/ and Vite caches in the project root; parallel builds would race.
          fileParallelism: false,
        },
      },
    ],
  },
});
