import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { redirectPathProblem } from '../../src/schemas/piece.ts';
import { calendarDayProblem, dateTimeProblem, dateTimeSchema, textProblem, uniqueList } from '../../src/schemas/shared.ts';
import { sourceDateSchema } from '../../src/schemas/source.ts';

describe('dates', () => {
  it('names an impossible day as such, not as a missing offset', () => {
    expect(calendarDayProblem('2017', '02', '30')).toBe('2017-02-30 is not a day in the calendar');
    expect(calendarDayProblem('2016', '02', '29')).toBeUndefined();
    expect(calendarDayProblem('2017', '13', '01')).toBe('2017-13-01 is not a day in the calendar');
    expect(dateTimeProblem('2017-02-30T10:00:00+01:00')).toBe('2017-02-30 is not a day in the calendar');
    expect(dateTimeProblem('2017-11-30T24:00:00+01:00')).toBe('24:00:00 is not a time of day (00:00:00 to 23:59:59)');
    expect(dateTimeProblem('2017-11-30T10:00:00+25:00')).toMatch(/^the UTC offset \+25:00 does not exist/);
    expect(dateTimeProblem('2017-11-30T10:00:00')).toMatch(/^must be a date-time with a UTC offset/);
    expect(dateTimeProblem('2017-11-30T10:00:00Z')).toBeUndefined();
    expect(dateTimeProblem('2017-11-30T10:00:00.250+01:00')).toBeUndefined();
  });

  it('never rolls an impossible source day over into the next month', () => {
    expect(sourceDateSchema.safeParse('2017-02-30').error?.issues[0]?.message).toBe('2017-02-30 is not a day in the calendar');
    expect(sourceDateSchema.safeParse('2017-12').data).toBe('2017-12');
    expect(sourceDateSchema.safeParse('2017-13').error?.issues[0]?.message).toMatch(/^must be a calendar date like 2017-11-29/);
  });

  it('parses a valid date-time to its instant', () => {
    expect(dateTimeSchema.parse('2017-11-30T00:00:00+01:00').toISOString()).toBe('2017-11-29T23:00:00.000Z');
  });
});

describe('textProblem', () => {
  it('rejects text that readers could not see', () => {
    expect(textProblem('\u200C\u200D\u00AD\u2060', 'the headline', 1, 140, 'plain')).toBe('contains only invisible characters: write the headline');
    expect(textProblem('\u3164\u3164', 'the headline', 1, 140, 'mdx')).toBe('contains only invisible characters: write the headline');
  });

  it('rejects tags and character references in plain text, but not comparison signs', () => {
    expect(textProblem('Ein <i>kursiver</i> Titel', 'the headline', 1, 140, 'plain')).toBe('contains markup (<i>): the headline is plain text, write it without tags');
    expect(textProblem('Ein Kommentar <!-- x -->', 'the headline', 1, 140, 'plain')).toMatch(/^contains markup \(<!--\)/);
    expect(textProblem('Tom &amp; Jerry', 'the headline', 1, 140, 'plain')).toBe('contains "&amp;", which readers would see as typed: write the character itself');
    expect(textProblem('3 < 5 & 7 > 2, <3', 'the headline', 1, 140, 'plain')).toBeUndefined();
  });

  it('lets a correction quote MDX', () => {
    expect(textProblem('beendet.<Quelle id="x" />', 'the wrong form', 1, 200, 'mdx')).toBeUndefined();
  });
});

describe('uniqueList', () => {
  it('reports each repeat at its own index', () => {
    const issues = uniqueList(z.string()).safeParse(['a', 'b', 'a', 'a']).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [[2], '"a" is listed twice (also as entry 1): keep one'],
      [[3], '"a" is listed twice (also as entry 1): keep one'],
    ]);
  });
});

describe('redirectPathProblem', () => {
  it('accepts plain site paths', () => {
    expect(redirectPathProblem('/chronik/welt/2017/11/30/alter-name/')).toBeUndefined();
    expect(redirectPathProblem('/alt/Seite_1.html/')).toBeUndefined();
  });

  it.each([
    ['/:name/', 'contains ":", which Astro would read as a placeholder'],
    ['/alt/*/', 'contains "*", which Astro would read as a placeholder'],
    ['/[slug]/', 'contains "[", which Astro would read as a placeholder'],
    ['/alt/?id=1', 'contains "?" or "#"'],
    ['/alt/#x', 'contains "?" or "#"'],
    ['/alt/../impressum/', 'contains a "." or ".." segment'],
    ['/alt\\name/', 'contains a backslash'],
    ['https://example.com/alt/', 'must be a path on this site, not a full address'],
    ['//example.com/alt/', 'must be a path on this site, not a full address'],
    ['alt/', 'must be a site path that starts and ends with "/"'],
    ['/alt', 'must end with "/"'],
    ['/alt//neu/', 'contains "//"'],
    ['/alt neu/', 'contains a space'],
    ['/älter/', 'contains "ä"'],
  ])('rejects %s', (path, message) => {
    expect(redirectPathProblem(path)).toContain(message);
  });
});
