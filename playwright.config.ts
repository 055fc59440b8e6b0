import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser.ts';

const PORT = 4322;
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests',
  testMatch: '{e2e,a11y}/**/*.spec.ts',
  // Playwright empties outputDir on start; a subfolder keeps test-results/vitest.json alive.
  outputDir: 'test-results/playwright-artifacts',
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  // scripts/test-all.ts sums up test-results/playwright.json.
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'a11y', testDir: 'tests/a11y' },
  ],
  // Serves the already built dist/; building is the caller's job (npm test builds first).
  webServer: {
    command: `node scripts/serve.ts --port ${PORT}`,
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
  },
});
