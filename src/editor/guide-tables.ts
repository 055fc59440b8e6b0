/**
 * The parts of EDITING.md that are made from the schemas, so the guide cannot go stale: the
 * sections, topics and labels (src/schemas/taxonomy.ts) and one table of fields per kind of file,
 * each field with its JSDoc line, whether it is required, and what it takes (values, limits) as
 * the zod schemas say. `npm run schemas` writes them between marker comments in EDITING.md; a unit
 * test fails when the guide is out of date. The tables are German: editors read them.
 */
import type { z } from 'astro/zod';
import { contentFileSchemas } from '../schemas/content-files.ts';
import { dateTimeSchema, textLimits } from '../schemas/shared.ts';
import { HTML_ALLOWLIST } from '../schemas/kit.ts';
import { minuteTimeSchema } from '../schemas/live.ts';
import { CREDIT_KINDS } from '../schemas/picture.ts';
import { calendarDateSchema, sourceDateSchema } from '../schemas/source.ts';
import { LABELS, SECTIONS, TOPICS } from '../schemas/taxonomy.ts';
import { describedJsonSchema, schemaShapes, type JsonSchema } from './json-schemas.ts';

/** The guide an editor reads; README links to it. */
export const GUIDE_FILE = 'EDITING.md';

const start = (name: string) => `<!-- generiert von npm run schemas: ${name} -->`;
const END = '<!-- Ende -->';

/** Marks, in a field's JSON Schema, the kinds of value the table names in words. */
const KIND = 'x-guide-kind';
const KINDS = new Map<z.core.$ZodType, string>([
  [dateTimeSchema, 'Datum und Uhrzeit mit Zeitzone, wie `2017-11-30T08:00:00+01:00`'],
  [minuteTimeSchema, 'Datum und Uhrzeit auf die Minute mit Zeitzone, wie `2017-11-30T19:05+01:00`'],
  [calendarDateSchema, 'Tag, wie `2017-11-29`'],
  [sourceDateSchema, 'Tag, wie `2017-11-29`, oder nur Monat, wie `2017-12`'],
]);

/** The fixed forms of text the schemas ask for by pattern, in words; a new pattern must be added here. */
const PATTERNS: Record<string, string> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'Kurzname (Kleinbuchstaben, Ziffern, Bindestriche)',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'Uhrzeit, wie `19:05`',
  '^[+-](0\\d|1[0-4]):[0-5]\\d$': 'Abstand zur Weltzeit, wie `"+02:00"`',
  '^@[A-Za-z0-9_.-]+(?:@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})?$': 'Konto mit @ davor, wie `"@realDonaldTrump"`',
};

const isObject = (value: unknown): value is JsonSchema => value !== null && typeof value === 'object' && !Array.isArray(value);
const code = (value: unknown) => `\`${String(value)}\``;
const cell = (text: string) => text.replaceAll('|', '\\|');

/** What a field takes, in words, from its JSON Schema (with the marks added by `mark`). */
function valueOf(field: JsonSchema, subTables: ReadonlyMap<string, string>, path: string): string {
  const kind = field[KIND];
  if (typeof kind === 'string') return kind;
  const table = subTables.get(path);
  if (table !== undefined) return `die Felder in der Tabelle „${table}“`;
  const enumValues = field['enum'];
  if (Array.isArray(enumValues)) return `eines von: ${enumValues.map(code).join(', ')}`;
  switch (field['type']) {
    case 'string': {
      if (field['format'] === 'email') return 'E-Mail-Adresse, ohne `mailto:`';
      const pattern = field['pattern'];
      if (typeof pattern === 'string') {
        const words = PATTERNS[pattern];
        if (words === undefined) throw new Error(`${path}: the pattern ${pattern} has no words in PATTERNS (src/editor/guide-tables.ts)`);
        return words;
      }
      if (field['format'] === 'uri') return 'vollständige Adresse, die mit `https://` oder `http://` beginnt';
      const min = field['minLength'];
      const max = field['maxLength'];
      return typeof min === 'number' && typeof max === 'number' ? `Text, ${min} bis ${max} Zeichen` : 'Text';
    }
    case 'boolean':
      return '`true` oder `false`';
    case 'integer': {
      const min = field['minimum'];
      const max = field['maximum'];
      return typeof min === 'number' && typeof max === 'number' ? `ganze Zahl von ${min} bis ${max}` : 'ganze Zahl';
    }
    case 'array': {
      const items = field['items'];
      if (!isObject(items)) throw new Error(`${path}: a list without a schema for its entries`);
      const minItems = field['minItems'];
      const entries = valueOf(items, subTables, `${path}[]`);
      return `Liste${typeof minItems === 'number' ? ` mit mindestens ${minItems} ${minItems === 1 ? 'Eintrag' : 'Einträgen'}` : ''}; je Eintrag: ${entries}`;
    }
    case 'object':
      return 'die Felder darunter';
    default:
      throw new Error(`${path}: no words for a field of type ${String(field['type'])} (src/editor/guide-tables.ts)`);
  }
}

/** „Pflicht“, or „kann fehlen“ (with the value that stands then, for a yes-or-no field). */
function requirement(field: JsonSchema, required: boolean): string {
  if (required) return 'Pflicht';
  return typeof field['default'] === 'boolean' ? `kann fehlen (dann ${code(field['default'])})` : 'kann fehlen';
}

/** How an allowed HTML element is written: `<br />` closes itself, the others hold text. */
function htmlExample(tag: string, attributes: readonly string[]): string {
  const open = `<${tag}${attributes.map((name) => ` ${name}="…"`).join('')}`;
  return tag === 'br' ? `${open} />` : `${open}>…</${tag}>`;
}

