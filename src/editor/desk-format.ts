/**
 * The browser desk's file format (Decap's `registerCustomFormat`): it reads an editor's file into
 * the desk's fields and writes them back so that a file saved without a change keeps every byte,
 * and a change touches only its own lines. Decap's own formats re-serialise the whole file
 * (comments dropped, lines folded, quoting changed; docs/decisions/2026-12-06-browser-desk.md).
 *
 * Reading keeps the file's text in the entry under RAW, a key no field names (Decap keeps such
 * keys). Writing returns that text when the fields equal what was read; otherwise it applies only
 * the changed values to the parsed YAML document (which keeps comments, quoting and flow lists)
 * and carries the resulting line changes over onto the text as written, so lines no field touched
 * keep their bytes even where the file is not in the `yaml` package's canonical form. A body is
 * the text after the frontmatter and is written as the desk's body field holds it.
 *
 * Runs in the browser (bundled into the desk) and in Node (tests): no Node imports.
 */
import { applyPatch, structuredPatch } from 'diff';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

/** The key that carries the file's text through the desk; never written. */
export const RAW = '__datei';
/**
 * Keys the desk holds that are no field of the file, never written: the commit's `Versionen:`
 * line, and a new entry's file name (`FILE_NAME_KEY`).
 */
export const DESK_ONLY = ['versionen', 'dateiname'] as const;
/** Where the desk puts a new entry's file name before Decap names the file (collections' `slug` template). */
export const FILE_NAME_KEY = 'dateiname' satisfies (typeof DESK_ONLY)[number];

const WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;
const FENCE = '---\n';

export type Fields = Record<string, unknown>;

/** Head (the YAML) and body of a file; a YAML file is all head. */
function split(text: string, mdx: boolean): { head: string; body: string } {
  if (!mdx) return { head: text, body: '' };
  if (!text.startsWith(FENCE)) throw new Error('Die Datei beginnt nicht mit „---“: der Kopf der Datei fehlt.');
  const end = text.indexOf(`\n${FENCE}`, FENCE.length - 1);
  if (end < 0) throw new Error('Der Kopf der Datei endet nicht mit einer Zeile „---“.');
  return { head: text.slice(FENCE.length, end + 1), body: text.slice(end + 1 + FENCE.length) };
}

const join = (head: string, body: string, mdx: boolean) => (mdx ? `${FENCE}${head}${FENCE}${body}` : head);

const isPlainObject = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What a form leaves in a field the editor never filled in: nothing, an empty text, list or group. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isPlainObject(value) && Object.values(value).every(isEmpty);
}

/** `value` without the empty fields a form leaves in groups (a list keeps its items, each pruned). */
function pruned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruned);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, field]) => !isEmpty(field)).map(([key, field]) => [key, pruned(field)]));
}

const equal = (a: unknown, b: unknown) => JSON.stringify(pruned(a)) === JSON.stringify(pruned(b));

/**
 * Applies the change from `before` to `after` to the YAML node at `path`, keeping its style: a
 * changed text keeps its quoting, a list its flow style. A new key goes after the last key present
 * that comes before it in `order` (the schema's order of fields).
 */
function patch(doc: Document, path: (string | number)[], before: unknown, after: unknown, order: readonly string[]): void {
  if (equal(before, after)) return;
  const node = path.length > 0 ? doc.getIn(path, true) : doc.contents;
  if (isMap(node) && isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) if (isEmpty(after[key]) && !isEmpty(before[key])) doc.deleteIn([...path, key]);
    for (const [key, value] of Object.entries(after)) {
      if (isEmpty(value)) continue;
      if (key in before) {
        patch(doc, [...path, key], before[key], value, []);
        continue;
      }
      const rank = order.indexOf(key);
      let at = node.items.length;
      if (rank >= 0) {
        at = 0;
        node.items.forEach((pair, index) => {
          const other = order.indexOf(String(isScalar(pair.key) ? pair.key.value : pair.key));
          if (other >= 0 && other < rank) at = index + 1;
        });
      }
      node.items.splice(at, 0, doc.createPair(key, pruned(value)));
    }
    return;
  }
  if (isSeq(node) && Array.isArray(before) && Array.isArray(after)) {
    const common = Math.min(before.length, after.length);
    for (let index = 0; index < common; index++) patch(doc, [...path, index], before[index], after[index], []);
    node.items.splice(after.length);
    for (const item of after.slice(before.length)) node.items.push(doc.createNode(pruned(item)));
    return;
  }
  if (isScalar(node) && (after === null || typeof after !== 'object')) {
    node.value = after;
    return;
  }
  const fresh = doc.createNode(pruned(after));
  if ((isSeq(node) || isMap(node)) && node.flow === true && (isSeq(fresh) || isMap(fresh))) fresh.flow = true;
  doc.setIn(path, fresh);
}

/** A file's fields as the desk's form holds them, with its text kept under RAW. */
export function fromFile(text: string, mdx: boolean): Fields {
  const { head, body } = split(text, mdx);
  const data: unknown = parseDocument(head).toJS();
  return { ...(isPlainObject(data) ? data : {}), ...(mdx ? { body } : {}), [RAW]: text };
}

/** The file for the desk's fields: the text as read where nothing changed, else only the changed lines. */
export function toFile(data: Fields, order: readonly string[], mdx: boolean): string {
  const { [RAW]: raw, body, ...rest } = data;
  const fields = Object.fromEntries(Object.entries(rest).filter(([key]) => !(DESK_ONLY as readonly string[]).includes(key)));
  const newBody = typeof body === 'string' ? body : '';
  if (typeof raw !== 'string') {
    const doc = parseDocument('{}');
    patch(doc, [], {}, fields, order);
    if (isMap(doc.contents)) doc.contents.flow = false;
    return join(doc.toString(WRITE_OPTIONS), mdx && !newBody.startsWith('\n') ? `\n${newBody}` : newBody, mdx);
  }
  const { head, body: oldBody } = split(raw, mdx);
  const doc = parseDocument(head);
  const before: unknown = doc.toJS();
  let newHead = head;
  if (!equal(before, fields)) {
    const canonical = doc.toString(WRITE_OPTIONS);
    patch(doc, [], before, fields, order);
    const changed = doc.toString(WRITE_OPTIONS);
    // The change between the canonical texts, applied to the text as written.
    const carried = canonical === head ? changed : applyPatch(head, structuredPatch('', '', canonical, changed, '', '', { context: 0 }));
    newHead = carried === false ? changed : carried;
  }
  return join(newHead, mdx ? newBody : oldBody, mdx);
}
