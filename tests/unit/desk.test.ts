/**
 * The browser desk's configuration against the schemas, and its file format against every file
 * in content/: a file saved without a change keeps every byte, a change touches only its lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { structuredPatch } from 'diff';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { DESK_COLLECTIONS, DESK_CONFIG_FILE, deskConfigText, generateDeskConfig, type DeskConfig } from '../../src/editor/desk-config.ts';
import { fromFile, RAW, toFile, type Fields } from '../../src/editor/desk-format.ts';
import { insertBlock, kitTag, replaceTag, tagAt } from '../../src/editor/kit-tags.ts';
import { contentFileSchemas } from '../../src/schemas/content-files.ts';
import { kitNames } from '../../src/schemas/kit.ts';

const committed = JSON.parse(readFileSync(DESK_CONFIG_FILE, 'utf8')) as DeskConfig;
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every field path of a JSON Schema object ("image.focus.x", "corrections[].note"). */
function schemaPaths(schema: unknown, prefix = ''): string[] {
  const properties = isObject(schema) ? schema['properties'] : undefined;
  if (!isObject(properties)) return [];
  return Object.entries(properties).flatMap(([key, field]) => {
    const path = `${prefix}${key}`;
    const list = isObject(field) && field['type'] === 'array';
    return [path, ...schemaPaths(list ? field['items'] : field, list ? `${path}[].` : `${path}.`)];
  });
}

/** Every field path of Decap fields. */
function deskPaths(fields: unknown, prefix = ''): string[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((field: unknown) => {
    if (!isObject(field) || typeof field['name'] !== 'string') return [];
    const path = `${prefix}${field['name']}`;
    const inner = field['widget'] === 'list' ? `${path}[].` : `${path}.`;
    return [path, ...deskPaths(field['fields'], inner)];
  });
}

describe('the desk configuration', () => {
  it(`is up to date (run \`npm run schemas\` after changing src/schemas/)`, () => {
    expect(readFileSync(DESK_CONFIG_FILE, 'utf8')).toBe(deskConfigText());
  });

  it.each(DESK_COLLECTIONS)('has a desk field for every field of the %s schema', (collection) => {
    const fields = committed.decap.collections.find((entry) => entry['name'] === collection)?.['fields'];
    const desk = new Set(deskPaths(fields));
    const schema = z.toJSONSchema(contentFileSchemas[collection], { io: 'input', unrepresentable: 'any' });
    const paths = schemaPaths(schema);
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.filter((path) => !desk.has(path))).toEqual([]);
  });

  it('takes labels and help texts from the schemas, and a kit form for every component', () => {
    const articles = committed.decap.collections.find((entry) => entry['name'] === 'articles');
    expect(articles?.['fields']).toContainEqual(expect.objectContaining({ name: 'title', label: 'Überschrift', hint: 'Überschrift: steht groß über dem Text, im Titel des Browser-Tabs, in Anrissen und Feeds.', widget: 'string', required: true }));
    expect(articles?.['fields']).toContainEqual(expect.objectContaining({ name: 'sources', widget: 'relation', collection: 'sources', multiple: true }));
    expect(committed.kit.map((form) => form.name)).toEqual(kitNames);
    expect(committed.kit.find((form) => form.name === 'Bild')?.fields).toContainEqual({ name: 'credit', label: 'Bildnachweis', hint: 'Wer das Bild gemacht hat, steht darunter: „Foto: Name/Agentur“ oder „Grafik: Netzchronik“.', required: true, kind: 'text' });
  });

  it('fails to generate when a field has no @label', () => {
    const unlabelled = (file: string) => {
      const text = readFileSync(file, 'utf8');
      return file.endsWith('/correction.ts') ? text.replace(' @label Hinweis für Leser */', ' */') : text;
    };
    expect(() => generateDeskConfig(unlabelled)).toThrow("Fields without exactly one @label in src/schemas/ (the desk's label): articles.note, explainers.note");
  });
});

/** Every file the desk edits in content/, with its collection. */
function contentFiles(): { file: string; mdx: boolean }[] {
  const files: { file: string; mdx: boolean }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(mdx|yaml)$/.test(name)) files.push({ file: path, mdx: name.endsWith('.mdx') });
    }
  };
  walk('content');
  return files;
}

