/**
 * `visitor`: a page that stays open for every test of a Playwright worker, for tests that only load
 * pages and read them. Playwright gives each test a browser context of its own, and on these
 * machines a new context (a new renderer process) costs more CPU than loading one of the site's
 * static pages; the suites that load every page once would spend most of their time on that. The
 * site keeps no state in the browser (no cookies or storage), and each test starts from a light
 * colour scheme with no listeners left by the test before; what a test sets up beyond that it sets
 * up itself. Tests that click, type or need a context's options keep Playwright's own `page`.
 */
import { test as base, type Page } from '@playwright/test';

export const test = base.extend<{ visitor: Page }, { workerVisitor: Page }>({
  workerVisitor: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  visitor: async ({ workerVisitor }, use) => {
    await workerVisitor.emulateMedia({ colorScheme: 'light' });
    await use(workerVisitor);
    workerVisitor.removeAllListeners();
  },
});

export { expect } from '@playwright/test';
