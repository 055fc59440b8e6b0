/**
 * Seeded, deterministic generator of benchmark content: N valid pieces (about 80 % articles,
 * 20 % explainers) with their sources and timelines, written to a scratch folder, never into
 * content/. Same seed and N give byte-identical files.
 *
 * Layout of the output folder:
 *   site/{articles,explainers,sources,timeline}/   our content folder (NEWS_CONTENT_DIR)
 *   site/live/<ticker>/                             the live tickers' entries (bench/live.ts)
 *   baseline/{articles,explainers}/                 the same pieces with the blog example's
 *                                                   frontmatter and the same body text (BENCH_CONTENT_DIR)
 *   manifest.json                                   counts and the edits the runner applies
 *
 * CLI: node bench/generate.ts [--n 50] [--seed 1] [--out DIR]   (prints the output folder)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, Scalar, stringify } from 'yaml';
import type { PieceData } from '../src/schemas/piece.ts';
import { LIVE_LABEL } from '../src/schemas/live.ts';
import { LABELS, SECTIONS, TOPICS } from '../src/schemas/taxonomy.ts';
import {
  FIRST_NAMES, HEADLINE_TEMPLATES, MONTHS, OBJECTS, ORGS, PLACES, PUBLISHERS, ROLES, SENTENCES,
  SOURCE_TITLES_DE, SOURCE_TITLES_EN, STANDFIRST_TEMPLATES, SUBHEADS, SUBJECTS, SURNAMES, WEEKDAYS,
} from './prose.ts';
import { Random } from './random.ts';
import { entryPath, entryText, liveLines, toMinute, writeTicker, type EntryFile, type TickerHead } from './live.ts';

export const DEFAULT_SEED = 20171130;

/** Publication dates are spread over this span (Berlin time); its end is fixed so output never depends on today. */
const FIRST_YEAR = 2010;
const LAST_DAY = { year: 2026, month: 10, day: 31 };
/** Date of the correction the runner adds in scenario (c); after every generated date, before today. */
const RUNNER_CORRECTION_DATE = '2026-11-02T10:00:00+01:00';

type Collection = 'articles' | 'explainers';
type SectionId = keyof typeof SECTIONS;
type LabelId = keyof typeof LABELS;
type TopicId = keyof typeof TOPICS;

interface CorrectionData {
  date: string;
  wrong: string;
  right: string;
  note: string;
}

/** A text edit in one piece's body, applied to the site copy and the baseline copy alike. */
export interface BodyEdit {
  collection: Collection;
  id: string;
  /** Text to find in the body. */
  find: string;
  replace: string;
  /** Replace every occurrence (a correction) or only the first (a one-word change). */
  all: boolean;
}

export interface Manifest {
  n: number;
  seed: number;
  articles: number;
  explainers: number;
  sources: number;
  timelines: number;
  /** Pieces that carry at least one generated correction. */
  correctedPieces: number;
  /** Words of body text over all pieces (components and markup not counted). */
  words: number;
  /** Live tickers written besides the N pieces, and their entries. */
  tickers: number;
  liveEntries: number;
  siteContentDir: string;
  baselineContentDir: string;
  edits: {
    /** Scenario (b): one word changed in one article. */
    word: BodyEdit;
    /** Scenario (c): a name corrected in one article; the site copy also gets `correction`. */
    correction: BodyEdit & { correction: CorrectionData };
    /** Scenario (d): a new entry in the biggest live ticker (site only), below the content folder. */
    liveEntry: { path: string; text: string };
  };
}

/** A generated piece: the site's piece fields (src/schemas/piece.ts) plus what the generator tracks. */
interface Piece extends Pick<PieceData, 'title' | 'standfirst' | 'section' | 'subsection' | 'label' | 'published' | 'topics'> {
  collection: Collection;
  id: string;
  updated?: Date;
  byline?: string;
  sources: string[];
  corrections: CorrectionData[];
  article?: string;
  related?: string[];
  /** People quoted in the body; the first one is named in the lead sentence. */
  people: { first: string; surname: string }[];
  body: string;
}

interface SourceEntry {
  id: string;
  publisher: string;
  title: string;
  date: string;
  url: string;
  language: 'de' | 'en';
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// Dates in Berlin time

const berlinOffsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });

/** "+01:00" or "+02:00": Berlin's offset at an instant. */
function berlinOffset(instant: Date): string {
  const name = berlinOffsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace('GMT', '');
  return offset === '' ? '+00:00' : offset;
}

