/**
 * The browser desk's configuration (Decap CMS, desk/), generated from the zod schemas like the
 * JSON Schemas: every field of every collection the desk edits, with its `@label` as the label and
 * its JSDoc line as the help text, a widget for its kind of value, and the forms of the kit's
 * components. `npm run schemas` writes it to desk/config.generated.json; a unit test fails when it
 * is out of date, and one when a schema field has no desk field. Decap's own validation is left
 * to `required`: every other rule is the content checks', shown in the desk's check panel.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { z } from 'astro/zod';
import { deskMessages } from '../checks/messages.ts';
import { articleSchema } from '../schemas/article.ts';
import { authorSchema } from '../schemas/author.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import { KIT, kitNames, type KitName } from '../schemas/kit.ts';
import { PICTURE_FOLDER, pictureNameSchema } from '../schemas/picture.ts';
import type { CollectionName } from '../schemas/piece.ts';
import { slugSchema, textLimits } from '../schemas/shared.ts';
import { sourceSchema } from '../schemas/source.ts';
import { LABELS, SECTIONS, TOPICS, labelSchema, sectionSchema, topicSchema } from '../schemas/taxonomy.ts';
import { timelineSchema } from '../schemas/timeline.ts';
import { FILE_NAME_KEY } from './desk-format.ts';
import { describedJsonSchema, documentedShapes, LABEL, schemaShapes, type DocumentedShape, type JsonSchema } from './json-schemas.ts';

/** What `npm run schemas` writes; the desk's script imports it. */
export const DESK_CONFIG_FILE = 'desk/config.generated.json';

/** The collections the desk edits, in its sidebar's order. Live entries stay files-first: a ticker's editors post in seconds, and the desk saves whole files. */
export const DESK_COLLECTIONS = ['articles', 'explainers', 'sources', 'timeline', 'authors'] as const satisfies readonly CollectionName[];
export type DeskCollection = (typeof DESK_COLLECTIONS)[number];

/** Marks in the JSON Schema that the desk reads: a reference to another collection, a picture file, options with names. */
const REFERENCE = 'x-desk-reference';
const PICTURE = 'x-desk-picture';
const OPTIONS = 'x-desk-options';

const reference = (collection: CollectionName) => slugSchema.meta({ [REFERENCE]: collection });
const picture = () => pictureNameSchema.meta({ [PICTURE]: true });

/** The schemas as editors write the files, with references and pictures marked for the desk. */
const DESK_SCHEMAS: Record<DeskCollection, z.ZodType> = {
  articles: articleSchema(reference, picture),
  explainers: explainerSchema(reference, picture),
  sources: sourceSchema,
  timeline: timelineSchema(reference),
  authors: authorSchema(picture),
};

/** Each collection's folder in the repository, its file type, and the fields its lists show. */
const COLLECTION_SETUP: Record<DeskCollection, { extension: 'mdx' | 'yaml'; identifier: string; search: string[] }> = {
  articles: { extension: 'mdx', identifier: 'title', search: ['title'] },
  explainers: { extension: 'mdx', identifier: 'title', search: ['title'] },
  sources: { extension: 'yaml', identifier: 'publisher', search: ['publisher', 'title', 'date'] },
  timeline: { extension: 'yaml', identifier: 'title', search: ['title'] },
  authors: { extension: 'yaml', identifier: 'name', search: ['name'] },
};

/** The format names desk/desk.ts registers (src/editor/desk-format.ts). */
export const DESK_FORMATS = { mdx: 'netzchronik-mdx', yaml: 'netzchronik-yaml' } as const;
/** The widget desk/desk.ts registers for a piece's body. */
export const BODY_WIDGET = 'netzchronik-body';

/** A field of Decap's configuration, as far as the desk uses it. */
export interface DeskField {
  name: string;
  label: string;
  hint?: string;
  widget: string;
  required?: boolean;
  [option: string]: unknown;
}

/** A field of a kit component's form: its prop, label and help, and what the editor picks it from. */
export interface KitField {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  /** `source`: one of the piece's sources; `timeline`, `picture`: an entry or a file; `options`: fixed values. */
  kind: 'text' | 'source' | 'timeline' | 'picture' | 'options';
  options?: string[];
}

export interface KitForm {
  name: KitName;
  /** `text`: inside a paragraph, at the cursor; `flow`: on lines of its own. */
  placement: 'text' | 'flow';
  children: boolean;
  fields: KitField[];
}

export interface DeskConfig {
  /** Decap's configuration without the backend, which `npm run cms` (or a host) adds. */
  decap: { locale: 'de'; media_folder: string; public_folder: string; slug: JsonSchema; editor: { preview: boolean }; collections: JsonSchema[] };
  kit: KitForm[];
  formats: typeof DESK_FORMATS;
  bodyWidget: typeof BODY_WIDGET;
  /** The desk script's own words (src/checks/messages.ts, deskMessages). */
  messages: Pick<typeof deskMessages, (typeof SCRIPT_WORDS)[number]>;
}

