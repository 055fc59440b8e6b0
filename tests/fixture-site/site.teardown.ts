/** Removes the fixture site after the browser tests that use it (`site.setup.ts`). */
import { rmSync } from 'node:fs';
import { test } from '@playwright/test';
import { fixtureSiteRoot } from '../support/fixture-site.ts';

test('remove the fixture site', () => {
  rmSync(fixtureSiteRoot(), { recursive: true, force: true });
});