const offsetMinutes = (offset: string): number => {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours = '0', minutes = '0'] = offset.slice(1).split(':');
  return sign * (Number(hours) * 60 + Number(minutes));
};

/** The instant of a Berlin wall-clock time (hours 6–23 only, so DST gaps and overlaps never apply). */
function berlinInstant(year: number, month: number, day: number, hour: number, minute: number): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at (wall time - 1 h) is the offset at the true instant, except within an hour of a
  // switch at 02:00/03:00 local, which hours from 06:00 on never are.
  const offset = berlinOffset(new Date(asUtc - 3_600_000));
  return new Date(asUtc - offsetMinutes(offset) * 60_000);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "2017-11-30T08:15:00+01:00" in Berlin time. */
export function berlinIso(instant: Date): string {
  const offset = berlinOffset(instant);
  const local = new Date(instant.getTime() + offsetMinutes(offset) * 60_000);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00${offset}`
  );
}

/** "2017-11-30": the Berlin calendar day of an instant. */
const berlinDay = (instant: Date): string => berlinIso(instant).slice(0, 10);

const LAST_INSTANT = berlinInstant(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day, 23, 0);

function randomPublication(random: Random): Date {
  const first = Date.UTC(FIRST_YEAR, 0, 1);
  const last = Date.UTC(LAST_DAY.year, LAST_DAY.month - 1, LAST_DAY.day);
  const day = new Date(first + random.int(0, Math.floor((last - first) / 86_400_000)) * 86_400_000);
  return berlinInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), random.int(6, 22), random.int(0, 11) * 5);
}

/** `from` plus some hours, never after the end of the span. */
function later(from: Date, minHours: number, maxHours: number, random: Random): Date {
  const candidate = new Date(from.getTime() + random.int(minHours * 60, maxHours * 60) * 60_000);
  return candidate > LAST_INSTANT ? new Date(Math.max(from.getTime(), LAST_INSTANT.getTime())) : candidate;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** URL slug of German text: umlauts spelled out, everything else reduced to a-z, 0-9 and hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue').replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Fills the {slot}s of a template; a slot without a value is a bug in the word lists. */
function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`template slot {${name}} has no value`);
    return value;
  });
}

/**
 * Same rule as src/newsroom/corrections.ts findWrongForm (kept separate so the generator does not
 * load the site's modules): does `wrong` occur in `text` outside occurrences of `right`?
 */
export function containsWrongForm(text: string, wrong: string, right: string): boolean {
  const haystack = text.toLocaleLowerCase('de');
  const needle = wrong.toLocaleLowerCase('de');
  const rightForm = right.toLocaleLowerCase('de');
  const spans: [number, number][] = [];
  for (let at = haystack.indexOf(rightForm); rightForm && at !== -1; at = haystack.indexOf(rightForm, at + 1)) spans.push([at, at + rightForm.length]);
  for (let at = haystack.indexOf(needle); needle && at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!spans.some(([start, end]) => at >= start && at + needle.length <= end)) return true;
  }
  return false;
}

/** A plausible misspelling of a name: a doubled, dropped or swapped letter. */
function misspell(name: string, random: Random): string {
  const at = random.int(1, name.length - 2);
  const kind = random.int(0, 2);
  if (kind === 0) return name.slice(0, at) + name.charAt(at) + name.slice(at);
  if (kind === 1) return name.slice(0, at) + name.slice(at + 1);
  return name.slice(0, at) + name.charAt(at + 1) + name.charAt(at) + name.slice(at + 2);
}

const wordCount = (markdown: string) =>
  markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

// ---------------------------------------------------------------------------------------------
// Generation

const SUBSECTIONS: { section: SectionId; subsection: string }[] = (Object.keys(SECTIONS) as SectionId[]).flatMap((section) =>
  Object.keys(SECTIONS[section].subsections).map((subsection) => ({ section, subsection })),
);
const TOPIC_IDS = Object.keys(TOPICS) as TopicId[];
const EXPLAINER_LABELS = (Object.keys(LABELS) as LabelId[]).filter((label) => label !== 'nachricht' && label !== LIVE_LABEL);
/** The sentence the runner's one-word edit changes (scenario b); its word occurs nowhere else. */
const WORD_EDIT_SENTENCE = 'Die Sitzung dauerte bis in den Nachmittag.';
const WORD_EDIT = { find: 'Nachmittag', replace: 'Abend' };

class Generator {
  readonly random: Random;
  readonly sources: SourceEntry[] = [];
  readonly sourceIds = new Set<string>();
  readonly slugs = new Set<string>();

  constructor(seed: number) {
    this.random = new Random(seed);
  }

  /** New sources for a piece, dated up to three days before it. */
  newSources(published: Date, count: number): string[] {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const publisher = this.random.pick(PUBLISHERS);
      const date = berlinDay(new Date(published.getTime() - this.random.int(0, 72) * 3_600_000));
      const base = `${slugify(publisher.name)}-${date}`;
      let id = base;
      for (let k = 2; this.sourceIds.has(id); k += 1) id = `${base}-${k}`;
      this.sourceIds.add(id);
      const language = publisher.language;
      const title = this.random.pick(language === 'en' ? SOURCE_TITLES_EN : SOURCE_TITLES_DE);
      const entry: SourceEntry = {
        id,
        publisher: publisher.name,
        title,
        date,
        url: `https://${publisher.host}/${date.replaceAll('-', '/')}/${slugify(title)}-${this.random.int(1000, 9999)}`,
        language,
      };
      if (this.random.chance(0.3)) entry.note = 'Für die Einordnung der Zahlen verwendet.';
      this.sources.push(entry);
      ids.push(id);
    }
    return ids;
  }

  uniqueSlug(title: string): string {
    const base = slugify(title).split('-').slice(0, 8).join('-');
    let slug = base;
    for (let k = 2; this.slugs.has(slug); k += 1) slug = `${base}-${k}`;
    this.slugs.add(slug);
    return slug;
  }

  slots(people: Piece['people']): Record<string, string> {
    const r = this.random;
    const person = r.pick(people);
    const org = r.pick(ORGS);
    const subject = r.pick(SUBJECTS);
    return {
      person: `${person.first} ${person.surname}`,
      surname: r.pick(people).surname,
      role: r.pick(ROLES),
      org,
      orgCap: capitalize(org),
      place: r.pick(PLACES),
      subject,
      subjectNom: subject,
      object: r.pick(OBJECTS),
      number: r.int(2, 900).toLocaleString('de-DE') + (r.chance(0.4) ? '.000' : ''),
      percent: String(r.int(2, 30)),
      weekday: r.pick(WEEKDAYS),
      month: r.pick(MONTHS),
    };
  }

  /**
   * About 600 words in 3–4 `##` sections. Every source is cited at least once with <Quelle>;
   * `extras` are inserted after the first paragraph (links, a timeline, a quote).
   */
  body(people: Piece['people'], sources: string[], extras: { lead?: string[]; afterFirst?: string[] }): string {
    const r = this.random;
    const target = r.int(560, 660);
    const subheads = r.sample(SUBHEADS, r.int(3, 4));
    const lead = people[0];
    if (!lead) throw new Error('a piece needs a person');
    const blocks: string[] = [...(extras.lead ?? [])];
    const uncited = [...sources];
    let words = 0;
    let paragraphs = 0;
    const paragraph = (first: string | undefined): string => {
      const sentences: string[] = first ? [first] : [];
      const count = r.int(3, 5);
      for (const template of r.sample(SENTENCES, count - sentences.length)) {
        let sentence = fill(template, this.slots(people));
        if (uncited.length > 0 || r.chance(0.2)) sentence += `<Quelle id="${uncited.shift() ?? r.pick(sources)}" />`;
        sentences.push(sentence);
      }
      paragraphs += 1;
      const text = sentences.join(' ');
      words += wordCount(text);
      return text;
    };
    blocks.push(paragraph(`${lead.first} ${lead.surname}, ${r.pick(ROLES)}, äußerte sich am ${r.pick(WEEKDAYS)} ausführlich zu den Vorwürfen.`));
    blocks.push(...(extras.afterFirst ?? []));
    for (let s = 0; s < subheads.length; s += 1) {
      const sectionsLeft = subheads.length - s;
      blocks.push(`## ${subheads[s] ?? ''}`);
      const perSection = Math.max(1, Math.round((target - words) / 55 / sectionsLeft));
      for (let p = 0; p < perSection; p += 1) blocks.push(paragraph(undefined));
    }
    while (words < target - 40) blocks.push(paragraph(undefined));
    return `${blocks.join('\n\n')}\n`;
  }

  piece(collection: Collection, index: number, articles: readonly Piece[]): Piece {
    const r = this.random;
    const placement = index < SUBSECTIONS.length ? SUBSECTIONS[index] : r.pick(SUBSECTIONS);
    if (!placement) throw new Error('no subsection');
    const surnames = r.sample(SURNAMES, r.int(2, 3));
    const people = surnames.map((surname) => ({ first: r.pick(FIRST_NAMES), surname }));
    const headSlots = this.slots(people);
    let title = fill(r.pick(HEADLINE_TEMPLATES), headSlots);
    if (title.length > 140) title = title.slice(0, 137).trimEnd() + '…';
    const standfirst = fill(r.pick(STANDFIRST_TEMPLATES), headSlots);
    const topics = [TOPIC_IDS[index % TOPIC_IDS.length] as TopicId, ...r.sample(TOPIC_IDS, r.int(0, 2))];
    const article = collection === 'explainers' ? r.pick(articles) : undefined;
    const published = article ? later(article.published, 2, 24 * 30, r) : randomPublication(r);
    const sources = this.newSources(published, r.int(2, 4));
    if (this.sources.length > 10 && r.chance(0.3)) {
      // Now and then a piece also rests on an earlier piece's source.
      const shared = r.pick(this.sources.slice(0, -sources.length)).id;
      if (!sources.includes(shared)) sources.push(shared);
    }
    const piece: Piece = {
      collection,
      id: this.uniqueSlug(title),
      title,
      standfirst,
      section: placement.section,
      subsection: placement.subsection,
      label: collection === 'articles' ? 'nachricht' : (EXPLAINER_LABELS[index % EXPLAINER_LABELS.length] ?? 'erklaerstueck'),
      published,
      topics: [...new Set(topics)],
      sources,
      corrections: [],
      people,
      body: '',
    };
    if (r.chance(0.2)) piece.updated = later(published, 1, 72, r);
    if (r.chance(0.7)) piece.byline = `Von ${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`;
    if (article) piece.article = article.id;
    return piece;
  }

  /** A generated correction of one quoted name: the misspelling must not occur anywhere in the piece. */
  addCorrection(piece: Piece): boolean {
    const r = this.random;
    const everything = [piece.title, piece.standfirst, piece.byline ?? '', piece.body].join('\n');
    const person = r.pick(piece.people);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const wrong = misspell(person.surname, r);
      if (wrong === person.surname || containsWrongForm(everything, wrong, person.surname)) continue;
      if (piece.corrections.some((c) => c.wrong === wrong)) continue;
      const previous = piece.corrections.at(-1);
      const after = previous ? new Date(previous.date) : piece.published;
      const date = later(after, 2, 24 * 400, r);
      piece.corrections.push({
        date: berlinIso(date),
        wrong,
        right: person.surname,
        note: `In einer früheren Fassung dieses Beitrags war der Nachname von ${person.first} ${person.surname} falsch als „${wrong}“ geschrieben.`,
      });
      return true;
    }
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Live tickers

