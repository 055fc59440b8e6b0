/**
 * Bad input must fail the real build: each case copies content/, plants one mistake, runs
 * `npm run build` with that copy, and expects a non-zero exit, no output folder, no stack trace,
 * and a message that names the file, the line and the field. "1 error" proves it is the planted
 * one. `npm run check:content` must report the same line without building.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';

const ARTICLE = 'articles/dieser-mann-nahm-donald-trump-vom-netz.mdx';
const WHO = 'explainers/wer-ist-bahtiyar-duysak.mdx';
const CHRONOLOGY = 'explainers/die-elf-minuten-chronologie.mdx';
const TIMELINE = 'timeline/trump-account-2017.yaml';
const SOURCE = 'sources/techcrunch-2017-11-29.yaml';

/** A change to one file: the first match of `find` becomes `replace`. */
interface Edit {
  file: string;
  find: string | RegExp;
  replace: string;
}

/** Or any change to the copy of content/ (new, renamed, linked or raw-byte files). */
interface Plant {
  plant: (content: string) => void;
}

type Case = (Edit | Plant) & {
  name: string;
  /** What the error line must say: "content/<where>:<line>  <field>: <message…>". */
  where: string;
  field: string;
  message: string;
};

/** Writes `data` to `file` below `content`, creating folders. */
const put = (content: string, file: string, data: string | Uint8Array) => {
  mkdirSync(dirname(join(content, file)), { recursive: true });
  writeFileSync(join(content, file), data);
};
const read = (content: string, file: string) => readFileSync(join(content, file), 'utf8');
const edit = (content: string, file: string, find: string | RegExp, replace: string) => {
  const original = read(content, file);
  const planted = original.replace(find, replace);
  expect(planted, 'the planted mistake must change the file').not.toBe(original);
  writeFileSync(join(content, file), planted);
};

/** A valid new explainer with `extra` frontmatter lines, for cases that need one more piece. */
const explainer = (extra: string) => `---
title: Ein weiterer Hintergrund zur Abschaltung
standfirst: Dieser Vorspann ist lang genug, um die Mindestlänge zu erfüllen, und sonst unauffällig.
section: chronik
subsection: welt
label: hintergrund
topics: [twitter]
sources: [techcrunch-2017-11-29]
article: dieser-mann-nahm-donald-trump-vom-netz
${extra}
---

Ein kurzer Text.
`;
const article = (extra: string) => explainer(extra).replace('article: dieser-mann-nahm-donald-trump-vom-netz\n', '').replace('label: hintergrund', 'label: nachricht');

/** Test pictures, made here: there are no licensed photos in the repository. */
const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 90, g: 110, b: 130 } } });
const PHOTO = await picture(1600, 900).jpeg().toBuffer();
const SMALL_PHOTO = await picture(800, 450).jpeg().toBuffer();
const PNG_PHOTO = await picture(1600, 900).png().toBuffer();
const PUBLISHED = 'published: 2017-11-30T00:00:00+01:00';
/** The article with a lead image of these field lines: "image:" stands on line 10, its fields from line 11 (a missing one is reported there). */
const leadImage = (content: string, fields: string[]) => edit(content, ARTICLE, PUBLISHED, `${PUBLISHED}\nimage:\n${fields.map((field) => `  ${field}\n`).join('').trimEnd()}`);
const ALT = 'alt: Ein Mann mit Kopfhörern an einem Schreibtisch vor zwei Bildschirmen';
const CREDIT = 'credit: "Foto: Anna Beispiel/Agentur"';
/** A picture file in content/bilder/ and the article showing it. */
const withPicture = (name: string, bytes: Uint8Array) => (content: string) => {
  put(content, `bilder/${name}`, bytes);
  leadImage(content, [`src: ${name}`, ALT, CREDIT]);
};

