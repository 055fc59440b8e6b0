/**
 * The dark colour scheme changes colours only, never what is on the page: axe runs all its rules
 * in the light scheme and only the colour rules in the dark one (tests/a11y/axe.spec.ts), which is
 * sound only while this holds.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SOURCES = globSync('src/**/*.{astro,css,ts}').sort();
/** The utilities a `dark:` variant may set, after any further variants (hover:, lg:, before:, [&_mark]:, …). */
const COLOUR_UTILITY = /^(?:(?:[a-z-]+|\[[^\]]+\]):)*(?:text|bg|border|fill|stroke|outline|brightness|prose-invert)(?:-|$)/;

describe('the dark colour scheme', () => {
  it('is set by dark: utilities that only change colours', () => {
    const utilities = SOURCES.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bdark:([\w:/.[\]#&-]+)/g)].map((match) => `${file}: ${match[1] ?? ''}`));
    expect(utilities.length, 'dark: utilities found').toBeGreaterThan(50);
    expect(utilities.filter((entry) => !COLOUR_UTILITY.test(entry.slice(entry.indexOf(': ') + 2)))).toEqual([]);
  });

  it('has no style of its own beside them: no prefers-color-scheme rule in the styles, only the theme colours in the head', () => {
    const queries = SOURCES.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.includes('prefers-color-scheme')).map((line) => `${file}: ${line.trim()}`));
    expect(queries).toEqual([
      'src/components/Head.astro: <meta name="theme-color" content="#ffffff" media="(prefers-color-scheme: light)" />',
      'src/components/Head.astro: <meta name="theme-color" content="#0c0a09" media="(prefers-color-scheme: dark)" />',
    ]);
  });
});
