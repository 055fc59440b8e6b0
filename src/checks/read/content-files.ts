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
import { MAX_PICTURE_BYTES, PICTURE_EXTENSIONS, PICTURE_FOLDER } from '../../schemas/picture.ts';
import type { CollectionName } from '../../schemas/piece.ts';
import type { FrontmatterMemo } from './frontmatter-cache.ts';
import { HEADER_BYTES, readPictureHeader } from './picture-header.ts';
import { LEDGER_FILE } from '../../content-root.ts';
import { readEditorFile, unreadableFile } from './editor-file.ts';
import { extensionMessages, folderMessages, liveFolderMessages, pictureFileMessages } from '../messages.ts';
import { LIVE_FOLDER } from '../../schemas/live.ts';
import type { ContentFiles, PictureFile } from '../result.ts';

/** The file type each collection folder holds. */
export const COLLECTION_EXTENSIONS: Record<CollectionName, '.mdx' | '.yaml'> = {
  articles: '.mdx',
  explainers: '.mdx',
  sources: '.yaml',
  timeline: '.yaml',
  authors: '.yaml',
  live: '.mdx',
};
const COLLECTIONS = Object.keys(COLLECTION_EXTENSIONS) as CollectionName[];
const isCollection = (name: string): name is CollectionName => (COLLECTIONS as string[]).includes(name);

/**
 * Entry id of a file: its name in the collection folder, without extension; a live entry's is
 * "<ticker>/<entry>", its ticker's folder and its own name.
 */
export function entryId(file: string, collection: CollectionName): string {
  if (collection === 'live') return file.split('/').slice(-2).join('/').replace(/\.mdx$/, '');
  const marker = `${collection}/`;
  const below = file.slice(file.lastIndexOf(marker) + marker.length);
  return below.replace(/\.(mdx|yaml)$/, '');
}

/** Reads every content file of every collection below `root`; other entries become problems. */
export function readContentFiles(root: string, memo?: FrontmatterMemo): ContentFiles {
  const files: ContentFiles = { articles: [], explainers: [], sources: [], timeline: [], authors: [], live: [], problems: [], pictures: new Map() };
  const shown = (path: string) => relative(process.cwd(), path);
  const problem = (path: string, field: string, message: string) => files.problems.push({ severity: 'error', file: shown(path), line: undefined, field, message });
  const folders = COLLECTIONS.map((name) => `${name}/`).join(', ');

  for (const entry of entriesOf(root, problem)) {
    const path = join(root, entry.name);
    if (entry.isSymbolicLink()) problem(path, 'file', folderMessages.symlink);
    else if (entry.isDirectory() && entry.name === LIVE_FOLDER) readLive(path, files, problem, memo);
    else if (entry.isDirectory() && isCollection(entry.name)) readCollection(entry.name, path, files, problem, memo);
    else if (entry.isDirectory() && entry.name === PICTURE_FOLDER) readPictures(path, files, problem);
    else if (entry.name === LEDGER_FILE && entry.isFile()) continue;
    else if (entry.isDirectory()) problem(path, 'folder', folderMessages.notACollection(folders));
    else problem(path, 'file', folderMessages.notInContentRoot);
  }
  return files;
}

/**
 * Reads content/live/: one folder per live ticker, named by the ticker's Kurzname, holding its
 * entries as files; a file directly in live/ has no ticker.
 */
function readLive(folder: string, files: ContentFiles, problem: (path: string, field: string, message: string) => void, memo?: FrontmatterMemo): void {
  for (const entry of entriesOf(folder, problem)) {
    const path = join(folder, entry.name);
    if (entry.isSymbolicLink()) problem(path, 'file', folderMessages.symlink);
    else if (entry.isDirectory()) readCollection('live', path, files, problem, memo, `${LIVE_FOLDER}/${entry.name}`);
    else problem(path, 'file', liveFolderMessages.fileWithoutTicker);
  }
}

/** Reads one collection folder (`shown`, below content/, for messages: a live ticker's folder is "live/<ticker>"). */
function readCollection(collection: CollectionName, folder: string, files: ContentFiles, problem: (path: string, field: string, message: string) => void, memo?: FrontmatterMemo, shown: string = collection): void {
  const extension = COLLECTION_EXTENSIONS[collection];
  for (const entry of entriesOf(folder, problem)) {
    const path = join(folder, entry.name);
    const file = relative(process.cwd(), path);
    if (entry.isSymbolicLink() && entry.name.endsWith(extension)) {
      // It stands in the collection as a file with an error, so pieces naming it get no second error.
      files[collection].push(unreadableFile(file, 1, folderMessages.symlink));
    } else if (entry.isSymbolicLink()) {
      problem(path, 'file', folderMessages.symlink);
    } else if (entry.isDirectory()) {
      problem(path, 'folder', folderMessages.folderInCollection(shown));
    } else if (!entry.name.endsWith(extension)) {
      problem(path, 'file', wrongExtension(collection, entry.name, shown));
    } else if (!entry.isFile()) {
      problem(path, 'file', folderMessages.notAnOrdinaryFile);
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
    if (entry.isSymbolicLink()) problem(path, 'file', folderMessages.symlink);
    else if (entry.isDirectory()) problem(path, 'folder', folderMessages.folderInPictures);
    else if (!(PICTURE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) problem(path, 'file', folderMessages.notAPictureKind(kinds));
    else if (!entry.isFile()) problem(path, 'file', folderMessages.notAnOrdinaryPicture);
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
    if (size > MAX_PICTURE_BYTES) return { problem: pictureFileMessages.tooLarge((size / 1_000_000).toFixed(1), MAX_PICTURE_BYTES / 1_000_000) };
    const head = new Uint8Array(Math.min(size, HEADER_BYTES));
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    const header = readPictureHeader(head);
    if (!header) return { problem: pictureFileMessages.unreadable };
    const digest = createHash('sha256').update(readFileSync(path)).digest('base64url');
    return { header, digest, bytes: size };
  } catch (error) {
    return { problem: pictureFileMessages.couldNotRead(error instanceof Error ? error.message : String(error)) };
  }
}

/** The message for a file whose name does not end in its collection's extension, naming the likely slip; `shown` is its folder below content/. */
export function wrongExtension(collection: CollectionName, name: string, shown: string = collection): string {
  const expected = COLLECTION_EXTENSIONS[collection];
  const actual = extname(name);
  const base = actual ? name.slice(0, -actual.length) : name;
  const holds = extensionMessages.holds(shown, expected);
  if (actual.toLowerCase() === expected) return extensionMessages.capitals(actual, `${base}${expected}`);
  if (expected === '.mdx' && actual.toLowerCase() === '.md') return extensionMessages.markdown(`${base}.mdx`);
  if (expected === '.yaml' && actual.toLowerCase() === '.yml') return extensionMessages.yml(actual, `${base}.yaml`);
  // A live entry belongs in its ticker's folder, which the file's name does not tell: never suggested.
  const other = COLLECTIONS.filter((name) => name !== 'live' && COLLECTION_EXTENSIONS[name] === actual.toLowerCase());
  if (other.length > 0) return extensionMessages.otherCollection(actual, holds, other.map((name) => `content/${name}/`));
  return actual ? extensionMessages.other(actual, holds) : extensionMessages.none(holds);
}

/** The entries of a folder in name order, without hidden ones (names starting with a dot). */
function entriesOf(folder: string, problem: (path: string, field: string, message: string) => void): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    problem(folder, 'folder', folderMessages.unreadableFolder(error instanceof Error ? error.message : String(error)));
    return [];
  }
}
