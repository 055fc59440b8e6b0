/** The JSON-LD documents a page in the browser carries, for the browser tests that read them. */
import type { Page } from '@playwright/test';

/** A JSON-LD document: schema.org's fields, `@type` among them. */
export type JsonLd = Record<string, unknown> & { '@type'?: string };

/** The page's JSON-LD documents, in the order of their scripts. */
export async function jsonLd(page: Page): Promise<JsonLd[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as JsonLd);
}
