import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_FILE, guideParts, updateGuide } from '../../src/editor/guide-tables.ts';

describe('the generated parts of EDITING.md', () => {
  const parts = guideParts();

  it('are up to date (run `npm run schemas` after changing src/schemas/)', () => {
    const guide = readFileSync(GUIDE_FILE, 'utf8');
    expect(updateGuide(guide, parts)).toBe(guide);
  });

  it('list the sections with their subsections, the topics and the labels by name and id', () => {
    expect(parts.get('Ressorts')).toContain('| Chronik | `chronik` | Welt (`welt`), Deutschland (`deutschland`) |');
    expect(parts.get('Themen')).toContain('Donald Trump (`donald-trump`)');
    expect(parts.get('Labels')).toContain('Erklärstück (`erklaerstueck`)');
  });

  it('give each field whether it is required, what it takes as the schema says, and its JSDoc line', () => {
    expect(parts.get('Artikel')).toContain('| `title` | Pflicht | Text, 10 bis 140 Zeichen | Überschrift: steht groß über dem Text, im Titel des Browser-Tabs, in Anrissen und Feeds. |');
    expect(parts.get('Artikel')).toContain('| `draft` | kann fehlen (dann `false`) | `true` oder `false` |');
    expect(parts.get('Artikel')).toContain('| `image` | kann fehlen | die Felder in der Tabelle „Bild“ |');
    // An explainer's table holds only what an article does not have.
    expect(parts.get('Erklärstück')?.split('\n').slice(2).map((row) => row.split(' | ')[0])).toEqual(['| `article`', '| `related`']);
    expect(parts.get('Bild')).toContain('| `focus.x` | Pflicht | ganze Zahl von 0 bis 100 |');
    expect(parts.get('Quelle')).toContain('| `date` | Pflicht | Tag, wie `2017-11-29`, oder nur Monat, wie `2017-12` |');
    expect(parts.get('Zeitleiste')).toContain('| `events` | Pflicht | Liste mit mindestens 1 Eintrag; je Eintrag: die Felder in der Tabelle „Ereignis“ |');
    expect(parts.get('Korrektur')).toContain('| `note` | Pflicht | Text, 20 bis 1000 Zeichen |');
  });

  it('are replaced between their markers, and a missing marker is an error', () => {
    const one = new Map([['Themen', 'neu']]);
    expect(updateGuide('a\n<!-- generiert von npm run schemas: Themen -->\nalt\n<!-- Ende -->\nb', one)).toBe('a\n<!-- generiert von npm run schemas: Themen -->\nneu\n<!-- Ende -->\nb');
    expect(() => updateGuide('a\nb', one)).toThrow('EDITING.md needs the generated part "Themen" once, between the lines <!-- generiert von npm run schemas: Themen --> and <!-- Ende -->');
  });
});
