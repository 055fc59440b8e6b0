/**
 * Named authors: the byline their names make, the Person and the newsroom in JSON-LD, and what
 * the checks say about author files and a piece's `authors`. No real person: every author here
 * is made up for the test, as the content has none.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { parseEditorFile } from '../../src/checks/read/editor-file.ts';
import type { PictureFile, Problem } from '../../src/checks/result.ts';
import type { PictureDecoding } from '../../src/checks/read/picture-data.ts';
import { bylineParts, bylineText } from '../../src/newsroom/authors.ts';
import { toPiece } from '../../src/newsroom/pieces.ts';
import { authorPageData, authorPerson, newsroomAuthor, pieceData } from '../../src/outputs/metadata/structured-data.ts';
import { authorPath, pageKindOf } from '../../src/routing/routes.ts';
import { site } from '../../src/site.config.ts';
import { articleData } from '../support/piece-data.ts';

describe('the byline of named authors', () => {
  it('joins names as German writes a list', () => {
    expect(bylineText(['Anna Beispiel'])).toBe('Von Anna Beispiel');
    expect(bylineText(['Anna Beispiel', 'Ben Muster'])).toBe('Von Anna Beispiel und Ben Muster');
    expect(bylineText(['A', 'B', 'C'])).toBe('Von A, B und C');
    expect(bylineText([])).toBe('');
  });

  it('keeps each author with the words before their name, for links', () => {
    expect(bylineParts([{ id: 'a' }, { id: 'b' }])).toEqual([{ author: { id: 'a' }, before: 'Von ' }, { author: { id: 'b' }, before: ' und ' }]);
  });
});

describe('author pages', () => {
  it('live below /autoren/ and are a kind of page of their own', () => {
    expect(authorPath('anna-beispiel')).toBe('/autoren/anna-beispiel/');
    expect(pageKindOf('/autoren/anna-beispiel/')).toBe('author');
    expect(pageKindOf('/autoren/anna-beispiel/seite/2/')).toBe('growing listing');
    expect(pageKindOf('/autoren/')).toBeUndefined();
  });
});

const ANNA = { path: '/autoren/anna-beispiel/', data: { name: 'Anna Beispiel', role: 'Redakteurin Digitales', expertise: ['Plattformen', 'Datenschutz'], email: 'anna@netzchronik.example' } };
const BEN = { path: '/autoren/ben-muster/', data: { name: 'Ben Muster', role: 'Reporter', expertise: ['Netzpolitik'], url: 'https://ben.example/' } };

describe('authors in JSON-LD', () => {
  it('makes a Person of an author file, with the page, role, topics, contact and portrait', () => {
    const portrait = { path: '/_astro/anna.jpg', width: 400, height: 400, type: 'image/jpeg' };
    expect(authorPerson(ANNA, portrait)).toEqual({
      '@type': 'Person',
      '@id': 'https://netzchronik.example/autoren/anna-beispiel/#person',
      name: 'Anna Beispiel',
      url: 'https://netzchronik.example/autoren/anna-beispiel/',
      jobTitle: 'Redakteurin Digitales',
      knowsAbout: ['Plattformen', 'Datenschutz'],
      email: 'anna@netzchronik.example',
      image: { '@type': 'ImageObject', url: 'https://netzchronik.example/_astro/anna.jpg', width: '400', height: '400' },
      worksFor: { '@id': 'https://netzchronik.example/#organisation' },
    });
    const ben = authorPerson(BEN);
    expect(ben).toMatchObject({ name: 'Ben Muster', sameAs: ['https://ben.example/'] });
    expect(ben).not.toHaveProperty('email');
    expect(ben).not.toHaveProperty('image');
  });

  it('names the pieces’ authors, in their order', () => {
    const piece = toPiece('article', 'x', articleData({ authors: ['anna-beispiel', 'ben-muster'] }));
    const persons = [authorPerson(ANNA), authorPerson(BEN)];
    expect(pieceData(piece, [], persons).author).toEqual(persons);
  });

  it('names the newsroom where no person is named, a free byline included', () => {
    const newsroom = { '@type': 'Organization', '@id': 'https://netzchronik.example/#redaktion', name: site.publisher, url: 'https://netzchronik.example/', parentOrganization: { '@id': 'https://netzchronik.example/#organisation' } };
    expect(site.publisher).toBe('Netzchronik Redaktion');
    expect(newsroomAuthor()).toEqual(newsroom);
    expect(pieceData(toPiece('article', 'x', articleData())).author).toEqual(newsroom);
    expect(pieceData(toPiece('article', 'x', articleData({ byline: 'Von Anna Beispiel' }))).author).toEqual(newsroom);
  });

  it('gives the author page a ProfilePage about the Person', () => {
    expect(authorPageData(ANNA, 'Anna Beispiel')).toMatchObject({ '@type': 'ProfilePage', url: 'https://netzchronik.example/autoren/anna-beispiel/', mainEntity: { '@type': 'Person', name: 'Anna Beispiel' } });
  });
});

const NOW = new Date('2026-11-27T12:00:00Z');
const AUTHOR = `name: Anna Beispiel
role: Redakteurin Digitales
expertise: [Plattformen, Datenschutz]
email: anna@netzchronik.example
`;
const article = (head: string) => `---
title: Eine Meldung mit Autorin
standfirst: Ein Vorspann, der lang genug ist, um die Mindestlänge eines Vorspanns zu erfüllen.
section: chronik
subsection: welt
label: nachricht
published: 2017-11-30T00:00:00+01:00
${head}
---

Ein kurzer Text.
`;

/** Stand-ins for picture files, without bytes: their data counts as decoding (tests/unit/picture-data.test.ts decodes real files). */
const EVERY_PICTURE_DECODES: PictureDecoding = { broken: () => [] };

