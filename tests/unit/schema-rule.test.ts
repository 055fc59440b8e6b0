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
      'ist ein Pflichtfeld und fehlt',
      'muss true (ja) oder false (nein) sein',
      'muss eine Liste sein: [a, b] in einer Zeile, oder ein „- Eintrag“ pro Zeile unter dem Feld',
      'muss eine Gruppe von Feldern sein, jedes als „name: Wert“ in einer eigenen Zeile, eingerückt unter diesem',
      'muss eine Zahl sein',
    ]);
  });

  it('tells lists from texts in lengths, and lists the allowed values', () => {
    const schema = z.object({ few: z.array(z.string()).min(2), short: z.string().min(3), many: z.array(z.string()).max(1), long: z.string().max(2), label: z.enum(['nachricht', 'bericht']) });
    expect(messagesOf(schema, { few: ['a'], short: 'ab', many: ['a', 'b'], long: 'abc', label: 'meinung' })).toEqual([
      'braucht mindestens 2 Einträge',
      'ist zu kurz (mindestens 3 Zeichen)',
      'erlaubt höchstens 1 Einträge',
      'ist zu lang (höchstens 2 Zeichen)',
      'muss einer dieser Werte sein: „nachricht“, „bericht“',
    ]);
  });

  it('never passes zod wording through for other issues', () => {
    expect(messagesOf(z.object({ url: z.url() }), { url: 'kein link' })).toEqual(['hat keine Form, die dieses Feld erlaubt (siehe EDITING.md, „Der Kopf einer Datei“)']);
  });
});

describe('describeIssue', () => {
  const issuesOf = (schema: z.ZodType, data: unknown) => {
    const result = schema.safeParse(data, { reportInput: true, error: editorMessage });
    return result.success ? [] : result.error.issues.flatMap((issue) => describeIssue(issue, data, 'sources'));
  };

  it('names each unknown field at its own path, with the section of the guide that lists the fields', () => {
    expect(issuesOf(z.strictObject({}), { autor: 'x', quelle: 'y' })).toEqual([
      { path: ['autor'], message: '„autor“ ist kein bekanntes Feld: prüfen Sie die Schreibweise (die Felder stehen in EDITING.md unter „Quellen“)' },
      { path: ['quelle'], message: '„quelle“ ist kein bekanntes Feld: prüfen Sie die Schreibweise (die Felder stehen in EDITING.md unter „Quellen“)' },
    ]);
  });

  it('blames the whole file when it holds no fields', () => {
    expect(issuesOf(z.object({}), 'nur Text')).toEqual([{ path: 'file', message: 'muss aus Feldern bestehen, eines pro Zeile als „name: Wert“ (gefunden: „nur Text“)' }]);
  });

  it("keeps a schema's own reason for a missing field", () => {
    expect(issuesOf(z.object({ zone: z.enum(['Europe/Berlin']) }), {})).toEqual([{ path: ['zone'], message: 'ist ein Pflichtfeld und fehlt (muss einer dieser Werte sein: „Europe/Berlin“)' }]);
  });

  it('adds the value found, unless the message quotes it, and cuts a long one short', () => {
    const quoting = z.object({ day: z.string().refine(() => false, { error: (issue) => `${String(issue.input)} ist kein Tag` }), alt: z.string().refine(() => false, { error: (issue) => `„${String(issue.input)}“ ist ein Dateiname` }) });
    expect(issuesOf(quoting, { day: '2017-02-30', alt: 'a.jpg' })).toEqual([{ path: ['day'], message: '2017-02-30 ist kein Tag' }, { path: ['alt'], message: '„a.jpg“ ist ein Dateiname' }]);
    // A value that only occurs in the words of the message ("ja" in "true (ja)") is still named.
    expect(issuesOf(z.object({ draft: z.boolean() }), { draft: 'ja' })).toEqual([{ path: ['draft'], message: 'muss true (ja) oder false (nein) sein (gefunden: „ja“)' }]);
    const long = 'x'.repeat(100);
    expect(issuesOf(z.object({ count: z.number() }), { count: long })).toEqual([{ path: ['count'], message: `muss eine Zahl sein (gefunden: „${'x'.repeat(76)}…)` }]);
  });
});
