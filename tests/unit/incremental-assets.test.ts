import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNUSED_FOLDER, withoutOutputFolder } from '../../src/pictures/incremental-assets.ts';

/** Astro's source of the astro:assets virtual module, as installed. */
function astroAssetsPlugin(): string {
  const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  return readFileSync(join(astro, 'dist', 'assets', 'vite-plugin-assets.js'), 'utf8');
}

describe('withoutOutputFolder', () => {
  it('replaces the absolute output folders of astro:assets with one fixed URL', () => {
    const module = (out: string) =>
      [
        'export const imageConfig = {};',
        `export const outDir = /* #__PURE__ */ new URL("file://${out}/");`,
        `export const serverDir = /* #__PURE__ */ new URL("file://${out}/server/");`,
        'export const getImage = async (options) => options;',
      ].join('\n');
    const first = withoutOutputFolder(module('/tmp/clean'));
    const second = withoutOutputFolder(module('/home/ci/work/dist'));
    expect(first.replaced).toBe(2);
    expect(first.code).toBe(second.code);
    expect(first.code).toContain(`export const outDir = /* #__PURE__ */ new URL(${JSON.stringify(UNUSED_FOLDER)});`);
    expect(first.code).toContain('export const getImage = async (options) => options;');
  });

  it('still matches how the installed Astro writes the two exports', () => {
    // If this fails after an Astro update, the plugin warns during builds and pages with
    // pictures are no longer reused across output folders: adapt OUTPUT_FOLDER_EXPORT.
    const source = astroAssetsPlugin();
    expect(source).toContain('export const outDir = /* #__PURE__ */ new URL(${JSON.stringify(');
    expect(source).toContain('export const serverDir = /* #__PURE__ */ new URL(${JSON.stringify(');
  });
});
