/**
 * The collections' loader: hands Astro exactly the files the content checks read and accepted
 * (src/checks/checked-state.ts). Pieces' bodies, compiled by the checks from MDX data to HTML and
 * kit components (never to code), stay with the checks (checkedBody). Unchanged entries keep their
 * stored version between builds. In the dev server, a save anywhere under content/ re-runs
 * every check and updates the collections.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentRoot } from '../content-root.ts';
import { checkedResult } from '../checks/checked-state.ts';
import type { CheckResult } from '../checks/result.ts';
import { PICTURE_FOLDER } from '../schemas/picture.ts';
import type { CollectionName } from '../schemas/piece.ts';

/** Brings one collection's store up to date with a check result. */
export type Sync = (result: CheckResult) => Promise<void>;

/**
 * What an entry in the store holds. A store kept in a CI's cache outlives code changes, and an
 * unchanged digest keeps the stored entry: a change to what is stored must change this.
 */
const STORE_FORMAT = 'entry data without body, 2026-11-26';
type Watcher = NonNullable<LoaderContext['watcher']>;

export function checkedContentLoader(collection: CollectionName): Loader {
  return {
    name: 'newsroom:checked-content',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync: Sync = async (result) => {
        const keep = new Set<string>();
        for (const entry of result.entries[collection]) {
          keep.add(entry.id);
          const digest = generateDigest(`${STORE_FORMAT}\0${entry.digestSource}`);
          if (store.get(entry.id)?.digest === digest) {
            if (!('image' in entry.data)) continue;
            // Astro lists the pictures to import in .astro/, which another content folder's sync
            // may have rewritten (tests, the benchmark); setting the entry again lists them anew.
            store.delete(entry.id);
          }
          const data = await parseData({ id: entry.id, data: withPicturePaths(entry.data, entry.file), filePath: entry.file });
          // The body is not stored: pages take it from the checks (checkedBody); the digest covers it.
          store.set({ id: entry.id, data, digest, filePath: entry.file });
        }
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      };
      await sync(checkedResult(contentRoot));
      if (watcher) watchContent(collection, sync, watcher, logger);
    },
  };
}

/**
 * Editors name a picture by its file name in content/bilder/; Astro's image() takes a path
 * relative to the entry's file, from which it imports the picture into the image pipeline.
 */
function withPicturePaths(data: Record<string, unknown>, file: string): Record<string, unknown> {
  const image = data['image'];
  if (image === null || typeof image !== 'object' || !('src' in image) || typeof image.src !== 'string') return data;
  const path = relative(dirname(resolve(file)), join(contentRoot, PICTURE_FOLDER, image.src));
  return { ...data, image: { ...image, src: path.startsWith('.') ? path : `./${path}` } };
}

interface DevState {
  /** Per collection (the pieces' and the pictures'), its store's update. */
  syncs: Map<string, Sync>;
  watchers: WeakSet<Watcher>;
  /** One debounce for all listeners, so a save is checked once even if Astro hands out several watchers. */
  timer?: NodeJS.Timeout;
}
const DEV_STATE = Symbol.for('netzchronik.loader-dev-state');

/** One listener per watcher re-checks once per save and updates every collection (checked-pictures.ts registers too). */
export function watchContent(collection: string, sync: Sync, watcher: Watcher, logger: AstroIntegrationLogger): void {
  const global = globalThis as typeof globalThis & { [DEV_STATE]?: DevState };
  const state = (global[DEV_STATE] ??= { syncs: new Map(), watchers: new WeakSet() });
  state.syncs.set(collection, sync);
  if (state.watchers.has(watcher)) return;
  state.watchers.add(watcher);
  watcher.add(contentRoot);
  watcher.on('all', (_event, path) => {
    const below = relative(contentRoot, path);
    if (below.startsWith('..') || isAbsolute(below)) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(async () => {
      // Loaded here, not with this module: a build's content layer needs only the result the
      // checks left (src/checks/checked-state.ts), not the checks themselves.
      const [{ recheckContent }, { errorSummary, hasErrors }, { printMessages }] = await Promise.all([import('../checks/checked-content.ts'), import('../checks/print.ts'), import('../checks/messages.ts')]);
      const result = recheckContent(contentRoot);
      if (hasErrors(result.problems)) logger.error(errorSummary(result.problems, printMessages.noPageShown));
      else logger.info(printMessages.checked(result.piecePaths.size));
      for (const update of state.syncs.values()) void update(result);
    }, 50);
  });
}
