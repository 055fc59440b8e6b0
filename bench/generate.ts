/**
 * Seeded, deterministic generator of benchmark content: N valid pieces (about 80 % articles,
 * 20 % explainers) with their sources, timelines and pictures, each with a headline of its own,
 * written to a scratch folder, never into content/. Same seed and N give byte-identical files.
 *
 * Layout of the output folder:
 *   site/{articles,explainers,sources,timeline}/   our content folder (NEWS_CONTENT_DIR)
 *   site/live/<ticker>/                             the live tickers' entries (bench/live.ts)
 *   site/bilder/                                    the pictures (bench/photos.ts)
 *   baseline-mdx/{articles,explainers,bilder}/      the same pieces with the blog example's
 *                                                   frontmatter and the same body text as MDX (BENCH_CONTENT_DIR)
 *   baseline-md/{articles,explainers,bilder}/       the same as plain Markdown, without components
 *   manifest.json                                   counts and the edits the runner applies
 *
 * CLI: node bench/generate.ts [--n 50] [--seed 1] [--out DIR] [--pictures 0.6] [--photo-cache DIR]   (prints the output folder)
 */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, Scalar, stringify } from 'yaml';
import type { PieceData } from '../src/schemas/piece.ts';
import { PICTURE_FOLDER, type Focus } from '../src/schemas/picture.ts';
import { LIVE_LABEL } from '../src/schemas/live.ts';
import { LABELS, SECTIONS, TOPICS } from '../src/schemas/taxonomy.ts';
import {
  AGENCIES, FIRST_NAMES, HEADLINE_ACTORS, HEADLINE_EVENTS, HEADLINE_OBJECTS, HEADLINE_QUOTES, HEADLINE_TEMPLATES,
  HEADLINE_TOPICS, HEADLINE_VERBS, HEADLINE_WHOM, LICENSES, MONTHS, OBJECTS, ORGS, PHOTOGRAPHERS, PLACES, PUBLISHERS,
  ROLES, SCENES, SENTENCES, SOURCE_TITLES_DE, SOURCE_TITLES_EN, STANDFIRST_TEMPLATES, SUBHEADS, SUBJECTS, SURNAMES,
  WEEKDAYS,
} from './prose.ts';
import { writePhotos } from './photos.ts';
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
  /** The share of pieces asked to have a lead image; pieces with one and with a <Bild> in the body; the files' bytes; photos drawn and taken from the cache. */
  pictures: { share: number; lead: number; inline: number; bytes: number; drawn: number; reused: number };
  /** The content folders: ours (NEWS_CONTENT_DIR), the blog example's with MDX and with Markdown bodies (BENCH_CONTENT_DIR). */
  contentDirs: Record<ContentSide, string>;
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
  /** The lead image (`image`), and a picture in the body (`<Bild>`). */
  image?: PictureSpec;
  inlinePicture?: PictureSpec;
}

/** A picture as the site's schema takes it (src/schemas/picture.ts), plus the photo drawn for its file. */
interface PictureSpec {
  src: string;
  alt: string;
  caption?: string;
  credit: string;
  license?: string;
  focus?: Focus;
  photo: { seed: number; width: number; height: number };
}

/** Everything of a piece's head that the correction check reads besides the corrections. */
const frontText = (piece: Piece): string =>
  [piece.title, piece.standfirst, piece.byline ?? '', piece.image?.alt ?? '', piece.image?.caption ?? '', piece.image?.credit ?? ''].join('\n');

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

/**
 * Pictures: by default about three pieces in five have a lead image (as on a news site's front
 * page), and a quarter as many a picture in the body. Sizes as editors get them from agencies and
 * cameras (EDITING.md asks for about 2,400 px); the body's may stand upright.
 */