/** A save through the desk: read, held as plain data (as Decap's store holds it), changed, written. */
function save(text: string, mdx: boolean, change: (fields: Fields) => void = () => undefined): string {
  const fields = JSON.parse(JSON.stringify(fromFile(text, mdx))) as Fields;
  change(fields);
  return toFile(fields, ORDER, mdx);
}
/** The articles' fields in the schema's order, as Decap hands them to the format. */
const ORDER = (committed.decap.collections.find((entry) => entry['name'] === 'articles')?.['fields'] as { name: string }[]).map((field) => field.name);

/** The lines a save removed and added. */
function changedLines(before: string, after: string): string[] {
  return structuredPatch('', '', before, after, '', '', { context: 0 }).hunks.flatMap((hunk) => hunk.lines);
}

const ARTICLE = readFileSync('content/articles/dieser-mann-nahm-donald-trump-vom-netz.mdx', 'utf8');
const SOURCE = readFileSync('content/sources/reuters-2017-11-02.yaml', 'utf8');
const TIMELINE = readFileSync('content/timeline/trump-account-2017.yaml', 'utf8');

describe('the desk file format', () => {
  const files = contentFiles();

  it('reads and writes every file in content/ unchanged, byte for byte', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    const changed = files.filter(({ file, mdx }) => save(readFileSync(file, 'utf8'), mdx) !== readFileSync(file, 'utf8')).map(({ file }) => file);
    expect(changed).toEqual([]);
  });

  it('never writes the file text it carries, nor the desk-only fields', () => {
    const written = save(ARTICLE, true, (fields) => {
      fields['title'] = 'Dieser Mann nahm Donald Trump für elf Minuten vom Netz';
      fields['versionen'] = 'Überschrift geändert';
    });
    expect(written).not.toContain(RAW);
    expect(written).not.toContain('versionen');
  });

  it('changes only the line of a changed field, keeping comments, flow lists and the body', () => {
    expect(changedLines(ARTICLE, save(ARTICLE, true, (fields) => (fields['title'] = 'Dieser Mann nahm Donald Trump für elf Minuten vom Netz')))).toEqual([
      '-title: Dieser Mann nahm Donald Trump vom Netz',
      '+title: Dieser Mann nahm Donald Trump für elf Minuten vom Netz',
    ]);
    expect(changedLines(ARTICLE, save(ARTICLE, true, (fields) => (fields['topics'] = ['twitter', 'donald-trump', 'bahtiyar-duysak', 'soziale-netzwerke'])))).toEqual([
      '-topics: [twitter, donald-trump, bahtiyar-duysak]',
      '+topics: [twitter, donald-trump, bahtiyar-duysak, soziale-netzwerke]',
    ]);
  });

  it('puts a new field after the fields before it in the schema, and leaves what a form leaves empty out', () => {
    const written = save(ARTICLE, true, (fields) => {
      fields['updated'] = '2026-12-06T10:00:00+01:00';
      fields['byline'] = '';
      fields['image'] = { focus: {} };
      fields['redirectFrom'] = [];
    });
    expect(changedLines(ARTICLE, written)).toEqual(['+updated: 2026-12-06T10:00:00+01:00']);
    expect(written).toContain('published: 2017-11-30T00:00:00+01:00\nupdated: 2026-12-06T10:00:00+01:00\ntopics:');
  });

  it('adds a correction as four lines, and removes a field as one', () => {
    const note = 'In einer früheren Fassung stand ein falsches Datum. Richtig ist der 2. November.';
    const written = save(ARTICLE, true, (fields) => {
      const corrections = fields['corrections'] as Fields[];
      corrections.push({ date: '2026-12-06T10:00:00+01:00', wrong: '3. November', right: '2. November', note });
    });
    expect(changedLines(ARTICLE, written)).toEqual(['+  - date: 2026-12-06T10:00:00+01:00', '+    wrong: 3. November', '+    right: 2. November', `+    note: ${note}`]);
    const withoutNote = save(SOURCE, false, (fields) => delete fields['note']);
    expect(changedLines(SOURCE, withoutNote)).toHaveLength(1);
    expect(changedLines(SOURCE, withoutNote)[0]).toMatch(/^-note: Zeitstempel/);
  });

  it('keeps the quoting of a changed text, and changes one event of a timeline as one line', () => {
    const written = save(TIMELINE, false, (fields) => {
      const [event] = fields['events'] as Fields[];
      if (event) event['label'] = 'Account weg';
    });
    expect(changedLines(TIMELINE, written)).toEqual(['-    label: Account abgeschaltet', '+    label: Account weg']);
    const title = save(SOURCE, false, (fields) => (fields['title'] = "Twitter says Trump's account was 'inadvertently deactivated'"));
    expect(changedLines(SOURCE, title)).toEqual([
      `-title: "Twitter says Trump's account 'inadvertently deactivated' by Twitter employee"`,
      `+title: "Twitter says Trump's account was 'inadvertently deactivated'"`,
    ]);
  });

  it('changes one line for one word in the body', () => {
    const written = save(ARTICLE, true, (fields) => (fields['body'] = String(fields['body']).replace('Konkreter wird er nicht.', 'Genauer wird er nicht.')));
    expect(changedLines(ARTICLE, written)).toHaveLength(2);
  });

  it('keeps a hand-written layout the yaml package would not write, changing only the changed line', () => {
    const text = 'title:   Ein Titel mit Abstand  # Kommentar\nsection: chronik\ntopics: [ twitter,donald-trump ]\n';
    expect(save(text, false)).toBe(text);
    expect(changedLines(text, save(text, false, (fields) => (fields['section'] = 'digital')))).toEqual(['-section: chronik', '+section: digital']);
  });

  it('writes a new file in the schema order, with the body after the head', () => {
    const written = toFile({ body: 'Erster Absatz.\n', standfirst: 'Vorspann', title: 'Titel', topics: [], sources: ['a', 'b'] }, ORDER, true);
    expect(written).toBe('---\ntitle: Titel\nstandfirst: Vorspann\nsources:\n  - a\n  - b\n---\n\nErster Absatz.\n');
    expect(fromFile(written, true)).toMatchObject({ title: 'Titel', body: '\nErster Absatz.\n' });
  });
});

