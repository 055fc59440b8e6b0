import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser.ts';
import { FIXTURE_SITE_ENV } from './tests/support/fixture-site.ts';
import { PAGE_TYPES_ENV } from './tests/support/page-types.ts';

/** A port free now, asked of a child process because the config is read synchronously. */
function freePortNow(): number {
  const script = "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10_000 }));
}

// The built dist/ as real hosts serve it (scripts/host.ts): Cloudflare's runtime and nginx, on
// ports free in this run, so that two runs on one machine never meet. The workers read this
// config again; the ports chosen first reach them through the environment they inherit.
const PORTS = 'NETZCHRONIK_HOST_PORTS';
if (process.env[PORTS] === undefined) {
  const cloudflare = freePortNow();
  let nginx = freePortNow();
  while (nginx === cloudflare) nginx = freePortNow();
  process.env[PORTS] = `${String(cloudflare)},${String(nginx)}`;
}
const [cloudflarePort = 0, nginxPort = 0] = (process.env[PORTS] ?? '').split(',').map(Number);
const HOSTS = { cloudflare: cloudflarePort, nginx: nginxPort } as const;
const url = (port: number) => `http://127.0.0.1:${port}`;
// The site with every page type (tests/support/page-types.ts): its folder, one per run, named
// here and handed to the workers like the ports; the `page-types` project builds it.
process.env[PAGE_TYPES_ENV] ??= join(tmpdir(), `netzchronik-page-types-${randomUUID()}`);
// The same for the real content with authors, pictures and a live ticker (tests/support/fixture-site.ts).
process.env[FIXTURE_SITE_ENV] ??= join(tmpdir(), `netzchronik-fixture-site-${randomUUID()}`);
/** The browser tests that read the fixture site, built once before them by the `fixture-site` project. */
const FIXTURE_SITE_SPECS = ['authors.spec.ts', 'live-ticker.spec.ts', 'pictures.spec.ts'];

export default defineConfig({
  testDir: 'tests',
  testMatch: '{e2e,a11y,hosts,validators,desk}/**/*.spec.ts',
  // Playwright empties outputDir on start; a subfolder keeps test-results/vitest.json alive.
  outputDir: 'test-results/playwright-artifacts',
  workers: 2,
  // Tests of one file spread over both workers; files whose tests share an expensive setup
  // (a fixture site, the Nu checker's run) keep theirs together with describe.configure.
  fullyParallel: true,
  retries: 0,
  // A test.only left in a file would quietly skip every other test, on a laptop as in CI.
  forbidOnly: true,
  // scripts/test-all.ts sums up test-results/playwright.json.
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: url(HOSTS.cloudflare),
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    // No trace: recording one for every test (to keep it on failure) took a fifth of the
    // browser tests' CPU, most of it the screencast. Retries are off, so Playwright's advice (a
    // trace on the first retry) would never record either. A failure keeps its screenshot and its
    // error context; `npx playwright test --trace on <file>` records a trace where one is needed.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Pages, metadata and accessibility: on the host we deploy to.
    { name: 'e2e', testDir: 'tests/e2e', testIgnore: FIXTURE_SITE_SPECS },
    // What the real content lacks (authors, pictures, a live ticker): on the fixture site, built once before them.
    { name: 'fixture-site', testDir: 'tests/fixture-site', testMatch: 'site.setup.ts', teardown: 'fixture-site:remove' },
    { name: 'fixture-site:remove', testDir: 'tests/fixture-site', testMatch: 'site.teardown.ts' },
    { name: 'e2e:fixture-site', testDir: 'tests/e2e', testMatch: FIXTURE_SITE_SPECS, dependencies: ['fixture-site'] },
    // Accessibility and the validators also check a sample of every page type on a generated site, built once before them.
    { name: 'page-types', testDir: 'tests/page-types', testMatch: 'site.setup.ts', teardown: 'page-types:remove' },
    { name: 'page-types:remove', testDir: 'tests/page-types', testMatch: 'site.teardown.ts' },
    { name: 'a11y', testDir: 'tests/a11y', dependencies: ['page-types'] },
    // W3C Nu HTML Checker and html-validate over the built files, linkinator over the served site.
    { name: 'validators', testDir: 'tests/validators', dependencies: ['page-types'] },
    // What a host adds (headers, caching, 404, redirects, compression): on every host.
    { name: 'hosts:cloudflare', testDir: 'tests/hosts', testIgnore: 'nginx.spec.ts', use: { baseURL: url(HOSTS.cloudflare) } },
    { name: 'hosts:nginx', testDir: 'tests/hosts', use: { baseURL: url(HOSTS.nginx) } },
    // The browser desk (`npm run cms`) on a copy of the content, alone with `--project desk`.
    { name: 'desk', testDir: 'tests/desk' },
  ],
  // Serves the already built dist/; building is the caller's job (npm test builds first).
  webServer: Object.entries(HOSTS).map(([engine, port]) => ({
    command: `node scripts/host.ts ${engine} --port ${port}`,
    url: `${url(port)}/`,
    reuseExistingServer: false,
    // wrangler starts its runtime first.
    timeout: 60_000,
    // Stopped with a signal the host script can act on (Playwright's default is SIGKILL), so that it removes its temporary files.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  })),
});
