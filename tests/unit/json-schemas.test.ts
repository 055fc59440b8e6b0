import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentedShapes, generateJsonSchemas, SCHEMA_FILES } from '../../src/editor/json-schemas.ts';

describe('the JSON Schemas in schemas/', () => {
  const generated = generateJsonSchemas();

  it.each(Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[])('%s matches the zod schemas (run `npm run schemas` after changing src/schemas/)', (collection) => {
    expect(readFileSync(SCHEMA_FILES[collection].file, 'utf8')).toBe(generated[collection]);
  });

  it('describe each field with its JSDoc line, and list sections, labels and topics for completion', () => {
    const explainers = JSON.parse(generated.explainers) as { properties: Record<string, { description?: string; enum?: string[]; items?: { enum?: string[] } }>; additionalProperties: boolean };
    expect(explainers.properties['title']?.description).toBe('Überschrift: steht groß über dem Text, im Titel des Browser-Tabs, in Anrissen und Feeds.');
    expect(explainers.properties['article']?.description).toMatch(/^Kurzname des Artikels, zu dem dieses Erklärstück gehört/);
    expect(explainers.properties['section']?.enum).toEqual(['chronik', 'digital']);
    expect(explainers.properties['label']?.enum).toContain('erklaerstueck');
    expect(explainers.properties['topics']?.items?.enum).toContain('donald-trump');
    expect(explainers.additionalProperties).toBe(false);
    // The same field name means different things in different objects: each gets its own line.
    const timeline = JSON.parse(generated.timeline) as { properties: { events: { items: { properties: Record<string, { description?: string }> } } } };
    expect(timeline.properties.events.items.properties['sources']?.description).toBe('Kurznamen der Quellen für dieses Ereignis (Dateien in content/sources/).');
    const sources = JSON.parse(generated.sources) as { properties: Record<string, { description?: string; type?: string }> };
    expect(sources.properties['date']).toMatchObject({ type: 'string', description: 'Erscheinungstag des zitierten Beitrags (oder nur der Monat, wenn kein Tag bekannt ist).' });
  });

  it('fail to generate when a field has no JSDoc line', () => {
    const undocumented = (file: string) => {
      const text = readFileSync(file, 'utf8');
      return file.endsWith('/source.ts') ? text.replace('  /** Medium oder Agentur, die den Beitrag veröffentlicht hat (z. B. „TechCrunch“, „Reuters“). @label Medium */\n', '') : text;
    };
    expect(() => generateJsonSchemas(undocumented)).toThrow('Fields without exactly one JSDoc line in src/schemas/: sources.publisher');
  });
});

describe('documentedShapes', () => {
  it('reads the JSDoc line of each property of each object literal', () => {
    const [shape] = documentedShapes([{ name: 'x.ts', text: 'const a = z.object({\n  /** The first\n   * field. */\n  one: z.string(),\n  two: z.number(),\n  "three-x": z.boolean(), // no JSDoc\n});' }]);
    expect(shape?.keys).toEqual(new Set(['one', 'two', 'three-x']));
    expect(shape?.docs).toEqual(new Map([['one', 'The first field.']]));
  });
});
