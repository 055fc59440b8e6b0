/** Live tickers' entries (content/live/<ticker>/): the only reader of Astro's live collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { BodyPart } from '../checks/body/compile.ts';
import { checkedBody, checkedResult } from '../checks/checked-state.ts';
import { contentRoot } from '../content-root.ts';
import { textOfMarkup } from '../util/markup.ts';
import { oncePerBuild } from './once.ts';

/** An entry as pages show it: its ticker, its own name (the permalink anchor) and its data. */
export interface LiveEntry {
  /** "<ticker>/<name>", the collection's id. */
  id: string;
  /** The ticker's Kurzname: its article's id. */
  ticker: string;
  /** The entry's file name without .mdx: unique within its ticker, the anchor of its permalink. */
  name: string;
  data: CollectionEntry<'live'>['data'];
  /** Astro's digest of the entry (its file and compiled body): part of its pages' cache keys. */
  digest: string;
}

/** Newest first; entries of the same minute by name, last first, so the order never depends on reading order. */
const newestFirst = (a: LiveEntry, b: LiveEntry) => b.data.time.getTime() - a.data.time.getTime() || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);

/**
 * Every ticker's entries, newest first, by ticker: one pass over the collection per build. A site
 * without entries does not ask Astro, which would warn on every build that the collection is empty.
 */
const getEntriesByTicker = oncePerBuild(async (): Promise<Map<string, LiveEntry[]>> => {
  const byTicker = new Map<string, LiveEntry[]>();
  if (checkedResult(contentRoot).entries.live.length === 0) return byTicker;
  for (const entry of await getCollection('live')) {
    const cut = entry.id.indexOf('/');
    const ticker = entry.id.slice(0, cut);
    const list = byTicker.get(ticker) ?? [];
    list.push({ id: entry.id, ticker, name: entry.id.slice(cut + 1), data: entry.data, digest: String(entry.digest ?? '') });
    byTicker.set(ticker, list);
  }
  for (const list of byTicker.values()) list.sort(newestFirst);
  return byTicker;
});

/** A ticker's entries, newest first (none while its folder is missing or empty). */
export async function getLiveEntries(ticker: string): Promise<readonly LiveEntry[]> {
  return (await getEntriesByTicker()).get(ticker) ?? [];
}

/** An entry's body as the content checks compiled it. */
export function liveEntryBody(entry: LiveEntry): readonly BodyPart[] {
  const body = checkedBody(contentRoot, 'live', entry.id);
  // The checks refuse an entry without a body; a missing one here is a bug, not an empty entry.
  if (!body) throw new Error(`The content checks have no body for the live entry "${entry.id}"`);
  return body;
}

/** An entry's text as plain text (for JSON-LD and search snippets): its body's prose, without the kit's components. */
export function liveEntryText(entry: LiveEntry): string {
  return textOfMarkup(liveEntryBody(entry).filter((part): part is string => typeof part === 'string').join(' '));
}
