/**
 * Reading content/ for the checks: shared by the build's integration and `npm run check:content`,
 * so both read the same files.
 *
 * Every entry below content/ is accounted for: a collection file is read, anything else is a
 * problem that names its real cause (a wrong extension, a folder, a link), so that no file an
 * editor meant to publish vanishes without a word. Only names starting with a dot are passed
 * over (system and editor files such as .DS_Store, .gitkeep or Vim's swap files), and the URL
 * ledger, published-urls.txt, which the build keeps itself (src/outputs/hosting/url-ledger.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, type Dirent } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { MAX_PICTURE_BYTES, PICTURE_EXTENSIONS, PICTURE_FOLDER } from '../../schemas/image.ts';
import type { CollectionName } from '../../schemas/piece.ts';
import type { FrontmatterMemo } from './frontmatter-cache.ts';
import { HEADER_BYTES, readPictureHeader } from './picture-header.ts';
import { LEDGER_FILE } from '../../content-root.ts';
import { readEditorFile, unreadableFile } from './editor-file.ts';
import type { ContentFiles, PictureFile } from '../result.ts';

/** The file type each collection folder holds. */
export const COLLECTION_EXTENSIONS: Record<CollectionName, '.mdx' | '.yaml'> = {
  articles: '.mdx',
  explainers: '.mdx',
  sources: '.yaml',
  timeline: '.yaml',
};
const COLLECTIONS = Object.keys(COLLECTION_EXTENSIONS) as CollectionName[];
const isCollection = (name: string): name is CollectionName => (COLLECTIONS as string[]).includes(name);

/** Entry id of a file: its name in the collection folder, without extension. */
export function entryId(file: string, collection: CollectionName): string {
  const marker = `${collection}/`;
  const below = file.slice(file.lastIndexOf(marker) + marker.length);
  return below.replace(/\.(mdx|yaml)$/, '');
}

/** Reads every content file of every collection below `root`; other entries become problems. */
export function readContentFiles(root: string, memo?: FrontmatterMemo): ContentFiles {
  const files: ContentFiles = { articles: [], explainers: [], sources: [], timeline: [], problems: [], pictures: new Map() };
  const shown = (path: string) => relative(process.cwd(), path);
  const problem = (path: string, field: string, message: string) => files.problems.push({ severity: 'error', file: shown(path), line: undefined, field, message });
  const folders = COLLECTIONS.map((name) => `${name}/`).join(', ');

  for (const entry of entriesOf(root, problem)) {
    const path = join(root, entry.name);
    if (entry.isSymbolicLink()) problem(path, 'file', SYMLINK);
    else if (entry.isDirectory() && isCollection(entry.name)) readCollection(entry.name, path, files, problem, memo);
    else if (entry.isDirectory() && entry.name === PICTURE_FOLDER) readPictures(path, files, problem);
    else if (entry.name === LEDGER_FILE && entry.isFile()) continue;
    else if (entry.isDirectory()) problem(path, 'folder', `is not a collection folder, so nothing in it is published: content/ holds only the folders ${folders} and ${PICTURE_FOLDER}/ for pictures`);
    else problem(path, 'file', `does not belong directly in content/: pieces go into articles/ or explainers/, sources and timelines into sources/ or timeline/`);
  }
  return files;
}

const SYMLINK = 'is a symbolic link; links are refused, because one that points outside the repository would publish foreign files: put the file itself here';

function readCollection(collection: CollectionName, folder: string, files: ContentFiles, problem: (path: string, field: string, message: string) => void, memo?: FrontmatterMemo): void {
  const extension = COLLECTION_EXTENSIONS[collection];
  for (const entry of entriesOf(folder, problem)) {
    const path = join(folder, entry.name);
    const file = relative(process.cwd(), path);
    if (entry.isSymbolicLink() && entry.name.endsWith(extension)) {
      // It stands in the collection as a file with an error, so pieces naming it get no second error.
      files[collection].push(unreadableFile(file, 1, SYMLINK));
    } else if (entry.isSymbolicLink()) {
      problem(path, 'file', SYMLINK);
    } else if (entry.isDirectory()) {
      problem(path, 'folder', `is a folder inside content/${collection}/, so nothing in it is published: files must stand directly in content/${collection}/`);
    } else if (!entry.name.endsWith(extension)) {
      problem(path, 'file', wrongExtension(collection, entry.name));
    } else if (!entry.isFile()) {
      problem(path, 'file', 'is not an ordinary file: content/ holds only text files');
    } else {
      files[collection].push(readEditorFile(file, () => readFileSync(path), memo));
    }
  }
}