const SCRIPT_WORDS = ['insertBlock', 'insert', 'cancel', 'choose', 'panelTitle', 'panelWaiting', 'panelUnsaved', 'panelUnreachable', 'untitledFileName'] as const;

const isObject = (value: unknown): value is JsonSchema => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Names for the values of the taxonomy's lists, as pages show them. */
function markOptions(zodSchema: z.core.$ZodType, jsonSchema: JsonSchema): void {
  const names: Record<string, string> | undefined =
    zodSchema === sectionSchema ? Object.fromEntries(Object.entries(SECTIONS).map(([id, section]) => [id, section.name])) : zodSchema === labelSchema ? LABELS : zodSchema === topicSchema ? TOPICS : undefined;
  if (names) jsonSchema[OPTIONS] = Object.entries(names).map(([value, label]) => ({ label, value }));
}

/** The subsections of every section, for the subsection's select ("Welt (Chronik)"); the checks tie it to the section. */
const SUBSECTION_OPTIONS = Object.values(SECTIONS).flatMap((section) => Object.entries(section.subsections).map(([value, name]) => ({ label: `${name} (${section.name})`, value })));

/**
 * The Decap field of one property of a JSON Schema object. `required` is Decap's: a field of an
 * optional group is never required there, or Decap would refuse a piece without that group; the
 * checks name what a filled-in group lacks.
 */
function deskField(name: string, field: JsonSchema, required: boolean, where: string): DeskField {
  const base = { name, label: text(field[LABEL]), hint: text(field['description']), required };
  const referenced = field[REFERENCE];
  const items = field['items'];
  const relation = (collection: unknown, multiple: boolean) => {
    const setup = COLLECTION_SETUP[collection as DeskCollection];
    return { ...base, widget: 'relation', collection, value_field: '{{slug}}', search_fields: setup.search, display_fields: setup.search, multiple };
  };
  if (typeof referenced === 'string') return relation(referenced, false);
  if (field[PICTURE] === true) return { ...base, widget: 'image', choose_url: false };
  if (Array.isArray(field[OPTIONS])) return { ...base, widget: 'select', options: field[OPTIONS] };
  if (where.endsWith('.subsection')) return { ...base, widget: 'select', options: SUBSECTION_OPTIONS };
  if (Array.isArray(field['enum'])) return { ...base, widget: 'select', options: field['enum'] };
  switch (field['type']) {
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'integer':
    case 'number':
      return { ...base, widget: 'number', value_type: field['type'] === 'integer' ? 'int' : 'float', ...(typeof field['minimum'] === 'number' && { min: field['minimum'] }), ...(typeof field['maximum'] === 'number' && { max: field['maximum'] }) };
    case 'object':
      return { ...base, widget: 'object', fields: deskFields(field, where, required) };
    case 'array': {
      if (!isObject(items)) throw new Error(`${where}: a list without a schema for its entries`);
      if (typeof items[REFERENCE] === 'string') return relation(items[REFERENCE], true);
      if (Array.isArray(items[OPTIONS])) return { ...base, widget: 'select', multiple: true, options: items[OPTIONS] };
      if (items['type'] === 'object') return { ...base, widget: 'list', collapsed: true, fields: deskFields(items, `${where}[]`, true) };
      return { ...base, widget: 'list', field: { name: 'eintrag', label: base.label, widget: 'string' } };
    }
    default:
      return { ...base, widget: isLongText(field) ? 'text' : 'string' };
  }
}

/** Text fields that take more than a line: a standfirst, a note, an event's text. */
const LONG_TEXT = 'x-desk-long';
const isLongText = (field: JsonSchema) => field[LONG_TEXT] === true;

function deskFields(schema: JsonSchema, where: string, groupRequired: boolean): DeskField[] {
  const properties = schema['properties'];
  if (!isObject(properties)) throw new Error(`${where}: an object without properties`);
  const required = Array.isArray(schema['required']) ? schema['required'] : [];
  return Object.entries(properties).map(([name, field]) => {
    if (!isObject(field)) throw new Error(`${where}.${name}: no schema`);
    return deskField(name, field, groupRequired && required.includes(name), `${where}.${name}`);
  });
}

/** The desk-only fields of a piece: its body, and the commit's `Versionen:` line (never written into the file). */
const pieceExtras = (): DeskField[] => [
  { name: 'body', label: deskMessages.bodyLabel, hint: deskMessages.bodyHint, widget: BODY_WIDGET, required: true },
  { name: 'versionen', label: deskMessages.versionsLabel, hint: deskMessages.versionsHint, widget: 'string', required: false },
];

/**
 * The documented props of each kit component: the object literal of its `<name>Props` in
 * src/schemas/kit.ts, and for <Bild> the picture's fields in src/schemas/picture.ts.
 */
