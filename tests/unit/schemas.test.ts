import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { redirectPathProblem } from '../../src/schemas/piece.ts';
import { calendarDayProblem, dateTimeProblem, dateTimeSchema, pastedCharacter, textProblem, uniqueList, webAddressProblem, webAddressSchema } from '../../src/schemas/shared.ts';
import { sourceDateSchema } from '../../src/schemas/source.ts';

describe('dates', () => {
  it('names an impossible day as such, not as a missing offset', () => {
    expect(calendarDayProblem('2017', '02', '30')).toBe('2017-02-30 ist kein Tag im Kalender');
    expect(calendarDayProblem('2016', '02', '29')).toBeUndefined();
    expect(calendarDayProblem('2017', '13', '01')).toBe('2017-13-01 ist kein Tag im Kalender');
    expect(dateTimeProblem('2017-02-30T10:00:00+01:00')).toBe('2017-02-30 ist kein Tag im Kalender');
    expect(dateTimeProblem('2017-11-30T24:00:00+01:00')).toBe('24:00:00 ist keine Uhrzeit (00:00:00 bis 23:59:59)');
    expect(dateTimeProblem('2017-11-30T10:00:00+25:00')).toBe('die Zeitzone +25:00 gibt es nicht (deutsche Zeit ist +01:00 im Winter, +02:00 im Sommer)');
    expect(dateTimeProblem('2017-11-30T10:00:00')).toBe('muss Datum und Uhrzeit mit Zeitzone sein, wie 2017-11-30T08:00:00+01:00 (Zeitzone +01:00 für Winterzeit, +02:00 für Sommerzeit)');
    expect(dateTimeProblem('2017-11-30T10:00:00Z')).toBeUndefined();
    expect(dateTimeProblem('2017-11-30T10:00:00.250+01:00')).toBeUndefined();
  });

  it('never rolls an impossible source day over into the next month', () => {
    expect(sourceDateSchema.safeParse('2017-02-30').error?.issues[0]?.message).toBe('2017-02-30 ist kein Tag im Kalender');
    expect(sourceDateSchema.safeParse('2017-12').data).toBe('2017-12');
    expect(sourceDateSchema.safeParse('2017-13').error?.issues[0]?.message).toBe('muss ein Datum wie 2017-11-29 sein, oder ein Monat wie 2017-12, wenn der Tag unbekannt ist');
  });

  it('parses a valid date-time to its instant', () => {
    expect(dateTimeSchema.parse('2017-11-30T00:00:00+01:00').toISOString()).toBe('2017-11-29T23:00:00.000Z');
  });
});

describe('textProblem', () => {
  it('rejects text that readers could not see', () => {
    expect(textProblem('\u200C\u200D\u00AD\u2060', 'die Überschrift', 1, 140, 'plain')).toBe('enthält nur unsichtbare Zeichen: schreiben Sie die Überschrift');
    expect(textProblem('\u3164\u3164', 'die Überschrift', 1, 140, 'mdx')).toBe('enthält nur unsichtbare Zeichen: schreiben Sie die Überschrift');
  });

  it('rejects tags and character references in plain text, but not comparison signs', () => {
    expect(textProblem('Ein <i>kursiver</i> Titel', 'die Überschrift', 1, 140, 'plain')).toBe('enthält ein Tag (<i>): die Überschrift ist reiner Text, schreiben Sie die Überschrift ohne Tags');
    expect(textProblem('Ein Kommentar <!-- x -->', 'die Überschrift', 1, 140, 'plain')).toMatch(/^enthält ein Tag \(<!--\)/);
    expect(textProblem('Tom &amp; Jerry', 'die Überschrift', 1, 140, 'plain')).toBe('enthält „&amp;“, das die Leser genau so sähen: schreiben Sie das Zeichen selbst');
    expect(textProblem('3 < 5 & 7 > 2, <3', 'die Überschrift', 1, 140, 'plain')).toBeUndefined();
  });

  it('lets a correction quote MDX', () => {
    expect(textProblem('beendet.<Quelle id="x" />', 'die falsche Form', 1, 200, 'mdx')).toBeUndefined();
  });
});

