/**
 * `npm run new`: starts a piece or a source in one command.
 *
 *   npm run new -- artikel "Titel des Artikels" [--ressort chronik/welt] [--slug kurzer-name]
 *   npm run new -- erklaerstueck "Titel" --zu <article-id> [--label hintergrund] [--slug …]
 *   npm run new -- quelle <url> [--id publisher-yyyy-mm-dd]
 *
 * Writes a file with every required field, `draft: true` and placeholders the build rejects
 * until they are replaced; never overwrites; prints the file and the piece's future URL.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/content-root.ts';
import { pieceFile, sourceStub, type PieceStub } from '../src/editor/scaffold.ts';
import { slugify } from '../src/newsroom/slug.ts';
import { parseEditorFile } from '../src/checks/read/editor-file.ts';
import { absoluteUrl, href, piecePath } from '../src/routing/urls.ts';
import { DRAFTS_PATH } from '../src/routing/routes.ts';
import { labelIds, sectionIds, subsectionIdsOf, type LabelId, type SectionId } from '../src/schemas/taxonomy.ts';
import { slugSchema, webAddressProblem } from '../src/schemas/shared.ts';

const USAGE = `Aufruf:
  npm run new -- artikel "Titel des Artikels" [--ressort chronik/welt] [--slug kurzer-name]
  npm run new -- erklaerstueck "Titel" --zu <artikel> [--label ${labelIds.filter((label) => label !== 'nachricht').join('|')}] [--slug kurzer-name]
  npm run new -- quelle <webadresse> [--id medium-jjjj-mm-tt]
<artikel> ist der Dateiname des Artikels in content/articles/ ohne .mdx; --slug wählt den Dateinamen,
der auch das Ende der Adresse ist; --id den Dateinamen der Quelle.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    ressort: { type: 'string' },
    zu: { type: 'string' },
    label: { type: 'string' },
    slug: { type: 'string' },
    id: { type: 'string' },
  },
});
const [kind, subject, ...extra] = positionals;
if (extra.length > 0) fail(`Zu viele Angaben: ${extra.join(' ')} (setzen Sie den Titel in Anführungszeichen).`);
if (subject === undefined || subject.trim() === '') fail('Titel oder Webadresse fehlt.');

/** Writes `text` to `file` unless it exists; prints where. */
function create(file: string, text: string): void {
  try {
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${relative(process.cwd(), file)} gibt es schon; nichts wurde geschrieben. Wählen Sie mit --slug (oder --id) einen anderen Namen.`);
    throw error;
  }
  console.log(`Angelegt: ${relative(process.cwd(), file)}`);
}

function checkedSlug(slug: string, what: string): string {
  if (!slugSchema.safeParse(slug).success) fail(`${what} „${slug}“ darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten (keine Umlaute, kein ß, keine Leerzeichen).`);
  return slug;
}

function newPiece(stub: PieceStub, collection: 'articles' | 'explainers'): void {
  const slug = checkedSlug(values.slug ?? slugify(stub.title), 'Der Dateiname');
  // Articles and explainers share the URL space: the same name on the same day would collide.
  for (const other of ['articles', 'explainers']) {
    if (existsSync(join(contentRoot, other, `${slug}.mdx`))) fail(`content/${other}/${slug}.mdx gibt es schon; nichts wurde geschrieben. Wählen Sie mit --slug einen anderen Namen.`);
  }
  create(join(contentRoot, collection, `${slug}.mdx`), pieceFile(stub));
  const path = piecePath({ ...stub, slug });
  console.log(`Adresse nach der Veröffentlichung: ${absoluteUrl(path)}`);
  console.log(`Vorschau jetzt: npm run dev, dann http://localhost:4321${href(path)} (alle Entwürfe: ${href(DRAFTS_PATH)})`);
  console.log('Ersetzen Sie jeden „[Platzhalter: …]“ und löschen Sie dann die Zeile „draft: true“; npm run check:content zeigt, was noch fehlt.');
}

function parseRessort(value: string): { section: SectionId; subsection: string } {
  const [section = '', subsection] = value.split('/');
  if (!(sectionIds as string[]).includes(section)) fail(`--ressort: „${section}“ ist kein Ressort; wählen Sie eines von: ${sectionIds.join(', ')}.`);
  const allowed = subsectionIdsOf(section as SectionId);
  const chosen = subsection ?? allowed[0] ?? '';
  if (!allowed.includes(chosen)) fail(`--ressort: „${chosen}“ ist kein Unterressort von ${section}; wählen Sie eines von: ${allowed.join(', ')}.`);
  return { section: section as SectionId, subsection: chosen };
}

const now = new Date();
switch (kind) {
  case 'artikel': {
    const first = sectionIds[0];
    const ressort = parseRessort(values.ressort ?? `${first}/${subsectionIdsOf(first)[0] ?? ''}`);
    newPiece({ title: subject.trim(), ...ressort, label: 'nachricht', published: now }, 'articles');
    break;
  }
  case 'erklaerstueck': {
    if (values.zu === undefined) fail('Ein Erklärstück braucht den Artikel, den es erklärt: --zu <artikel> (der Dateiname in content/articles/ ohne .mdx).');
    const articleFile = join(contentRoot, 'articles', `${values.zu}.mdx`);
    if (!existsSync(articleFile)) fail(`--zu: es gibt keine Datei content/articles/${values.zu}.mdx.`);
    const label = values.label ?? 'erklaerstueck';
    if (!(labelIds as string[]).includes(label)) fail(`--label: „${label}“ ist keine Kennzeichnung; wählen Sie eine von: ${labelIds.join(', ')}.`);
    // Section, subsection and topics follow the article; the editor can change them.
    const article = parseEditorFile(articleFile, readFileSync(articleFile, 'utf8')).data as Record<string, unknown> | undefined;
    const ressort = parseRessort(`${String(article?.['section'] ?? '')}/${String(article?.['subsection'] ?? '')}`);
    const topics = Array.isArray(article?.['topics']) ? article['topics'].map(String) : [];
    newPiece({ title: subject.trim(), ...ressort, label: label as LabelId, published: now, topics, article: values.zu }, 'explainers');
    break;
  }
  case 'quelle': {
    const pasted = webAddressProblem(subject.trim());
    if (pasted) fail(`Die Webadresse „${subject.trim()}“ ${pasted}.`);
    const stub = sourceStub(subject.trim(), now);
    const id = checkedSlug(values.id ?? stub.id, 'Der Dateiname der Quelle');
    create(join(contentRoot, 'sources', `${id}.yaml`), stub.text);
    console.log(`So zitieren Sie die Quelle in einem Beitrag: tragen Sie ${id} in seine Liste sources ein, und schreiben Sie <Quelle id="${id}" /> hinter den Satz, den sie belegt.`);
    console.log('Ersetzen Sie jeden „[Platzhalter: …]“; npm run check:content zeigt, was noch fehlt.');
    break;
  }
  default:
    fail(kind === undefined ? 'Sagen Sie, was angelegt werden soll: artikel, erklaerstueck oder quelle.' : `„${kind}“ kann npm run new nicht anlegen; möglich sind artikel, erklaerstueck oder quelle.`);
}