function kitShapes(readSource: (file: string) => string): Map<KitName, DocumentedShape> {
  const files = ['src/schemas/kit.ts', 'src/schemas/picture.ts'].map((name) => ts.createSourceFile(name, readSource(name), ts.ScriptTarget.Latest, true));
  const declarations = new Map<string, string>();
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) declarations.set(node.name.text, node.initializer.getText());
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  const shapes = new Map<KitName, DocumentedShape>();
  for (const name of kitNames) {
    const variable = name === 'Bild' ? 'pictureFields' : `${name.toLowerCase()}Props`;
    const [shape] = documentedShapes([{ name: variable, text: `(${declarations.get(variable) ?? ''})` }]);
    if (shape) shapes.set(name, shape);
  }
  return shapes;
}

const KIT_KINDS: Partial<Record<string, KitField['kind']>> = { 'Quelle.id': 'source', 'Zitat.quelle': 'source', 'Post.id': 'source', 'Timeline.id': 'timeline', 'Stundengrafik.id': 'timeline', 'Bild.src': 'picture' };

/** The form of each kit component, from its props' schema in src/schemas/kit.ts and their JSDoc lines and labels. */
function kitForms(readSource: (file: string) => string, missing: string[], unlabelled: string[]): KitForm[] {
  const shapes = kitShapes(readSource);
  return kitNames.map((name) => {
    const { props, placement, children } = KIT[name];
    const schema = z.toJSONSchema(props, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const properties = isObject(schema['properties']) ? schema['properties'] : {};
    const required = Array.isArray(schema['required']) ? schema['required'] : [];
    const shape = shapes.get(name);
    const fields = Object.entries(properties).map(([prop, field]): KitField => {
      const hint = shape?.docs.get(prop);
      const label = shape?.labels.get(prop);
      if (hint === undefined) missing.push(`kit.${name}.${prop}`);
      if (label === undefined || label === '') unlabelled.push(`kit.${name}.${prop}`);
      const options = isObject(field) && Array.isArray(field['enum']) ? field['enum'].map(String) : undefined;
      const kind = KIT_KINDS[`${name}.${prop}`] ?? (options ? 'options' : 'text');
      return { name: prop, label: label ?? '', hint: hint ?? '', required: required.includes(prop), kind, ...(options && { options }) };
    });
    return { name, placement, children, fields };
  });
}

/** The desk's configuration; throws when a field has no JSDoc line or no `@label`. */
export function generateDeskConfig(readSource: (file: string) => string = (file) => readFileSync(file, 'utf8')): DeskConfig {
  const shapes = schemaShapes(readSource);
  const missing: string[] = [];
  const unlabelled: string[] = [];
  const mark = (zodSchema: z.core.$ZodType, jsonSchema: JsonSchema) => {
    markOptions(zodSchema, jsonSchema);
    const limits = textLimits.get(zodSchema);
    if (limits && limits.max > 200) jsonSchema[LONG_TEXT] = true;
  };
  const collections = DESK_COLLECTIONS.map((collection) => {
    const setup = COLLECTION_SETUP[collection];
    const schema = describedJsonSchema(DESK_SCHEMAS[collection], shapes, collection, missing, mark, unlabelled);
    const fields = deskFields(schema, collection, true);
    const pieces = setup.extension === 'mdx';
    return {
      name: collection,
      label: deskMessages.collections[collection].plural,
      label_singular: deskMessages.collections[collection].singular,
      folder: `content/${collection}`,
      extension: setup.extension,
      format: DESK_FORMATS[setup.extension],
      create: true,
      delete: false,
      identifier_field: setup.identifier,
      // The desk's script names a new file as `npm run new` does (src/newsroom/slug.ts), not by Decap's ASCII folding („Brücke“ → „bruecke“, not „brucke“).
      slug: `{{fields.${FILE_NAME_KEY}}}`,
      summary: `{{${setup.identifier}}}`,
      fields: pieces ? [...fields, ...pieceExtras()] : fields,
    };
  });
  const kit = kitForms(readSource, missing, unlabelled);
  if (missing.length > 0) throw new Error(`Fields without exactly one JSDoc line in src/schemas/: ${missing.join(', ')}`);
  if (unlabelled.length > 0) throw new Error(`Fields without exactly one @label in src/schemas/ (the desk's label): ${unlabelled.join(', ')}`);
  return {
    decap: {
      locale: 'de',
      media_folder: `content/${PICTURE_FOLDER}`,
      // A picture's `src` is its bare file name in content/bilder/.
      public_folder: '',
      slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
      // The preview is the site's own, in the dev server; Decap's would be an imitation.
      editor: { preview: false },
      collections,
    },
    kit,
    formats: DESK_FORMATS,
    bodyWidget: BODY_WIDGET,
    messages: Object.fromEntries(SCRIPT_WORDS.map((key) => [key, deskMessages[key]])) as DeskConfig['messages'],
  };
}

/** The configuration as the text `npm run schemas` writes. */
export function deskConfigText(readSource?: (file: string) => string): string {
  return `${JSON.stringify(generateDeskConfig(readSource), null, 2)}\n`;
}
