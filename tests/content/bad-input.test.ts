/**
 * Bad input must fail the build: each case copies content/, plants one mistake, and runs the
 * build's own content checks on that copy: the checks integration's `astro:config:setup` hook
 * (src/checks/integration.ts), the function `astro build` calls first, in this process. It must stop
 * the build (exit code 1) with exactly the report an editor reads: „1 Fehler“ (the planted one),
 * the whole line with file, line, field and the German message with its advice, and what to do;
 * `npm run check:content` (src/checks/check-command.ts) must report the same line. Calling the
 * hook itself makes a case that passes here but would not fail the build impossible.
 *
 * A sample of cases runs through a real `npm run build` and `npm run check:content`, which adds
 * what only the processes show: the exact exit code, no output folder, no nginx file and no stamp
 * of a finished output left, and everything printed, compared whole: the report and the build's
 * last line, no stack trace and none of Astro's words for errors in code. A rebuild after a good
 * build fails at each stage of the build (the checks, rendering, the checks after the pages are
 * written) and must leave nothing either, not even the good build's output.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentCheckCommand } from '../../src/checks/check-command.ts';
import { contentChecks } from '../../src/checks/integration.ts';
import { outputStampFile } from '../../src/outputs/output-folder/integration.ts';
import { build, buildEnv, projectCopy, run, scratchBuild, type BuildPaths } from '../support/run.ts';
import { TICKER_FILE, TICKER_ID, minuteAfterStart, tickerEntry, writeTicker } from '../support/live.ts';

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
  /** The error line, exactly: "content/<where>:<line>  <field>: <message>". */
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
/** A JPEG whose header says 1600 × 900 but whose image data is none: what a failed upload or export leaves. */
const BROKEN_PHOTO = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x03, 0x84, 0x06, 0x40, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]),
  Buffer.alloc(4000, 0x55),
]);
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

/** A made-up author (the content names no person), for the cases of named authors; the e-mail on line 4. */
const AUTHOR_FILE = 'authors/anna-beispiel.yaml';
const AUTHOR = 'name: Anna Beispiel\nrole: Redakteurin Digitales\nexpertise: [Plattformen, Datenschutz]\nemail: anna.beispiel@netzchronik.example\n';
/** The author's portrait: "image:" on line 5, its src on line 6. */
const PORTRAIT_FIELDS = 'image:\n  src: anna-beispiel.jpg\n  alt: Ein farbiges Rauschen, das ein Porträt vertritt\n  credit: "Foto: Testbild/Netzchronik"\n';
const TINY_PORTRAIT = await picture(300, 300).jpeg().toBuffer();