const CASES: Case[] = [
  {
    name: 'a malformed date',
    file: ARTICLE, find: 'published: 2017-11-30T00:00:00+01:00', replace: 'published: 2017-11-31',
    where: `${ARTICLE}:9`, field: 'published', message: 'must be a date-time with a UTC offset, like 2017-11-30T08:00:00+01:00 (found "2017-11-31")',
  },
  {
    name: 'a missing required field',
    file: ARTICLE, find: /^title: .*\n/m, replace: '',
    where: `${ARTICLE}:2`, field: 'title', message: 'is required but missing',
  },
  {
    name: 'an unknown key',
    file: ARTICLE, find: 'label: nachricht', replace: 'label: nachricht\nautor: Unbekannt',
    where: `${ARTICLE}:7`, field: 'autor', message: '"autor" is not a known field',
  },
  {
    name: 'an unknown section',
    file: ARTICLE, find: 'section: chronik', replace: 'section: sport',
    where: `${ARTICLE}:4`, field: 'section', message: 'must be one of the sections "chronik", "digital"',
  },
  {
    name: 'a correction dated before publication',
    file: ARTICLE, find: '  - date: 2026-11-26T11:30:00+01:00', replace: '  - date: 2017-11-29T12:00:00+01:00',
    where: `${ARTICLE}:13`, field: 'corrections[0].date', message: 'is 2017-11-29T12:00:00+01:00, before the publication (2017-11-30T00:00:00+01:00): a correction cannot predate the piece',
  },
  {
    name: 'the corrected wrong form reappearing in the body',
    file: ARTICLE, find: 'Mittlerweile ist Bahtiyar Duysak wieder', replace: 'Mittlerweile ist Bahtiyar Duysaker wieder',
    where: `${ARTICLE}:35`, field: 'body', message: 'contains "Duysaker", the wrong form corrected on 2026-11-26 (corrections[0]): write "Duysak"',
  },
  {
    name: 'an unknown source id',
    file: WHO, find: '  - reuters-tv-2017-12\n', replace: '  - reuters-tv-2017-12\n  - bild-2017-11-30\n',
    where: `${WHO}:15`, field: 'sources[5]', message: 'names the source "bild-2017-11-30", but there is no content/sources/bild-2017-11-30.yaml',
  },
  {
    name: 'an unknown related reference',
    file: WHO, find: '  - die-elf-minuten-chronologie\n', replace: '  - die-zwoelf-minuten\n',
    where: `${WHO}:19`, field: 'related[1]', message: 'names the explainer "die-zwoelf-minuten", but there is no content/explainers/die-zwoelf-minuten.mdx',
  },
  {
    name: 'an unknown article reference',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann',
    where: `${WHO}:16`, field: 'article', message: 'names the article "dieser-mann", but there is no content/articles/dieser-mann.mdx',
  },
  {
    name: 'a timeline event without a date',
    file: TIMELINE, find: /(  - id: erste-twitter-mitteilung\n)    date: 2017-11-02\n/, replace: '$1',
    where: `${TIMELINE}:12`, field: 'events[1].date', message: 'is required but missing',
  },
  {
    name: 'an explainer without a standfirst',
    file: CHRONOLOGY, find: /^standfirst: .*\n/m, replace: '',
    where: `${CHRONOLOGY}:2`, field: 'standfirst', message: 'is required but missing',
  },
  {
    name: 'a redirectFrom that collides with another page',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/]',
    where: `${WHO}:17`, field: 'redirectFrom[0]', message: '"/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/" is already the address of ',
  },

  // Pictures (issue 11): the lead image's fields and its file.
  {
    name: 'a lead image without alt text',
    plant: (content) => leadImage(content, ['src: duysak.jpg', CREDIT]),
    where: `${ARTICLE}:11`, field: 'image.alt', message: 'is required but missing',
  },
  {
    name: 'a lead image whose alt text is a file name',
    plant: (content) => leadImage(content, ['src: duysak.jpg', 'alt: IMG_4711.jpg', CREDIT]),
    where: `${ARTICLE}:12`, field: 'image.alt', message: '"IMG_4711.jpg" is a file name, not a description: write a sentence that says what the picture shows',
  },
  {
    name: 'a lead image with an empty alt text',
    plant: (content) => leadImage(content, ['src: duysak.jpg', 'alt: ""', CREDIT]),
    where: `${ARTICLE}:12`, field: 'image.alt', message: 'is empty: write a sentence that says what the picture shows, for readers who cannot see it',
  },
  {
    name: 'a lead image without a credit',
    plant: (content) => leadImage(content, ['src: duysak.jpg', ALT]),
    where: `${ARTICLE}:11`, field: 'image.credit', message: 'is required but missing',
  },
  {
    name: 'a lead image whose file is missing',
    plant: (content) => leadImage(content, ['src: duysak.jpg', ALT, CREDIT]),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'names the picture "duysak.jpg", but there is no content/bilder/duysak.jpg: save the picture there under this name',
  },
  {
    name: 'a lead image file that is no picture',
    plant: withPicture('duysak.jpg', new TextEncoder().encode('Das ist kein Bild, sondern Text.\n')),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'content/bilder/duysak.jpg is not a picture the site can read',
  },
  {
    name: 'a lead image from another site',
    plant: (content) => leadImage(content, ['src: https://cdn.example/duysak.jpg', ALT, CREDIT]),
    where: `${ARTICLE}:11`, field: 'image.src', message: "is an address on another site: a reader's browser would contact it, and the site loads nothing from elsewhere",
  },
  {
    name: 'a lead image in an unsupported format',
    plant: (content) => leadImage(content, ['src: duysak.gif', ALT, CREDIT]),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'is a .gif file, which the site does not publish: pictures must be .jpg, .jpeg, .png, .webp, .avif',
  },
  {
    name: 'a lead image too small for the social card',
    plant: withPicture('duysak.jpg', SMALL_PHOTO),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'content/bilder/duysak.jpg is 800 × 450 px; a lead image must be at least 1200 px wide, the width of the social card: use a larger version',
  },
  {
    name: 'a lead image file over the size limit',
    plant: withPicture('duysak.jpg', new Uint8Array(8_500_000).fill(0xff)),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'content/bilder/duysak.jpg is 8.5 MB; a picture may have at most 8 MB',
  },
  {
    name: 'a PNG picture saved as .jpg',
    plant: withPicture('duysak.jpg', PNG_PHOTO),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'content/bilder/duysak.jpg is a PNG picture with the extension of a JPEG one: rename it to duysak.png',
  },
  {
    name: 'a credit without the kind of picture',
    plant: (content) => {
      put(content, 'bilder/duysak.jpg', PHOTO);
      leadImage(content, ['src: duysak.jpg', ALT, 'credit: Anna Beispiel']);
    },
    where: `${ARTICLE}:13`, field: 'image.credit', message: 'must start with the kind of picture and a colon, then who made it, like "Foto: Anna Beispiel/Agentur"',
  },
  {
    name: 'a <Bild> without a credit',
    plant: (content) => {
      put(content, 'bilder/duysak.jpg', PHOTO);
      edit(content, ARTICLE, 'Mittlerweile ist Bahtiyar Duysak wieder', '<Bild src="duysak.jpg" alt="Ein Mann mit Kopfhörern vor zwei Bildschirmen" />\n\nMittlerweile ist Bahtiyar Duysak wieder');
    },
    where: `${ARTICLE}:35`, field: 'body', message: '<Bild> needs credit="…" (see EDITING.md)',
  },
  {
    name: 'a <Bild> whose file is missing',
    plant: (content) => edit(content, ARTICLE, 'Mittlerweile ist Bahtiyar Duysak wieder', '<Bild src="duysak.jpg" alt="Ein Mann mit Kopfhörern vor zwei Bildschirmen" credit="Foto: Anna Beispiel" />\n\nMittlerweile ist Bahtiyar Duysak wieder'),
    where: `${ARTICLE}:35`, field: 'body', message: '<Bild> attribute src names the picture "duysak.jpg", but there is no content/bilder/duysak.jpg',
  },
  {
    name: 'an hour graphic of a day without timed events',
    file: CHRONOLOGY, find: 'tag="2017-11-02"', replace: 'tag="2017-11-29"',
    where: `${CHRONOLOGY}:54`, field: 'body', message: 'shows the hours of 2017-11-29 from the timeline "trump-account-2017", but none of its events on that day has a "time"',
  },
  {
    name: 'a GIF in the pictures folder',
    plant: (content) => put(content, 'bilder/duysak.gif', PHOTO),
    where: 'bilder/duysak.gif', field: 'file', message: 'is not a picture the site publishes: content/bilder/ holds only .jpg, .jpeg, .png, .webp, .avif files',
  },

  // Every file under content/ is accounted for (item 2).
  {
    name: 'a Markdown file instead of MDX',
    plant: (content) => put(content, 'articles/neue-meldung.md', article('published: 2026-11-20T08:00:00+01:00')),
    where: 'articles/neue-meldung.md', field: 'file', message: 'is a Markdown file (.md), but pieces are MDX: rename it to neue-meldung.mdx',
  },
  {
    name: 'an upper-case extension',
    plant: (content) => put(content, 'articles/neue-meldung.MDX', article('published: 2026-11-20T08:00:00+01:00')),
    where: 'articles/neue-meldung.MDX', field: 'file', message: 'has the extension ".MDX" in capitals: rename it to neue-meldung.mdx',
  },
  {
    name: 'a source saved as .yml',
    plant: (content) => put(content, 'sources/bild-2017-11-30.yml', 'publisher: Bild\ndate: 2017-11-30\nlanguage: de\n'),
    where: 'sources/bild-2017-11-30.yml', field: 'file', message: 'has the extension ".yml": rename it to bild-2017-11-30.yaml (the site uses .yaml only)',
  },
  {
    name: 'a source in the articles folder',
    plant: (content) => put(content, 'articles/bild-2017-11-30.yaml', 'publisher: Bild\ndate: 2017-11-30\nlanguage: de\n'),
    where: 'articles/bild-2017-11-30.yaml', field: 'file', message: 'is a .yaml file, but content/articles/ holds only <name>.mdx files: it belongs in content/sources/ or content/timeline/',
  },
  {
    name: 'a folder named in German',
    plant: (content) => put(content, 'artikel/neue-meldung.mdx', article('published: 2026-11-20T08:00:00+01:00')),
    where: 'artikel', field: 'folder', message: 'is not a collection folder, so nothing in it is published: content/ holds only the folders articles/, explainers/, sources/, timeline/ and bilder/ for pictures',
  },
  {
    name: 'a subfolder in a collection',
    plant: (content) => put(content, 'articles/2026/neue-meldung.mdx', article('published: 2026-11-20T08:00:00+01:00')),
    where: 'articles/2026', field: 'folder', message: 'is a folder inside content/articles/, so nothing in it is published: files must stand directly in content/articles/',
  },
  {
    name: 'a file directly in content/',
    plant: (content) => put(content, 'neue-meldung.mdx', article('published: 2026-11-20T08:00:00+01:00')),
    where: 'neue-meldung.mdx', field: 'file', message: 'does not belong directly in content/: pieces go into articles/ or explainers/',
  },
  {
    name: 'a symbolic link to a file outside the repository',
    plant: (content) => symlinkSync('/etc/hostname', join(content, 'articles/fremd.mdx')),
    where: 'articles/fremd.mdx:1', field: 'file', message: 'is a symbolic link; links are refused, because one that points outside the repository would publish foreign files',
  },
  {
    name: 'a dangling symbolic link',
    plant: (content) => symlinkSync('gibt-es-nicht.yaml', join(content, 'sources/verweis.yaml')),
    where: 'sources/verweis.yaml:1', field: 'file', message: 'is a symbolic link; links are refused',
  },
  {
    name: 'a symbolic link to a folder',
    plant: (content) => symlinkSync(tmpdir(), join(content, 'archiv')),
    where: 'archiv', field: 'file', message: 'is a symbolic link; links are refused',
  },
  {
    name: 'a file saved as Latin-1',
    plant: (content) => put(content, ARTICLE, Buffer.from(read(content, ARTICLE), 'latin1')),
    where: `${ARTICLE}:3`, field: 'file', message: 'is not saved as UTF-8: byte 0xE4 (in Latin-1 it would be "ä") is not valid UTF-8: save the file as UTF-8',
  },
  {
    name: 'a file saved as UTF-16',
    plant: (content) => put(content, SOURCE, Buffer.from(`\uFEFF${read(content, SOURCE)}`, 'utf16le')),
    where: `${SOURCE}:1`, field: 'file', message: 'is saved as UTF-16: save the file as UTF-8',
  },
  {
    name: 'a binary file with a content name',
    plant: (content) => put(content, 'sources/bild-2017-11-30.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])),
    where: 'sources/bild-2017-11-30.yaml:1', field: 'file', message: 'is not a text file (it contains binary data, a zero byte): content/ holds only text files',
  },
  {
    name: 'an empty file',
    plant: (content) => put(content, 'articles/leer.mdx', ''),
    where: 'articles/leer.mdx:1', field: 'file', message: 'is empty: a piece needs its frontmatter between two --- lines and its text',
  },
  {
    name: 'a byte order mark',
    plant: (content) => put(content, ARTICLE, `\uFEFF${read(content, ARTICLE)}`),
    where: `${ARTICLE}:1`, field: 'file', message: 'starts with an invisible byte order mark (BOM): save the file as UTF-8 without BOM',
  },
  {
    name: 'a file of more than 1 MB',
    plant: (content) => put(content, ARTICLE, `${read(content, ARTICLE)}\n${'Ein langer Absatz. '.repeat(60_000)}\n`),
    where: `${ARTICLE}:1`, field: 'file', message: 'is 1.1 MB; a content file may have at most 1 MB (see EDITING.md): split it, or move large data out of it',
  },
  {
    name: 'a piece without frontmatter',
    plant: (content) => put(content, 'articles/ohne-kopf.mdx', 'Nur ein Text, ohne Felder.\n'),
    where: 'articles/ohne-kopf.mdx:1', field: 'file', message: 'has no frontmatter: a piece starts with a line ---, then its fields (title: …), then another line ---',
  },
  {
    name: 'a frontmatter without its opening line',
    file: ARTICLE, find: /^---\n/, replace: '',
    where: `${ARTICLE}:1`, field: 'file', message: 'the first line must be --- to open the frontmatter (is it missing? the next --- stands on line 16)',
  },
  {
    name: 'a frontmatter that is never closed',
    file: ARTICLE, find: '---\n\nMehr als', replace: '\nMehr als',
    where: `${ARTICLE}:1`, field: 'file', message: 'the frontmatter opened on line 1 is never closed: add a line --- after its last field',
  },
  {
    name: 'a blank line before the frontmatter',
    file: ARTICLE, find: /^---\n/, replace: '\n---\n',
    where: `${ARTICLE}:1`, field: 'file', message: 'the frontmatter must start on line 1 with ---: delete the empty line above it',
  },
  {
    name: 'a space after the opening ---',
    file: ARTICLE, find: /^---\n/, replace: '--- \n',
    where: `${ARTICLE}:1`, field: 'file', message: 'the first line must be exactly --- (it has a space after the dashes): delete the space',
  },
  {
    name: 'a space after the closing ---',
    file: ARTICLE, find: '---\n\nMehr als', replace: '---  \n\nMehr als',
    where: `${ARTICLE}:17`, field: 'file', message: 'this line must be exactly --- to close the frontmatter (it has a space after the dashes): delete the space',
  },

  // Never crash on content (item 3).
  {
    name: 'a YAML alias bomb',
    plant: (content) => put(content, SOURCE, `${read(content, SOURCE)}a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`),
    where: `${SOURCE}:8`, field: 'file', message: 'uses the YAML alias *a: write the value out instead (aliases are not allowed in content files)',
  },

  // Editors' words everywhere (item 4).
  {
    name: 'yes instead of true',
    file: ARTICLE, find: 'label: nachricht', replace: 'label: nachricht\ndraft: ja',
    where: `${ARTICLE}:7`, field: 'draft', message: 'must be true or false (found "ja")',
  },
  {
    name: 'a single topic without list brackets',
    file: ARTICLE, find: 'topics: [twitter, donald-trump, bahtiyar-duysak]', replace: 'topics: twitter',
    where: `${ARTICLE}:10`, field: 'topics', message: 'must be a list: [a, b] on one line, or one "- entry" per line below the field (found "twitter")',
  },
  {
    name: 'a colon in an unquoted value',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: 'title: Twitter-Panne: Dieser Mann nahm Trump vom Netz',
    where: `${ARTICLE}:2`, field: 'file', message: 'the value contains a colon followed by a space, which YAML reads as a new field: put the whole value in "double quotes"',
  },
  {
    name: 'an impossible calendar day in a date-time',
    file: ARTICLE, find: 'published: 2017-11-30T00:00:00+01:00', replace: 'published: 2017-02-30T00:00:00+01:00',
    where: `${ARTICLE}:9`, field: 'published', message: '2017-02-30 is not a day in the calendar',
  },
  {
    name: 'an impossible time of day',
    file: ARTICLE, find: 'published: 2017-11-30T00:00:00+01:00', replace: 'published: 2017-11-30T24:30:00+01:00',
    where: `${ARTICLE}:9`, field: 'published', message: '24:30:00 is not a time of day (00:00:00 to 23:59:59)',
  },
  {
    name: 'an impossible day in a source',
    file: SOURCE, find: 'date: 2017-11-29', replace: 'date: 2017-02-30',
    where: `${SOURCE}:3`, field: 'date', message: '2017-02-30 is not a day in the calendar',
  },
  {
    name: 'an impossible day in a timeline',
    file: TIMELINE, find: 'date: 2017-11-29', replace: 'date: 2017-11-31',
    where: `${TIMELINE}:30`, field: 'events[4].date', message: '2017-11-31 is not a day in the calendar',
  },
  {
    name: 'a non-breaking space in the indentation',
    file: ARTICLE, find: '    wrong: Duysaker', replace: '\u00A0   wrong: Duysaker',
    where: `${ARTICLE}:14`, field: 'file', message: 'has a non-breaking space (U+00A0) in the indentation, where YAML needs an ordinary space: replace it with a space',
  },
  {
    name: 'a non-breaking space after the colon',
    file: ARTICLE, find: 'section: chronik', replace: 'section:\u00A0chronik',
    where: `${ARTICLE}:4`, field: 'file', message: 'has a non-breaking space (U+00A0) after the colon, where YAML needs an ordinary space',
  },
  {
    name: 'a zero-width space in a headline',
    file: ARTICLE, find: 'title: Dieser Mann', replace: 'title: Dieser\u200B Mann',
    where: `${ARTICLE}:2`, field: 'title', message: 'contains an invisible zero-width space (U+200B) in column 14: delete it',
  },
  {
    name: 'a text direction override in a standfirst',
    file: ARTICLE, find: 'standfirst: Nachdem', replace: 'standfirst: \u202ENachdem',
    where: `${ARTICLE}:3`, field: 'standfirst', message: 'contains an invisible text direction control (U+202E) in column 13: delete it',
  },
  {
    name: 'a zero-width space in the body',
    file: ARTICLE, find: 'Groß war deshalb', replace: 'Groß\u200B war\u200B deshalb',
    where: `${ARTICLE}:21`, field: 'body', message: 'contains an invisible zero-width space (U+200B) in column 5 and 1 more on this line: delete it',
  },
  {
    name: 'a control character in the body',
    file: ARTICLE, find: 'Groß war deshalb', replace: 'Groß war\u0008 deshalb',
    where: `${ARTICLE}:21`, field: 'body', message: 'contains an invisible control character (U+0008) in column 9: delete it',
  },
  {
    name: 'a tab as indentation',
    file: ARTICLE, find: '    wrong: Duysaker', replace: '\twrong: Duysaker',
    where: `${ARTICLE}:14`, field: 'file', message: 'is indented with a tab: indent with spaces',
  },
  {
    name: 'a field written twice',
    file: ARTICLE, find: 'label: nachricht', replace: 'label: nachricht\nsection: chronik',
    where: `${ARTICLE}:7`, field: 'file', message: 'the field "section" appears twice: keep one',
  },
  {
    name: 'a quote that is never closed',
    file: WHO, find: 'title: "Wer ist Bahtiyar Duysak? Der Mann hinter den elf Minuten"', replace: 'title: "Wer ist Bahtiyar Duysak? Der Mann hinter den elf Minuten',
    where: `${WHO}:2`, field: 'file', message: 'a quote opened here is never closed: end the value with the same quote mark',
  },
  {
    name: 'text after a quoted value',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: 'title: "Dieser Mann" nahm Donald Trump vom Netz',
    where: `${ARTICLE}:2`, field: 'file', message: 'has text after the end of the value (a quoted value must end with its quote)',
  },
  {
    name: 'a value that starts with a backtick',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: 'title: `Dieser Mann` nahm Donald Trump vom Netz',
    where: `${ARTICLE}:2`, field: 'file', message: 'a value cannot start with "`" unquoted: put the whole value in "double quotes"',
  },
  {
    name: 'a source file that is a list',
    plant: (content) => put(content, SOURCE, '- publisher: TechCrunch\n- date: 2017-11-29\n'),
    where: `${SOURCE}:1`, field: 'file', message: 'must consist of fields, one "name: value" per line (found [{"publisher":"TechCrunch"},{"date":"2017-11-29"}])',
  },

  {
    name: 'a second document in a source file',
    file: SOURCE, find: 'language: en', replace: '---\nlanguage: en',
    where: `${SOURCE}:5`, field: 'file', message: 'a line --- here starts a second block of fields, but a data file holds one: delete the line',
  },
  {
    name: 'a wrapped line without indentation',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: 'title: Dieser Mann nahm\nDonald Trump vom Netz',
    where: `${ARTICLE}:3`, field: 'file', message: 'is not a field: a field is written "name: value" on one line (is the colon missing, or is this line a continuation that needs indenting?)',
  },
  {
    name: 'a backslash in double quotes',
    file: WHO, find: 'title: "Wer ist Bahtiyar Duysak?', replace: 'title: "Wer ist Bahtiyar\\Duysak?',
    where: `${WHO}:2`, field: 'file', message: 'has a backslash in "double quotes" that starts no valid escape: write \\\\ for a backslash, or use single quotes',
  },
  {
    name: 'a number where text belongs',
    file: SOURCE, find: 'publisher: TechCrunch', replace: 'publisher: 1234',
    where: `${SOURCE}:1`, field: 'publisher', message: 'must be text (the publisher) (found 1234)',
  },
  // Plausibility (item 5).
  {
    name: 'a correction dated in the future',
    file: ARTICLE, find: '  - date: 2026-11-26T11:30:00+01:00', replace: '  - date: 2099-11-26T11:30:00+01:00',
    where: `${ARTICLE}:13`, field: 'corrections[0].date', message: 'is 2099-11-26T11:30:00+01:00, later than this build: date a correction when it is made',
  },
  {
    name: 'an update dated in the future',
    file: ARTICLE, find: 'published: 2017-11-30T00:00:00+01:00', replace: 'published: 2017-11-30T00:00:00+01:00\nupdated: 2099-01-01T10:00:00+01:00',
    where: `${ARTICLE}:10`, field: 'updated', message: 'is 2099-01-01T10:00:00+01:00, later than this build: date an update when it is made',
  },
  {
    name: 'a source dated in the future',
    file: SOURCE, find: 'date: 2017-11-29', replace: 'date: 2099-11',
    where: `${SOURCE}:3`, field: 'date', message: 'is 2099-11, later than this build: a source cannot be dated in the future',
  },
  {
    name: 'corrections out of date order',
    file: ARTICLE, find: '---\n\nMehr als', replace: '  - date: 2026-11-20T09:00:00+01:00\n    wrong: Kurznachrichtenportal\n    right: Kurznachrichtendienst\n    note: In einer früheren Fassung stand ein falsches Wort für den Dienst.\n---\n\nMehr als',
    where: `${ARTICLE}:17`, field: 'corrections[1].date', message: 'is 2026-11-20T09:00:00+01:00, before the correction above it (2026-11-26T11:30:00+01:00): list corrections oldest first',
  },
  {
    name: 'a correction that changes nothing',
    file: ARTICLE, find: '    right: Duysak', replace: '    right: Duysaker',
    where: `${ARTICLE}:15`, field: 'corrections[0].right', message: 'is the same as "wrong": a correction must change something',
  },
  {
    name: 'a headline of invisible characters only',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: `title: "${'\u200C'.repeat(12)}"`,
    where: `${ARTICLE}:2`, field: 'title', message: 'contains only invisible characters: write the headline',
  },
  {
    name: 'markup in a standfirst',
    file: ARTICLE, find: 'standfirst: Nachdem der', replace: 'standfirst: Nachdem <b>der</b>',
    where: `${ARTICLE}:3`, field: 'standfirst', message: 'contains markup (<b>): the standfirst is plain text, write it without tags',
  },
  {
    name: 'a script tag in a source title',
    file: SOURCE, find: /^title: .*$/m, replace: 'title: Meet the man <script>alert(1)</script>',
    where: `${SOURCE}:2`, field: 'title', message: 'contains markup (<script>): the title is plain text, write it without tags',
  },
  {
    name: 'an HTML entity in a headline',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: 'title: Dieser Mann nahm Donald Trump &amp; Co. vom Netz',
    where: `${ARTICLE}:2`, field: 'title', message: 'contains "&amp;", which readers would see as typed: write the character itself',
  },
  {
    name: 'an unquoted value cut by " #"',
    file: ARTICLE, find: 'war, wurde seit Wochen gerätselt', replace: 'war, wurde #seit Wochen gerätselt',
    where: `${ARTICLE}:3`, field: 'standfirst', message: 'ends at " #": YAML takes the rest of the line for a comment, so the value is only "…it offline gegangen war, wurde": put the whole value in "double quotes"',
  },
  {
    name: 'a source listed twice',
    file: WHO, find: '  - reuters-2017-11-02\n', replace: '  - reuters-2017-11-02\n  - rappler-2017-11-03\n',
    where: `${WHO}:16`, field: 'sources[6]', message: '"rappler-2017-11-03" is listed twice (also as entry 1): keep one',
  },
  {
    name: 'a topic listed twice',
    file: ARTICLE, find: 'topics: [twitter, donald-trump, bahtiyar-duysak]', replace: 'topics: [twitter, donald-trump, twitter]',
    where: `${ARTICLE}:10`, field: 'topics[2]', message: '"twitter" is listed twice (also as entry 1): keep one',
  },
  {
    name: 'a related explainer listed twice',
    file: WHO, find: '  - was-danach-geschah\n', replace: '  - was-danach-geschah\n  - die-elf-minuten-chronologie\n',
    where: `${WHO}:21`, field: 'related[3]', message: '"die-elf-minuten-chronologie" is listed twice (also as entry 2): keep one',
  },
  {
    name: 'a piece without text',
    plant: (content) => put(content, 'articles/ohne-text.mdx', article('published: 2026-11-20T08:00:00+01:00').replace('Ein kurzer Text.\n', '')),
    where: 'articles/ohne-text.mdx:10', field: 'body', message: 'is empty: write the text of the piece below the frontmatter\'s closing --- line',
  },

  // Relations against what is published, and plain paths (item 6).
  {
    name: 'a related explainer that is a draft',
    plant: (content) => {
      put(content, 'explainers/entwurf-hintergrund.mdx', explainer('published: 2026-11-20T08:00:00+01:00\ndraft: true'));
      edit(content, WHO, '  - was-danach-geschah\n', '  - entwurf-hintergrund\n');
    },
    where: `${WHO}:20`, field: 'related[2]', message: 'names the explainer "entwurf-hintergrund", which is a draft: publish it first, or make this piece a draft too',
  },
  {
    name: 'a related explainer that appears later',
    plant: (content) => {
      put(content, 'explainers/spaeter-hintergrund.mdx', explainer('published: 2099-01-01T08:00:00+01:00'));
      edit(content, WHO, '  - was-danach-geschah\n', '  - spaeter-hintergrund\n');
    },
    where: `${WHO}:20`, field: 'related[2]', message: 'names the explainer "spaeter-hintergrund", which appears only from 2099-01-01T08:00:00+01:00, after this piece',
  },
  {
    name: 'an explained article that appears later',
    plant: (content) => {
      put(content, 'articles/spaeter-meldung.mdx', article('published: 2099-01-01T08:00:00+01:00'));
      edit(content, WHO, 'article: dieser-mann-nahm-donald-trump-vom-netz', 'article: spaeter-meldung');
    },
    where: `${WHO}:16`, field: 'article', message: 'names the article "spaeter-meldung", which appears only from 2099-01-01T08:00:00+01:00, after this piece: add it once it is public, or schedule this piece for then too',
  },
  {
    name: 'an explained article that is a draft',
    plant: (content) => {
      put(content, 'articles/entwurf-meldung.mdx', article('published: 2026-11-20T08:00:00+01:00\ndraft: true'));
      edit(content, WHO, 'article: dieser-mann-nahm-donald-trump-vom-netz', 'article: entwurf-meldung');
    },
    where: `${WHO}:16`, field: 'article', message: 'names the article "entwurf-meldung", which is a draft: publish it first, or make this piece a draft too',
  },
  {
    name: 'a redirectFrom listed twice',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/alt/wer/, /alt/wer/]',
    where: `${WHO}:17`, field: 'redirectFrom[1]', message: '"/alt/wer/" is listed twice (also as entry 1): keep one',
  },
  {
    name: 'a redirectFrom with a placeholder',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/:name/]',
    where: `${WHO}:17`, field: 'redirectFrom[0]', message: 'contains ":", which Astro would read as a placeholder matching other addresses: redirectFrom takes plain site paths only (found "/:name/")',
  },
  {
    name: 'a redirectFrom with a wildcard',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: ["/alt/*/"]',
    where: `${WHO}:17`, field: 'redirectFrom[0]', message: 'contains "*", which Astro would read as a placeholder',
  },
  {
    name: 'a redirectFrom with a query',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/alt/?id=3]',
    where: `${WHO}:17`, field: 'redirectFrom[0]', message: 'contains "?" or "#": a redirect is from a page\'s path only, without query or fragment',
  },
  {
    name: 'a redirectFrom with ..',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/alt/../impressum/]',
    where: `${WHO}:17`, field: 'redirectFrom[0]', message: 'contains a "." or ".." segment: write the full path from the site\'s root',
  },
  {
    name: 'a redirectFrom with a host',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: ["https://example.com/alt/"]',
    where: `${WHO}:17`, field: 'redirectFrom[0]', message: 'must be a path on this site, not a full address',
  },
  {
    name: 'a redirectFrom with a backslash',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: ["/alt\\\\name/"]',
    where: `${WHO}:17`, field: 'redirectFrom[0]', message: 'contains a backslash: paths on the site use "/"',
  },
  {
    name: 'a redirectFrom into the build\'s own files',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/_astro/alt/]',
    where: `${WHO}:17`, field: 'redirectFrom[0]', message: 'lies in /_astro/, where the build puts its own files',
  },
  // MDX bodies are data: each of these would have run code, let markup through or crashed.
  ...([
    ['an import in a body', 'import { hostname } from "node:os"\n\nMittlerweile ist Bahtiyar Duysak wieder', '`import` and `export` lines are code, which a body may not contain'],
    ['an expression in a body', 'Mittlerweile ist {process.env.HOME} Bahtiyar Duysak wieder', '`{…}` is code in MDX, which a body may not contain'],
    ['a brace in prose', 'Mittlerweile ist { Bahtiyar Duysak wieder', 'a `{` starts code in MDX: to write a curly brace, put a backslash before it'],
    ['a < before a digit', 'Mittlerweile ist a <3 Bahtiyar Duysak wieder', 'a `<` followed by a digit, a space or a sign starts a tag in MDX'],
    ['an HTML line break', 'Mittlerweile ist<br>Bahtiyar Duysak wieder', 'write a line break as <br /> (with the slash)'],
    ['an HTML comment', '<!-- intern -->\n\nMittlerweile ist Bahtiyar Duysak wieder', 'HTML comments (<!-- … -->) are not allowed in MDX'],
    ['an unknown component', '<Foto datei="duysak.jpg" />\n\nMittlerweile ist Bahtiyar Duysak wieder', '<Foto> is not one of the components a body may use'],
    ['a component in the wrong case', 'Mittlerweile ist<quelle id="techcrunch-2017-11-29" /> Bahtiyar Duysak wieder', '<quelle> is not a component: names are case-sensitive, write <Quelle>'],
    ['a raw script', '<script>alert(1)</script>\n\nMittlerweile ist Bahtiyar Duysak wieder', '<script> is HTML a body may not contain'],
    ['an iframe to a video platform', '<iframe src="https://video.example/embed/1"></iframe>\n\nMittlerweile ist Bahtiyar Duysak wieder', '<iframe> is HTML a body may not contain'],
    ['an event handler', 'Mittlerweile ist <abbr title="x" onmouseover="alert(1)">BD</abbr> Bahtiyar Duysak wieder', '<abbr> has "onmouseover", an event handler'],
    ['a style attribute', 'Mittlerweile ist <span style="color:red">Bahtiyar</span> Duysak wieder', '<span> has a "style" attribute'],
    ['a javascript: link', 'Mittlerweile ist [Bahtiyar Duysak](javascript:alert(1)) wieder', 'links to "javascript:alert(1)": a link must start with https://'],
    ['a picture from another host', 'Mittlerweile ist ![Duysak](https://cdn.example/duysak.jpg) Bahtiyar Duysak wieder', 'shows a picture from another site (https://cdn.example/duysak.jpg)'],
    ['a second # headline', '# Noch ein Titel\n\nMittlerweile ist Bahtiyar Duysak wieder', 'is a second "#" headline'],
    ['a component without its attribute', 'Mittlerweile ist<Quelle /> Bahtiyar Duysak wieder', '<Quelle> needs id="…"'],
    ['a component attribute as code', 'Mittlerweile ist<Quelle id={"techcrunch-2017-11-29"} /> Bahtiyar Duysak wieder', '<Quelle> has id={…}, which is code: write id="…" in quotes'],
    ['an unknown component attribute', '<Zitat von="Bahtiyar Duysak" sprache="en">Hi</Zitat>\n\nMittlerweile ist Bahtiyar Duysak wieder', '<Zitat> has no attribute "sprache"'],
    ['a quote inside a paragraph', 'Mittlerweile ist <Zitat von="Bahtiyar Duysak">Hi</Zitat> Bahtiyar Duysak wieder', '<Zitat> must stand on lines of its own'],
    ['an inline citation of an unlisted source', 'Mittlerweile ist<Quelle id="reuters-2017-12" /> Bahtiyar Duysak wieder', 'cites the source "reuters-2017-12", which is missing from this piece\'s "sources" list'],
  ] as const).map(([name, replace, message]): Case => ({
    name, file: ARTICLE, find: 'Mittlerweile ist Bahtiyar Duysak wieder', replace, where: `${ARTICLE}:35`, field: 'body', message,
  })),
  {
    name: 'a component attribute on the next line that is unknown',
    file: ARTICLE, find: 'Mittlerweile ist Bahtiyar Duysak wieder', replace: '<Infobox titel="Kurz"\n  title="Kurz">\n\n- a\n\n</Infobox>\n\nMittlerweile ist Bahtiyar Duysak wieder',
    where: `${ARTICLE}:35`, field: 'body', message: '<Infobox> has no attribute "titel"',
  },
  {
    name: 'a link to a draft in a published body',
    plant: (content) => {
      put(content, 'explainers/ein-entwurf.mdx', explainer('published: 2026-11-20T08:00:00+01:00\ndraft: true'));
      edit(content, ARTICLE, 'Mittlerweile ist Bahtiyar Duysak wieder', 'Mittlerweile ist [Bahtiyar Duysak](explainer:ein-entwurf) wieder');
    },
    where: `${ARTICLE}:35`, field: 'body', message: 'links to explainer "ein-entwurf", which is a draft',
  },
  // Issue 19, new checks and <Post>: heading levels, straight quotes, pasted embeds, a source's post.
  {
    name: 'a heading that skips a level',
    file: WHO, find: '## Der letzte Arbeitstag', replace: '#### Der letzte Arbeitstag',
    where: `${WHO}:43`, field: 'body', message: 'die Überschrift „####“ folgt auf eine mit „##“ und überspringt damit eine Ebene: Schreiben Sie „###“',
  },
  {
    name: 'straight quotes in the running text',
    file: 'explainers/was-danach-geschah.mdx', find: 'das „Atlanta Journal-Constitution“', replace: 'das "Atlanta Journal-Constitution"',
    where: 'explainers/was-danach-geschah.mdx:48', field: 'body',
    message: 'setzt „Atlanta Journal-Constitution“ in gerade Anführungszeichen ("…"): Im deutschen Text stehen deutsche Anführungszeichen, auch um englische Zitate; schreiben Sie „Atlanta Journal-Constitution“',
  },
  {
    name: 'straight quotes in the headline',
    file: WHO, find: 'title: "Wer ist Bahtiyar Duysak? Der Mann hinter den elf Minuten"', replace: `title: 'Wer ist Bahtiyar Duysak? Der Mann hinter den "elf Minuten"'`,
    where: `${WHO}:2`, field: 'title',
    message: 'setzt „elf Minuten“ in gerade Anführungszeichen ("…"): Im deutschen Text stehen deutsche Anführungszeichen, auch um englische Zitate; schreiben Sie „elf Minuten“',
  },
  {
    name: 'a pasted tweet with its script',
    file: WHO, find: '## Warum er an die Öffentlichkeit ging\n',
    replace: '## Warum er an die Öffentlichkeit ging\n\n<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Ein Beitrag</p>&mdash; Beispiel (@beispiel) <a href="https://twitter.com/beispiel/status/1">3. November 2017</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n',
    where: `${WHO}:57`, field: 'body',
    message: 'enthält den Einbettungscode eines Beitrags von Twitter/X; er würde beim Lesen Programme und Daten der Plattform laden und ist nicht erlaubt: Zeigen Sie den Beitrag mit <Post id="…" /> (dazu eine Quelle mit dem Abschnitt „post“), zitieren Sie ihn mit <Zitat von="…" quelle="…">…</Zitat>, oder verlinken Sie ihn (siehe „Beiträge aus sozialen Netzwerken“)',
  },
  {
    name: 'a <Post> of a source without a post',
    file: WHO, find: '## Warum er an die Öffentlichkeit ging\n', replace: '## Warum er an die Öffentlichkeit ging\n\n<Post id="techcrunch-2017-11-29" />\n',
    where: `${WHO}:57`, field: 'body',
    message: '<Post> zeigt die Quelle „techcrunch-2017-11-29“, aber content/sources/techcrunch-2017-11-29.yaml hat keinen Abschnitt „post“: Tragen Sie dort Plattform, Autor, Konto, Datum und Wortlaut des Beitrags ein (siehe „Beiträge aus sozialen Netzwerken“), oder zitieren Sie mit <Zitat>',
  },
  {
    name: 'a post whose account lacks its @',
    file: 'sources/business-insider-2017-11-03.yaml', find: 'handle: "@realDonaldTrump"', replace: 'handle: realDonaldTrump',
    where: 'sources/business-insider-2017-11-03.yaml:8', field: 'post.handle',
    message: 'muss das Konto mit @ davor sein, ohne Leerzeichen, etwa "@realDonaldTrump" (auf Mastodon "@name@server.social")',
  },
];

