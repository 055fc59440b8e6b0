/** Field types that several schemas share. */
import { z } from 'astro/zod';

const DATE_TIME_EXAMPLE = '2017-11-30T08:00:00+01:00';
const DATE_TIME_ERROR = `muss Datum und Uhrzeit mit Zeitzone sein, wie ${DATE_TIME_EXAMPLE} (Zeitzone +01:00 für Winterzeit, +02:00 für Sommerzeit)`;
const DATE_TIME_SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** "2017-02-30 ist kein Tag im Kalender" for a day that does not exist; undefined for one that does. */
export function calendarDayProblem(year: string, month: string, day: string): string | undefined {
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  const exists = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return exists ? undefined : `${year}-${month}-${day} ist kein Tag im Kalender`;
}

/** What is wrong with a date-time as an editor typed it, naming the actual slip (day, time or offset). */
export function dateTimeProblem(text: string): string | undefined {
  const match = DATE_TIME_SHAPE.exec(text);
  if (!match) return DATE_TIME_ERROR;
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '', offsetHours, offsetMinutes] = match;
  const noDay = calendarDayProblem(year, month, day);
  if (noDay) return noDay;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return `${hour}:${minute}:${second} ist keine Uhrzeit (00:00:00 bis 23:59:59)`;
  if (Number(offsetHours ?? 0) > 14 || Number(offsetMinutes ?? 0) > 59) return `die Zeitzone ${text.slice(19)} gibt es nicht (deutsche Zeit ist +01:00 im Winter, +02:00 im Sommer)`;
  return undefined;
}

/**
 * A moment with an explicit UTC offset. Frontmatter YAML may already have turned it into a
 * Date (Astro's parser); the content checks see the raw text and insist on the offset, because
 * a time without one is ambiguous for a newsroom that publishes across time zones.
 */