/** The rows of an object's fields; an object field that has no table of its own gets rows `name.field`. */
function rows(object: JsonSchema, subTables: ReadonlyMap<string, string>, path: string, prefix = '', only?: (key: string) => boolean): string[] {
  const properties = object['properties'];
  if (!isObject(properties)) throw new Error(`${path}: not an object with fields`);
  const required = Array.isArray(object['required']) ? object['required'] : [];
  return Object.entries(properties).flatMap(([key, field]) => {
    if (!isObject(field) || (only !== undefined && !only(key))) return [];
    const fieldPath = path === '' ? key : `${path}.${key}`;
    const description = typeof field['description'] === 'string' ? field['description'] : '';
    const row = `| ${code(prefix + key)} | ${requirement(field, required.includes(key))} | ${cell(valueOf(field, subTables, fieldPath))} | ${cell(description)} |`;
    const nested = field['type'] === 'object' && !subTables.has(fieldPath) ? rows(field, subTables, fieldPath, `${prefix}${key}.`) : [];
    return [row, ...nested];
  });
}

const HEADER = ['| Feld | Angabe | Wert | Bedeutung |', '| --- | --- | --- | --- |'];

/** The object at `path` ("image", "corrections[]") of a JSON Schema. */
function at(schema: JsonSchema, path: string): JsonSchema {
  let node: unknown = schema;
  for (const step of path.split('.')) {
    const list = step.endsWith('[]');
    const properties = isObject(node) ? node['properties'] : undefined;
    node = isObject(properties) ? properties[list ? step.slice(0, -2) : step] : undefined;
    if (list) node = isObject(node) ? node['items'] : undefined;
  }
  if (!isObject(node)) throw new Error(`no object at ${path}`);
  return node;
}

/** Each generated part of the guide by its name in the marker comment, as Markdown. */
export function guideParts(readSource?: (file: string) => string): Map<string, string> {
  const shapes = schemaShapes(readSource);
  const missing: string[] = [];
  const mark = (zodSchema: z.core.$ZodType, jsonSchema: JsonSchema) => {
    const kind = KINDS.get(zodSchema);
    if (kind !== undefined) jsonSchema[KIND] = kind;
    const limits = textLimits.get(zodSchema);
    if (limits !== undefined) Object.assign(jsonSchema, { minLength: limits.min, maxLength: limits.max });
  };
  const json = (collection: keyof typeof contentFileSchemas) => describedJsonSchema(contentFileSchemas[collection], shapes, collection, missing, mark);
  const articles = json('articles');
  const explainers = json('explainers');
  const sources = json('sources');
  const timeline = json('timeline');
  const authors = json('authors');
  const liveEntries = json('live');
  if (missing.length > 0) throw new Error(`Fields without exactly one JSDoc line in src/schemas/: ${missing.join(', ')}`);

  const pieceTables = new Map([
    ['image', 'Bild'],
    ['corrections[]', 'Korrektur'],
  ]);
  const table = (lines: string[]) => [...HEADER, ...lines].join('\n');
  const articleKeys = Object.keys(isObject(articles['properties']) ? articles['properties'] : {});

  const sections = Object.entries(SECTIONS).map(
    ([id, section]) => `| ${section.name} | ${code(id)} | ${Object.entries(section.subsections).map(([subId, name]) => `${name} (${code(subId)})`).join(', ')} |`,
  );
  const named = (entries: Record<string, string>) => Object.entries(entries).map(([id, name]) => `${name} (${code(id)})`).join(', ');

  return new Map([
    ['Bildnachweis', `${CREDIT_KINDS.map((kind) => code(`${kind}:`)).join(', ')}`],
    ['HTML', Object.entries(HTML_ALLOWLIST).map(([tag, attributes]) => code(htmlExample(tag, attributes))).join(', ')],
    ['Ressorts', ['| Ressort | im Kopf der Datei | Unterressorts |', '| --- | --- | --- |', ...sections].join('\n')],
    ['Themen', named(TOPICS)],
    ['Labels', named(LABELS)],
    ['Artikel', table(rows(articles, pieceTables, ''))],
    ['Erklärstück', table(rows(explainers, pieceTables, '', '', (key) => !articleKeys.includes(key)))],
    ['Bild', table(rows(at(articles, 'image'), pieceTables, 'image'))],
    ['Korrektur', table(rows(at(articles, 'corrections[]'), pieceTables, 'corrections[]'))],
    ['Quelle', table(rows(sources, new Map(), ''))],
    ['Zeitleiste', table(rows(timeline, new Map([['events[]', 'Ereignis']]), ''))],
    ['Ereignis', table(rows(at(timeline, 'events[]'), new Map(), 'events[]'))],
    ['Autor', table(rows(authors, new Map([['image', 'Bild']]), ''))],
    ['Eintrag', table(rows(liveEntries, new Map([['corrections[]', 'Korrektur']]), ''))],
  ]);
}

/** `guide` with every generated part brought up to date; throws when a part's markers are missing. */
export function updateGuide(guide: string, parts: ReadonlyMap<string, string> = guideParts()): string {
  let out = guide;
  for (const [name, text] of parts) {
    const from = out.indexOf(start(name));
    const to = from < 0 ? -1 : out.indexOf(END, from);
    if (from < 0 || to < 0 || out.indexOf(start(name), from + 1) >= 0) {
      throw new Error(`${GUIDE_FILE} needs the generated part "${name}" once, between the lines ${start(name)} and ${END}`);
    }
    out = `${out.slice(0, from)}${start(name)}\n${text}\n${out.slice(to)}`;
  }
  return out;
}
