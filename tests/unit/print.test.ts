import { describe, expect, it } from 'vitest';
import { ContentCheckError, errorSummary, formatProblem, formatWarning, hasErrors } from '../../src/checks/print.ts';
import type { Problem } from '../../src/checks/result.ts';

const error: Problem = { severity: 'error', file: 'content/articles/x.mdx', line: 7, field: 'published', message: 'is required but missing' };
const warning: Problem = { severity: 'warning', file: 'content/bilder/y.jpg', field: 'file', message: 'is not shown by any piece; delete it or use it' };

describe('the printed problems', () => {
  it('puts file, line and field where editors\' tools look for them', () => {
    expect(formatProblem(error)).toBe('content/articles/x.mdx:7  published: is required but missing');
    expect(formatProblem(warning)).toBe('content/bilder/y.jpg  file: is not shown by any piece; delete it or use it');
    expect(formatWarning(warning)).toBe('warning  content/bilder/y.jpg  file: is not shown by any piece; delete it or use it');
  });

  it('counts and lists the errors only, with what they stop', () => {
    expect(hasErrors([warning])).toBe(false);
    expect(errorSummary([warning, error])).toBe('The content has 1 error:\n  content/articles/x.mdx:7  published: is required but missing');
    expect(errorSummary([error, { ...error, line: 9 }], 'nothing was published')).toBe(
      'The content has 2 errors; nothing was published:\n  content/articles/x.mdx:7  published: is required but missing\n  content/articles/x.mdx:9  published: is required but missing',
    );
  });

  it("fails the build with every error, no stack, and a hint Astro cannot swap for its own", () => {
    const failure = new ContentCheckError([error, warning]);
    expect(failure.message).toBe('The content has 1 error; nothing was published:\n  content/articles/x.mdx:7  published: is required but missing');
    expect(failure.name).toBe('ContentCheckError');
    expect(failure.stack).toBe('');
    failure.hint = 'Is document available in this environment?';
    expect(failure.hint).toBe('Fix each field named above. The fields are documented in src/schemas/; EDITING.md explains how to write pieces.');
    expect(new ContentCheckError([error], 'no page is shown until they are fixed').message).toMatch(/^The content has 1 error; no page is shown until they are fixed:\n/);
  });
});