export const dateTimeSchema = z
  .union(
    [
      z.date(),
      z.string().superRefine((text, ctx) => {
        const problem = dateTimeProblem(text);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    ],
    { error: DATE_TIME_ERROR },
  )
  .transform((value) => new Date(value));

/** A URL-safe identifier: lower-case letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten (z. B. „techcrunch-2017-11-29“)',
  });

/** Nothing a reader could see: spaces, format characters (zero-width, soft hyphen, direction marks), controls, blank fillers. */
const INVISIBLE_ONLY = /^[\s\p{Z}\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]*$/u;
/** An HTML or MDX tag or comment ("<b>", "</a>", "<Quelle id=… />", "<!--"); "3 < 5" is no tag. */
const TAG = /<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>|<!--/;
/** A character reference, which plain text shows as typed ("&amp;"). */
const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);/;

/** "den Vorspann" for "der Vorspann": the field's name as the object of "schreiben Sie". */
const accusative = (what: string) => what.replace(/^der /, 'den ');

/**
 * What is wrong with a text field's (trimmed) value, if anything. `what` names the field in
 * German with its article ("der Vorspann"). `markup: 'mdx'` is for fields that quote the MDX
 * body (a correction's wrong and right form) and may contain tags.
 */
export function textProblem(text: string, what: string, min: number, max: number, markup: 'plain' | 'mdx'): string | undefined {
  if (text.length < min) return `ist zu kurz: ${what} braucht mindestens ${min} Zeichen`;
  if (text.length > max) return `ist zu lang: ${what} darf höchstens ${max} Zeichen haben`;
  if (INVISIBLE_ONLY.test(text)) return `enthält nur unsichtbare Zeichen: schreiben Sie ${accusative(what)}`;
  if (markup === 'mdx') return undefined;
  const tag = TAG.exec(text)?.[0];
  if (tag) return `enthält ein Tag (${tag.length > 40 ? `${tag.slice(0, 39)}…` : tag}): ${what} ist reiner Text, schreiben Sie ${accusative(what)} ohne Tags`;
  const entity = ENTITY.exec(text)?.[0];
  if (entity) return `enthält „${entity}“, das die Leser genau so sähen: schreiben Sie das Zeichen selbst`;
  return undefined;
}

/** The length limits of each text field, read by the editors' guide (src/editor/guide-tables.ts). */
export const textLimits = z.registry<{ min: number; max: number }>();

/** Plain text that must not be empty, only whitespace or invisible, and (unless `markup` is 'mdx') free of tags. */
export const textSchema = (what: string, min = 1, max = 10_000, markup: 'plain' | 'mdx' = 'plain') =>
  z
    // A missing field falls through to the checks' "ist ein Pflichtfeld und fehlt".
    .string({ error: (issue) => (issue.input === undefined ? undefined : `muss Text sein (${what})`) })
    .trim()
    .superRefine((text, ctx) => {
      const problem = textProblem(text, what, min, max, markup);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .register(textLimits, { min, max });

/** A list whose entries may each appear once; a repeat is reported at its own line. */
export const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).superRefine((items, ctx) => {
    const seen = new Map<string, number>();
    items.forEach((value, index) => {
      const key = typeof value === 'string' ? value : JSON.stringify(value);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else ctx.addIssue({ code: 'custom', path: [index], message: `„${key}“ steht zweimal in der Liste (auch als Eintrag ${first + 1}): behalten Sie einen` });
    });
  });

/** Where a character stands in an address, for the editor to find it: "am Anfang", "am Ende", "nach „…/artikel“". */
function placeIn(address: string, index: number): string {
  if (index === 0) return 'am Anfang';
  if (index === address.length - 1) return 'am Ende';
  const before = address.slice(0, index);
  return `nach „${before.length > 30 ? `…${before.slice(-30)}` : before}“`;
}

const COPY_AGAIN = 'kopieren Sie die Adresse noch einmal aus der Adresszeile des Browsers';

/** A character a paste left in an address: where it stands, and what the editor reads about it. */
export interface PastedCharacter {
  at: number;
  message: string;
}

/**
 * What a paste leaves in an address and no address contains: quotes, whitespace, angle brackets,
 * backslashes, control and invisible characters. An apostrophe belongs to some addresses
 * („…/wiki/Ender's_Game“), so only one at the start or end counts. The one rule for every address
 * an editor writes: the URL fields of the schemas (webAddressSchema) and links in a body.
 */
export function pastedCharacter(address: string): PastedCharacter | undefined {
  const match = /["„“”‚‘’«»‹›<>\\\s\p{Z}\p{Cc}\p{Cf}]|^'|'$/u.exec(address);
  if (!match) return undefined;
  const [character = ''] = match;
  const at = match.index;
  const where = placeIn(address, at);
  if (/\s|\p{Z}/u.test(character)) return { at, message: `enthält ${where} ein Leerzeichen: eine Adresse hat keine Leerzeichen; ${COPY_AGAIN}` };
  if (character === '<' || character === '>') return { at, message: `enthält ${where} eine spitze Klammer (${character}), die zu keiner Adresse gehört: ${COPY_AGAIN}` };
  if (character === '\\') return { at, message: `enthält ${where} einen Backslash (\\): Adressen verwenden „/“; ${COPY_AGAIN}` };
  if (/\p{Cc}|\p{Cf}/u.test(character)) {
    const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return { at, message: `enthält ${where} ein unsichtbares Zeichen (${code}): ${COPY_AGAIN}, oder tippen Sie sie neu` };
  }
  return { at, message: `enthält ${where} ein Anführungszeichen (${character}): ${COPY_AGAIN}` };
}

const WEB_ADDRESS_ERROR = 'muss eine vollständige Adresse sein, die mit https:// oder http:// beginnt';

/** What is wrong with a web address an editor wrote, if anything: a paste error first, then the form. */
export function webAddressProblem(address: string): string | undefined {
  const pasted = pastedCharacter(address);
  if (pasted) return pasted.message;
  const url = URL.canParse(address) ? new URL(address) : undefined;
  return url && /^https?:$/.test(url.protocol) && url.hostname !== '' ? undefined : WEB_ADDRESS_ERROR;
}

/** A public web address (https:// or http://) as an editor pastes it from the browser. */
export const webAddressSchema = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : WEB_ADDRESS_ERROR) })
  .superRefine((address, ctx) => {
    const problem = webAddressProblem(address);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  // For the JSON Schemas, as z.url() wrote it.
  .meta({ format: 'uri' });