/**
 * Entries of the live tickers at N ≥ TICKER_FULL_N; below, scaled with N (at least 3 each). The
 * first ticker is running and gets the runner's new entry; the second has ended.
 */
const TICKER_ENTRIES = [500, 120, 30] as const;
const TICKER_FULL_N = 1000;

interface Ticker {
  head: TickerHead;
  live: string;
  intro: string;
  entries: (EntryFile & { time: string; title: string | undefined; body: string })[];
  /** The next entry's name and time, for the runner's new entry. */
  next: (title: string, body: string) => EntryFile;
  titles: Set<string>;
}

/** An entry's headline: unique in its ticker, at most 100 characters. */
function entryTitle(g: Generator, people: Piece['people'], titles: Set<string>): string {
  for (let k = 1; ; k += 1) {
    let title = fill(g.random.pick(HEADLINE_TEMPLATES), g.slots(people));
    if (k > 5) title = `${title}, Stand ${k}`;
    if (title.length > 100) title = `${title.slice(0, 97).trimEnd()}…`;
    if (!titles.has(title)) {
      titles.add(title);
      return title;
    }
  }
}

/** An entry's body: one to three sentences citing the ticker's sources, sometimes a second paragraph or a list. */
function entryBody(g: Generator, people: Piece['people'], sources: readonly string[], index: number): string {
  const r = g.random;
  const cite = (k: number) => `<Quelle id="${sources[k % sources.length] ?? ''}" />`;
  const sentences = r.sample(SENTENCES, r.int(1, 3)).map((template, k) => fill(template, g.slots(people)) + (k === 0 ? cite(index) : ''));
  const blocks = [sentences.join(' ')];
  if (r.chance(0.25)) blocks.push(fill(r.pick(SENTENCES), g.slots(people)) + cite(index + 1));
  if (r.chance(0.15)) blocks.push(r.sample(SENTENCES, 2).map((template) => `- ${fill(template, g.slots(people))}`).join('\n'));
  return blocks.join('\n\n');
}

