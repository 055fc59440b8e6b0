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
import { slugSchema } from '../src/schemas/shared.ts';

const USAGE = `Usage:
  npm run new -- artikel "Titel des Artikels" [--ressort chronik/welt] [--slug kurzer-name]
  npm run new -- erklaerstueck "Titel" --zu <article-id> [--label ${labelIds.filter((label) => label !== 'nachricht').join('|')}] [--slug kurzer-name]
  npm run new -- quelle <url> [--id publisher-yyyy-mm-dd]`;

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
if (extra.length > 0) fail(`Too many arguments: ${extra.join(' ')} (put the title in quotes).`);
if (subject === undefined || subject.trim() === '') fail('Missing title or URL.');

/** Writes `text` to `file` unless it exists; prints where. */
function create(file: string, text: string): void {
  try {
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${relative(process.cwd(), file)} already exists; nothing was written. Choose another name with --slug (or --id).`);
    throw error;
  }
  console.log(`Created ${relative(process.cwd(), file)}`);
}

function checkedSlug(slug: string, what: string): string {
  if (!slugSchema.safeParse(slug).success) fail(`${what} "${slug}" must use only lower-case letters, digits and single hyphens.`);
  return slug;
}

function newPiece(stub: PieceStub, collection: 'articles' | 'explainers'): void {
  const slug = checkedSlug(values.slug ?? slugify(stub.title), 'The file name');
  // Articles and explainers share the URL space: the same name on the same day would collide.
  for (const other of ['articles', 'explainers']) {
    if (existsSync(join(contentRoot, other, `${slug}.mdx`))) fail(`content/${other}/${slug}.mdx already exists; nothing was written. Choose another name with --slug.`);
  }
  create(join(contentRoot, collection, `${slug}.mdx`), pieceFile(stub));
  const path = piecePath({ ...stub, slug });
  console.log(`URL once published: ${absoluteUrl(path)}`);
  console.log(`Preview now: npm run dev, then http://localhost:4321${href(path)} (all drafts: ${href(DRAFTS_PATH)})`);
  console.log('Replace every "[Platzhalter: …]", then delete "draft: true"; npm run check:content lists what is left.');
}

function parseRessort(value: string): { section: SectionId; subsection: string } {
  const [section = '', subsection] = value.split('/');
  if (!(sectionIds as string[]).includes(section)) fail(`--ressort: "${section}" is not a section; choose one of ${sectionIds.join(', ')}.`);
  const allowed = subsectionIdsOf(section as SectionId);
  const chosen = subsection ?? allowed[0] ?? '';
  if (!allowed.includes(chosen)) fail(`--ressort: "${chosen}" is not a subsection of ${section}; choose one of ${allowed.join(', ')}.`);
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
    if (values.zu === undefined) fail('An explainer needs the article it explains: --zu <article-id>.');
    const articleFile = join(contentRoot, 'articles', `${values.zu}.mdx`);
    if (!existsSync(articleFile)) fail(`--zu: there is no content/articles/${values.zu}.mdx.`);
    const label = values.label ?? 'erklaerstueck';
    if (!(labelIds as string[]).includes(label)) fail(`--label: "${label}" is not a label; choose one of ${labelIds.join(', ')}.`);
    // Section, subsection and topics follow the article; the editor can change them.
    const article = parseEditorFile(articleFile, readFileSync(articleFile, 'utf8')).data as Record<string, unknown> | undefined;
    const ressort = parseRessort(`${String(article?.['section'] ?? '')}/${String(article?.['subsection'] ?? '')}`);
    const topics = Array.isArray(article?.['topics']) ? article['topics'].map(String) : [];
    newPiece({ title: subject.trim(), ...ressort, label: label as LabelId, published: now, topics, article: values.zu }, 'explainers');
    break;
  }
  case 'quelle': {
    let stub: ReturnType<typeof sourceStub>;
    try {
      stub = sourceStub(subject.trim(), now);
    } catch {
      fail(`"${subject}" is not a full web address (https://…).`);
    }
    const id = checkedSlug(values.id ?? stub.id, 'The source id');
    create(join(contentRoot, 'sources', `${id}.yaml`), stub.text);
    console.log(`Cite it in a piece: add ${id} to its "sources" list, and <Quelle id="${id}" /> after the sentence it supports.`);
    console.log('Replace every "[Platzhalter: …]"; npm run check:content lists what is left.');
    break;
  }
  default:
    fail(kind === undefined ? 'Say what to create: artikel, erklaerstueck or quelle.' : `"${kind}" is not something npm run new creates: artikel, erklaerstueck or quelle.`);
}