export const DEFAULT_PICTURE_SHARE = 0.6;
const INLINE_PER_LEAD = 0.25;
const LEAD_SIZES = { widths: [1600, 1800, 2000, 2048, 2400], aspects: [3 / 2, 3 / 2, 3 / 2, 4 / 3, 16 / 9] } as const;
const INLINE_SIZES = { widths: [1200, 1600, 2000], aspects: [3 / 2, 4 / 3, 2 / 3] } as const;
/** The folder of the baselines' content that holds the same picture files (the blog example's heroImage points there). */
const BASELINE_PICTURES = `../${PICTURE_FOLDER}`;

/** The photo seed of the generator's `index`-th picture: depends on the seed and the index only, so photos can be cached by it. */
function photoSeed(seed: number, index: number): number {
  // murmur3's finaliser over both numbers: neighbouring indexes give unrelated seeds.
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Generator {
  readonly random: Random;
  readonly sources: SourceEntry[] = [];
  readonly sourceIds = new Set<string>();
  readonly slugs = new Set<string>();
  /** Every piece's headline, the live tickers' included: each social card is drawn from one. */
  readonly titles = new Set<string>();
  readonly seed: number;
  /** Share of pieces with a lead image. */
  readonly pictureShare: number;
  /** The pictures' own stream, so that the share changes the pictures and not the text. */
  readonly pictureRandom: Random;
  pictureCount = 0;

  constructor(seed: number, pictureShare: number) {
    this.seed = seed;
    this.pictureShare = pictureShare;
    this.random = new Random(seed);
    this.pictureRandom = new Random(photoSeed(seed, -1));
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

  slots(people: Piece['people'], r: Random = this.random): Record<string, string> {
    const person = r.pick(people);
    const org = r.pick(ORGS);
    const subject = r.pick(SUBJECTS);
    const object = r.pick(OBJECTS);
    return {
      person: `${person.first} ${person.surname}`,
      surname: r.pick(people).surname,
      role: r.pick(ROLES),
      org: org.nom,
      orgCap: capitalize(org.nom),
      orgGen: org.gen,
      place: r.pick(PLACES),
      subject: subject.nom,
      subjectAcc: subject.acc,
      object: object.nom,
      objectAcc: object.acc,
      number: r.int(2, 900).toLocaleString('de-DE') + (r.chance(0.4) ? '.000' : ''),
      percent: String(r.int(2, 30)),
      weekday: r.pick(WEEKDAYS),
      month: r.pick(MONTHS),
    };
  }

  /**
   * A headline no other headline in `used` has, drawn from the templates until one is new (the
   * parts multiply into far more combinations than pieces, so few draws repeat); at most
   * `maxLength` characters. After a `prefix` that ends in a colon, only headlines without one.
   */
  headline(people: Piece['people'], used: Set<string>, maxLength: number, prefix = ''): string {
    const r = this.random;
    const templates = prefix.endsWith(': ') ? HEADLINE_TEMPLATES.filter((template) => !template.includes(':')) : HEADLINE_TEMPLATES;
    for (let attempt = 0; attempt < 1000; attempt += 1) {
      const topic = r.pick(HEADLINE_TOPICS);
      const object = r.pick(HEADLINE_OBJECTS);
      const title = prefix + fill(r.pick(templates), {
        actor: r.pick(HEADLINE_ACTORS),
        verb: fill(r.pick(HEADLINE_VERBS), { object }),
        object,
        topic: topic.short,
        topicNom: topic.nom,
        place: r.pick(PLACES),
        event: r.pick(HEADLINE_EVENTS),
        surname: r.pick(people).surname,
        quote: r.pick(HEADLINE_QUOTES),
        whom: r.pick(HEADLINE_WHOM),
        number: r.int(12, 4000).toLocaleString('de-DE'),
      });
      if (title.length <= maxLength && !used.has(title)) {
        used.add(title);
        return title;
      }
    }
    throw new Error(`no new headline in 1,000 draws after ${used.size}: add words to bench/prose.ts`);
  }

  /** A picture of a piece: its file, what it shows, who took it, and the photo to draw. */
  picture(id: string, use: 'lead' | 'inline', people: Piece['people']): PictureSpec {
    const r = this.pictureRandom;
    const sizes = use === 'lead' ? LEAD_SIZES : INLINE_SIZES;
    const width = r.pick(sizes.widths);
    const height = Math.round(width / r.pick(sizes.aspects));
    const scene = r.pick(SCENES);
    const slots = this.slots(people, r);
    const picture: PictureSpec = {
      src: `${id}${use === 'lead' ? '' : '-bild'}.jpg`,
      alt: fill(scene.alt, slots),
      credit: `Foto: ${r.pick(PHOTOGRAPHERS)}/${r.pick(AGENCIES)}`,
      photo: { seed: photoSeed(this.seed, this.pictureCount), width, height },
    };
    this.pictureCount += 1;
    if (r.chance(0.8)) picture.caption = fill(scene.caption, slots);
    if (r.chance(0.15)) picture.license = r.pick(LICENSES);
    if (use === 'lead' && r.chance(0.5)) picture.focus = { x: r.int(20, 80), y: r.int(20, 70) };
    return picture;
  }

  /**
   * About 600 words in 3–4 `##` sections. Every source is cited at least once with <Quelle>;
   * `extras` are inserted after the first paragraph (links, a timeline, a quote), and after the
   * second section's first paragraph (a picture).
   */
  body(people: Piece['people'], sources: string[], extras: { lead?: string[]; afterFirst?: string[]; inSection?: string[] }): string {
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
      for (let p = 0; p < perSection; p += 1) {
        blocks.push(paragraph(undefined));
        if (s === 1 && p === 0) blocks.push(...(extras.inSection ?? []));
      }
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
    const title = this.headline(people, this.titles, 140);
    const standfirst = fill(r.pick(STANDFIRST_TEMPLATES), this.slots(people));
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
    if (this.pictureRandom.chance(this.pictureShare)) piece.image = this.picture(piece.id, 'lead', people);
    if (this.pictureRandom.chance(this.pictureShare * INLINE_PER_LEAD)) piece.inlinePicture = this.picture(piece.id, 'inline', people);
    return piece;
  }

  /** A generated correction of one quoted name: the misspelling must not occur anywhere in the piece. */
  addCorrection(piece: Piece): boolean {
    const r = this.random;
    const everything = [frontText(piece), piece.body].join('\n');
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
  return g.headline(people, titles, 100);
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
  const title = g.headline(people, g.titles, 140, 'Liveticker: ');
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
  if (piece.image) {
    const { photo: _drawn, ...image } = piece.image;
    data['image'] = image;
  }
  data['topics'] = piece.topics;
  data['sources'] = piece.sources;
  if (piece.corrections.length > 0) data['corrections'] = piece.corrections;
  if (piece.article) data['article'] = piece.article;
  if (piece.related && piece.related.length > 0) data['related'] = piece.related;
  return data;
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });
const mdx = (data: Record<string, unknown>, body: string) => `---\n${yaml(data)}---\n\n${body}`;

/** A picture in a body, as editors write it (EDITING.md, „Bilder“). */
function bildTag(picture: PictureSpec): string {
  const fields = { src: picture.src, alt: picture.alt, caption: picture.caption, credit: picture.credit, license: picture.license };
  return `<Bild ${Object.entries(fields).flatMap(([name, value]) => (value === undefined ? [] : [`${name}="${value}"`])).join(' ')} />`;
}

// ---------------------------------------------------------------------------------------------
// The baselines: Astro's blog example with the same text

/** Where each side's content is: ours, and the blog example's with MDX bodies or with plain Markdown bodies. */
export type ContentSide = 'site' | 'mdx' | 'md';

/** A timeline's events as the Markdown baseline lists them. */
interface TimelineText {
  title: string;
  events: { date: string; time?: string; approximate: boolean; zone: string; text: string; source: string }[];
}

const GERMAN_DAY = (day: string) => `${Number(day.slice(8, 10))}. ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`;

/**
 * Turns a body into the blog example's: links to other pieces point at its routes, and a <Bild>
 * becomes Markdown's image (which Astro optimises) with its caption and credit below, in both
 * variants. The MDX variant keeps the other kit tags (the baseline renders them with trivial
 * stand-ins); the Markdown variant writes what a publisher without components would: sources as
 * footnotes, the box and the quote as block quotes, the timeline as a list.
 */
function baselineBody(body: string, kind: 'mdx' | 'md', sources: ReadonlyMap<string, SourceEntry>, timelines: ReadonlyMap<string, TimelineText>): string {
  let text = body
    .replace(/\]\((article|explainer):([^)\s]+)\)/g, (_, collection: string, id: string) => `](/blog/${collection}s/${id}/)`)
    .replace(/^<Bild (.*) \/>$/gm, (_, attributes: string) => {
      const field = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
      const credit = [field('credit'), field('license')].filter((part) => part !== undefined).join(', ');
      const caption = field('caption');
      return `![${field('alt') ?? ''}](${BASELINE_PICTURES}/${field('src') ?? ''})\n\n${caption === undefined ? '' : `*${caption}* `}${credit}`;
    });
  if (kind === 'mdx') return text;
  const cited: string[] = [];
  const cite = (id: string) => {
    if (!cited.includes(id)) cited.push(id);
    return `[^${id}]`;
  };
  text = text
    .replace(/<Infobox title="([^"]*)">\n\n([\s\S]*?)\n\n<\/Infobox>/g, (_, title: string, content: string) => [`**${title}**`, '', ...content.split('\n')].map((line) => `> ${line}`.trimEnd()).join('\n'))
    .replace(/<Zitat von="([^"]*)" quelle="([^"]*)">([\s\S]*?)<\/Zitat>/g, (_, speaker: string, source: string, quote: string) => `> „${quote}“\n>\n> – ${speaker}${cite(source)}`)
    .replace(/<Timeline id="([^"]*)" \/>/g, (_, id: string) => {
      const timeline = timelines.get(id);
      if (!timeline) throw new Error(`no timeline ${id}`);
      const events = timeline.events.map((event) => {
        const time = event.time === undefined ? '' : `, ${event.approximate ? 'gegen ' : ''}${event.time} Uhr${event.zone === 'Europe/Berlin' ? '' : ' Ortszeit'}`;
        return `- ${GERMAN_DAY(event.date)}${time}: ${event.text}${cite(event.source)}`;
      });
      return `**${timeline.title}**\n\n${events.join('\n')}`;
    })
    .replace(/<Quelle id="([^"]*)" \/>/g, (_, id: string) => cite(id));
  const notes = cited.map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`no source ${id}`);
    return `[^${id}]: ${source.publisher}: „${source.title}“, ${GERMAN_DAY(source.date)}, ${source.url}`;
  });
  return notes.length === 0 ? text : `${text.trimEnd()}\n\n${notes.join('\n')}\n`;
}