/** A ticker in winter time (January or February: no clock change within its coverage), entries one to four minutes apart. */
function ticker(g: Generator, size: number, status: 'laeuft' | 'beendet'): Ticker {
  const r = g.random;
  const people = r.sample(SURNAMES, 3).map((surname) => ({ first: r.pick(FIRST_NAMES), surname }));
  const placement = r.pick(SUBSECTIONS);
  const start = berlinInstant(r.int(FIRST_YEAR + 1, LAST_DAY.year), r.int(1, 2), r.int(1, 26), r.int(6, 10), 0);
  const sources = g.newSources(start, r.int(2, 3));
  const title = `Liveticker: ${fill(r.pick(HEADLINE_TEMPLATES), g.slots(people))}`;
  const head: TickerHead = {
    id: g.uniqueSlug(title),
    title,
    standfirst: fill(r.pick(STANDFIRST_TEMPLATES), g.slots(people)),
    section: placement.section,
    subsection: placement.subsection,
    topics: [...new Set(r.sample(TOPIC_IDS, r.int(1, 2)))],
    sources,
    start: berlinIso(start),
  };
  const titles = new Set<string>();
  let at = start.getTime();
  const nextTime = () => {
    at += r.int(1, 4) * 60_000;
    return toMinute(berlinIso(new Date(at)));
  };
  const entry = (index: number, title: string | undefined, body: string, important: boolean) => {
    const time = nextTime();
    return { name: `eintrag-${String(index + 1).padStart(4, '0')}`, time, title, body, text: entryText({ time, ...(title === undefined ? {} : { title }), important }, body) };
  };
  const entries = Array.from({ length: size }, (_, index) =>
    entry(index, r.chance(0.8) ? entryTitle(g, people, titles) : undefined, entryBody(g, people, sources, index), r.chance(0.08)),
  );
  const summary = Array.from({ length: r.int(2, 4) }, () => fill(r.pick(SENTENCES), g.slots(people)));
  const end = status === 'beendet' ? berlinIso(new Date(at + 30 * 60_000)) : undefined;
  return {
    head,
    live: liveLines({ status, ...(end === undefined ? {} : { end }), summary }),
    intro: fill(r.pick(SENTENCES), g.slots(people)) + `<Quelle id="${sources[0] ?? ''}" />`,
    entries,
    next: (title, body) => entry(entries.length, title, body, false),
    titles,
  };
}

