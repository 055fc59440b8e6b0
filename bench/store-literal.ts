/**
 * `node bench/store-literal.ts`: the minimal reproduction of what Astro's bundled content store
 * costs at archive sizes, without Astro. Astro's build makes the store one module,
 * `export default JSON.parse("<the store>")` (astro/dist/content/vite-plugin-content-virtual-mod.js);
 * this writes such a module for a store-like text of MB megabytes (records with German text, as
 * devalue writes them) and the same text in 1 MiB literals joined (src/loaders/store-module.ts),
 * and imports each in a fresh Node process. The time to import the one literal grows faster than
 * its length; the parts' time does not.
 *
 * Env: MB (default 100, the store of about 50,000 pieces).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitStoreLiteral } from '../src/loaders/store-module.ts';

const megabytes = Number(process.env['MB'] ?? 100);
if (!(megabytes > 0)) throw new Error(`MB must be a positive number (got "${process.env['MB'] ?? ''}")`);

const records: string[] = [];
let length = 0;
for (let id = 0; length < megabytes * 1_000_000; id += 1) {
  const record = JSON.stringify({ id: `beitrag-${id}`, title: `„Anhörung ${id}“: Ausschuss prüft Löschpraxis`, published: '2017-11-30T10:00:00+01:00', sources: [`quelle-${id}`] });
  records.push(record);
  length += record.length + 1;
}
const store = `[${records.join(',')}]`;
const whole = `export default JSON.parse(${JSON.stringify(store)})`;
const split = splitStoreLiteral(whole);
if (!split) throw new Error('the module was not split');

const dir = mkdtempSync(join(tmpdir(), 'store-literal-'));
try {
  const importSeconds = (code: string, name: string): string => {
    const file = join(dir, name);
    writeFileSync(file, code);
    const script = `const t = performance.now(); const m = await import(${JSON.stringify(file)}); if (m.default.length !== ${records.length}) process.exit(1); console.log(((performance.now() - t) / 1000).toFixed(2));`;
    return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
  };
  console.log(`A store of ${(store.length / 1_000_000).toFixed(1)} MB (${records.length} records), imported in a fresh Node ${process.version}:`);
  console.log(`  one string literal             ${importSeconds(whole, 'whole.mjs')} s`);
  console.log(`  ${split.parts} literals of at most 1 MiB  ${importSeconds(split.code, 'parts.mjs')} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
