/**
 * JSON Schemas of the content files, for editors' tools (VS Code's YAML extension, Astro's
 * content intellisense). Generated from the zod schemas in src/schemas/, with each field's JSDoc
 * line as its description: the schemas and their comments stay the one source of truth.
 * `npm run schemas` writes them to schemas/; a unit test fails when they are out of date.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { z } from 'astro/zod';
import { contentFileSchemas } from '../schemas/content-files.ts';
import type { CollectionName } from '../schemas/piece.ts';
import { sectionIds, subsectionIdsOf } from '../schemas/taxonomy.ts';

/** The files whose JSDoc describes the fields. */
export const SCHEMA_SOURCES = ['piece', 'article', 'explainer', 'correction', 'picture', 'source', 'timeline', 'author', 'live', 'shared', 'taxonomy'].map((name) => `src/schemas/${name}.ts`);

/** Where each collection's schema is written (.vscode/settings.json maps them to the content folders), and its title. */
export const SCHEMA_FILES: Record<CollectionName, { file: string; what: string }> = {
  articles: { file: 'schemas/articles.json', what: 'the frontmatter of an article' },
  explainers: { file: 'schemas/explainers.json', what: 'the frontmatter of an explainer' },
  sources: { file: 'schemas/sources.json', what: 'a source file' },
  timeline: { file: 'schemas/timeline.json', what: 'a timeline file' },
  authors: { file: 'schemas/authors.json', what: 'an author file' },
  live: { file: 'schemas/live.json', what: 'the frontmatter of a live ticker\'s entry' },
};

/** An object literal of a schema file: the keys it declares, the JSDoc line of each documented one, and its `@label` (the browser desk's field label). */
export interface DocumentedShape {
  keys: Set<string>;
  docs: Map<string, string>;
  labels: Map<string, string>;
}

/** Every object literal with documented properties in the schema files (the zod shapes). */
export function documentedShapes(files: readonly { name: string; text: string }[]): DocumentedShape[] {
  const shapes: DocumentedShape[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const shape: DocumentedShape = { keys: new Set(), docs: new Map(), labels: new Map() };
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property) || property.name === undefined) continue;
        const key = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
        if (key === undefined) continue;
        shape.keys.add(key);
        const jsdocs = ts.getJSDocCommentsAndTags(property).filter(ts.isJSDoc);
        const doc = jsdocs.map((jsdoc) => ts.getTextOfJSDocComment(jsdoc.comment) ?? '').join(' ').trim();
        if (doc !== '') shape.docs.set(key, doc.replace(/\s+/g, ' '));
        const label = jsdocs.flatMap((jsdoc) => jsdoc.tags ?? []).find((tag) => tag.tagName.text === 'label');
        if (label) shape.labels.set(key, (ts.getTextOfJSDocComment(label.comment) ?? '').trim());
      }
      if (shape.docs.size > 0) shapes.push(shape);
    }
    ts.forEachChild(node, visit);
  };
  for (const { name, text } of files) visit(ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true));
  return shapes;
}

export type JsonSchema = { [key: string]: unknown };
const isObject = (value: unknown): value is JsonSchema => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Gives every property of every object in `schema` its JSDoc line. A property's shape is the
 * documented object literal that has the property and whose keys all belong to this object
 * (spreads such as `...pieceFields()` add keys, never remove them). A field without one, or
 * with two candidates, is an error: every field needs exactly one comment for editors.
 */
function describeFields(schema: unknown, shapes: readonly DocumentedShape[], where: string, missing: string[], unlabelled: string[] | undefined): void {
  if (Array.isArray(schema)) {
    for (const item of schema) describeFields(item, shapes, where, missing, unlabelled);
    return;
  }
  if (!isObject(schema)) return;
  const properties = schema['properties'];
  if (isObject(properties)) {
    const keys = Object.keys(properties);
    for (const key of keys) {
      const candidates = shapes.filter((shape) => shape.docs.has(key) && [...shape.keys].every((own) => keys.includes(own)));
      const docs = new Set(candidates.map((shape) => shape.docs.get(key)));
      const field = properties[key];
      if (docs.size === 1 && isObject(field)) field['description'] = [...docs][0];
      else missing.push(`${where}.${key}${docs.size > 1 ? ' (ambiguous)' : ''}`);
      if (unlabelled === undefined) continue;
      const labels = new Set(candidates.map((shape) => shape.labels.get(key)));
      const [label] = labels;
      if (labels.size === 1 && label !== undefined && label !== '' && isObject(field)) field[LABEL] = label;
      else unlabelled.push(`${where}.${key}`);
    }
  }
  for (const value of Object.values(schema)) describeFields(value, shapes, where, missing, unlabelled);
}

