/**
 * A site with named authors, for tests: the content has no author files (the newsroom names no
 * person), so tests make up their own. Anna Beispiel (with portrait) writes the article and 30
 * older pieces, one more than a listing page holds; Ben Muster (a URL, no e-mail) is her co-author
 * on the article; Carla Probe has no piece yet.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LISTING_PAGE_SIZE } from '../../src/newsroom/listings.ts';
import { testPhoto } from './pictures.ts';

export const AUTHOR_ARTICLE = 'articles/dieser-mann-nahm-donald-trump-vom-netz.mdx';
export const ANNA = { id: 'anna-beispiel', name: 'Anna Beispiel', role: 'Redakteurin Digitales', email: 'anna.beispiel@netzchronik.example', expertise: ['Plattformen', 'Datenschutz'] };
export const BEN = { id: 'ben-muster', name: 'Ben Muster', role: 'Reporter Netzpolitik', url: 'https://ben-muster.example/', expertise: ['Netzpolitik'] };
export const CARLA = { id: 'carla-probe', name: 'Carla Probe', role: 'Volontärin', email: 'carla.probe@netzchronik.example', expertise: ['Verbraucher'] };
export const PORTRAIT = { src: 'anna-beispiel.jpg', alt: 'Ein farbiges Rauschen, das ein Porträt vertritt', credit: 'Foto: Testbild/Netzchronik' };
/** Anna's pieces besides the article: her listing needs a second page. */
export const MORE_PIECES = LISTING_PAGE_SIZE;

const yamlList = (items: readonly string[]) => `[${items.join(', ')}]`;

/** The author files the tests write, by id: Anna with a bio and her portrait (whose file the caller writes), Ben with a URL, Carla with an e-mail address. */
const AUTHOR_FILES: Record<string, string> = {
  [ANNA.id]: `name: ${ANNA.name}\nrole: ${ANNA.role}\nexpertise: ${yamlList(ANNA.expertise)}\nemail: ${ANNA.email}\nbio: Schreibt über Plattformen und darüber, wer sie steuert.\nimage:\n${Object.entries(PORTRAIT).map(([key, value]) => `  ${key}: "${value}"`).join('\n')}\n`,
  [BEN.id]: `name: ${BEN.name}\nrole: ${BEN.role}\nexpertise: ${yamlList(BEN.expertise)}\nurl: ${BEN.url}\n`,
  [CARLA.id]: `name: ${CARLA.name}\nrole: ${CARLA.role}\nexpertise: ${yamlList(CARLA.expertise)}\nemail: ${CARLA.email}\n`,
};

/** Writes the author files of `ids` (of ANNA, BEN and CARLA) into the copy of content/ at `content`. */
export function writeAuthorFiles(content: string, ids: readonly string[]): void {
  mkdirSync(join(content, 'authors'), { recursive: true });
  for (const id of ids) {
    const text = AUTHOR_FILES[id];
    if (text === undefined) throw new Error(`no author file for ${id} in tests/support/authors.ts`);
    writeFileSync(join(content, 'authors', `${id}.yaml`), text);
  }
}

/**
 * Adds to the copy of content/ at `content` three author files, a portrait, Anna and Ben as the
 * article's authors, and 30 pieces by Anna from September 2017, before the article: the article
 * stays the newest of the real content's pieces on listings and in feeds.
 */
export async function addAuthors(content: string): Promise<void> {
  mkdirSync(join(content, 'bilder'), { recursive: true });
  writeFileSync(join(content, 'bilder', PORTRAIT.src), await testPhoto(600, 600));
  writeAuthorFiles(content, [ANNA.id, BEN.id, CARLA.id]);
  const article = join(content, AUTHOR_ARTICLE);
  writeFileSync(article, readFileSync(article, 'utf8').replace('published: 2017-11-30T00:00:00+01:00', `published: 2017-11-30T00:00:00+01:00\nauthors: [${ANNA.id}, ${BEN.id}]`));
  for (let day = 1; day <= MORE_PIECES; day += 1) {
    const number = String(day).padStart(2, '0');
    writeFileSync(
      join(content, 'articles', `testmeldung-${number}.mdx`),
      `---\ntitle: Testmeldung Nummer ${day} über eine Plattform\nstandfirst: Eine erfundene Meldung, die nur der Test anlegt, damit die Autorenseite eine zweite Seite bekommt.\nsection: chronik\nsubsection: welt\nlabel: nachricht\npublished: 2017-09-${number}T10:00:00+02:00\nauthors: [${ANNA.id}]\nsources: [techcrunch-2017-11-29]\n---\n\nEin kurzer Text.\n`,
    );
  }
}