/**
 * Lists the pictures in content/bilder/ by file name. Nothing is read yet: only pictures a
 * piece shows are opened (their header and a digest), by the checks that meet them.
 */
function readPictures(folder: string, files: ContentFiles, problem: (path: string, field: string, message: string) => void): void {
  const kinds = PICTURE_EXTENSIONS.join(', ');
  for (const entry of entriesOf(folder, problem)) {
    const path = join(folder, entry.name);
    if (entry.isSymbolicLink()) problem(path, 'file', SYMLINK);
    else if (entry.isDirectory()) problem(path, 'folder', `is a folder inside content/${PICTURE_FOLDER}/, so nothing in it is published: pictures must stand directly in content/${PICTURE_FOLDER}/`);
    else if (!(PICTURE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) problem(path, 'file', `is not a picture the site publishes: content/${PICTURE_FOLDER}/ holds only ${kinds} files`);
    else if (!entry.isFile()) problem(path, 'file', 'is not an ordinary file: content/ holds only text files and pictures');
    else files.pictures.set(entry.name, pictureFile(path));
  }
}

/** A picture file, read lazily and at most once. */
export function pictureFile(path: string): PictureFile {
  const file = relative(process.cwd(), path);
  let inspected: ReturnType<PictureFile['inspect']> | undefined;
  return {
    file,
    inspect: () => (inspected ??= inspectPicture(path)),
  };
}

function inspectPicture(path: string): ReturnType<PictureFile['inspect']> {
  try {
    const size = statSync(path).size;
    if (size > MAX_PICTURE_BYTES) return { problem: `is ${(size / 1_000_000).toFixed(1)} MB; a picture may have at most ${MAX_PICTURE_BYTES / 1_000_000} MB: save it smaller (about 2400 px wide, JPEG quality 85 is plenty)` };
    const head = new Uint8Array(Math.min(size, HEADER_BYTES));
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    const header = readPictureHeader(head);
    if (!header) return { problem: 'is not a picture the site can read (its content is no JPEG, PNG, WebP or AVIF image, or the file is damaged): export it again as JPEG' };
    const digest = createHash('sha256').update(readFileSync(path)).digest('base64url');
    return { header, digest };
  } catch (error) {
    return { problem: `could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** The message for a file whose name does not end in its collection's extension, naming the likely slip. */
export function wrongExtension(collection: CollectionName, name: string): string {
  const expected = COLLECTION_EXTENSIONS[collection];
  const actual = extname(name);
  const base = actual ? name.slice(0, -actual.length) : name;
  const holds = `content/${collection}/ holds only <name>${expected} files`;
  if (actual.toLowerCase() === expected) return `has the extension "${actual}" in capitals: rename it to ${base}${expected}`;
  if (expected === '.mdx' && actual.toLowerCase() === '.md') return `is a Markdown file (.md), but pieces are MDX: rename it to ${base}.mdx`;
  if (expected === '.yaml' && actual.toLowerCase() === '.yml') return `has the extension "${actual}": rename it to ${base}.yaml (the site uses .yaml only)`;
  const other = COLLECTIONS.filter((name) => COLLECTION_EXTENSIONS[name] === actual.toLowerCase());
  if (other.length > 0) return `is a ${actual} file, but ${holds}: it belongs in ${other.map((name) => `content/${name}/`).join(' or ')}`;
  return actual ? `has the extension "${actual}", but ${holds}` : `has no extension, but ${holds}`;
}

/** The entries of a folder in name order, without hidden ones (names starting with a dot). */
function entriesOf(folder: string, problem: (path: string, field: string, message: string) => void): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    problem(folder, 'folder', `cannot be read (${error instanceof Error ? error.message : String(error)}): check that it exists and is readable`);
    return [];
  }
}