/** The ticker as one blog post of the baseline: its intro, then every entry, newest first. */
function baselineTicker(t: Ticker): string {
  const data: Record<string, unknown> = { title: t.head.title, description: t.head.standfirst, pubDate: t.head.start };
  const last = t.entries.at(-1);
  if (last) data['updatedDate'] = last.time;
  const entries = [...t.entries].reverse().map((e) => `## ${e.time.slice(11, 16)} Uhr${e.title === undefined ? '' : ` – ${e.title}`}\n\n${e.body}`);
  return mdx(data, `${[t.intro, ...entries].join('\n\n')}\n`);
}

function frontmatter(piece: Piece): Record<string, unknown> {
  const data: Record<string, unknown> = {
    title: piece.title,
    standfirst: piece.standfirst,
    section: piece.section,
    subsection: piece.subsection,
    label: piece.label,
    published: berlinIso(piece.published),
  };
  if (piece.updated) data['updated'] = berlinIso(piece.updated);
  if (piece.byline) data['byline'] = piece.byline;
  data['topics'] = piece.topics;
  data['sources'] = piece.sources;
  if (piece.corrections.length > 0) data['corrections'] = piece.corrections;
  if (piece.article) data['article'] = piece.article;
  if (piece.related && piece.related.length > 0) data['related'] = piece.related;
  return data;
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });
const mdx = (data: Record<string, unknown>, body: string) => `---\n${yaml(data)}---\n\n${body}`;