/** Where `describedJsonSchema` puts a field's `@label`, when asked to. */
export const LABEL = 'x-label';

/** YAML may hand the checks a Date for a date-time; an editor writes text. Only the text form goes into the schema. */
const DATE_MARK = 'newsroom:date-object';

function dropDateBranches(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(dropDateBranches);
  if (!isObject(schema)) return schema;
  const out: JsonSchema = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, dropDateBranches(value)]));
  const anyOf = out['anyOf'];
  if (Array.isArray(anyOf)) {
    const rest = anyOf.filter((branch) => !(isObject(branch) && branch['$comment'] === DATE_MARK));
    delete out['anyOf'];
    if (rest.length === 1 && isObject(rest[0])) return { ...out, ...rest[0] };
    out['anyOf'] = rest;
  }
  return out;
}

/** JSON Schema cannot see the zod refinement that ties a subsection to its section; this says it as if/then. */
function subsectionRules(): JsonSchema[] {
  return sectionIds.map((section) => ({
    if: { properties: { section: { const: section } }, required: ['section'] },
    then: { properties: { subsection: { enum: subsectionIdsOf(section) } } },
  }));
}

/** The shapes of every schema file, with their JSDoc lines. */
export function schemaShapes(readSource: (file: string) => string = (file) => readFileSync(file, 'utf8')): DocumentedShape[] {
  return documentedShapes(SCHEMA_SOURCES.map((name) => ({ name, text: readSource(name) })));
}

/**
 * `schema` as JSON Schema as an editor writes it, each field with its JSDoc line (an undocumented
 * field is added to `missing`); `mark` may add keys to any node, e.g. for the editors' guide. With
 * `unlabelled`, each field also gets its `@label` under LABEL (a field without one is added there).
 */
export function describedJsonSchema(schema: z.ZodType, shapes: readonly DocumentedShape[], where: string, missing: string[], mark?: (zodSchema: z.core.$ZodType, jsonSchema: JsonSchema) => void, unlabelled?: string[]): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') ctx.jsonSchema['$comment'] = DATE_MARK;
      mark?.(ctx.zodSchema, ctx.jsonSchema);
    },
  });
  const described = dropDateBranches(generated) as JsonSchema;
  describeFields(described, shapes, where, missing, unlabelled);
  return described;
}

/** The JSON Schema of each collection, as the text `npm run schemas` writes; throws for an undocumented field. */
export function generateJsonSchemas(readSource: (file: string) => string = (file) => readFileSync(file, 'utf8')): Record<CollectionName, string> {
  const shapes = schemaShapes(readSource);
  const missing: string[] = [];
  const out = {} as Record<CollectionName, string>;
  for (const collection of Object.keys(contentFileSchemas) as CollectionName[]) {
    const schema = describedJsonSchema(contentFileSchemas[collection], shapes, collection, missing);
    const { $schema, ...rest } = schema;
    const pieces = collection === 'articles' || collection === 'explainers';
    const document = {
      $schema,
      $comment: 'Generated from src/schemas/ by `npm run schemas`; do not edit.',
      title: `Netzchronik: ${SCHEMA_FILES[collection].what}`,
      ...rest,
      ...(pieces ? { allOf: subsectionRules() } : {}),
    };
    out[collection] = `${JSON.stringify(document, null, 2)}\n`;
  }
  if (missing.length > 0) throw new Error(`Fields without exactly one JSDoc line in src/schemas/: ${missing.join(', ')}`);
  return out;
}
