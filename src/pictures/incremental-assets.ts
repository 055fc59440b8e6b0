/**
 * Keeps Astro's incremental build working for pages that show pictures: `astro:assets` exports
 * the absolute output folder (`outDir`, `serverDir`), which made every page with a picture look
 * changed to a build into another folder. In a static build without an adapter nothing reads
 * them, so this plugin replaces their values with a fixed placeholder; with an adapter it changes
 * nothing (docs/decisions/2026-11-26-incremental-assets-plugin.md).
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's resolved id of the `astro:assets` virtual module. */
const ASSETS_MODULE = '\0astro:assets';
/** The two exports that carry the output folder: `export const outDir = /* #__PURE__ *\/ new URL("file:///…");` */
const OUTPUT_FOLDER_EXPORT = /(export const (?:outDir|serverDir) = \/\* #__PURE__ \*\/ new URL\()"file:\/\/\/[^"]*"(\))/g;
/** What the two exports hold instead: a URL that names no folder of this machine. */
export const UNUSED_FOLDER = 'file:///astro-output-folder-unused-in-static-builds/';

/** `code` of the `astro:assets` module without the absolute output folder, and how many exports were replaced. */
export function withoutOutputFolder(code: string): { code: string; replaced: number } {
  let replaced = 0;
  const result = code.replace(OUTPUT_FOLDER_EXPORT, (_match, before: string, after: string) => {
    replaced += 1;
    return `${before}${JSON.stringify(UNUSED_FOLDER)}${after}`;
  });
  return { code: result, replaced };
}

export function incrementalAssets(): AstroIntegration {
  let active = false;
  const plugin: Plugin = {
    name: 'newsroom:incremental-assets',
    enforce: 'post',
    transform(code, id) {
      if (!active || id !== ASSETS_MODULE) return undefined;
      const { code: stable, replaced } = withoutOutputFolder(code);
      // Astro changed how it writes the module: say so instead of silently losing the cache.
      if (replaced !== 2) this.warn(`astro:assets no longer exports outDir and serverDir as expected (${replaced} of 2 found); pages with pictures may not be reused by the incremental build (src/pictures/incremental-assets.ts)`);
      return { code: stable, map: null };
    },
  };
  return {
    name: 'newsroom:incremental-assets',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:config:done': ({ config, buildOutput }) => {
        active = buildOutput === 'static' && config.adapter === undefined;
      },
    },
  };
}
