/** Timelines: the only reader of Astro's timeline collection. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { pieceKey } from '../newsroom/relations.ts';
import { orderEvents } from '../newsroom/timeline.ts';
import { oncePerBuild } from './once.ts';
import { cacheKey } from './page-keys.ts';
import { getPiecesByKey } from './pieces.ts';
import { getSourcesById } from './sources.ts';

/** A timeline with its events in chronological order. */
export async function getTimeline(id: string): Promise<CollectionEntry<'timeline'>['data'] | undefined> {
  const entry = await getEntry('timeline', id);
  return entry && { ...entry.data, events: orderEvents(entry.data.events) };
}

/** Each timeline's title by id (the version pages name an embedded timeline by it). */
export const getTimelineTitles = oncePerBuild(async (): Promise<Map<string, string>> =>
  new Map((await getCollection('timeline')).map((timeline) => [timeline.id, timeline.data.title])),
);

/**
 * What each timeline shows from outside its own file (its events, the sources they cite, the
 * articles they link), as one digest per timeline, computed once. A piece page's cache key takes
 * the digests of the timelines its body shows, so a key never grows with the archive.
 */
export const getTimelineDigests = oncePerBuild(async (): Promise<Map<string, string>> => {
  const [timelines, sources, pieces] = await Promise.all([getCollection('timeline'), getSourcesById(), getPiecesByKey()]);
  return new Map(
    timelines.map((timeline) => {
      const { events } = timeline.data;
      const cited = [...new Set(events.flatMap((event) => event.sources.map((source) => source.id)))].sort();
      const articles = [...new Set(events.flatMap((event) => (event.article ? [event.article.id] : [])))].sort();
      return [
        timeline.id,
        cacheKey(
          timeline.digest ?? timeline.data,
          cited.map((id) => [id, sources.get(id)]),
          // Events link their article, so its address is part of what a timeline shows.
          articles.map((id) => [id, pieces.get(pieceKey('article', id))?.path]),
        ),
      ];
    }),
  );
});