describe('the kit tags the desk writes', () => {
  it('writes a tag with its props in double quotes, single quotes where a value holds a double quote, empty ones left out', () => {
    expect(kitTag('Quelle', { id: 'techcrunch-2017-11-29' }, false)).toBe('<Quelle id="techcrunch-2017-11-29" />');
    expect(kitTag('Zitat', { von: 'Der „Sprecher“ sagte "nein"', quelle: '', lang: 'en' }, true)).toBe(`<Zitat von='Der „Sprecher“ sagte "nein"' lang="en">`);
  });

  it('reads a written tag back into its props, found at the cursor', () => {
    const tag = kitTag('Bild', { src: 'bruecke.jpg', alt: 'Die Brücke am Morgen', credit: 'Foto: Netzchronik' }, false);
    const text = `Erster Absatz.\n\n${tag}\n\nZweiter Absatz.\n`;
    const found = tagAt(text, text.indexOf('alt='), ['Bild']);
    expect(found?.props).toEqual({ src: 'bruecke.jpg', alt: 'Die Brücke am Morgen', credit: 'Foto: Netzchronik' });
    expect(tagAt(text, 3, ['Bild'])).toBeUndefined();
    if (!found) return;
    expect(replaceTag(text, found, kitTag('Bild', { ...found.props, credit: 'Foto: Anna Beispiel' }, false))).toBe(text.replace('Foto: Netzchronik', 'Foto: Anna Beispiel'));
  });

  it('inserts a citation at the cursor, and a block on lines of its own', () => {
    const text = 'Ein Satz. Noch einer.\n';
    expect(insertBlock(text, 9, '<Quelle id="a" />', { name: 'Quelle', placement: 'text', children: false }).text).toBe('Ein Satz.<Quelle id="a" /> Noch einer.\n');
    expect(insertBlock(text, text.length, '<Timeline id="t" />', { name: 'Timeline', placement: 'flow', children: false }).text).toBe('Ein Satz. Noch einer.\n\n<Timeline id="t" />\n');
    const quote = insertBlock('A.\n\nB.\n', 3, '<Zitat von="X">', { name: 'Zitat', placement: 'flow', children: true });
    expect(quote.text).toBe('A.\n\n<Zitat von="X">\n\n\n\n</Zitat>\n\nB.\n');
    expect(quote.text.slice(quote.cursor, quote.cursor + 2)).toBe('\n\n');
  });
});
