/**
 * axe (WCAG 2.2 AA) for the browser tests: one place for the rules, the mode axe runs in and how
 * the two colour schemes are checked.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const COLOR_SCHEMES = ['light', 'dark'] as const;

/**
 * The rules whose outcome depends on colours. The dark scheme changes colours only (the `dark:`
 * utilities are colour utilities, held by tests/unit/dark-scheme.test.ts), so every other rule
 * sees the same page in both schemes and runs in the light one alone.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** A script that does nothing: what AxeBuilder injects into a page that has axe already. */
const AXE_ALREADY_IN_PAGE = 'undefined';

export interface Violation {
  rule: string;
  /** The elements concerned, as CSS selectors. */
  nodes: string[];
}

/**
 * axe's violations on the open page: all WCAG 2.2 AA rules, or only the colour rules. axe runs in
 * the page itself (its legacy mode): the default mode runs it in every frame and then once more in
 * a new page to merge the frames' results, over twice the time for the same rules and the same
 * findings. The merge is only needed for frames, and the site's pages have none (checked here).
 */
export async function axeViolations(page: Page, rules: 'all' | 'colours' = 'all'): Promise<Violation[]> {
  expect(page.frames(), `frames on ${page.url()} (axe checks the top frame only)`).toHaveLength(1);
  // AxeBuilder evaluates axe's source (over a megabyte) twice per run; a page checked in both
  // schemes would compile it four times. It goes in once per document, and the builder's own
  // injection (its `axeSource`) is left with nothing to do.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const builder = new AxeBuilder({ page, axeSource: AXE_ALREADY_IN_PAGE });
  const configured = rules === 'colours' ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG_22_AA);
  const results = await configured.setLegacyMode(true).analyze();
  return results.violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

/**
 * Loads `url` once (then waits for `ready`, e.g. for a script's output) and checks it in each
 * colour scheme: all rules in the light one, the colour rules in the dark one. The colours follow
 * the emulated scheme at once, without a reload (the body's background shows it). The violations
 * by scheme, none when there are none.
 */
export async function violationsInBothSchemes(page: Page, url: string, ready?: (page: Page) => Promise<void>): Promise<Partial<Record<(typeof COLOR_SCHEMES)[number], Violation[]>>> {
  await page.emulateMedia({ colorScheme: COLOR_SCHEMES[0] });
  await page.goto(url);
  await ready?.(page);
  const found: Partial<Record<(typeof COLOR_SCHEMES)[number], Violation[]>> = {};
  const backgrounds = new Set<string>();
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    const list = await axeViolations(page, colorScheme === COLOR_SCHEMES[0] ? 'all' : 'colours');
    if (list.length > 0) found[colorScheme] = list;
  }
  expect(backgrounds.size, `${url} changes its colours with the scheme`).toBe(COLOR_SCHEMES.length);
  return found;
}