describe('web addresses', () => {
  const COPY = 'kopieren Sie die Adresse noch einmal aus der Adresszeile des Browsers';

  it('takes addresses as a browser copies them', () => {
    for (const address of ['https://techcrunch.com/2017/11/29/a/?x=1&y=%22#z', 'http://example.org', "https://de.wikipedia.org/wiki/Ender's_Game", 'https://de.wikipedia.org/wiki/Łódź']) {
      expect(webAddressProblem(address), address).toBeUndefined();
    }
  });

  it('names the character a paste left and where it stands', () => {
    expect(webAddressProblem('https://example.org/a"><script>alert(1)</script>')).toBe(`enthält nach „https://example.org/a“ ein Anführungszeichen ("): ${COPY}`);
    expect(webAddressProblem('„https://example.org/a“')).toBe(`enthält am Anfang ein Anführungszeichen („): ${COPY}`);
    expect(webAddressProblem("'https://example.org/a'")).toBe(`enthält am Anfang ein Anführungszeichen ('): ${COPY}`);
    expect(webAddressProblem('https://example.org/a”')).toBe(`enthält am Ende ein Anführungszeichen (”): ${COPY}`);
    expect(webAddressProblem('https://example.org/ein langer/pfad')).toBe(`enthält nach „https://example.org/ein“ ein Leerzeichen: eine Adresse hat keine Leerzeichen; ${COPY}`);
    expect(webAddressProblem('https://example.org/a\u00a0b')).toContain('ein Leerzeichen');
    expect(webAddressProblem('https://example.org/a\tb')).toContain('ein Leerzeichen');
    expect(webAddressProblem('https://example.org/<a>')).toBe(`enthält nach „https://example.org/“ eine spitze Klammer (<), die zu keiner Adresse gehört: ${COPY}`);
    expect(webAddressProblem('https://example.org\\a')).toBe(`enthält nach „https://example.org“ einen Backslash (\\): Adressen verwenden „/“; ${COPY}`);
    expect(webAddressProblem('https://example.org/a\u200bb')).toBe(`enthält nach „https://example.org/a“ ein unsichtbares Zeichen (U+200B): ${COPY}, oder tippen Sie sie neu`);
    expect(webAddressProblem('https://example.org/a\u0007')).toContain('ein unsichtbares Zeichen (U+0007)');
    expect(webAddressProblem(`https://example.org/${'x'.repeat(40)}"`)).toBe(`enthält am Ende ein Anführungszeichen ("): ${COPY}`);
    expect(webAddressProblem(`https://example.org/${'x'.repeat(40)}"y`)).toBe(`enthält nach „…${'x'.repeat(30)}“ ein Anführungszeichen ("): ${COPY}`);
  });

  it('wants a full http or https address', () => {
    for (const address of ['example.org/a', 'ftp://example.org/', 'javascript:alert(1)', 'https://', '']) {
      expect(webAddressProblem(address), address).toBe('muss eine vollständige Adresse sein, die mit https:// oder http:// beginnt');
    }
  });

  it('gives the position of the character for body links', () => {
    expect(pastedCharacter('https://a.example/b c')?.at).toBe(19);
    expect(pastedCharacter('https://a.example/b')).toBeUndefined();
  });

  it('reports one problem per field in the schema, and is a URI in the JSON Schemas', () => {
    expect(webAddressSchema.safeParse('https://example.org/a">').error?.issues.map((issue) => issue.message)).toEqual([`enthält nach „https://example.org/a“ ein Anführungszeichen ("): ${COPY}`]);
    expect(webAddressSchema.safeParse(42).error?.issues.map((issue) => issue.message)).toEqual(['muss eine vollständige Adresse sein, die mit https:// oder http:// beginnt']);
    expect(z.toJSONSchema(webAddressSchema)).toMatchObject({ type: 'string', format: 'uri' });
  });
});

describe('uniqueList', () => {
  it('reports each repeat at its own index', () => {
    const issues = uniqueList(z.string()).safeParse(['a', 'b', 'a', 'a']).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [[2], '„a“ steht zweimal in der Liste (auch als Eintrag 1): behalten Sie einen'],
      [[3], '„a“ steht zweimal in der Liste (auch als Eintrag 1): behalten Sie einen'],
    ]);
  });
});

describe('redirectPathProblem', () => {
  it('accepts plain site paths', () => {
    expect(redirectPathProblem('/chronik/welt/2017/11/30/alter-name/')).toBeUndefined();
    expect(redirectPathProblem('/alt/Seite_1.html/')).toBeUndefined();
  });

  it.each([
    ['/:name/', 'enthält „:“, das als Platzhalter für viele Adressen gelesen würde'],
    ['/alt/*/', 'enthält „*“, das als Platzhalter für viele Adressen gelesen würde'],
    ['/[slug]/', 'enthält „[“, das als Platzhalter für viele Adressen gelesen würde'],
    ['/alt/?id=1', 'enthält „?“ oder „#“'],
    ['/alt/#x', 'enthält „?“ oder „#“'],
    ['/alt/../impressum/', 'enthält einen Abschnitt „.“ oder „..“'],
    ['/alt\\name/', 'enthält einen Backslash'],
    ['https://example.com/alt/', 'muss ein Pfad auf dieser Website sein, keine vollständige Adresse'],
    ['//example.com/alt/', 'muss ein Pfad auf dieser Website sein, keine vollständige Adresse'],
    ['alt/', 'muss ein Pfad dieser Website sein, der mit „/“ beginnt und endet'],
    ['/alt', 'muss mit „/“ enden'],
    ['/alt//neu/', 'enthält „//“'],
    ['/alt neu/', 'enthält ein Leerzeichen'],
    ['/älter/', 'enthält „ä“'],
  ])('rejects %s', (path, message) => {
    expect(redirectPathProblem(path)).toContain(message);
  });
});
