/** Removes the site with every page type after the checks that use it (`site.setup.ts`). */
import { rmSync } from 'node:fs';
import { test } from '@playwright/test';
import { pageTypesRoot } from '../support/page-types.ts';

test('remove the site with every page type', () => {
  rmSync(pageTypesRoot(), { recursive: true, force: true });
});