const CASES: Case[] = [
  {
    name: 'a malformed date',
    file: ARTICLE, find: 'published: 2017-11-30T00:00:00+01:00', replace: 'published: 2017-11-31',
    where: `${ARTICLE}:9`, field: 'published', message: 'muss Datum und Uhrzeit mit Zeitzone sein, wie 2017-11-30T08:00:00+01:00 (Zeitzone +01:00 für Winterzeit, +02:00 für Sommerzeit) (gefunden: „2017-11-31“)',
  },
  {
    name: 'a missing required field',
    file: ARTICLE, find: /^title: .*\n/m, replace: '',
    where: `${ARTICLE}:2`, field: 'title', message: 'ist ein Pflichtfeld und fehlt',
  },
  {
    name: 'an unknown key',
    file: ARTICLE, find: 'label: nachricht', replace: 'label: nachricht\nautor: Unbekannt',
    where: `${ARTICLE}:7`, field: 'autor', message: '„autor“ ist kein bekanntes Feld: prüfen Sie die Schreibweise (die Felder stehen in EDITING.md unter „Der Kopf einer Datei“)',
  },
  {
    name: 'an unknown section',
    file: ARTICLE, find: 'section: chronik', replace: 'section: sport',
    where: `${ARTICLE}:4`, field: 'section', message: 'muss eines dieser Ressorts sein: „chronik“, „digital“ (gefunden: „sport“)',
  },
  {
    name: 'a correction dated before publication',
    file: ARTICLE, find: '  - date: 2026-11-26T11:30:00+01:00', replace: '  - date: 2017-11-29T12:00:00+01:00',
    where: `${ARTICLE}:13`, field: 'corrections[0].date', message: 'ist 2017-11-29T12:00:00+01:00, vor der Erstveröffentlichung (2017-11-30T00:00:00+01:00): eine Korrektur kann nicht älter sein als der Beitrag',
  },
  {
    name: 'the corrected wrong form reappearing in the body',
    file: ARTICLE, find: 'Mittlerweile ist Bahtiyar Duysak wieder', replace: 'Mittlerweile ist Bahtiyar Duysaker wieder',
    where: `${ARTICLE}:35`, field: 'body', message: 'enthält „Duysaker“, die am 2026-11-26 korrigierte falsche Form (corrections[0]): schreiben Sie „Duysak“',
  },
  {
    name: 'an unknown source id',
    file: WHO, find: '  - reuters-tv-2017-12\n', replace: '  - reuters-tv-2017-12\n  - bild-2017-11-30\n',
    where: `${WHO}:16`, field: 'sources[5]', message: 'nennt die Quelle „bild-2017-11-30“, aber es gibt keine Datei content/sources/bild-2017-11-30.yaml: prüfen Sie die Schreibweise, oder legen Sie die Quelle an (npm run new -- quelle <Adresse>)',
  },
  {
    name: 'an unknown related reference',
    file: WHO, find: '  - die-elf-minuten-chronologie\n', replace: '  - die-zwoelf-minuten\n',
    where: `${WHO}:20`, field: 'related[1]', message: 'nennt das Erklärstück „die-zwoelf-minuten“, aber es gibt keine Datei content/explainers/die-zwoelf-minuten.mdx: prüfen Sie die Schreibweise (der Dateiname ohne .mdx)',
  },
  {
    name: 'an unknown article reference',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann',
    where: `${WHO}:17`, field: 'article', message: 'nennt den Artikel „dieser-mann“, aber es gibt keine Datei content/articles/dieser-mann.mdx: prüfen Sie die Schreibweise (der Dateiname ohne .mdx)',
  },
  {
    name: 'a timeline event without a date',
    file: TIMELINE, find: /(  - id: erste-twitter-mitteilung\n)    date: 2017-11-02\n/, replace: '$1',
    where: `${TIMELINE}:12`, field: 'events[1].date', message: 'ist ein Pflichtfeld und fehlt (muss ein Datum wie 2017-11-29 sein)',
  },
  {
    name: 'an explainer without a standfirst',
    file: CHRONOLOGY, find: /^standfirst: .*\n/m, replace: '',
    where: `${CHRONOLOGY}:2`, field: 'standfirst', message: 'ist ein Pflichtfeld und fehlt',
  },
  {
    name: 'a redirectFrom that collides with another page',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/]',
    where: `${WHO}:18`, field: 'redirectFrom[0]', message: '„/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/“ ist schon die Adresse von content/articles/dieser-mann-nahm-donald-trump-vom-netz.mdx; eine Weiterleitung von dort würde diese Seite verdecken: streichen Sie den Eintrag',
  },

  // Pictures (issue 11): the lead image's fields and its file.
  {
    name: 'a lead image without alt text',
    plant: (content) => leadImage(content, ['src: duysak.jpg', CREDIT]),
    where: `${ARTICLE}:11`, field: 'image.alt', message: 'ist ein Pflichtfeld und fehlt',
  },
  {
    name: 'a lead image whose alt text is a file name',
    plant: (content) => leadImage(content, ['src: duysak.jpg', 'alt: IMG_4711.jpg', CREDIT]),
    where: `${ARTICLE}:12`, field: 'image.alt', message: '„IMG_4711.jpg“ ist ein Dateiname, keine Beschreibung: schreiben Sie einen Satz, der sagt, was das Bild zeigt',
  },
  {
    name: 'a lead image with an empty alt text',
    plant: (content) => leadImage(content, ['src: duysak.jpg', 'alt: ""', CREDIT]),
    where: `${ARTICLE}:12`, field: 'image.alt', message: 'ist leer: schreiben Sie einen Satz, der sagt, was das Bild zeigt, für Leser, die es nicht sehen können',
  },
  {
    name: 'a lead image without a credit',
    plant: (content) => leadImage(content, ['src: duysak.jpg', ALT]),
    where: `${ARTICLE}:11`, field: 'image.credit', message: 'ist ein Pflichtfeld und fehlt',
  },
  {
    name: 'a lead image whose file is missing',
    plant: (content) => leadImage(content, ['src: duysak.jpg', ALT, CREDIT]),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'nennt das Bild „duysak.jpg“, aber es gibt keine Datei content/bilder/duysak.jpg: speichern Sie das Bild dort unter diesem Namen',
  },
  {
    name: 'a lead image file that is no picture',
    plant: withPicture('duysak.jpg', new TextEncoder().encode('Das ist kein Bild, sondern Text.\n')),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'content/bilder/duysak.jpg ist kein Bild, das die Website lesen kann (der Inhalt ist kein JPEG-, PNG-, WebP- oder AVIF-Bild, oder die Datei ist beschädigt): exportieren Sie es noch einmal als JPEG',
  },
  {
    name: 'a lead image from another site',
    plant: (content) => leadImage(content, ['src: https://cdn.example/duysak.jpg', ALT, CREDIT]),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'ist eine Adresse auf einer anderen Website: der Browser der Leser würde sie aufrufen, die Website lädt aber nichts von anderswo; speichern Sie das Bild in content/bilder/ und schreiben Sie hier seinen Dateinamen (gefunden: „https://cdn.example/duysak.jpg“)',
  },
  {
    name: 'a lead image in an unsupported format',
    plant: (content) => leadImage(content, ['src: duysak.gif', ALT, CREDIT]),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'ist eine .gif-Datei, die die Website nicht veröffentlicht: Bilder haben die Endung .jpg, .jpeg, .png, .webp, .avif (gefunden: „duysak.gif“)',
  },
  {
    name: 'a lead image too small for the social card',
    plant: withPicture('duysak.jpg', SMALL_PHOTO),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'content/bilder/duysak.jpg ist 800 × 450 Pixel groß; ein Aufmacherbild (image) muss mindestens 1200 Pixel breit sein, so breit wie die Vorschau in sozialen Netzwerken: nehmen Sie eine größere Fassung',
  },
  {
    name: 'a lead image file over the size limit',
    plant: withPicture('duysak.jpg', new Uint8Array(8_500_000).fill(0xff)),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'content/bilder/duysak.jpg ist 8,5 MB groß; ein Bild darf höchstens 8 MB haben: speichern Sie es kleiner (etwa 2400 Pixel breit, JPEG-Qualität 85 genügt)',
  },
  {
    name: 'a PNG picture saved as .jpg',
    plant: withPicture('duysak.jpg', PNG_PHOTO),
    where: `${ARTICLE}:11`, field: 'image.src', message: 'content/bilder/duysak.jpg ist ein PNG-Bild mit der Endung eines JPEG-Bildes: benennen Sie es in duysak.png um',
  },
  {
    name: 'a lead image whose data is broken',
    plant: withPicture('duysak.jpg', BROKEN_PHOTO),
    where: 'bilder/duysak.jpg:1', field: 'file', message: 'ist beschädigt: Format und Größe am Anfang der Datei sind lesbar, die Bilddaten dahinter aber nicht (die Datei bricht ab oder enthält fehlerhafte Daten): speichern oder exportieren Sie das Bild noch einmal, oder laden Sie es noch einmal herunter',
  },
  {
    name: 'a credit without the kind of picture',
    plant: (content) => {
      put(content, 'bilder/duysak.jpg', PHOTO);
      leadImage(content, ['src: duysak.jpg', ALT, 'credit: Anna Beispiel']);
    },
    where: `${ARTICLE}:13`, field: 'image.credit', message: 'muss mit der Art des Bildes und einem Doppelpunkt beginnen, dann folgt, wer es gemacht hat, wie „Foto: Anna Beispiel/Agentur“ oder „Grafik: Netzchronik“ (Arten: Foto, Fotos, Grafik, Illustration, Karte, Screenshot, Bild) (gefunden: „Anna Beispiel“)',
  },
  {
    name: 'a <Bild> without a credit',
    plant: (content) => {
      put(content, 'bilder/duysak.jpg', PHOTO);
      edit(content, ARTICLE, 'Mittlerweile ist Bahtiyar Duysak wieder', '<Bild src="duysak.jpg" alt="Ein Mann mit Kopfhörern vor zwei Bildschirmen" />\n\nMittlerweile ist Bahtiyar Duysak wieder');
    },
    where: `${ARTICLE}:35`, field: 'body', message: '<Bild> braucht credit="…" (siehe EDITING.md, „Bilder“)',
  },
  {
    name: 'a <Bild> whose file is missing',
    plant: (content) => edit(content, ARTICLE, 'Mittlerweile ist Bahtiyar Duysak wieder', '<Bild src="duysak.jpg" alt="Ein Mann mit Kopfhörern vor zwei Bildschirmen" credit="Foto: Anna Beispiel" />\n\nMittlerweile ist Bahtiyar Duysak wieder'),
    where: `${ARTICLE}:35`, field: 'body', message: '<Bild>: die Angabe src nennt das Bild „duysak.jpg“, aber es gibt keine Datei content/bilder/duysak.jpg: speichern Sie das Bild dort unter diesem Namen',
  },
  {
    name: 'an hour graphic of a day without timed events',
    file: CHRONOLOGY, find: 'tag="2017-11-02"', replace: 'tag="2017-11-29"',
    where: `${CHRONOLOGY}:62`, field: 'body', message: 'zeigt die Stunden vom 2017-11-29 aus der Zeitleiste „trump-account-2017“, aber keines ihrer Ereignisse an diesem Tag hat eine Uhrzeit (time): die Grafik zeigt nur Ereignisse mit Uhrzeit',
  },
  {
    name: 'a GIF in the pictures folder',
    plant: (content) => put(content, 'bilder/duysak.gif', PHOTO),
    where: 'bilder/duysak.gif', field: 'file', message: 'ist kein Bild, das die Website veröffentlicht: content/bilder/ enthält nur Dateien mit der Endung .jpg, .jpeg, .png, .webp, .avif',
  },

  // Every file under content/ is accounted for (item 2).
  {
    name: 'a Markdown file instead of MDX',
    plant: (content) => put(content, 'articles/neue-meldung.md', article('published: 2026-11-20T08:00:00+01:00')),
    where: 'articles/neue-meldung.md', field: 'file', message: 'ist eine Markdown-Datei (.md), Beiträge sind aber MDX-Dateien: benennen Sie die Datei in neue-meldung.mdx um',
  },
  {
    name: 'an upper-case extension',
    plant: (content) => put(content, 'articles/neue-meldung.MDX', article('published: 2026-11-20T08:00:00+01:00')),
    where: 'articles/neue-meldung.MDX', field: 'file', message: 'hat die Endung „.MDX“ in Großbuchstaben: benennen Sie die Datei in neue-meldung.mdx um',
  },
  {
    name: 'a source saved as .yml',
    plant: (content) => put(content, 'sources/bild-2017-11-30.yml', 'publisher: Bild\ndate: 2017-11-30\nlanguage: de\n'),
    where: 'sources/bild-2017-11-30.yml', field: 'file', message: 'hat die Endung „.yml“: benennen Sie die Datei in bild-2017-11-30.yaml um (die Website verwendet nur .yaml)',
  },
  {
    name: 'a source in the articles folder',
    plant: (content) => put(content, 'articles/bild-2017-11-30.yaml', 'publisher: Bild\ndate: 2017-11-30\nlanguage: de\n'),
    where: 'articles/bild-2017-11-30.yaml', field: 'file', message: 'ist eine .yaml-Datei, aber content/articles/ enthält nur Dateien der Form <name>.mdx: sie gehört nach content/sources/, content/timeline/ oder content/authors/',
  },
  {
    name: 'a folder named in German',
    plant: (content) => put(content, 'artikel/neue-meldung.mdx', article('published: 2026-11-20T08:00:00+01:00')),
    where: 'artikel', field: 'folder', message: 'ist kein Ordner der Website, darum wird nichts darin veröffentlicht: content/ enthält nur die Ordner articles/, explainers/, sources/, timeline/, authors/, live/ und bilder/ für Bilder',
  },
  {
    name: 'a subfolder in a collection',
    plant: (content) => put(content, 'articles/2026/neue-meldung.mdx', article('published: 2026-11-20T08:00:00+01:00')),
    where: 'articles/2026', field: 'folder', message: 'ist ein Ordner in content/articles/, darum wird nichts darin veröffentlicht: die Dateien müssen direkt in content/articles/ liegen',
  },
  {
    name: 'a file directly in content/',
    plant: (content) => put(content, 'neue-meldung.mdx', article('published: 2026-11-20T08:00:00+01:00')),
    where: 'neue-meldung.mdx', field: 'file', message: 'gehört nicht direkt in content/: Artikel gehören nach articles/, Erklärstücke nach explainers/, Quellen nach sources/, Zeitleisten nach timeline/, Autorinnen und Autoren nach authors/, Einträge eines Livetickers nach live/<Kurzname des Tickers>/',
  },
  {
    name: 'a symbolic link to a file outside the repository',
    plant: (content) => symlinkSync('/etc/hostname', join(content, 'articles/fremd.mdx')),
    where: 'articles/fremd.mdx:1', field: 'file', message: 'ist eine Verknüpfung, keine echte Datei; Verknüpfungen werden nicht angenommen, weil eine, die aus dem Projekt hinauszeigt, fremde Dateien veröffentlichen würde: legen Sie die Datei selbst hierher',
  },
  {
    name: 'a dangling symbolic link',
    plant: (content) => symlinkSync('gibt-es-nicht.yaml', join(content, 'sources/verweis.yaml')),
    where: 'sources/verweis.yaml:1', field: 'file', message: 'ist eine Verknüpfung, keine echte Datei; Verknüpfungen werden nicht angenommen, weil eine, die aus dem Projekt hinauszeigt, fremde Dateien veröffentlichen würde: legen Sie die Datei selbst hierher',
  },
  {
    name: 'a symbolic link to a folder',
    plant: (content) => symlinkSync(tmpdir(), join(content, 'archiv')),
    where: 'archiv', field: 'file', message: 'ist eine Verknüpfung, keine echte Datei; Verknüpfungen werden nicht angenommen, weil eine, die aus dem Projekt hinauszeigt, fremde Dateien veröffentlichen würde: legen Sie die Datei selbst hierher',
  },
  {
    name: 'a file saved as Latin-1',
    plant: (content) => put(content, ARTICLE, Buffer.from(read(content, ARTICLE), 'latin1')),
    where: `${ARTICLE}:3`, field: 'file', message: 'ist nicht als UTF-8 gespeichert: das Byte 0xE4 (in Latin-1 wäre es „ä“) ist kein gültiges UTF-8: speichern Sie die Datei als UTF-8',
  },
  {
    name: 'a file saved as UTF-16',
    plant: (content) => put(content, SOURCE, Buffer.from(`\uFEFF${read(content, SOURCE)}`, 'utf16le')),
    where: `${SOURCE}:1`, field: 'file', message: 'ist als UTF-16 gespeichert: speichern Sie die Datei als UTF-8',
  },
  {
    name: 'a binary file with a content name',
    plant: (content) => put(content, 'sources/bild-2017-11-30.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])),
    where: 'sources/bild-2017-11-30.yaml:1', field: 'file', message: 'ist keine Textdatei (sie enthält ein Null-Byte, wie Bilder oder Programme): content/ enthält nur Textdateien',
  },
  {
    name: 'an empty file',
    plant: (content) => put(content, 'articles/leer.mdx', ''),
    where: 'articles/leer.mdx:1', field: 'file', message: 'ist leer: ein Beitrag braucht seinen Kopf (die Felder zwischen zwei Zeilen ---) und darunter seinen Text (siehe EDITING.md, „Der Kopf einer Datei“)',
  },
  {
    name: 'a byte order mark',
    plant: (content) => put(content, ARTICLE, `\uFEFF${read(content, ARTICLE)}`),
    where: `${ARTICLE}:1`, field: 'file', message: 'beginnt mit einem unsichtbaren Zeichen am Dateianfang (BOM): speichern Sie die Datei als UTF-8 ohne BOM (in den meisten Editoren: „UTF-8“, nicht „UTF-8 mit BOM“)',
  },
  {
    name: 'a file of more than 1 MB',
    plant: (content) => put(content, ARTICLE, `${read(content, ARTICLE)}\n${'Ein langer Absatz. '.repeat(60_000)}\n`),
    where: `${ARTICLE}:1`, field: 'file', message: 'ist 1,1 MB groß; eine Inhaltsdatei darf höchstens 1 MB haben: teilen Sie sie auf, oder nehmen Sie große Datenmengen heraus',
  },
  {
    name: 'a piece without frontmatter',
    plant: (content) => put(content, 'articles/ohne-kopf.mdx', 'Nur ein Text, ohne Felder.\n'),
    where: 'articles/ohne-kopf.mdx:1', field: 'file', message: 'hat keinen Kopf: ein Beitrag beginnt mit einer Zeile ---, dann folgen seine Felder (title: …), dann wieder eine Zeile --- (siehe EDITING.md, „Der Kopf einer Datei“)',
  },
  {
    name: 'a frontmatter without its opening line',
    file: ARTICLE, find: /^---\n/, replace: '',
    where: `${ARTICLE}:1`, field: 'file', message: 'die erste Zeile muss --- lauten, damit der Kopf der Datei beginnt (fehlt sie? die nächste Zeile --- steht in Zeile 16)',
  },
  {
    name: 'a frontmatter that is never closed',
    file: ARTICLE, find: '---\n\nMehr als', replace: '\nMehr als',
    where: `${ARTICLE}:1`, field: 'file', message: 'der Kopf der Datei, der in Zeile 1 beginnt, wird nie geschlossen: fügen Sie nach seinem letzten Feld eine Zeile --- ein',
  },
  {
    name: 'a blank line before the frontmatter',
    file: ARTICLE, find: /^---\n/, replace: '\n---\n',
    where: `${ARTICLE}:1`, field: 'file', message: 'der Kopf der Datei muss in Zeile 1 mit --- beginnen: löschen Sie die leere Zeile darüber',
  },
  {
    name: 'a space after the opening ---',
    file: ARTICLE, find: /^---\n/, replace: '--- \n',
    where: `${ARTICLE}:1`, field: 'file', message: 'die erste Zeile muss genau --- lauten (hinter den Strichen steht ein Leerzeichen): löschen Sie das Leerzeichen',
  },
  {
    name: 'a space after the closing ---',
    file: ARTICLE, find: '---\n\nMehr als', replace: '---  \n\nMehr als',
    where: `${ARTICLE}:17`, field: 'file', message: 'diese Zeile muss genau --- lauten, sie schließt den Kopf der Datei (hinter den Strichen steht ein Leerzeichen): löschen Sie das Leerzeichen',
  },

  // Never crash on content (item 3).
  {
    name: 'a YAML alias bomb',
    plant: (content) => put(content, SOURCE, `${read(content, SOURCE)}a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`),
    where: `${SOURCE}:8`, field: 'file', message: 'verwendet den Verweis *a: schreiben Sie den Wert stattdessen aus (Verweise mit & und * sind in Inhaltsdateien nicht erlaubt)',
  },

  // Editors' words everywhere (item 4).
  {
    name: 'yes instead of true',
    file: ARTICLE, find: 'label: nachricht', replace: 'label: nachricht\ndraft: ja',
    where: `${ARTICLE}:7`, field: 'draft', message: 'muss true (ja) oder false (nein) sein (gefunden: „ja“)',
  },
  {
    name: 'a single topic without list brackets',
    file: ARTICLE, find: 'topics: [twitter, donald-trump, bahtiyar-duysak]', replace: 'topics: twitter',
    where: `${ARTICLE}:10`, field: 'topics', message: 'muss eine Liste sein: [a, b] in einer Zeile, oder ein „- Eintrag“ pro Zeile unter dem Feld (gefunden: „twitter“)',
  },
  {
    name: 'a colon in an unquoted value',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: 'title: Twitter-Panne: Dieser Mann nahm Trump vom Netz',
    where: `${ARTICLE}:2`, field: 'file', message: 'der Wert enthält einen Doppelpunkt mit einem Leerzeichen dahinter, der als Beginn eines neuen Feldes gelesen wird: setzen Sie den ganzen Wert in gerade Anführungszeichen "…" (ein " darin wird zu \\", oder Sie schreiben „…“)',
  },
  {
    name: 'an impossible calendar day in a date-time',
    file: ARTICLE, find: 'published: 2017-11-30T00:00:00+01:00', replace: 'published: 2017-02-30T00:00:00+01:00',
    where: `${ARTICLE}:9`, field: 'published', message: '2017-02-30 ist kein Tag im Kalender (gefunden: „2017-02-30T00:00:00+01:00“)',
  },
  {
    name: 'an impossible time of day',
    file: ARTICLE, find: 'published: 2017-11-30T00:00:00+01:00', replace: 'published: 2017-11-30T24:30:00+01:00',
    where: `${ARTICLE}:9`, field: 'published', message: '24:30:00 ist keine Uhrzeit (00:00:00 bis 23:59:59) (gefunden: „2017-11-30T24:30:00+01:00“)',
  },
  {
    name: 'an impossible day in a source',
    file: SOURCE, find: 'date: 2017-11-29', replace: 'date: 2017-02-30',
    where: `${SOURCE}:3`, field: 'date', message: '2017-02-30 ist kein Tag im Kalender',
  },
  {
    name: 'an impossible day in a timeline',
    file: TIMELINE, find: 'date: 2017-11-29', replace: 'date: 2017-11-31',
    where: `${TIMELINE}:30`, field: 'events[4].date', message: '2017-11-31 ist kein Tag im Kalender',
  },
  {
    name: 'a non-breaking space in the indentation',
    file: ARTICLE, find: '    wrong: Duysaker', replace: '\u00A0   wrong: Duysaker',
    where: `${ARTICLE}:14`, field: 'file', message: 'enthält in der Einrückung ein besonderes Leerzeichen (geschütztes Leerzeichen, U+00A0), wo ein gewöhnliches stehen muss: ersetzen Sie es durch ein normales Leerzeichen',
  },
  {
    name: 'a non-breaking space after the colon',
    file: ARTICLE, find: 'section: chronik', replace: 'section:\u00A0chronik',
    where: `${ARTICLE}:4`, field: 'file', message: 'enthält nach dem Doppelpunkt ein besonderes Leerzeichen (geschütztes Leerzeichen, U+00A0), wo ein gewöhnliches stehen muss: ersetzen Sie es durch ein normales Leerzeichen',
  },
  {
    name: 'a zero-width space in a headline',
    file: ARTICLE, find: 'title: Dieser Mann', replace: 'title: Dieser\u200B Mann',
    where: `${ARTICLE}:2`, field: 'title', message: 'enthält in Spalte 14 ein unsichtbares Zeichen (Leerzeichen ohne Breite, U+200B): löschen Sie es (man sieht es nicht, aber es verändert den Text)',
  },
  {
    name: 'a text direction override in a standfirst',
    file: ARTICLE, find: 'standfirst: Nachdem', replace: 'standfirst: \u202ENachdem',
    where: `${ARTICLE}:3`, field: 'standfirst', message: 'enthält in Spalte 13 ein unsichtbares Zeichen (Steuerzeichen für die Schreibrichtung, U+202E): löschen Sie es (man sieht es nicht, aber es verändert den Text)',
  },
  {
    name: 'a zero-width space in the body',
    file: ARTICLE, find: 'Groß war deshalb', replace: 'Groß\u200B war\u200B deshalb',
    where: `${ARTICLE}:21`, field: 'body', message: 'enthält in Spalte 5 ein unsichtbares Zeichen (Leerzeichen ohne Breite, U+200B), in dieser Zeile noch 1 weitere: löschen Sie sie (man sieht sie nicht, aber sie verändern den Text)',
  },
  {
    name: 'a control character in the body',
    file: ARTICLE, find: 'Groß war deshalb', replace: 'Groß war\u0008 deshalb',
    where: `${ARTICLE}:21`, field: 'body', message: 'enthält in Spalte 9 ein unsichtbares Zeichen (Steuerzeichen, U+0008): löschen Sie es (man sieht es nicht, aber es verändert den Text)',
  },
  {
    name: 'a tab as indentation',
    file: ARTICLE, find: '    wrong: Duysaker', replace: '\twrong: Duysaker',
    where: `${ARTICLE}:14`, field: 'file', message: 'ist mit einem Tabulator eingerückt: rücken Sie mit Leerzeichen ein',
  },
  {
    name: 'a field written twice',
    file: ARTICLE, find: 'label: nachricht', replace: 'label: nachricht\nsection: chronik',
    where: `${ARTICLE}:7`, field: 'file', message: 'das Feld „section“ steht zweimal da: behalten Sie eines',
  },
  {
    name: 'a quote that is never closed',
    file: WHO, find: 'title: "Wer ist Bahtiyar Duysak? Der Mann hinter den elf Minuten"', replace: 'title: "Wer ist Bahtiyar Duysak? Der Mann hinter den elf Minuten',
    where: `${WHO}:2`, field: 'file', message: 'ein hier geöffnetes Anführungszeichen wird nie geschlossen: beenden Sie den Wert mit demselben Anführungszeichen',
  },
  {
    name: 'text after a quoted value',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: 'title: "Dieser Mann" nahm Donald Trump vom Netz',
    where: `${ARTICLE}:2`, field: 'file', message: 'hat Text hinter dem Ende des Wertes (ein Wert in Anführungszeichen muss mit seinem Anführungszeichen enden): setzen Sie den ganzen Wert in gerade Anführungszeichen "…" (ein " darin wird zu \\", oder Sie schreiben „…“)',
  },
  {
    name: 'a value that starts with a backtick',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: 'title: `Dieser Mann` nahm Donald Trump vom Netz',
    where: `${ARTICLE}:2`, field: 'file', message: 'ein Wert darf ohne Anführungszeichen nicht mit "`" beginnen: setzen Sie den ganzen Wert in gerade Anführungszeichen "…" (ein " darin wird zu \\", oder Sie schreiben „…“)',
  },
  {
    name: 'a source file that is a list',
    plant: (content) => put(content, SOURCE, '- publisher: TechCrunch\n- date: 2017-11-29\n'),
    where: `${SOURCE}:1`, field: 'file', message: 'muss aus Feldern bestehen, eines pro Zeile als „name: Wert“ (gefunden: [{"publisher":"TechCrunch"},{"date":"2017-11-29"}])',
  },

  {
    name: 'a second document in a source file',
    file: SOURCE, find: 'language: en', replace: '---\nlanguage: en',
    where: `${SOURCE}:5`, field: 'file', message: 'eine Zeile --- beginnt hier einen zweiten Block von Feldern, diese Datei hat aber nur einen: löschen Sie die Zeile',
  },
  {
    name: 'a wrapped line without indentation',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: 'title: Dieser Mann nahm\nDonald Trump vom Netz',
    where: `${ARTICLE}:3`, field: 'file', message: 'ist kein Feld: ein Feld wird als „name: Wert“ in eine Zeile geschrieben (fehlt der Doppelpunkt, oder setzt diese Zeile die vorige fort und muss eingerückt werden?)',
  },
  {
    name: 'a backslash in double quotes',
    file: WHO, find: 'title: "Wer ist Bahtiyar Duysak?', replace: 'title: "Wer ist Bahtiyar\\Duysak?',
    where: `${WHO}:2`, field: 'file', message: 'enthält in geraden Anführungszeichen "…" einen Backslash, der nichts Gültiges einleitet: schreiben Sie \\\\ für einen Backslash, oder verwenden Sie einfache Anführungszeichen \'…\'',
  },
  {
    name: 'a number where text belongs',
    file: SOURCE, find: 'publisher: TechCrunch', replace: 'publisher: 1234',
    where: `${SOURCE}:1`, field: 'publisher', message: 'muss Text sein (das Medium) (gefunden: 1234)',
  },
  // Plausibility (item 5).
  {
    name: 'a correction dated in the future',
    file: ARTICLE, find: '  - date: 2026-11-26T11:30:00+01:00', replace: '  - date: 2099-11-26T11:30:00+01:00',
    where: `${ARTICLE}:13`, field: 'corrections[0].date', message: 'ist 2099-11-26T11:30:00+01:00, also in der Zukunft: datieren Sie eine Korrektur auf den Zeitpunkt, an dem sie gemacht wird',
  },
  {
    name: 'an update dated in the future',
    file: ARTICLE, find: 'published: 2017-11-30T00:00:00+01:00', replace: 'published: 2017-11-30T00:00:00+01:00\nupdated: 2099-01-01T10:00:00+01:00',
    where: `${ARTICLE}:10`, field: 'updated', message: 'ist 2099-01-01T10:00:00+01:00, also in der Zukunft: tragen Sie eine Aktualisierung erst ein, wenn sie gemacht ist',
  },
  {
    name: 'a source dated in the future',
    file: SOURCE, find: 'date: 2017-11-29', replace: 'date: 2099-11',
    where: `${SOURCE}:3`, field: 'date', message: 'ist 2099-11, also in der Zukunft: eine Quelle kann nicht aus der Zukunft stammen',
  },
  {
    name: 'corrections out of date order',
    file: ARTICLE, find: '---\n\nMehr als', replace: '  - date: 2026-11-20T09:00:00+01:00\n    wrong: Kurznachrichtenportal\n    right: Kurznachrichtendienst\n    note: In einer früheren Fassung stand ein falsches Wort für den Dienst.\n---\n\nMehr als',
    where: `${ARTICLE}:17`, field: 'corrections[1].date', message: 'ist 2026-11-20T09:00:00+01:00, früher als die Korrektur darüber (2026-11-26T11:30:00+01:00): ordnen Sie die Korrekturen nach Datum, die älteste zuerst',
  },
  {
    name: 'a correction that changes nothing',
    file: ARTICLE, find: '    right: Duysak', replace: '    right: Duysaker',
    where: `${ARTICLE}:15`, field: 'corrections[0].right', message: 'ist dasselbe wie wrong: eine Korrektur muss etwas ändern (wrong ist die Form, die im Beitrag stand, right die Form, die sie ersetzt) (gefunden: „Duysaker“)',
  },
  {
    name: 'a headline of invisible characters only',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: `title: "${'\u200C'.repeat(12)}"`,
    where: `${ARTICLE}:2`, field: 'title', message: 'enthält nur unsichtbare Zeichen: schreiben Sie die Überschrift (gefunden: „‌‌‌‌‌‌‌‌‌‌‌‌“)',
  },
  {
    name: 'markup in a standfirst',
    file: ARTICLE, find: 'standfirst: Nachdem der', replace: 'standfirst: Nachdem <b>der</b>',
    where: `${ARTICLE}:3`, field: 'standfirst', message: 'enthält ein Tag (<b>): der Vorspann ist reiner Text, schreiben Sie den Vorspann ohne Tags (gefunden: „Nachdem <b>der</b> Twitter-Account des US-Präsidenten für kurze Zeit offline…)',
  },
  {
    name: 'a script tag in a source title',
    file: SOURCE, find: /^title: .*$/m, replace: 'title: Meet the man <script>alert(1)</script>',
    where: `${SOURCE}:2`, field: 'title', message: 'enthält ein Tag (<script>): der Titel ist reiner Text, schreiben Sie den Titel ohne Tags (gefunden: „Meet the man <script>alert(1)</script>“)',
  },
  {
    name: 'an HTML entity in a headline',
    file: ARTICLE, find: 'title: Dieser Mann nahm Donald Trump vom Netz', replace: 'title: Dieser Mann nahm Donald Trump &amp; Co. vom Netz',
    where: `${ARTICLE}:2`, field: 'title', message: 'enthält „&amp;“, das die Leser genau so sähen: schreiben Sie das Zeichen selbst (gefunden: „Dieser Mann nahm Donald Trump &amp; Co. vom Netz“)',
  },
  {
    name: 'an unquoted value cut by " #"',
    file: ARTICLE, find: 'war, wurde seit Wochen gerätselt', replace: 'war, wurde #seit Wochen gerätselt',
    where: `${ARTICLE}:3`, field: 'standfirst', message: 'endet bei „ #“: alles dahinter gilt als Kommentar, der Wert ist also nur „…it offline gegangen war, wurde“: setzen Sie den ganzen Wert in gerade Anführungszeichen "…" (ein " darin wird zu \\", oder Sie schreiben „…“)',
  },
  {
    name: 'a source listed twice',
    file: WHO, find: '  - reuters-2017-11-02\n', replace: '  - reuters-2017-11-02\n  - rappler-2017-11-03\n',
    where: `${WHO}:17`, field: 'sources[6]', message: '„rappler-2017-11-03“ steht zweimal in der Liste (auch als Eintrag 1): behalten Sie einen',
  },
  {
    name: 'a topic listed twice',
    file: ARTICLE, find: 'topics: [twitter, donald-trump, bahtiyar-duysak]', replace: 'topics: [twitter, donald-trump, twitter]',
    where: `${ARTICLE}:10`, field: 'topics[2]', message: '„twitter“ steht zweimal in der Liste (auch als Eintrag 1): behalten Sie einen',
  },
  {
    name: 'a related explainer listed twice',
    file: WHO, find: '  - was-danach-geschah\n', replace: '  - was-danach-geschah\n  - die-elf-minuten-chronologie\n',
    where: `${WHO}:22`, field: 'related[3]', message: '„die-elf-minuten-chronologie“ steht zweimal in der Liste (auch als Eintrag 2): behalten Sie einen',
  },
  {
    name: 'a piece without text',
    plant: (content) => put(content, 'articles/ohne-text.mdx', article('published: 2026-11-20T08:00:00+01:00').replace('Ein kurzer Text.\n', '')),
    where: 'articles/ohne-text.mdx:10', field: 'body', message: 'ist leer: schreiben Sie den Text des Beitrags unter die Zeile ---, die den Kopf der Datei schließt',
  },

  // Relations against what is published, and plain paths (item 6).
  {
    name: 'a related explainer that is a draft',
    plant: (content) => {
      put(content, 'explainers/entwurf-hintergrund.mdx', explainer('published: 2026-11-20T08:00:00+01:00\ndraft: true'));
      edit(content, WHO, '  - was-danach-geschah\n', '  - entwurf-hintergrund\n');
    },
    where: `${WHO}:21`, field: 'related[2]', message: 'nennt das Erklärstück „entwurf-hintergrund“, das noch ein Entwurf ist: veröffentlichen Sie zuerst den Entwurf, oder machen Sie auch diesen Beitrag zum Entwurf',
  },
  {
    name: 'a related explainer that appears later',
    plant: (content) => {
      put(content, 'explainers/spaeter-hintergrund.mdx', explainer('published: 2099-01-01T08:00:00+01:00'));
      edit(content, WHO, '  - was-danach-geschah\n', '  - spaeter-hintergrund\n');
    },
    where: `${WHO}:21`, field: 'related[2]', message: 'nennt das Erklärstück „spaeter-hintergrund“, das erst ab 2099-01-01T08:00:00+01:00 erscheint, später als dieser Beitrag: tragen Sie den Verweis erst ab dann ein, oder setzen Sie auch diesen Beitrag auf diesen Zeitpunkt',
  },
  {
    name: 'an explained article that appears later',
    plant: (content) => {
      put(content, 'articles/spaeter-meldung.mdx', article('published: 2099-01-01T08:00:00+01:00'));
      edit(content, WHO, 'article: dieser-mann-nahm-donald-trump-vom-netz', 'article: spaeter-meldung');
    },
    where: `${WHO}:17`, field: 'article', message: 'nennt den Artikel „spaeter-meldung“, der erst ab 2099-01-01T08:00:00+01:00 erscheint, später als dieser Beitrag: tragen Sie den Verweis erst ab dann ein, oder setzen Sie auch diesen Beitrag auf diesen Zeitpunkt',
  },
  {
    name: 'an explained article that is a draft',
    plant: (content) => {
      put(content, 'articles/entwurf-meldung.mdx', article('published: 2026-11-20T08:00:00+01:00\ndraft: true'));
      edit(content, WHO, 'article: dieser-mann-nahm-donald-trump-vom-netz', 'article: entwurf-meldung');
    },
    where: `${WHO}:17`, field: 'article', message: 'nennt den Artikel „entwurf-meldung“, der noch ein Entwurf ist: veröffentlichen Sie zuerst den Entwurf, oder machen Sie auch diesen Beitrag zum Entwurf',
  },
  {
    name: 'a redirectFrom listed twice',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/alt/wer/, /alt/wer/]',
    where: `${WHO}:18`, field: 'redirectFrom[1]', message: '„/alt/wer/“ steht zweimal in der Liste (auch als Eintrag 1): behalten Sie einen',
  },
  {
    name: 'a redirectFrom with a placeholder',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/:name/]',
    where: `${WHO}:18`, field: 'redirectFrom[0]', message: 'enthält „:“, das als Platzhalter für viele Adressen gelesen würde: redirectFrom nimmt nur einfache Pfade dieser Website (gefunden: „/:name/“)',
  },
  {
    name: 'a redirectFrom with a wildcard',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: ["/alt/*/"]',
    where: `${WHO}:18`, field: 'redirectFrom[0]', message: 'enthält „*“, das als Platzhalter für viele Adressen gelesen würde: redirectFrom nimmt nur einfache Pfade dieser Website (gefunden: „/alt/*/“)',
  },
  {
    name: 'a redirectFrom with a query',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/alt/?id=3]',
    where: `${WHO}:18`, field: 'redirectFrom[0]', message: 'enthält „?“ oder „#“: eine Weiterleitung gilt nur für den Pfad einer Seite; lassen Sie „?“ oder „#“ und alles dahinter weg (gefunden: „/alt/?id=3“)',
  },
  {
    name: 'a redirectFrom with ..',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/alt/../impressum/]',
    where: `${WHO}:18`, field: 'redirectFrom[0]', message: 'enthält einen Abschnitt „.“ oder „..“: schreiben Sie den vollständigen Pfad ab dem ersten „/“, ohne „.“ und „..“ (gefunden: „/alt/../impressum/“)',
  },
  {
    name: 'a redirectFrom with a host',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: ["https://example.com/alt/"]',
    where: `${WHO}:18`, field: 'redirectFrom[0]', message: 'muss ein Pfad auf dieser Website sein, keine vollständige Adresse: schreiben Sie nur den Pfad, wie „/chronik/welt/2017/11/30/alter-name/“ (gefunden: „https://example.com/alt/“)',
  },
  {
    name: 'a redirectFrom with a backslash',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: ["/alt\\\\name/"]',
    where: `${WHO}:18`, field: 'redirectFrom[0]', message: 'enthält einen Backslash (\\): Pfade auf der Website verwenden „/“ (gefunden: „/alt\\name/“)',
  },
  {
    name: 'a redirectFrom into the build\'s own files',
    file: WHO, find: 'article: dieser-mann-nahm-donald-trump-vom-netz', replace: 'article: dieser-mann-nahm-donald-trump-vom-netz\nredirectFrom: [/_astro/alt/]',
    where: `${WHO}:18`, field: 'redirectFrom[0]', message: 'liegt in /_astro/, wo die Website ihre eigenen Dateien ablegt: das kann nicht die alte Adresse eines Beitrags sein',
  },
  // MDX bodies are data: each of these would have run code, let markup through or crashed.
  ...([
    ['an import in a body', 'import { hostname } from "node:os"\n\nMittlerweile ist Bahtiyar Duysak wieder', 'Zeilen mit `import` und `export` sind Code, und Code darf nicht im Text stehen: löschen Sie die Zeile, die Bausteine brauchen keinen import (siehe EDITING.md, „Bausteine im Text“)'],
    ['an expression in a body', 'Mittlerweile ist {process.env.HOME} Bahtiyar Duysak wieder', '`{…}` ist in MDX Code, und Code darf nicht im Text stehen: für eine geschweifte Klammer schreiben Sie einen Backslash davor (\\{)'],
    ['a brace in prose', 'Mittlerweile ist { Bahtiyar Duysak wieder', 'eine `{` beginnt in MDX Code: für eine geschweifte Klammer schreiben Sie einen Backslash davor (\\{)'],
    ['a < before a digit', 'Mittlerweile ist a <3 Bahtiyar Duysak wieder', 'ein `<` vor einer Ziffer, einem Leerzeichen oder einem Zeichen beginnt in MDX ein Tag: schreiben Sie „kleiner als“, oder setzen Sie einen Backslash davor (\\<)'],
    ['an HTML line break', 'Mittlerweile ist<br>Bahtiyar Duysak wieder', 'schreiben Sie einen Zeilenumbruch als <br /> (mit Schrägstrich)'],
    ['an HTML comment', '<!-- intern -->\n\nMittlerweile ist Bahtiyar Duysak wieder', 'HTML-Kommentare (<!-- … -->) sind in MDX nicht erlaubt: für eine Notiz, die nie veröffentlicht wird, schreiben Sie {/* … */}'],
    ['an unknown component', '<Foto datei="duysak.jpg" />\n\nMittlerweile ist Bahtiyar Duysak wieder', '<Foto> ist keiner der Bausteine, die im Text stehen dürfen (Bild, Infobox, Post, Quelle, Stundengrafik, Timeline, Zitat; siehe EDITING.md, „Bausteine im Text“)'],
    ['a component in the wrong case', 'Mittlerweile ist<quelle id="techcrunch-2017-11-29" /> Bahtiyar Duysak wieder', '<quelle> ist kein Baustein: Groß- und Kleinschreibung zählt, schreiben Sie <Quelle>'],
    ['a raw script', '<script>alert(1)</script>\n\nMittlerweile ist Bahtiyar Duysak wieder', '<script> ist HTML, das nicht im Text stehen darf: erlaubt sind abbr, br, span, sub, sup und die Bausteine Bild, Infobox, Post, Quelle, Stundengrafik, Timeline, Zitat'],
    ['an iframe to a video platform', '<iframe src="https://video.example/embed/1"></iframe>\n\nMittlerweile ist Bahtiyar Duysak wieder', '<iframe> ist HTML, das nicht im Text stehen darf: erlaubt sind abbr, br, span, sub, sup und die Bausteine Bild, Infobox, Post, Quelle, Stundengrafik, Timeline, Zitat'],
    ['an event handler', 'Mittlerweile ist <abbr title="x" onmouseover="alert(1)">BD</abbr> Bahtiyar Duysak wieder', '<abbr> hat „onmouseover“, das Code im Browser der Leser ausführen würde und nie erlaubt ist: löschen Sie es'],
    ['a style attribute', 'Mittlerweile ist <span style="color:red">Bahtiyar</span> Duysak wieder', '<span> hat eine Angabe „style“: das Aussehen der Website gilt für jeden Beitrag, eigene Stile sind nicht erlaubt; löschen Sie die Angabe'],
    ['a javascript: link', 'Mittlerweile ist [Bahtiyar Duysak](javascript:alert(1)) wieder', 'verlinkt „javascript:alert(1)“: ein Link muss mit https://, http://, mailto:, / (eine Seite dieser Website), article: oder explainer: beginnen'],
    ['a picture from another host', 'Mittlerweile ist ![Duysak](https://cdn.example/duysak.jpg) Bahtiyar Duysak wieder', 'zeigt ein Bild von einer anderen Website (https://cdn.example/duysak.jpg): der Browser der Leser würde sie aufrufen, die Website lädt aber nichts von anderswo; speichern Sie das Bild in content/bilder/ und zeigen Sie es mit <Bild src="…" alt="…" credit="…" />'],
    ['a second # headline', '# Noch ein Titel\n\nMittlerweile ist Bahtiyar Duysak wieder', 'ist eine zweite Überschrift mit „#“: die Überschrift des Beitrags (title) ist die einzige; Zwischenüberschriften beginnen mit „##“'],
    ['a component without its attribute', 'Mittlerweile ist<Quelle /> Bahtiyar Duysak wieder', '<Quelle> braucht id="…" (siehe EDITING.md, „Bausteine im Text“)'],
    ['a component attribute as code', 'Mittlerweile ist<Quelle id={"techcrunch-2017-11-29"} /> Bahtiyar Duysak wieder', '<Quelle> hat id={…}, also Code: schreiben Sie id="…" in Anführungszeichen'],
    ['an unknown component attribute', '<Zitat von="Bahtiyar Duysak" sprache="en">Hi</Zitat>\n\nMittlerweile ist Bahtiyar Duysak wieder', '<Zitat> hat keine Angabe „sprache“ (möglich: von, quelle, lang; Groß- und Kleinschreibung zählt)'],
    ['a quote inside a paragraph', 'Mittlerweile ist <Zitat von="Bahtiyar Duysak">Hi</Zitat> Bahtiyar Duysak wieder', '<Zitat> muss in eigenen Zeilen stehen, mit einer Leerzeile davor und danach'],
    ['an inline citation of an unlisted source', 'Mittlerweile ist<Quelle id="reuters-2017-12" /> Bahtiyar Duysak wieder', 'zitiert die Quelle „reuters-2017-12“, die in der Liste sources dieses Beitrags fehlt: tragen Sie sie dort ein, damit sie ihre Nummer bekommt'],
  ] as const).map(([name, replace, message]): Case => ({
    name, file: ARTICLE, find: 'Mittlerweile ist Bahtiyar Duysak wieder', replace, where: `${ARTICLE}:35`, field: 'body', message,
  })),
  {
    name: 'a component attribute on the next line that is unknown',
    file: ARTICLE, find: 'Mittlerweile ist Bahtiyar Duysak wieder', replace: '<Infobox titel="Kurz"\n  title="Kurz">\n\n- a\n\n</Infobox>\n\nMittlerweile ist Bahtiyar Duysak wieder',
    where: `${ARTICLE}:35`, field: 'body', message: '<Infobox> hat keine Angabe „titel“ (möglich: title; Groß- und Kleinschreibung zählt)',
  },
  {
    name: 'a link to a draft in a published body',
    plant: (content) => {
      put(content, 'explainers/ein-entwurf.mdx', explainer('published: 2026-11-20T08:00:00+01:00\ndraft: true'));
      edit(content, ARTICLE, 'Mittlerweile ist Bahtiyar Duysak wieder', 'Mittlerweile ist [Bahtiyar Duysak](explainer:ein-entwurf) wieder');
    },
    where: `${ARTICLE}:35`, field: 'body', message: 'verlinkt das Erklärstück „ein-entwurf“, das noch ein Entwurf ist: veröffentlichen Sie zuerst den Entwurf, oder machen Sie auch diesen Beitrag zum Entwurf',
  },
  // Issue 19, new checks and <Post>: heading levels, straight quotes, pasted embeds, a source's post.
  {
    name: 'a heading that skips a level',
    file: WHO, find: '## Der letzte Arbeitstag', replace: '#### Der letzte Arbeitstag',
    where: `${WHO}:44`, field: 'body', message: 'die Überschrift „####“ folgt auf eine mit „##“ und überspringt damit eine Ebene: Schreiben Sie „###“',
  },
  {
    name: 'straight quotes in the running text',
    file: WHO, find: 'nur „der Mitarbeiter“', replace: 'nur "der Mitarbeiter"',
    where: `${WHO}:38`, field: 'body',
    message: 'setzt „der Mitarbeiter“ in gerade Anführungszeichen ("…"): Im deutschen Text stehen deutsche Anführungszeichen, auch um englische Zitate; schreiben Sie „der Mitarbeiter“',
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
    where: `${WHO}:58`, field: 'body',
    message: 'enthält den Einbettungscode eines Beitrags von Twitter/X; er würde beim Lesen Programme und Daten der Plattform laden und ist nicht erlaubt: Zeigen Sie den Beitrag mit <Post id="…" /> (dazu eine Quelle mit dem Abschnitt „post“), zitieren Sie ihn mit <Zitat von="…" quelle="…">…</Zitat>, oder verlinken Sie ihn (siehe EDITING.md, „Beiträge aus sozialen Netzwerken“)',
  },
  {
    name: 'a <Post> of a source without a post',
    file: WHO, find: '## Warum er an die Öffentlichkeit ging\n', replace: '## Warum er an die Öffentlichkeit ging\n\n<Post id="techcrunch-2017-11-29" />\n',
    where: `${WHO}:58`, field: 'body',
    message: '<Post> zeigt die Quelle „techcrunch-2017-11-29“, aber content/sources/techcrunch-2017-11-29.yaml hat keinen Abschnitt „post“: Tragen Sie dort Plattform, Autor, Konto, Datum und Wortlaut des Beitrags ein (siehe EDITING.md, „Beiträge aus sozialen Netzwerken“), oder zitieren Sie mit <Zitat>',
  },
  {
    name: 'a post whose account lacks its @',
    file: 'sources/business-insider-2017-11-03.yaml', find: 'handle: "@realDonaldTrump"', replace: 'handle: realDonaldTrump',
    where: 'sources/business-insider-2017-11-03.yaml:8', field: 'post.handle',
    message: 'muss das Konto mit @ davor sein, ohne Leerzeichen, etwa "@realDonaldTrump" (auf Mastodon "@name@server.social") (gefunden: „realDonaldTrump“)',
  },
  // Issue 20, part 2: local times on the nights the clocks change.
  {
    name: 'a timeline time the clocks skipped',
    file: TIMELINE, find: '    date: 2017-11-02\n    time: "19:00"', replace: '    date: 2017-03-12\n    time: "02:30"',
    where: `${TIMELINE}:5`, field: 'events[0].time',
    message: '02:30 Uhr gab es am 12. März 2017 in der Zeitzone America/New_York nicht: die Uhren sprangen in dieser Nacht von 02:00 auf 03:00 Uhr vor. Prüfen Sie Uhrzeit und Zeitzone in der Quelle, und tragen Sie eine Uhrzeit ein, die es gab (vor 02:00 oder ab 03:00 Uhr)',
  },
  {
    name: 'a timeline time that came twice, without an offset',
    file: TIMELINE, find: '    date: 2017-11-29\n', replace: '    date: 2017-10-29\n    time: "02:30"\n',
    where: `${TIMELINE}:31`, field: 'events[4].time',
    message: '02:30 Uhr gab es am 29. Oktober 2017 in der Zeitzone Europe/Berlin zweimal, denn die Uhren wurden in dieser Nacht zurückgestellt: schreiben Sie unter die Uhrzeit offset: "+02:00", wenn das erste Mal gemeint ist (vor dem Zurückstellen), oder offset: "+01:00" für das zweite Mal (danach)',
  },
  // Issue 20, addresses: what a paste leaves in a source's url and in a body link.
  {
    name: 'a source url with markup pasted after it',
    file: SOURCE, find: 'trumps-twitter-account/', replace: 'trumps-twitter-account/"><script>alert(1)</script>',
    where: `${SOURCE}:4`, field: 'url',
    message: 'enthält nach „…ivated-trumps-twitter-account/“ ein Anführungszeichen ("): kopieren Sie die Adresse noch einmal aus der Adresszeile des Browsers (gefunden: „https://techcrunch.com/2017/11/29/meet-the-man-who-deactivated-trumps-twitte…)',
  },
  {
    name: 'a source url with a space',
    file: SOURCE, find: 'meet-the-man-who', replace: 'meet the-man-who',
    where: `${SOURCE}:4`, field: 'url',
    message: 'enthält nach „…techcrunch.com/2017/11/29/meet“ ein Leerzeichen: eine Adresse hat keine Leerzeichen; kopieren Sie die Adresse noch einmal aus der Adresszeile des Browsers (gefunden: „https://techcrunch.com/2017/11/29/meet the-man-who-deactivated-trumps-twitte…)',
  },
  {
    name: 'a body link with a pasted quote',
    file: ARTICLE, find: 'Mittlerweile ist Bahtiyar Duysak wieder', replace: 'Mittlerweile ist [Bahtiyar Duysak](https://techcrunch.com/2017/11/29/duysak") wieder',
    where: `${ARTICLE}:35`, field: 'body',
    message: 'verlinkt „https://techcrunch.com/2017/11/29/duysak"“; die Adresse enthält am Ende ein Anführungszeichen ("): kopieren Sie die Adresse noch einmal aus der Adresszeile des Browsers',
  },
  // Named authors (issue 20, bylines): author files in content/authors/ and a piece's `authors`.
  {
    name: 'a piece naming an author without a file',
    file: ARTICLE, find: PUBLISHED, replace: `${PUBLISHED}\nauthors: [anna-beispiel]`,
    where: `${ARTICLE}:10`, field: 'authors[0]',
    message: 'nennt „anna-beispiel“, aber es gibt keine Datei content/authors/anna-beispiel.yaml: prüfen Sie die Schreibweise (der Dateiname ohne .yaml), oder legen Sie die Datei der Person an (siehe EDITING.md, „Autorinnen und Autoren“)',
  },
  {
    name: 'an author named twice',
    plant: (content) => {
      put(content, AUTHOR_FILE, AUTHOR);
      edit(content, ARTICLE, PUBLISHED, `${PUBLISHED}\nauthors:\n  - anna-beispiel\n  - anna-beispiel`);
    },
    where: `${ARTICLE}:12`, field: 'authors[1]', message: '„anna-beispiel“ steht zweimal in der Liste (auch als Eintrag 1): behalten Sie einen',
  },
  {
    name: 'a free byline beside authors',
    plant: (content) => {
      put(content, AUTHOR_FILE, AUTHOR);
      edit(content, ARTICLE, PUBLISHED, `${PUBLISHED}\nauthors: [anna-beispiel]\nbyline: Von Anna Beispiel`);
    },
    where: `${ARTICLE}:11`, field: 'byline',
    message: 'steht neben authors: die Autorenzeile entsteht aus den Namen in den Dateien der Autorinnen und Autoren; löschen Sie byline, oder lassen Sie authors weg, wenn die Zeile freier Text bleiben soll',
  },
  {
    name: 'an author file without a name',
    plant: (content) => put(content, AUTHOR_FILE, AUTHOR.replace('name: Anna Beispiel\n', '')),
    where: `${AUTHOR_FILE}:1`, field: 'name', message: 'ist ein Pflichtfeld und fehlt',
  },
  {
    name: 'an author file with a bad e-mail address',
    plant: (content) => put(content, AUTHOR_FILE, AUTHOR.replace('anna.beispiel@netzchronik.example', 'anna.beispiel(at)netzchronik.example')),
    where: `${AUTHOR_FILE}:4`, field: 'email',
    message: 'muss eine E-Mail-Adresse sein, wie „anna.beispiel@netzchronik.example“, ohne „mailto:“ und ohne Leerzeichen (gefunden: „anna.beispiel(at)netzchronik.example“)',
  },
  {
    name: 'an author file without a way to reach the author',
    plant: (content) => put(content, AUTHOR_FILE, AUTHOR.replace('email: anna.beispiel@netzchronik.example\n', '')),
    where: `${AUTHOR_FILE}:1`, field: 'email',
    message: 'ist ein Pflichtfeld und fehlt (geben Sie eine E-Mail-Adresse an, unter der Leser die Person erreichen, oder stattdessen in url eine öffentliche Seite der Person)',
  },
  {
    name: 'an author portrait without its file',
    plant: (content) => put(content, AUTHOR_FILE, `${AUTHOR}${PORTRAIT_FIELDS}`),
    where: `${AUTHOR_FILE}:6`, field: 'image.src', message: 'nennt das Bild „anna-beispiel.jpg“, aber es gibt keine Datei content/bilder/anna-beispiel.jpg: speichern Sie das Bild dort unter diesem Namen',
  },
  {
    name: 'an author portrait too small',
    plant: (content) => {
      put(content, AUTHOR_FILE, `${AUTHOR}${PORTRAIT_FIELDS}`);
      put(content, 'bilder/anna-beispiel.jpg', TINY_PORTRAIT);
    },
    where: `${AUTHOR_FILE}:6`, field: 'image.src',
    message: 'content/bilder/anna-beispiel.jpg ist 300 × 300 Pixel groß; ein Porträt muss mindestens 400 Pixel breit sein, damit es auf der Autorenseite scharf ist: nehmen Sie eine größere Fassung',
  },
  // Live tickers (issue 21, content model): a ticker of tests/support/live.ts with three entries, and one mistake.
  {
    name: 'a live entry before its ticker started',
    plant: (content) => {
      writeTicker(content, 3);
      put(content, `live/${TICKER_ID}/zu-frueh.mdx`, tickerEntry(0).text.replace(/^time: .*$/m, 'time: 2017-11-30T08:59+01:00'));
    },
    where: `live/${TICKER_ID}/zu-frueh.mdx:2`, field: 'time',
    message: 'ist 2017-11-30T08:59+01:00, vor dem Beginn des Livetickers (live.start: 2017-11-30T09:00:00+01:00): prüfen Sie die Uhrzeit, oder setzen Sie start im Liveticker früher',
  },
  {
    name: 'a live entry after its ticker ended',
    plant: (content) => {
      writeTicker(content, 3);
      put(content, `live/${TICKER_ID}/zu-spaet.mdx`, tickerEntry(0).text.replace(/^time: .*$/m, `time: ${minuteAfterStart(60)}`));
    },
    where: `live/${TICKER_ID}/zu-spaet.mdx:2`, field: 'time',
    message: 'ist 2017-11-30T10:00+01:00, nach dem Ende des Livetickers (live.end: 2017-11-30T09:08:00+01:00): prüfen Sie die Uhrzeit, oder setzen Sie end im Liveticker später',
  },
  {
    name: 'a live entry with summer time in November',
    plant: (content) => {
      writeTicker(content, 3);
      put(content, `live/${TICKER_ID}/sommerzeit.mdx`, tickerEntry(0).text.replace(/^time: .*$/m, 'time: 2017-11-30T09:05+02:00'));
    },
    where: `live/${TICKER_ID}/sommerzeit.mdx:2`, field: 'time',
    message: 'endet auf „+02:00“, aber am 30. November 2017 um 09:05 Uhr galt in Berlin „+01:00“: meinten Sie 09:05 Uhr Berliner Zeit, schreiben Sie +01:00 statt +02:00; derselbe Zeitpunkt wie geschrieben heißt in Berliner Zeit 2017-11-30T08:05+01:00',
  },
  {
    name: 'a live entry to the second',
    plant: (content) => {
      writeTicker(content, 3);
      put(content, `live/${TICKER_ID}/sekunden.mdx`, tickerEntry(0).text.replace(/^time: .*$/m, 'time: 2017-11-30T09:05:30+01:00'));
    },
    where: `live/${TICKER_ID}/sekunden.mdx:2`, field: 'time',
    message: 'ist auf die Sekunde genau: ein Eintrag hat eine Uhrzeit auf die Minute; lassen Sie die Sekunden weg, wie 2017-11-02T19:05+01:00 (gefunden: „2017-11-30T09:05:30+01:00“)',
  },
  {
    name: 'live entries in the folder of no ticker',
    plant: (content) => put(content, 'live/der-abend-im-liveticke/erster.mdx', tickerEntry(0).text),
    where: 'live/der-abend-im-liveticke/erster.mdx:1', field: 'file',
    message: 'liegt im Ordner content/live/der-abend-im-liveticke/, aber es gibt keinen Artikel content/articles/der-abend-im-liveticke.mdx: der Ordner muss so heißen wie der Liveticker (sein Dateiname ohne .mdx); prüfen Sie die Schreibweise des Ordners',
  },
  {
    name: 'a live entry in a piece that is not live',
    plant: (content) => put(content, 'live/dieser-mann-nahm-donald-trump-vom-netz/erster.mdx', tickerEntry(0).text.replace(/^time: .*$/m, 'time: 2017-11-30T09:05+01:00')),
    where: 'live/dieser-mann-nahm-donald-trump-vom-netz/erster.mdx:1', field: 'file',
    message: 'ist ein Eintrag in einem Beitrag, der kein Liveticker ist: content/articles/dieser-mann-nahm-donald-trump-vom-netz.mdx hat kein label: liveticker mit Abschnitt live; machen Sie den Artikel zum Liveticker (siehe EDITING.md, „Einen Liveticker führen“), oder verschieben Sie die Datei in den Ordner des richtigen Tickers',
  },
  {
    name: 'a live ticker without its live group',
    plant: (content) => {
      writeTicker(content, 0);
      edit(content, TICKER_FILE, /live:\n[\s\S]*?\n---/, '---');
    },
    where: `${TICKER_FILE}:6`, field: 'label',
    message: '„liveticker“ braucht im Kopf der Datei den Abschnitt live: mit start, status und summary (siehe EDITING.md, „Einen Liveticker führen“), oder eine andere Kennzeichnung',
  },
  {
    name: 'a live group in a news article',
    plant: (content) => {
      writeTicker(content, 0);
      edit(content, TICKER_FILE, 'label: liveticker', 'label: nachricht');
    },
    where: `${TICKER_FILE}:6`, field: 'label',
    message: '„nachricht“ passt nicht zum Abschnitt live: ein Liveticker hat label: liveticker; ändern Sie die Kennzeichnung, oder löschen Sie den Abschnitt live',
  },
  {
    name: 'a finished live ticker without its end',
    plant: (content) => {
      writeTicker(content, 0);
      edit(content, TICKER_FILE, /\n {2}end: .*/, '');
    },
    where: `${TICKER_FILE}:12`, field: 'live.status',
    message: '„beendet“ braucht das Ende: schreiben Sie darunter end: mit Datum und Uhrzeit, wann die Berichterstattung endete',
  },
  {
    name: 'a live entry whose name differs from another only in capitals',
    plant: (content) => {
      writeTicker(content, 3);
      put(content, `live/${TICKER_ID}/Stand-0001.mdx`, tickerEntry(0).text.replace(/^time: .*$/m, 'time: 2017-11-30T09:07+01:00'));
    },
    where: `live/${TICKER_ID}/Stand-0001.mdx:1`, field: 'file',
    message: 'der Dateiname „Stand-0001“ darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten (keine Umlaute, kein ß, keine Leerzeichen): andere Dateien nennen ihn so, und er wird Teil der Adresse',
  },
  {
    name: 'a live entry as Markdown beside its MDX file',
    plant: (content) => {
      writeTicker(content, 3);
      put(content, `live/${TICKER_ID}/stand-0001.md`, tickerEntry(1).text);
    },
    where: `live/${TICKER_ID}/stand-0001.md`, field: 'file',
    message: 'ist eine Markdown-Datei (.md), Beiträge sind aber MDX-Dateien: benennen Sie die Datei in stand-0001.mdx um',
  },
  {
    name: 'a live entry with another extension',
    plant: (content) => {
      writeTicker(content, 3);
      put(content, `live/${TICKER_ID}/stand-0004.txt`, tickerEntry(3).text);
    },
    where: `live/${TICKER_ID}/stand-0004.txt`, field: 'file',
    message: `hat die Endung „.txt“, aber content/live/${TICKER_ID}/ enthält nur Dateien der Form <name>.mdx`,
  },
  {
    name: 'a folder inside a live ticker\'s folder',
    plant: (content) => {
      writeTicker(content, 3);
      put(content, `live/${TICKER_ID}/nachmittag/stand-0004.mdx`, tickerEntry(3).text);
    },
    where: `live/${TICKER_ID}/nachmittag`, field: 'folder',
    message: `ist ein Ordner in content/live/${TICKER_ID}/, darum wird nichts darin veröffentlicht: die Dateien müssen direkt in content/live/${TICKER_ID}/ liegen`,
  },
  {
    name: 'a live entry directly in content/live/',
    plant: (content) => put(content, 'live/erster.mdx', tickerEntry(0).text),
    where: 'live/erster.mdx', field: 'file',
    message: 'liegt direkt in content/live/: jeder Eintrag gehört in den Ordner seines Livetickers, content/live/<Kurzname des Tickers>/; verschieben Sie die Datei dorthin',
  },
  {
    name: 'a live entry by an unknown author',
    plant: (content) => {
      writeTicker(content, 3);
      put(content, `live/${TICKER_ID}/autorin.mdx`, tickerEntry(3).text.replace('---\n\n', 'author: anna-beispiel\n---\n\n').replace('Stand 4', 'Nachtrag'));
    },
    where: `live/${TICKER_ID}/autorin.mdx:4`, field: 'author',
    message: 'nennt „anna-beispiel“, aber es gibt keine Datei content/authors/anna-beispiel.yaml: prüfen Sie die Schreibweise (der Dateiname ohne .yaml), oder legen Sie die Datei der Person an (siehe EDITING.md, „Autorinnen und Autoren“)',
  },
  {
    name: 'the same live report entered twice',
    plant: (content) => {
      writeTicker(content, 3);
      put(content, `live/${TICKER_ID}/stand-0002-doppelt.mdx`, tickerEntry(1).text.replace('bestätigt,', 'bestätigt nun,'));
    },
    where: `live/${TICKER_ID}/stand-0002.mdx:3`, field: 'title',
    message: `hat dieselbe Uhrzeit und dieselbe Überschrift wie content/live/${TICKER_ID}/stand-0002-doppelt.mdx: wahrscheinlich haben zwei Personen dieselbe Meldung eingetragen; löschen Sie eine der beiden Dateien, oder ändern Sie eine Überschrift`,
  },
];

