import { describe, expect, it } from 'vitest';
import { PART_LENGTH, splitStoreLiteral } from '../../src/loaders/store-module.ts';

/** The module Astro writes for a store serialized as `json` (vite-plugin-content-virtual-mod.js). */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

/** What a module of this one-export form evaluates to. */
function evaluate(code: string): unknown {
  return new Function(code.replace(/^export default /, 'return '))() as unknown;
}

// The store as devalue writes it: quotes, backslashes, line breaks, umlauts and typographic quotes.
const store = JSON.stringify([{ articles: 1 }, ['„Dieser Mann“ nahm\nDonald Trump vom Netz', 'C:\\pfad', 'Straße – ü', { title: 2 }]]);

describe('splitStoreLiteral', () => {
  it('splits the literal into parts of at most the given length that evaluate to the same data', () => {
    const split = splitStoreLiteral(astroModule(store), 10);
    if (!split) throw new Error('not split');
    expect(split.parts).toBe(Math.ceil(store.length / 10));
    expect(evaluate(split.code)).toEqual(JSON.parse(store));
    const literals = split.code.split('\n').slice(1, -1);
    expect(literals).toHaveLength(split.parts);
    for (const literal of literals) expect((JSON.parse(literal.replace(/,$/, '')) as string).length).toBeLessThanOrEqual(10);
  });

  it('keeps a store shorter than a part in one part', () => {
    const split = splitStoreLiteral(astroModule(store));
    expect(split?.parts).toBe(1);
    expect(store.length).toBeLessThan(PART_LENGTH);
    expect(evaluate(split?.code ?? '')).toEqual(JSON.parse(store));
  });

  it('never ends a part between the halves of a surrogate pair', () => {
    const text = JSON.stringify(['a😀b😀']);
    // With parts of 4, the emojis' first halves would end the first and the second part.
    const split = splitStoreLiteral(astroModule(text), 4);
    if (!split) throw new Error('not split');
    expect(split.code).not.toMatch(/\\ud8/i);
    expect(split.parts).toBe(3);
    expect(evaluate(split.code)).toEqual(['a😀b😀']);
  });

  it('leaves every other form alone', () => {
    expect(splitStoreLiteral('export default new Map()')).toBeUndefined();
    // Astro's chunked storage: a manifest of imports.
    expect(splitStoreLiteral('export default{"articles":[(await import("astro:data-layer-content-chunk:a.txt"))]}')).toBeUndefined();
    expect(splitStoreLiteral(`${astroModule(store)};\nexport const more = 1`)).toBeUndefined();
    expect(splitStoreLiteral('export default JSON.parse("[1]" + "2")')).toBeUndefined();
  });
});