/** The checks over one article and these author files (content/authors/<id>.yaml); `pictures` are in content/bilder/. */
function check(head: string, authors: Record<string, string> = { 'anna-beispiel': AUTHOR }, pictures = new Map<string, PictureFile>()): Problem[] {
  const files = {
    articles: [parseEditorFile('content/articles/meldung.mdx', article(head))],
    explainers: [],
    sources: [],
    timeline: [],
    authors: Object.entries(authors).map(([id, text]) => parseEditorFile(`content/authors/${id}.yaml`, text)),
    live: [],
    problems: [],
    pictures,
  };
  return checkContent(files, { now: NOW, pictureData: EVERY_PICTURE_DECODES }).problems.filter((problem) => problem.severity === 'error');
}
const line = ({ file, line, field, message }: Problem) => `${file}:${line ?? ''}  ${field}: ${message}`;
const photo = (width: number): Map<string, PictureFile> =>
  new Map([['anna.jpg', { file: 'content/bilder/anna.jpg', inspect: () => ({ header: { format: 'jpeg', width, height: width }, digest: `d${width}`, bytes: 1 }) }]]);
const PORTRAIT = `image:\n  src: anna.jpg\n  alt: Anna Beispiel vor einem Bücherregal\n  credit: "Foto: Netzchronik"\n`;

describe('the checks of authors', () => {
  it('accept a piece naming an author file, and an author with a portrait', () => {
    expect(check('authors: [anna-beispiel]', { 'anna-beispiel': `${AUTHOR}${PORTRAIT}` }, photo(800))).toEqual([]);
  });

  it('name an unknown author at its line', () => {
    expect(check('authors: [anna-beispiel, ben-muster]').map(line)).toEqual([
      'content/articles/meldung.mdx:8  authors[1]: nennt „ben-muster“, aber es gibt keine Datei content/authors/ben-muster.yaml: prüfen Sie die Schreibweise (der Dateiname ohne .yaml), oder legen Sie die Datei der Person an (siehe EDITING.md, „Autorinnen und Autoren“)',
    ]);
  });

  it('refuse a free byline beside authors', () => {
    expect(check('authors: [anna-beispiel]\nbyline: Von Anna Beispiel').map((problem) => `${problem.field}:${problem.line}`)).toEqual(['byline:9']);
  });

  it('count an author file with errors of its own as there, and report it there', () => {
    const problems = check('authors: [anna-beispiel]', { 'anna-beispiel': AUTHOR.replace('name: Anna Beispiel\n', '') });
    expect(problems.map(line)).toEqual(['content/authors/anna-beispiel.yaml:1  name: ist ein Pflichtfeld und fehlt']);
  });

  it('want a way to reach the author and a real e-mail address', () => {
    expect(check('', { 'anna-beispiel': AUTHOR.replace('email: anna@netzchronik.example\n', '') }).map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'email: ist ein Pflichtfeld und fehlt (geben Sie eine E-Mail-Adresse an, unter der Leser die Person erreichen, oder stattdessen in url eine öffentliche Seite der Person)',
    ]);
    expect(check('', { 'anna-beispiel': AUTHOR.replace('email: anna@netzchronik.example', 'email: mailto:anna@netzchronik.example') }).map(line)).toEqual([
      'content/authors/anna-beispiel.yaml:4  email: muss eine E-Mail-Adresse sein, wie „anna.beispiel@netzchronik.example“, ohne „mailto:“ und ohne Leerzeichen (gefunden: „mailto:anna@netzchronik.example“)',
    ]);
    expect(check('', { 'anna-beispiel': AUTHOR.replace('email: anna@netzchronik.example', 'url: https://anna.example/') })).toEqual([]);
  });

  it('refuse a portrait that is missing or too narrow for the author page', () => {
    expect(check('', { 'anna-beispiel': `${AUTHOR}${PORTRAIT}` }).map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'image.src: nennt das Bild „anna.jpg“, aber es gibt keine Datei content/bilder/anna.jpg: speichern Sie das Bild dort unter diesem Namen',
    ]);
    expect(check('', { 'anna-beispiel': `${AUTHOR}${PORTRAIT}` }, photo(300)).map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'image.src: content/bilder/anna.jpg ist 300 × 300 Pixel groß; ein Porträt muss mindestens 400 Pixel breit sein, damit es auf der Autorenseite scharf ist: nehmen Sie eine größere Fassung',
    ]);
  });

  it('refuse an author named twice, and an author page as an old address', () => {
    expect(check('authors: [anna-beispiel, anna-beispiel]').map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'authors[1]: „anna-beispiel“ steht zweimal in der Liste (auch als Eintrag 1): behalten Sie einen',
    ]);
    expect(check('redirectFrom: ["/autoren/anna-beispiel/"]').map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'redirectFrom[0]: „/autoren/anna-beispiel/“ ist schon die Adresse von der Seite /autoren/anna-beispiel/; eine Weiterleitung von dort würde diese Seite verdecken: streichen Sie den Eintrag',
    ]);
  });
});
