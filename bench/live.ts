/**
 * How a live ticker is laid out in a content folder (src/schemas/live.ts): the ticker is an
 * article content/articles/<id>.mdx labelled „liveticker“ with a `live:` group in its head, and
 * each entry is a file of its own, content/live/<id>/<name>.mdx. The benchmark's generator and
 * the tests' tickers (tests/support/live.ts) both write tickers with these functions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIVE_FOLDER, LIVE_LABEL } from '../src/schemas/live.ts';

/** The head of a ticker's article; `start` is its coverage's start and its publication. */
export interface TickerHead {
  id: string;
  title: string;
  standfirst: string;
  section: string;
  subsection: string;
  topics: readonly string[];
  sources: readonly string[];
  /** "2017-11-30T09:00:00+01:00". */
  start: string;
}

/** The head of an entry; `time` to the minute with its offset, "2017-11-30T09:02+01:00". */
export interface EntryHead {
  time: string;
  title?: string;
  important?: boolean;
}

/** An entry as a file: its name (without .mdx) and its text. */
export interface EntryFile {
  name: string;
  text: string;
}

/** Text as a YAML value on one line: quoted where YAML would read it otherwise (a colon, a comment, a leading sign). */
export const yamlText = (text: string): string => (/: | #|^[-?:,[\]{}#&*!|>'"%@`]/.test(text) ? JSON.stringify(text) : text);

/** The lines of a `live:` group after its start: status, end (for „beendet“) and the summary's points. */
export function liveLines(live: { status: 'laeuft' | 'beendet'; end?: string; summary: readonly string[] }): string {
  return [`  status: ${live.status}`, ...(live.end === undefined ? [] : [`  end: ${live.end}`]), '  summary:', ...live.summary.map((point) => `    - ${yamlText(point)}`)].join('\n');
}

/** The ticker's article; `live` holds the lines of its `live:` group after `start` (see liveLines), `intro` its text. */
export function tickerArticle(head: TickerHead, live: string, intro: string): string {
  return `---
title: ${yamlText(head.title)}
standfirst: ${yamlText(head.standfirst)}
section: ${head.section}
subsection: ${head.subsection}
label: ${LIVE_LABEL}
topics: [${head.topics.join(', ')}]
published: ${head.start}
sources: [${head.sources.join(', ')}]
live:
  start: ${head.start}
${live}
---

${intro}
`;
}

/** "2017-11-30T09:02+01:00": an ISO time with seconds and offset ("2017-11-30T09:02:00+01:00") to the minute. */
export const toMinute = (iso: string): string => `${iso.slice(0, 16)}${iso.slice(19)}`;

/** An entry's file text: its head, then its body (Markdown with the kit's components). */
export function entryText(head: EntryHead, body: string): string {
  const lines = [`time: ${head.time}`, ...(head.title === undefined ? [] : [`title: ${JSON.stringify(head.title)}`]), ...(head.important ? ['important: true'] : [])];
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** The path of an entry below the content folder: live/<ticker>/<name>.mdx. */
export const entryPath = (ticker: string, name: string): string => join(LIVE_FOLDER, ticker, `${name}.mdx`);

/** Writes a ticker's article and its entries into the content folder `content`. */
export function writeTicker(content: string, head: TickerHead, live: string, intro: string, entries: readonly EntryFile[]): void {
  writeFileSync(join(content, 'articles', `${head.id}.mdx`), tickerArticle(head, live, intro));
  mkdirSync(join(content, LIVE_FOLDER, head.id), { recursive: true });
  for (const { name, text } of entries) writeFileSync(join(content, entryPath(head.id, name)), text);
}