const scratch = mkdtempSync(join(tmpdir(), 'newsroom-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A Node stack frame ("    at fn (file:1:2)") or a path into dependencies: nothing an editor should see. */
const STACK_TRACE = /^\s+at .*[(:]\d|node_modules/m;

describe.each(CASES)('the build rejects $name', (badCase) => {
  it('exits non-zero, publishes nothing and names file, line and field', () => {
    const root = join(scratch, badCase.name.replace(/[^A-Za-z0-9]+/g, '-'));
    const content = join(root, 'content');
    const outDir = join(root, 'dist');
    cpSync('content', content, { recursive: true });
    if ('plant' in badCase) badCase.plant(content);
    else edit(content, badCase.file, badCase.find, badCase.replace);

    const build = spawnSync('npm', ['run', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, NEWS_CONTENT_DIR: content, NEWS_OUT_DIR: outDir, NEWS_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    const output = `${build.stdout}\n${build.stderr}`;

    expect(build.status, output).not.toBe(0);
    expect(existsSync(outDir)).toBe(false);
    expect(output).toContain('The content has 1 error; nothing was published');
    expect(output).not.toMatch(STACK_TRACE);
    // Astro swaps in a hint of its own when a message mentions "document" or "window"; ours must stand.
    expect(output.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/Hint:\s+Fix each field named above\./);
    const line = output.split('\n').find((text) => text.includes(`content/${badCase.where}`) && text.includes(`  ${badCase.field}: `));
    expect(line, output).toBeDefined();
    expect(line).toContain(`content/${badCase.where}  ${badCase.field}: ${badCase.message}`);

    // `npm run check:content` finds the same problem without a build and says it in the same words.
    const check = spawnSync('npm', ['run', '--silent', 'check:content'], { encoding: 'utf8', env: { ...process.env, NEWS_CONTENT_DIR: content, FORCE_COLOR: '0' } });
    expect(check.status, check.stderr).toBe(1);
    expect(check.stderr).toContain('The content has 1 error:');
    expect(`${check.stdout}\n${check.stderr}`).not.toMatch(STACK_TRACE);
    const checkLine = check.stderr.split('\n').find((text) => text.includes(`content/${badCase.where}`) && text.includes(`  ${badCase.field}: `));
    expect(checkLine, check.stderr).toBeDefined();
    expect(output).toContain(checkLine?.trim() ?? '');
  });
});

it('npm run check:content passes the real content and says how many pieces it checked', () => {
  const check = spawnSync('npm', ['run', '--silent', 'check:content'], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  expect(check.stdout).toMatch(/^content checked: 5 pieces, no errors \(\d+\.\d s\)$/m);
});
