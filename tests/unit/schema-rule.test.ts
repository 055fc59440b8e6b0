import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeIssue, editorMessage } from '../../src/checks/rules/schema.ts';

/** The messages zod gives for `data` when editors' words stand in for its own. */
const messagesOf = (schema: z.ZodType, data: unknown) => {
  const result = schema.safeParse(data, { error: editorMessage });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('editorMessage', () => {
  it('says what a missing field and each expected type mean in YAML', () => {
    const schema = z.object({ title: z.string(), draft: z.boolean(), topics: z.array(z.string()), image: z.object({ src: z.string() }), width: z.number() });
    expect(messagesOf(schema, { draft: 'ja', topics: 'twitter', image: 'x.jpg', width: 'breit' })).toEqual([
      'is required but missing',
      'must be true or false',
      'must be a list: [a, b] on one line, or one "- entry" per line below the field',
      'must be a group of fields, each "name: value" on its own line, indented below this one',
      'must be a number',
    ]);
  });

  it('tells lists from texts in lengths, and lists the allowed values', () => {
    const schema = z.object({ few: z.array(z.string()).min(2), short: z.string().min(3), many: z.array(z.string()).max(1), long: z.string().max(2), label: z.enum(['nachricht', 'bericht']) });
    expect(messagesOf(schema, { few: ['a'], short: 'ab', many: ['a', 'b'], long: 'abc', label: 'meinung' })).toEqual([
      'needs at least 2 entries',
      'is too short (at least 3 characters)',
      'allows at most 1 entries',
      'is too long (at most 2 characters)',
      'must be one of "nachricht", "bericht"',
    ]);
  });

  it('never passes zod wording through for other issues', () => {
    expect(messagesOf(z.object({ url: z.url() }), { url: 'kein link' })).toEqual(['does not have a form this field allows: see its description in src/schemas/ and EDITING.md']);
  });
});

describe('describeIssue', () => {
  const issuesOf = (schema: z.ZodType, data: unknown) => {
    const result = schema.safeParse(data, { reportInput: true, error: editorMessage });
    return result.success ? [] : result.error.issues.flatMap((issue) => describeIssue(issue, data, 'sources'));
  };

  it('names each unknown field at its own path, with the file that documents the fields', () => {
    expect(issuesOf(z.strictObject({}), { autor: 'x', quelle: 'y' })).toEqual([
      { path: ['autor'], message: '"autor" is not a known field (check its spelling; the fields are documented in src/schemas/source.ts)' },
      { path: ['quelle'], message: '"quelle" is not a known field (check its spelling; the fields are documented in src/schemas/source.ts)' },
    ]);
  });

  it('blames the whole file when it holds no fields', () => {
    expect(issuesOf(z.object({}), 'nur Text')).toEqual([{ path: 'file', message: 'must consist of fields, one "name: value" per line (found "nur Text")' }]);
  });

  it("keeps a schema's own reason for a missing field", () => {
    expect(issuesOf(z.object({ zone: z.enum(['Europe/Berlin']) }), {})).toEqual([{ path: ['zone'], message: 'is required but missing (must be one of "Europe/Berlin")' }]);
  });

  it('adds the value found, unless the message quotes it, and cuts a long one short', () => {
    const quoting = z.object({ day: z.string().refine(() => false, { error: (issue) => `${String(issue.input)} is not a day` }) });
    expect(issuesOf(quoting, { day: '2017-02-30' })).toEqual([{ path: ['day'], message: '2017-02-30 is not a day' }]);
    const long = 'x'.repeat(100);
    expect(issuesOf(z.object({ count: z.number() }), { count: long })).toEqual([{ path: ['count'], message: `must be a number (found "${'x'.repeat(76)}…)` }]);
  });
});
