/**
 * The text of a kit component's tag in a body, as the browser desk's block forms write and read
 * it: `<Quelle id="…" />` at the cursor, the others on lines of their own (src/schemas/kit.ts
 * KIT's placement), values in double quotes (single quotes where a value holds a double quote),
 * which is how the body checks read attributes. Nothing else of the body is rewritten.
 * Runs in the browser (bundled into the desk) and in Node (tests).
 */

/** A kit tag found in a body: its component, its attributes, and where its opening tag stands. */
export interface FoundTag {
  name: string;
  props: Record<string, string>;
  start: number;
  end: number;
}

const ATTRIBUTE = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')/g;
const TAG = /<([A-Z][A-Za-z]*)((?:\s+[A-Za-z][\w-]*=(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/** One attribute as written: `name="value"`, or with single quotes when the value holds a double quote. */
function attribute(name: string, value: string): string {
  return value.includes('"') ? `${name}='${value}'` : `${name}="${value}"`;
}

/** The opening (or self-closing) tag of `name` with the given props, empty ones left out, in the order given. */
export function kitTag(name: string, props: Readonly<Record<string, string>>, children: boolean): string {
  const attributes = Object.entries(props)
    .filter(([, value]) => value.trim() !== '')
    .map(([key, value]) => ` ${attribute(key, value.trim())}`)
    .join('');
  return children ? `<${name}${attributes}>` : `<${name}${attributes} />`;
}

/** The kit tag whose opening tag holds the cursor, if any. */
export function tagAt(text: string, cursor: number, names: readonly string[]): FoundTag | undefined {
  for (const match of text.matchAll(TAG)) {
    const [whole, name = '', attributes = ''] = match;
    const start = match.index;
    const end = start + whole.length;
    if (cursor < start || cursor > end || !names.includes(name)) continue;
    const props: Record<string, string> = {};
    for (const found of attributes.matchAll(ATTRIBUTE)) props[found[1] ?? ''] = found[2] ?? found[3] ?? '';
    return { name, props, start, end };
  }
  return undefined;
}

/**
 * `text` with a block inserted at `cursor`: a `text` block as it is, a `flow` block on lines of
 * its own (a blank line before and after, as MDX needs, but no blank line at the end of the body), one with children opened and closed
 * around a paragraph to write. Returns the new text and where the cursor goes.
 */
export function insertBlock(text: string, cursor: number, tag: string, { name, placement, children }: { name: string; placement: 'text' | 'flow'; children: boolean }): { text: string; cursor: number } {
  const before = text.slice(0, cursor);
  const after = text.slice(cursor);
  if (placement === 'text') return { text: `${before}${tag}${after}`, cursor: cursor + tag.length };
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  // At the end of the body one line break ends the file, as files do.
  const trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const block = children ? `${tag}\n\n\n\n</${name}>` : tag;
  const inserted = `${before}${lead}${block}${trail}${after}`;
  // With children, the cursor goes to the empty line between the tags.
  const at = before.length + lead.length + (children ? tag.length + 2 : block.length);
  return { text: inserted, cursor: at };
}

/** `text` with the opening tag found by `tagAt` replaced by `tag`: only those characters change. */
export function replaceTag(text: string, found: FoundTag, tag: string): string {
  return `${text.slice(0, found.start)}${tag}${text.slice(found.end)}`;
}
