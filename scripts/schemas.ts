/** `npm run schemas`: writes the content files' JSON Schemas (src/editor/json-schemas.ts) to schemas/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateJsonSchemas, SCHEMA_FILES } from '../src/editor/json-schemas.ts';

const schemas = generateJsonSchemas();
for (const [collection, text] of Object.entries(schemas)) {
  const { file } = SCHEMA_FILES[collection as keyof typeof SCHEMA_FILES];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
