import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser.ts';

// The built dist/ as real hosts serve it (scripts/host.ts): Cloudflare's runtime and nginx.
const HOSTS = { cloudflare: 4322, nginx: 4323 } as const;
const url = (port: number) => `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests',
  testMatch: '{e2e,a11y,hosts,validators}/**/*.spec.ts',
  // Playwright empties outputDir on start; a subfolder keeps test-results/vitest.json alive.
  outputDir: 'test-results/playwright-artifacts',
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  // scripts/test-all.ts sums up test-results/playwright.json.
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: url(HOSTS.cloudflare),
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Pages, metadata and accessibility: on the host we deploy to.
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'a11y', testDir: 'tests/a11y' },
    // W3C Nu HTML Checker and html-validate over the built files, linkinator over the served site.
    { name: 'validators', testDir: 'tests/validators' },
    // What a host adds (headers, caching, 404, redirects, compression): on every host.
    { name: 'hosts:cloudflare', testDir: 'tests/hosts', testIgnore: 'nginx.spec.ts', use: { baseURL: url(HOSTS.cloudflare) } },
    { name: 'hosts:nginx', testDir: 'tests/hosts', use: { baseURL: url(HOSTS.nginx) } },
  ],
  // Serves the already built dist/; building is the caller's job (npm test builds first).
  webServer: Object.entries(HOSTS).map(([engine, port]) => ({
    command: `node scripts/host.ts ${engine} --port ${port}`,
    url: `${url(port)}/`,
    reuseExistingServer: false,
    // wrangler starts its runtime first.
    timeout: 60_000,
  })),
});