/** The blog example's frontmatter (title, description, pubDate, updatedDate) with our body text. */
function baselineFile(piece: Piece): string {
  const data: Record<string, unknown> = { title: piece.title, description: piece.standfirst, pubDate: berlinIso(piece.published) };
  const updates = [piece.updated, ...piece.corrections.map((c) => new Date(c.date))].filter((d): d is Date => d !== undefined);
  if (updates.length > 0) data['updatedDate'] = berlinIso(new Date(Math.max(...updates.map((d) => d.getTime()))));
  // Links to other pieces point at the baseline's routes; the <Quelle>, <Zitat>, <Infobox> and
  // <Timeline> tags stay and are rendered by the baseline's trivial components.
  const body = piece.body.replace(/\]\((article|explainer):([^)\s]+)\)/g, (_, kind: string, id: string) => `](/blog/${kind}s/${id}/)`);
  return mdx(data, body);
}

/** Generates everything and writes it below `outDir` (which is emptied first). */
export function generate(options: { n: number; seed?: number; outDir: string }): Manifest {
  const { n, outDir } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(n) || n < 5) throw new Error(`N must be an integer of at least 5 (got ${n})`);
  const g = new Generator(seed);
  const r = g.random;
  const explainerCount = Math.max(1, Math.round(n * 0.2));
  const articleCount = n - explainerCount;

  const articles: Piece[] = [];
  for (let i = 0; i < articleCount; i += 1) articles.push(g.piece('articles', i, articles));
  const explainers: Piece[] = [];
  for (let i = 0; i < explainerCount; i += 1) explainers.push(g.piece('explainers', articleCount + i, articles));

  // Related explainers: those of the same article, else one or two others.
  for (const explainer of explainers) {
    const siblings = explainers.filter((other) => other !== explainer && other.article === explainer.article);
    const others = explainers.filter((other) => other !== explainer);
    const related = siblings.length > 0 ? siblings.slice(0, 3) : r.sample(others, r.int(1, 2));
    explainer.related = related.map((other) => other.id);
  }

  // Timelines for the chronologies: a few dated events each, citing generated sources.
  const timelineCount = Math.max(1, Math.ceil(n / 100));
  const timelines = Array.from({ length: timelineCount }, (_, t) => {
    const events = Array.from({ length: r.int(4, 7) }, (_, e) => {
      const source = r.pick(g.sources);
      const event: Record<string, unknown> = { id: `ereignis-${e + 1}`, date: source.date };
      if (r.chance(0.6)) {
        // Quoted: a YAML 1.1 parser would read an unquoted 19:05 as a base-60 number.
        const time = new Scalar(`${pad(r.int(6, 22))}:${pad(r.int(0, 11) * 5)}`);
        time.type = 'QUOTE_DOUBLE';
        event['time'] = time;
      }
      if (event['time'] !== undefined && r.chance(0.3)) event['approximate'] = true;
      event['zone'] = r.chance(0.8) ? 'Europe/Berlin' : 'America/New_York';
      event['text'] = fill(r.pick(SENTENCES), g.slots([{ first: r.pick(FIRST_NAMES), surname: r.pick(SURNAMES) }]));
      event['sources'] = [source.id];
      return event;
    });
    return { id: `chronik-${t + 1}`, data: { title: `Chronik ${t + 1}: ${capitalize(r.pick(SUBJECTS))}`, events } };
  });

  // Bodies. The first article (in id order, after generation) that the runner edits gets the word-edit sentence.
  const editTargets = { word: articles[Math.floor(articles.length / 2)], correction: articles[Math.floor(articles.length / 3)] };
  for (const piece of [...articles, ...explainers]) {
    const lead: string[] = [];
    const afterFirst: string[] = [];
    if (piece.collection === 'explainers') {
      const bullets = Array.from({ length: 3 }, () => `- ${fill(r.pick(SENTENCES), g.slots(piece.people))}`);
      lead.push(`<Infobox title="Das Wichtigste in Kürze">\n\n${bullets.join('\n')}\n\n</Infobox>`);
      const links = [`Worum es geht, steht in [unserem Bericht](article:${piece.article ?? ''}).`];
      const related = piece.related?.[0];
      if (related) links.push(`Mehr dazu im [verwandten Stück](explainer:${related}).`);
      afterFirst.push(links.join(' '));
      if (piece.label === 'chronologie') afterFirst.push(`<Timeline id="${r.pick(timelines).id}" />`);
      const quoted = piece.sources[0];
      const speaker = piece.people[1] ?? piece.people[0];
      if (quoted && speaker) {
        afterFirst.push(`<Zitat von="${speaker.first} ${speaker.surname}" quelle="${quoted}">Wir stehen erst am Anfang einer langen Debatte.</Zitat>`);
      }
    }
    if (piece === editTargets.word) afterFirst.push(WORD_EDIT_SENTENCE);
    piece.body = g.body(piece.people, piece.sources, { lead, afterFirst });
  }

  // Corrections on about one piece in eight (never on the runner's correction target).
  let correctedPieces = 0;
  for (const piece of [...articles, ...explainers]) {
    if (piece === editTargets.correction || !r.chance(0.125)) continue;
    if (g.addCorrection(piece)) correctedPieces += 1;
    if (r.chance(0.2)) g.addCorrection(piece);
  }

  const correctionEdit = planCorrectionEdit(editTargets.correction, r);

  // Live tickers after everything else, so that the N pieces are the same as without them.
  const scale = Math.min(1, n / TICKER_FULL_N);
  const tickers = TICKER_ENTRIES.map((full, t) => ticker(g, Math.max(3, Math.round(full * scale)), t === 1 ? 'beendet' : 'laeuft'));
  const [big] = tickers;
  if (!big) throw new Error('no live ticker');
  const newEntry = big.next(entryTitle(g, [{ first: r.pick(FIRST_NAMES), surname: r.pick(SURNAMES) }], big.titles), entryBody(g, [{ first: r.pick(FIRST_NAMES), surname: r.pick(SURNAMES) }], big.head.sources, 0));

  // Write.
  rmSync(outDir, { recursive: true, force: true });
  const siteDir = join(outDir, 'site');
  const baselineDir = join(outDir, 'baseline');
  for (const folder of ['articles', 'explainers', 'sources', 'timeline']) mkdirSync(join(siteDir, folder), { recursive: true });
  for (const folder of ['articles', 'explainers']) mkdirSync(join(baselineDir, folder), { recursive: true });
  let words = 0;
  for (const piece of [...articles, ...explainers]) {
    writeFileSync(join(siteDir, piece.collection, `${piece.id}.mdx`), mdx(frontmatter(piece), piece.body));
    writeFileSync(join(baselineDir, piece.collection, `${piece.id}.mdx`), baselineFile(piece));
    words += wordCount(piece.body);
  }
  for (const source of g.sources) {
    const { id, ...data } = source;
    writeFileSync(join(siteDir, 'sources', `${id}.yaml`), yaml(data));
  }
  for (const timeline of timelines) writeFileSync(join(siteDir, 'timeline', `${timeline.id}.yaml`), yaml(timeline.data));
  for (const t of tickers) {
    writeTicker(siteDir, t.head, t.live, t.intro, t.entries);
    writeFileSync(join(baselineDir, 'articles', `${t.head.id}.mdx`), baselineTicker(t));
  }

  const wordTarget = editTargets.word;
  if (!wordTarget) throw new Error('no article for the word edit');
  const manifest: Manifest = {
    n,
    seed,
    articles: articles.length,
    explainers: explainers.length,
    sources: g.sources.length,
    timelines: timelines.length,
    correctedPieces,
    words,
    tickers: tickers.length,
    liveEntries: tickers.reduce((sum, t) => sum + t.entries.length, 0),
    siteContentDir: siteDir,
    baselineContentDir: baselineDir,
    edits: {
      word: { collection: 'articles', id: wordTarget.id, ...WORD_EDIT, all: false },
      correction: correctionEdit,
      liveEntry: { path: entryPath(big.head.id, newEntry.name), text: newEntry.text },
    },
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Scenario (c): the lead person's surname in one article is "corrected" to a new spelling
 * everywhere in the body, and a typed correction records it. The old spelling must then be
 * gone from the whole piece, which the lead surname guarantees when it is not in the frontmatter.
 */
function planCorrectionEdit(piece: Piece | undefined, r: Random): Manifest['edits']['correction'] {
  if (!piece) throw new Error('no article for the correction edit');
  const frontText = [piece.title, piece.standfirst, piece.byline ?? ''].join('\n');
  const person = piece.people.find((p) => !frontText.includes(p.surname) && piece.body.includes(p.surname));
  if (!person) {
    // Rare: every quoted surname is also in the headline or byline; drop the byline and retry with the lead person.
    delete piece.byline;
    const lead = piece.people[0];
    if (!lead || piece.title.includes(lead.surname) || piece.standfirst.includes(lead.surname)) {
      throw new Error(`cannot plan the correction edit for ${piece.id}`);
    }
    return planCorrectionEdit(piece, r);
  }
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const right = misspell(person.surname, r);
    const edited = [frontText, piece.body.replaceAll(person.surname, right)].join('\n');
    if (right === person.surname || containsWrongForm(edited, person.surname, right)) continue;
    return {
      collection: 'articles',
      id: piece.id,
      find: person.surname,
      replace: right,
      all: true,
      correction: {
        date: RUNNER_CORRECTION_DATE,
        wrong: person.surname,
        right,
        note: `In einer früheren Fassung dieses Artikels war der Nachname von ${person.first} ${right} falsch als „${person.surname}“ geschrieben.`,
      },
    };
  }
  throw new Error(`cannot plan the correction edit for ${piece.id}`);
}