const scratch = mkdtempSync(join(tmpdir(), 'newsroom-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A Node stack frame ("    at fn (file:1:2)") or a path into dependencies: nothing an editor should see. */
const STACK_TRACE = /^\s+at .*[(:]\d|node_modules/m;
/** The last line of every report of content errors, whole. */
const FIX_ADVICE = 'Korrigieren Sie jedes oben genannte Feld. Was in welches Feld gehört, steht in EDITING.md unter „Der Kopf einer Datei“; jede Meldung erklärt „Meldungen der Prüfung“.';

/** A copy of content/ in its own scratch folder with the case's mistake planted. */
function planted(badCase: Case, label = ''): { root: string; content: string } {
  const root = join(scratch, `${label}${badCase.name.replace(/[^A-Za-z0-9]+/g, '-')}`);
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  if ('plant' in badCase) badCase.plant(content);
  else edit(content, badCase.file, badCase.find, badCase.replace);
  return { root, content };
}

/** Files are named from the working folder: a copy of content/ is elsewhere, an editor's is ./content. */
const asEditorsSee = (root: string, text: string) => text.replace(/\x1b\[[0-9;]*m/g, '').replaceAll(`${relative(process.cwd(), root)}/`, '');
const expectedLine = (badCase: Case) => `content/${badCase.where}  ${badCase.field}: ${badCase.message}`;

/** process.exit() of the hook, caught: in `astro build` it ends the process with this code. */
class BuildStopped extends Error {
  constructor(readonly code: string | number | null | undefined) {
    super(`the build stopped with exit code ${String(code)}`);
  }
}

/** A logger like the one Astro hands the integration, keeping what is logged at each level. */
function recordingLogger(label: string, logged: { level: string; message: string }[]): AstroIntegrationLogger {
  const record = (level: string) => (message: string) => void logged.push({ level, message });
  return {
    options: { destination: { write: () => undefined }, level: 'info' },
    label,
    fork: (next: string) => recordingLogger(next, logged),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    debug: record('debug'),
    flush: () => undefined,
    close: () => undefined,
  };
}

type SetupHookOptions = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

/**
 * The checks integration's hook as `astro build` calls it on `content` (with a fresh cache, like
 * each real build of a case): the exit code it stops the build with (undefined: it would go on)
 * and what it logged at each level.
 */
async function buildChecks(root: string, content: string): Promise<{ exitCode: string | number | null | undefined; logged: { level: string; message: string }[] }> {
  const logged: { level: string; message: string }[] = [];
  // The hook reads the command, the project root, the cache folder and the logger; anything else
  // it read would be undefined here and fail the case instead of passing it.
  const options = {
    command: 'build',
    config: { root: pathToFileURL(`${process.cwd()}/`), cacheDir: pathToFileURL(join(root, 'cache/')) },
    logger: recordingLogger('newsroom:content-checks', logged),
  } as unknown as SetupHookOptions;
  const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new BuildStopped(code);
  });
  try {
    await contentChecks({ root: content }).hooks['astro:config:setup']?.(options);
    return { exitCode: undefined, logged };
  } catch (error) {
    if (error instanceof BuildStopped) return { exitCode: error.code, logged };
    throw error;
  } finally {
    exit.mockRestore();
  }
}

describe.each(CASES)('the build rejects $name', (badCase) => {
  it('its checks stop it with exit code 1 and the whole line, and npm run check:content says the same', async () => {
    const { root, content } = planted(badCase);
    const { exitCode, logged } = await buildChecks(root, content);
    const errors = logged.filter(({ level }) => level === 'error').map(({ message }) => asEditorsSee(root, message));
    expect(exitCode, errors.join('\n')).toBe(1);
    // One report: that the planted mistake is the only error, its whole line, and what to do.
    expect(errors).toHaveLength(1);
    const report = (errors[0] ?? '').split('\n');
    expect(report).toEqual(['Die Prüfung hat 1 Fehler gefunden; nichts wurde veröffentlicht:', `  ${expectedLine(badCase)}`, FIX_ADVICE]);
    expect(logged.map(({ message }) => message).join('\n')).not.toMatch(STACK_TRACE);

    const check = contentCheckCommand(content);
    expect(check.status).toBe(1);
    const stderr = check.lines.filter(({ stream }) => stream === 'stderr').map(({ text }) => asEditorsSee(root, text)).join('\n').split('\n');
    expect(check.lines.filter(({ stream }) => stream === 'stdout')).toEqual([]);
    // After the warnings (the publisher's placeholders), the report and nothing else.
    const summary = stderr.indexOf('Die Prüfung hat 1 Fehler gefunden:');
    expect(summary, stderr.join('\n')).toBeGreaterThan(-1);
    expect(stderr.slice(summary)).toEqual(['Die Prüfung hat 1 Fehler gefunden:', `  ${expectedLine(badCase)}`, FIX_ADVICE]);
  });
});

/** One case of each kind of check: a field's schema, a file as a whole, and a body. */
const REAL_BUILDS = ['a malformed date', 'a symbolic link to a file outside the repository', 'an iframe to a video platform'];

/** What a failed `npm run build` leaves: nothing, not even the nginx file beside the output, nor the cache's note that the output is a finished build's. */
function expectNothingLeft({ outDir, cacheDir }: BuildPaths): void {
  expect(existsSync(outDir), outDir).toBe(false);
  expect(existsSync(`${outDir}-nginx.conf`), `${outDir}-nginx.conf`).toBe(false);
  expect(existsSync(outputStampFile(cacheDir)), outputStampFile(cacheDir)).toBe(false);
}

/** What a good build leaves: the output, the nginx file beside it, and the stamp a rebuild writes into the output by. */
function expectOutput({ outDir, cacheDir }: BuildPaths): void {
  expect(existsSync(join(outDir, 'index.html')), outDir).toBe(true);
  expect(existsSync(`${outDir}-nginx.conf`), `${outDir}-nginx.conf`).toBe(true);
  expect(existsSync(outputStampFile(cacheDir)), outputStampFile(cacheDir)).toBe(true);
}

/** A stream's lines as editors read them, without the logger's clock ("10:33:32 [ERROR] …"). */
const linesOf = (root: string, text: string) => asEditorsSee(root, text).split('\n').map((line) => line.replace(/^\d\d:\d\d:\d\d /, ''));
/** What npm prints on stdout before the build's own words. */
const NPM_BANNER = ['', '> netzchronik@0.1.0 build', '> node scripts/build.ts', '', ''];
/** The last line of every failed build (scripts/build.ts). */
const removedLine = (outDir: string, step = 'astro build') => `Die Website konnte nicht erstellt werden (Schritt „${step}“); ${outDir}/ wurde gelöscht, nichts kann veröffentlicht werden.`;
/** Everything a build stopped by the content checks prints on stderr. */
const checksStopped = (badCase: Case, outDir: string) => ['[ERROR] [newsroom:content-checks] Die Prüfung hat 1 Fehler gefunden; nichts wurde veröffentlicht:', `  ${expectedLine(badCase)}`, FIX_ADVICE, '', removedLine(outDir), ''];

const caseNamed = (name: string): Case => {
  const found = CASES.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no case named ${name}`);
  return found;
};

describe.each(REAL_BUILDS)('a real npm run build of %s', (name) => {
  it('exits with code 1, leaves nothing, and prints only the report and the line that nothing was published, as npm run check:content does', async () => {
    const badCase = caseNamed(name);
    const { root } = planted(badCase, 'real-');
    const paths = scratchBuild(root);
    // A stale output of an earlier build must go too.
    mkdirSync(paths.outDir);
    writeFileSync(`${paths.outDir}-nginx.conf`, '');
    const result = await build(paths);
    expect(result.status, result.output).toBe(1);
    expectNothingLeft(paths);
    // All of it: no stack trace, none of Astro's words for errors in code, nothing else.
    expect(linesOf(root, result.stdout)).toEqual(NPM_BANNER);
    expect(linesOf(root, result.stderr)).toEqual(checksStopped(badCase, paths.outDir));

    const check = await run('npm', ['run', '--silent', 'check:content'], { env: buildEnv(paths), timeout: 60_000 });
    expect(check.status, check.output).toBe(1);
    expect(check.stdout).toBe('');
    const stderr = linesOf(root, check.stderr);
    // After the warning about the publisher's placeholders (the last test), the report and nothing else.
    expect(stderr.slice(stderr.indexOf('Die Prüfung hat 1 Fehler gefunden:'))).toEqual(['Die Prüfung hat 1 Fehler gefunden:', `  ${expectedLine(badCase)}`, FIX_ADVICE, '']);
  });
});

/**
 * A failure at each stage of `astro build`, each time a rebuild after a good build (which writes
 * into the good build's output, src/outputs/output-folder/): the content checks in the config
 * hook, a page that throws while it is rendered, and the inline-code check after the pages are
 * written (the URL ledger's failure after a good build: tests/content/url-ledger.test.ts). Content
 * that passes the checks cannot make a page throw or carry inline code, so those two are planted
 * as code in the build's copy of the project. All share one copy and one cache, as rebuilds do.
 */
describe('a failed rebuild after a good build', () => {
  const root = join(scratch, 'stages');
  const paths = scratchBuild(root);
  const page = (name: string) => join(root, 'src', 'pages', `${name}.astro`);

  /** A good build, then the build with `plant` (undone after): its result, with stdout and stderr as lines. */
  beforeAll(() => {
    cpSync('content', paths.content, { recursive: true });
    projectCopy(root);
  });

  async function failedRebuild(plant: () => void, unplant: () => void): Promise<{ status: number | null; stdout: string[]; stderr: string[] }> {
    const good = await build(paths);
    expect(good.status, good.output).toBe(0);
    expectOutput(paths);
    plant();
    try {
      const failed = await build(paths);
      return { status: failed.status, stdout: linesOf(root, failed.stdout), stderr: linesOf(root, failed.stderr) };
    } finally {
      unplant();
    }
  }

  it('stopped by the content checks (config hook) exits with code 1, prints the report alone and leaves nothing', async () => {
    const badCase = caseNamed('a lead image whose data is broken');
    const article = read(paths.content, ARTICLE);
    const failed = await failedRebuild(
      () => {
        if ('plant' in badCase) badCase.plant(paths.content);
      },
      () => {
        rmSync(join(paths.content, 'bilder', 'duysak.jpg'));
        writeFileSync(join(paths.content, ARTICLE), article);
      },
    );
    expect(failed.status, failed.stderr.join('\n')).toBe(1);
    expect(failed.stdout).toEqual(NPM_BANNER);
    expect(failed.stderr).toEqual(checksStopped(badCase, paths.outDir));
    expectNothingLeft(paths);
  });

  it('stopped by a page that throws while it is rendered exits with code 1 and leaves nothing', async () => {
    const failed = await failedRebuild(
      () => writeFileSync(page('wirft'), "---\nthrow new Error('planted by tests/content/bad-input.test.ts');\n---\n"),
      () => rmSync(page('wirft')),
    );
    expect(failed.status, failed.stderr.join('\n')).toBe(1);
    // Astro's report of an error in code, with its stack trace, for developers; then the build's last word.
    expect(failed.stderr).toContain('[ERROR] [build] Caught error rendering /wirft: Error: planted by tests/content/bad-input.test.ts');
    expect(failed.stderr.slice(-3)).toEqual(['', removedLine(paths.outDir), '']);
    expectNothingLeft(paths);
  });

  it('stopped after the pages are written, by the inline-code check, exits with code 1, prints its report alone and leaves nothing', async () => {
    const failed = await failedRebuild(
      () => writeFileSync(page('mit-stil'), '<p style="color: red">Rot</p>\n'),
      () => rmSync(page('mit-stil')),
    );
    expect(failed.status, failed.stderr.join('\n')).toBe(1);
    // Astro's warnings come first (the copy has no git history for the version pages); then the report, and nothing else.
    expect(failed.stderr.slice(failed.stderr.findIndex((line) => line.startsWith('[ERROR]')))).toEqual([
      '[ERROR] [newsroom:host-files] 1 erzeugte Seite enthält Code, den die Sicherheitsregeln der Website (Content-Security-Policy) im Browser der Leser sperren würden; nichts wurde veröffentlicht:',
      '  eine Angabe style="color: red" an <p> in dist/mit-stil/index.html',
      'Das ist ein Fehler im Code der Website, den die Prüfung des Inhalts hätte verhindern müssen; ist eine Datei in content/ genannt, hat ihr Inhalt ihn ausgelöst. Melden Sie die Meldung den Entwicklern (src/outputs/hosting/inline-code.ts).',
      '',
      removedLine(paths.outDir),
      '',
    ]);
    expectNothingLeft(paths);
  });

  it('stopped by a deployer\'s wrong settings before anything is read: one line per setting, exit code 1, nothing left; npm run check:content and astro dev the same', async () => {
    const good = await build(paths);
    expect(good.status, good.output).toBe(0);
    const env = { SITE_URL: 'www.netzchronik.de', NEWS_BUILD_TIME: '2026-11-27 08:00', NEWS_PRECOMPRESS: 'ja' };
    const settings = [
      'SITE_URL must be an absolute URL like https://www.example.de (got "www.netzchronik.de")',
      'NEWS_BUILD_TIME must be an ISO 8601 time with an offset, e.g. 2026-11-27T08:00:00+01:00 (got "2026-11-27 08:00")',
      'NEWS_PRECOMPRESS must be 0 or 1, not "ja"',
    ];
    const failed = await build(paths, { env });
    expect(failed.status, failed.output).toBe(1);
    expect(linesOf(root, failed.stdout)).toEqual(NPM_BANNER);
    expect(linesOf(root, failed.stderr)).toEqual([...settings, '', removedLine(paths.outDir, 'Einstellungen'), '']);
    expectNothingLeft(paths);
    const check = await run('npm', ['run', '--silent', 'check:content'], { env: buildEnv(paths, env), timeout: 60_000 });
    expect(check.status, check.output).toBe(1);
    expect(check.stdout).toBe('');
    expect(linesOf(root, check.stderr)).toEqual([...settings, '']);
    // Astro's own commands stop the same way (astro.config.mjs asks first), the dev server included.
    const dev = await run('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', '0'], { env: buildEnv(paths, env), cwd: dirname(paths.outDir), timeout: 60_000 });
    expect(dev.status, dev.output).toBe(1);
    expect(linesOf(root, dev.stderr)).toEqual([...settings, '']);
  });
});

it('npm run check:content passes the real content, says how many pieces it checked, and warns once about the publisher\'s placeholders', async () => {
  const check = await run('npm', ['run', '--silent', 'check:content'], { timeout: 60_000 });
  expect(check.status, check.stderr).toBe(0);
  expect(check.stdout).toMatch(/^Inhalt geprüft: 5 Beiträge, keine Fehler \(\d+\.\d s\)$/m);
  expect(check.stderr.split('\n').filter((line) => line.includes('zeigen noch Platzhalter'))).toEqual([
    expect.stringMatching(/^Warnung {2}Impressum, Datenschutz, Redaktion, Grundsätze, Korrekturen und Transparenz und „Fehler melden“ an jedem Beitrag zeigen noch Platzhalter; tragen Sie die Angaben des Verlags in src\/site\.config\.ts ein: legal\.address\[0\], .*, newsroom\.correctionsEmail, newsroom\.responseTime, newsroom\.verification, newsroom\.ownership$/),
  ]);
});
