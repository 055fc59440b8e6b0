/**
 * Astro bundles the content layer's store into the build as one module that parses one string
 * literal: `export default JSON.parse("…the whole store…")`. V8 compiles a string literal in a
 * time that grows faster than its length, and at archive sizes this one is tens of megabytes:
 * compiling it took longer than rendering a rebuild's pages (docs/benchmark.md, „the content
 * store's module“). This integration splits the literal into parts of at most 1 MiB that the
 * module joins when it runs: the same text, parsed the same way, into the same data.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';

/** Astro's resolved id of the store's module (`astro:data-layer-content`). */
const STORE_MODULE_ID = /^\0astro:data-layer-content$/;
const WHOLE_STORE_START = 'export default JSON.parse("';
const WHOLE_STORE_END = '")';
/** Parts this long compile in about the time their length says. */
export const PART_LENGTH = 1024 * 1024;

/**
 * The module `code` with its store literal in parts, and the number of parts; undefined if the
 * code is not the one-literal module this knows.
 */
export function splitStoreLiteral(code: string, partLength = PART_LENGTH): { code: string; parts: number } | undefined {
  if (!code.startsWith(WHOLE_STORE_START) || !code.endsWith(WHOLE_STORE_END)) return undefined;
  let text: unknown;
  try {
    // The literal is JSON.stringify's output, so JSON reads it back.
    text = JSON.parse(code.slice(WHOLE_STORE_START.length - 1, -1));
  } catch {
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  const parts: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + partLength, text.length);
    // A part never ends between the two halves of a surrogate pair.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
    parts.push(JSON.stringify(text.slice(start, end)));
    start = end;
  }
  return { code: `export default JSON.parse([\n${parts.join(',\n')}\n].join(''))`, parts: parts.length };
}

function storeModulePlugin(logger: AstroIntegrationLogger): Plugin {
  return {
    name: 'newsroom:store-module',
    apply: 'build',
    transform: {
      filter: { id: STORE_MODULE_ID },
      handler(code) {
        const split = splitStoreLiteral(code);
        if (split === undefined) {
          // Astro's chunked storage or a store that lost its one literal: nothing to split, but a
          // large one-piece module would bring the compile time back, so say so.
          if (code.length > PART_LENGTH) logger.warn(`content store module: ${megabytes(code.length)} MB in a form this integration does not know, left whole (src/loaders/store-module.ts)`);
          return null;
        }
        logger.info(`content store module: ${megabytes(code.length)} MB in ${split.parts} part(s)`);
        return { code: split.code, map: { mappings: '' } };
      },
    },
  };
}

const megabytes = (length: number) => (length / 1_000_000).toFixed(1);

/** The integration; only builds bundle the store (the dev server reads it as it changes). */
export function storeModule(): AstroIntegration {
  return {
    name: 'newsroom:store-module',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [storeModulePlugin(logger)] } });
      },
    },
  };
}