// ---------------------------------------------------------------------------------------------
// Edits the runner applies between builds

const FRONTMATTER = /^---\n([\s\S]*?\n)---\n/;

function editBody(file: string, edit: BodyEdit): string {
  const text = readFileSync(file, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  const head = match[0];
  const body = text.slice(head.length);
  if (!body.includes(edit.find)) throw new Error(`${file}: "${edit.find}" is not in the body`);
  const next = edit.all ? body.replaceAll(edit.find, edit.replace) : body.replace(edit.find, edit.replace);
  return head + next;
}

/** Applies scenario (b)'s one-word change to the site or the baseline copy. */
export function applyWordEdit(manifest: Manifest, side: 'site' | 'baseline'): string {
  const { word } = manifest.edits;
  const file = join(side === 'site' ? manifest.siteContentDir : manifest.baselineContentDir, word.collection, `${word.id}.mdx`);
  writeFileSync(file, editBody(file, word));
  return file;
}

/** Applies scenario (c): the text fix on both sides, plus the typed correction on the site. */
export function applyCorrectionEdit(manifest: Manifest, side: 'site' | 'baseline'): string {
  const { correction } = manifest.edits;
  const file = join(side === 'site' ? manifest.siteContentDir : manifest.baselineContentDir, correction.collection, `${correction.id}.mdx`);
  let text = editBody(file, correction);
  if (side === 'site') {
    const match = FRONTMATTER.exec(text);
    const data: unknown = parse(match?.[1] ?? '');
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: frontmatter is not a mapping`);
    const record = data as Record<string, unknown>;
    const existing = Array.isArray(record['corrections']) ? (record['corrections'] as unknown[]) : [];
    record['corrections'] = [...existing, correction.correction];
    text = `---\n${yaml(record)}---\n${text.slice(match?.[0].length ?? 0)}`;
  }
  writeFileSync(file, text);
  return file;
}

/** Applies scenario (d): writes the new entry of the biggest live ticker (the site only has tickers). */
export function applyLiveEntry(manifest: Manifest): string {
  const file = join(manifest.siteContentDir, manifest.edits.liveEntry.path);
  writeFileSync(file, manifest.edits.liveEntry.text);
  return file;
}

// ---------------------------------------------------------------------------------------------
// CLI

if (import.meta.main) {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '50' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  const outDir = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'netzchronik-bench-content-'));
  const manifest = generate({ n: Number(values.n), seed: values.seed === undefined ? DEFAULT_SEED : Number(values.seed), outDir });
  console.log(
    `${manifest.articles} articles, ${manifest.explainers} explainers, ${manifest.sources} sources, ${manifest.timelines} timelines, ` +
      `${manifest.correctedPieces} corrected pieces, ${Math.round(manifest.words / manifest.n)} words per piece, ` +
      `${manifest.tickers} live tickers with ${manifest.liveEntries} entries`,
  );
  console.log(`content folder (NEWS_CONTENT_DIR): ${manifest.siteContentDir}`);
  console.log(`baseline copy (BENCH_CONTENT_DIR): ${manifest.baselineContentDir}`);
}