/** The blog example's frontmatter (title, description, pubDate, updatedDate, heroImage) with our body text. */
function baselineFile(piece: Piece, kind: 'mdx' | 'md', sources: ReadonlyMap<string, SourceEntry>, timelines: ReadonlyMap<string, TimelineText>): string {
  const data: Record<string, unknown> = { title: piece.title, description: piece.standfirst, pubDate: berlinIso(piece.published) };
  const updates = [piece.updated, ...piece.corrections.map((c) => new Date(c.date))].filter((d): d is Date => d !== undefined);
  if (updates.length > 0) data['updatedDate'] = berlinIso(new Date(Math.max(...updates.map((d) => d.getTime()))));
  if (piece.image) data['heroImage'] = `${BASELINE_PICTURES}/${piece.image.src}`;
  return mdx(data, baselineBody(piece.body, kind, sources, timelines));
}

/** The ticker as one blog post of the baseline: its intro, then every entry, newest first. */
function baselineTicker(t: Ticker, kind: 'mdx' | 'md', sources: ReadonlyMap<string, SourceEntry>): string {
  const data: Record<string, unknown> = { title: t.head.title, description: t.head.standfirst, pubDate: t.head.start };
  const last = t.entries.at(-1);
  if (last) data['updatedDate'] = last.time;
  const entries = [...t.entries].reverse().map((e) => `## ${e.time.slice(11, 16)} Uhr${e.title === undefined ? '' : ` – ${e.title}`}\n\n${e.body}`);
  return mdx(data, baselineBody(`${[t.intro, ...entries].join('\n\n')}\n`, kind, sources, new Map()));
}

