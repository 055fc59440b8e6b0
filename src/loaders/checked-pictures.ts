/**
 * The pictures collection: one entry per picture in content/bilder/ that a piece's body shows
 * (<Bild>) and the content checks accepted, keyed by file name. Its `src` goes through Astro's
 * image(), so src/components/mdx/Bild.astro renders it with the image pipeline. Lead images
 * need no entry: the piece's own `image` field is an image() already.
 */
import type { Loader } from 'astro/loaders';
import { contentRoot } from '../content-root.ts';
import { checkedResult } from '../checks/checked-state.ts';
import { watchContent, type Sync } from './checked-content.ts';

export function checkedPicturesLoader(): Loader {
  return {
    name: 'newsroom:checked-pictures',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync: Sync = async (result) => {
        const keep = new Set<string>();
        for (const picture of result.pictures) {
          keep.add(picture.name);
          const digest = generateDigest(picture.digest);
          // Always set again: Astro's list of pictures to import lives in .astro/, which another
          // content folder's sync may have rewritten (tests, the benchmark); pictures are few.
          if (store.get(picture.name)?.digest === digest) store.delete(picture.name);
          // image() resolves "./name" next to the entry's file, which is the picture itself.
          const data = await parseData({ id: picture.name, data: { src: `./${picture.name}` }, filePath: picture.file });
          store.set({ id: picture.name, data, digest, filePath: picture.file });
        }
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      };
      await sync(checkedResult(contentRoot));
      // In the dev server, a picture a save adds to a body (<Bild>) is there on reload.
      if (watcher) watchContent('pictures', sync, watcher, logger);
    },
  };
}
