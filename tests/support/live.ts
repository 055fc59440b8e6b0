/**
 * Live tickers for tests: the content has none (no live coverage may be invented), so tests
 * write their own into a copy of content/. The ticker follows the account's disappearance of
 * 2 November 2017 as the sources tell it afterwards; its entries are made up, each with its own
 * headline and a body that cites the ticker's source.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryText, liveLines, tickerArticle as tickerArticleOf, writeTicker as writeTickerOf, type TickerHead } from '../../bench/live.ts';
import { LIVE_PAGE_SIZE } from '../../src/newsroom/live.ts';

export const TICKER_ID = 'der-abend-im-liveticker';
export const TICKER_FILE = `articles/${TICKER_ID}.mdx`;
/** The ticker's source: a file of the real content. */
export const TICKER_SOURCE = 'techcrunch-2017-11-29';
/** When the ticker's coverage starts: the first entry is a minute later, the others follow every `ENTRY_MINUTES`. */
export const TICKER_START = '2017-11-30T09:00:00+01:00';
export const ENTRY_MINUTES = 2;

const HEAD: TickerHead = {
  id: TICKER_ID,
  title: 'Der Tag nach der Abschaltung im Liveticker',
  standfirst: 'Wer hat den Account des US-Präsidenten abgeschaltet? Was an diesem Tag über den Mann und seinen letzten Arbeitstag bekannt wurde.',
  section: 'chronik',
  subsection: 'welt',
  topics: ['twitter'],
  sources: [TICKER_SOURCE],
  start: TICKER_START,
};
const INTRO = 'Dieser Liveticker begleitet den Tag, an dem der Name des Mannes bekannt wurde.';

/** The ticker's article: „liveticker“ with a live group whose lines follow `live:` (status, end, summary). */
export const tickerArticle = (live: string) => tickerArticleOf(HEAD, live, INTRO);

/** The live group of a ticker that ended after `entries` entries. */
export const endedAfter = (entries: number) =>
  liveLines({
    status: 'beendet',
    end: minuteAfterStart((entries + 1) * ENTRY_MINUTES).replace('+', ':00+'),
    summary: ['Ein Mitarbeiter hat den Account an seinem letzten Arbeitstag abgeschaltet.', 'Der Account war elf Minuten lang nicht erreichbar.'],
  });

/** "2017-11-30T09:02+01:00": `minutes` after the start, in Berlin time (all of it in winter time). */
export function minuteAfterStart(minutes: number): string {
  const date = new Date(new Date(TICKER_START).getTime() + minutes * 60_000 + 60 * 60_000);
  return `${date.toISOString().slice(0, 16)}+01:00`;
}

const SUBJECTS = ['Der Account', 'Twitter', 'Ein Sprecher', 'Der Mitarbeiter', 'Die Plattform', 'Ein Bericht'];
const VERBS = ['bestätigt', 'berichtet', 'meldet', 'erklärt', 'ergänzt', 'korrigiert'];
const DETAILS = [
  'dass der Account wieder erreichbar ist',
  'dass es sich um den letzten Arbeitstag handelte',
  'dass die Sperre elf Minuten dauerte',
  'dass eine interne Prüfung begonnen hat',
  'dass weitere Schutzmaßnahmen folgen sollen',
  'dass der Name des Mannes nun bekannt ist',
  'dass andere Accounts nicht betroffen waren',
];

/** Entry `index` (0 is the first): its file name, time and text. */
export function tickerEntry(index: number): { name: string; time: string; text: string } {
  const subject = SUBJECTS[index % SUBJECTS.length] ?? '';
  const verb = VERBS[Math.floor(index / SUBJECTS.length) % VERBS.length] ?? '';
  const detail = DETAILS[index % DETAILS.length] ?? '';
  const number = String(index + 1).padStart(4, '0');
  const time = minuteAfterStart((index + 1) * ENTRY_MINUTES);
  const body = [
    `${subject} ${verb}, ${detail}.<Quelle id="${TICKER_SOURCE}" />`,
    ...(index % 3 === 0 ? ['', `Was das bedeutet: ${detail.replace(/^dass /, '')}, heißt es weiter.`] : []),
    ...(index % 4 === 1 ? ['', '- Was bekannt ist: die Dauer der Sperre', '- Was offen ist: die Gründe'] : []),
  ];
  return { name: `stand-${number}`, time, text: entryText({ time, title: `Stand ${index + 1}: ${subject} ${verb}`, important: index % 10 === 0 }, body.join('\n')) };
}

/** Writes the ticker and `entries` entries into the copy of content/ at `content`; the entries' file names, oldest first. */
export function writeTicker(content: string, entries: number, live = endedAfter(entries)): string[] {
  const files = Array.from({ length: entries }, (_, index) => tickerEntry(index));
  writeTickerOf(content, HEAD, live, INTRO, files);
  return files.map(({ name }) => name);
}

/**
 * Entry names that equal other anchors of a piece page (the first source, the skip link's
 * target): the ticker's own page must still have unique ids.
 */
export const CLASHING_NAMES = ['quelle-1', 'inhalt'] as const;

/**
 * Adds to the copy of content/ at `content` a ticker of two full blocks (60 entries), the newest
 * two named like other anchors of the page, for the browser tests and validators.
 */
export function addLiveTicker(content: string): void {
  const total = 2 * LIVE_PAGE_SIZE;
  writeTicker(content, total - CLASHING_NAMES.length, endedAfter(total));
  CLASHING_NAMES.forEach((name, index) => writeFileSync(join(content, 'live', TICKER_ID, `${name}.mdx`), tickerEntry(total - CLASHING_NAMES.length + index).text));
}