/**
 * Generates everything and writes it below `outDir` (which is emptied first). `pictureShare` of
 * the pieces get a lead image. Photos are drawn once per seed and size into `photoCache` when
 * given, and linked from there.
 */
export async function generate(options: { n: number; seed?: number; outDir: string; pictureShare?: number; photoCache?: string }): Promise<Manifest> {
  const { n, outDir } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  const pictureShare = options.pictureShare ?? DEFAULT_PICTURE_SHARE;
  if (!Number.isInteger(n) || n < 5) throw new Error(`N must be an integer of at least 5 (got ${n})`);
  if (!(pictureShare >= 0 && pictureShare <= 1)) throw new Error(`the share of pieces with pictures must be between 0 and 1 (got ${pictureShare})`);
  const g = new Generator(seed, pictureShare);
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
  const timelineTexts = new Map<string, TimelineText>();
  const timelines = Array.from({ length: timelineCount }, (_, t) => {
    const text: TimelineText['events'] = [];
    const events = Array.from({ length: r.int(4, 7) }, (_, e) => {
      const source = r.pick(g.sources);
      const event: Record<string, unknown> = { id: `ereignis-${e + 1}`, date: source.date };
      let clock: string | undefined;
      if (r.chance(0.6)) {
        clock = `${pad(r.int(6, 22))}:${pad(r.int(0, 11) * 5)}`;
        // Quoted: a YAML 1.1 parser would read an unquoted 19:05 as a base-60 number.
        const time = new Scalar(clock);
        time.type = 'QUOTE_DOUBLE';
        event['time'] = time;
      }
      const approximate = clock !== undefined && r.chance(0.3);
      if (approximate) event['approximate'] = true;
      const zone = r.chance(0.8) ? 'Europe/Berlin' : 'America/New_York';
      event['zone'] = zone;
      const sentence = fill(r.pick(SENTENCES), g.slots([{ first: r.pick(FIRST_NAMES), surname: r.pick(SURNAMES) }]));
      event['text'] = sentence;
      event['sources'] = [source.id];
      text.push({ date: source.date, ...(clock === undefined ? {} : { time: clock }), approximate, zone, text: sentence, source: source.id });
      return event;
    });
    const id = `chronik-${t + 1}`;
    const title = `Chronik ${t + 1}: ${capitalize(r.pick(SUBJECTS).nom)}`;
    timelineTexts.set(id, { title, events: text });
    return { id, data: { title, events } };
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
    const inSection = piece.inlinePicture ? [bildTag(piece.inlinePicture)] : [];
    piece.body = g.body(piece.people, piece.sources, { lead, afterFirst, inSection });
  }

  // Corrections on about one piece in eight (never on the runner's correction target).
  let correctedPieces = 0;
  for (const piece of [...articles, ...explainers]) {
    if (piece === editTargets.correction || !r.chance(0.125)) continue;
    if (g.addCorrection(piece)) correctedPieces += 1;
    if (r.chance(0.2)) g.addCorrection(piece);
  }

  // Rarely (once at N=100,000) every person of the target is named in its head, where the edit
  // cannot reach: the next article without corrections of its own takes the edit instead.
  const target = editTargets.correction;
  let correctionEdit = planCorrectionEdit(target, r);
  const start = target === undefined ? 0 : articles.indexOf(target);
  for (let k = 1; correctionEdit === undefined && k < articles.length; k += 1) {
    const candidate = articles[(start + k) % articles.length];
    if (candidate === undefined || candidate === editTargets.word || candidate.corrections.length > 0) continue;
    correctionEdit = planCorrectionEdit(candidate, r);
  }
  if (correctionEdit === undefined) throw new Error('no article can take the correction edit');

  // Live tickers after everything else, so that the N pieces are the same as without them.
  const scale = Math.min(1, n / TICKER_FULL_N);
  const tickers = TICKER_ENTRIES.map((full, t) => ticker(g, Math.max(3, Math.round(full * scale)), t === 1 ? 'beendet' : 'laeuft'));
  const [big] = tickers;
  if (!big) throw new Error('no live ticker');
  const newEntry = big.next(entryTitle(g, [{ first: r.pick(FIRST_NAMES), surname: r.pick(SURNAMES) }], big.titles), entryBody(g, [{ first: r.pick(FIRST_NAMES), surname: r.pick(SURNAMES) }], big.head.sources, 0));

  // Write.
  rmSync(outDir, { recursive: true, force: true });
  const dirs: Record<ContentSide, string> = { site: join(outDir, 'site'), mdx: join(outDir, 'baseline-mdx'), md: join(outDir, 'baseline-md') };
  for (const folder of ['articles', 'explainers', 'sources', 'timeline', PICTURE_FOLDER]) mkdirSync(join(dirs.site, folder), { recursive: true });
  for (const dir of [dirs.mdx, dirs.md]) for (const folder of ['articles', 'explainers', PICTURE_FOLDER]) mkdirSync(join(dir, folder), { recursive: true });
  const sources = new Map(g.sources.map((source) => [source.id, source]));
  let words = 0;
  for (const piece of [...articles, ...explainers]) {
    writeFileSync(join(dirs.site, piece.collection, `${piece.id}.mdx`), mdx(frontmatter(piece), piece.body));
    writeFileSync(join(dirs.mdx, piece.collection, `${piece.id}.mdx`), baselineFile(piece, 'mdx', sources, timelineTexts));
    writeFileSync(join(dirs.md, piece.collection, `${piece.id}.md`), baselineFile(piece, 'md', sources, timelineTexts));
    words += wordCount(piece.body);
  }
  for (const source of g.sources) {
    const { id, ...data } = source;
    writeFileSync(join(dirs.site, 'sources', `${id}.yaml`), yaml(data));
  }
  for (const timeline of timelines) writeFileSync(join(dirs.site, 'timeline', `${timeline.id}.yaml`), yaml(timeline.data));
  for (const t of tickers) {
    writeTicker(dirs.site, t.head, t.live, t.intro, t.entries);
    writeFileSync(join(dirs.mdx, 'articles', `${t.head.id}.mdx`), baselineTicker(t, 'mdx', sources));
    writeFileSync(join(dirs.md, 'articles', `${t.head.id}.md`), baselineTicker(t, 'md', sources));
  }

  // The same picture files on all three sides: drawn (or taken from the cache) for the site, linked for the baselines.
  const pieces = [...articles, ...explainers];
  const pictures = pieces.flatMap((piece) => [piece.image, piece.inlinePicture].filter((picture) => picture !== undefined));
  const photos = await writePhotos(pictures.map((picture) => ({ file: join(dirs.site, PICTURE_FOLDER, picture.src), ...picture.photo })), options.photoCache);
  let pictureBytes = 0;
  for (const picture of pictures) {
    const file = join(dirs.site, PICTURE_FOLDER, picture.src);
    pictureBytes += statSync(file).size;
    for (const dir of [dirs.mdx, dirs.md]) linkSync(file, join(dir, PICTURE_FOLDER, picture.src));
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
    pictures: {
      share: pictureShare,
      lead: pieces.filter((piece) => piece.image !== undefined).length,
      inline: pieces.filter((piece) => piece.inlinePicture !== undefined).length,
      bytes: pictureBytes,
      ...photos,
    },
    contentDirs: dirs,
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
 * gone from the whole piece, which the lead surname guarantees when it is not in the frontmatter;
 * undefined when every person of the piece is named in its head.
 */
function planCorrectionEdit(piece: Piece | undefined, r: Random): Manifest['edits']['correction'] | undefined {
  if (!piece) throw new Error('no article for the correction edit');
  const front = frontText(piece);
  const person = piece.people.find((p) => !front.includes(p.surname) && piece.body.includes(p.surname));
  if (!person) {
    // Rare: every quoted surname is also in the head; drop the byline and the lead picture, and retry with the lead person.
    const lead = piece.people[0];
    if (!lead || piece.title.includes(lead.surname) || piece.standfirst.includes(lead.surname) || (piece.byline === undefined && piece.image === undefined)) return undefined;
    delete piece.byline;
    delete piece.image;
    return planCorrectionEdit(piece, r);
  }
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const right = misspell(person.surname, r);
    const edited = [front, piece.body.replaceAll(person.surname, right)].join('\n');
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
  return undefined;
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

/** A piece's file on one side: the Markdown baseline's are .md, the others .mdx. */
const pieceFile = (manifest: Manifest, side: ContentSide, edit: BodyEdit): string =>
  join(manifest.contentDirs[side], edit.collection, `${edit.id}.${side === 'md' ? 'md' : 'mdx'}`);

/** Applies scenario (b)'s one-word change to one side's copy. */
export function applyWordEdit(manifest: Manifest, side: ContentSide): string {
  const file = pieceFile(manifest, side, manifest.edits.word);
  writeFileSync(file, editBody(file, manifest.edits.word));
  return file;
}

/** Applies scenario (c): the text fix on every side, plus the typed correction on the site. */
export function applyCorrectionEdit(manifest: Manifest, side: ContentSide): string {
  const { correction } = manifest.edits;
  const file = pieceFile(manifest, side, correction);
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
  const file = join(manifest.contentDirs.site, manifest.edits.liveEntry.path);
  writeFileSync(file, manifest.edits.liveEntry.text);
  return file;
}

// ---------------------------------------------------------------------------------------------
// CLI

if (import.meta.main) {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '50' }, seed: { type: 'string' }, out: { type: 'string' }, pictures: { type: 'string' }, 'photo-cache': { type: 'string' } },
  });
  const outDir = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'netzchronik-bench-content-'));
  const photoCache = values['photo-cache'] === undefined ? undefined : resolve(values['photo-cache']);
  const manifest = await generate({
    n: Number(values.n),
    seed: values.seed === undefined ? DEFAULT_SEED : Number(values.seed),
    outDir,
    pictureShare: values.pictures === undefined ? DEFAULT_PICTURE_SHARE : Number(values.pictures),
    ...(photoCache === undefined ? {} : { photoCache }),
  });
  console.log(
    `${manifest.articles} articles, ${manifest.explainers} explainers, ${manifest.sources} sources, ${manifest.timelines} timelines, ` +
      `${manifest.correctedPieces} corrected pieces, ${Math.round(manifest.words / manifest.n)} words per piece, ` +
      `${manifest.tickers} live tickers with ${manifest.liveEntries} entries, ` +
      `${manifest.pictures.lead} lead images and ${manifest.pictures.inline} pictures in bodies (${(manifest.pictures.bytes / 1024 / 1024).toFixed(1)} MiB)`,
  );
  console.log(`content folder (NEWS_CONTENT_DIR): ${manifest.contentDirs.site}`);
  console.log(`baseline copies (BENCH_CONTENT_DIR): ${manifest.contentDirs.mdx} (MDX), ${manifest.contentDirs.md} (Markdown)`);
}
