// Chromium for Playwright. Playwright cannot download its own browsers on our machines,
// so prefer an explicitly configured or system-wide Chromium and fall back to Playwright's.
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const INSTALL_HINT =
  'Install one with `apt-get update && apt-get install -y chromium` ' +
  '(or `npx playwright install chromium` where downloads work), ' +
  'or set CHROMIUM_PATH to a Chromium/Chrome executable.';

function playwrightChromium(): string | undefined {
  try {
    const candidate = chromium.executablePath();
    return candidate !== '' && existsSync(candidate) ? candidate : undefined;
  } catch {
    // executablePath() throws on platforms Playwright has no build for.
    return undefined;
  }
}

/** Resolves the Chromium executable: CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') {
    // An explicit setting that points nowhere is a mistake; silently using another browser would hide it.
    if (!existsSync(configured)) {
      throw new Error(`CHROMIUM_PATH is set to ${JSON.stringify(configured)}, but that file does not exist. ${INSTALL_HINT}`);
    }
    return configured;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const bundled = playwrightChromium();
  if (bundled !== undefined) return bundled;
  throw new Error(`No Chromium found for Playwright (checked CHROMIUM_PATH, ${SYSTEM_CHROMIUM} and Playwright's own browsers). ${INSTALL_HINT}`);
}

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: findChromium(),
  args: [
    // Containers/CI run as root without user namespaces.
    '--no-sandbox',
    '--disable-gpu',
    // Keep the browser from phoning home, so runs are offline-safe and deterministic.
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
