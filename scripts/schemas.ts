/**
 * `npm run schemas`: writes the content files' JSON Schemas (src/editor/json-schemas.ts) to
 * schemas/, the generated parts of EDITING.md (src/editor/guide-tables.ts) into the guide, and the
 * browser desk's configuration (src/editor/desk-config.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateJsonSchemas, SCHEMA_FILES } from '../src/editor/json-schemas.ts';
import { GUIDE_FILE, updateGuide } from '../src/editor/guide-tables.ts';
import { DESK_CONFIG_FILE, deskConfigText } from '../src/editor/desk-config.ts';

const schemas = generateJsonSchemas();
for (const [collection, text] of Object.entries(schemas)) {
  const { file } = SCHEMA_FILES[collection as keyof typeof SCHEMA_FILES];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
writeFileSync(GUIDE_FILE, updateGuide(readFileSync(GUIDE_FILE, 'utf8')));
console.log(`wrote the generated parts of ${GUIDE_FILE}`);
writeFileSync(DESK_CONFIG_FILE, deskConfigText());
console.log(`wrote ${DESK_CONFIG_FILE}`);
