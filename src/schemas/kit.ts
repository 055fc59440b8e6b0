/**
 * The component kit: the only components an editor may write in an MDX body, with their
 * attributes. Bodies are data, not code: anything else in a body fails the content checks
 * (src/checks/body/compile.ts), and the components in src/components/mdx/ render exactly these props.
 */
import { z } from 'astro/zod';
import { pictureSchema, pictureNameSchema } from './picture.ts';
import { slugSchema } from './shared.ts';

const nonEmpty = z.string().trim().min(1, { error: 'darf nicht leer sein' });

/** <Quelle id="…" />: a numbered reference to the piece's "Quellen" list, right after the sentence it supports. */
export const quelleProps = z.strictObject({
  /** Id of the source in content/sources/ (it must be in the piece's `sources`). */
  id: slugSchema,
});

/** <Zitat von="…" quelle="…" lang="en">…</Zitat>: a verbatim quote, on lines of its own. */
export const zitatProps = z.strictObject({
  /** Who said or wrote it. */
  von: nonEmpty,
  /** Id of the source the quote is taken from, if there is one (it must be in the piece's `sources`). */
  quelle: slugSchema.optional(),
  /** Language of the quote when it is not German (e.g. "en"). */
  lang: z.enum(['de', 'en'], { error: 'muss de (Deutsch) oder en (Englisch) sein' }).optional(),
});

/** <Timeline id="…" />: a timeline from content/timeline/, on lines of its own. */
export const timelineProps = z.strictObject({
  /** Id of the timeline (its file name in content/timeline/). */
  id: slugSchema,
});

/** <Bild src="…" alt="…" credit="…" />: a picture from content/bilder/ with its rights, on lines of its own (fields as in src/schemas/picture.ts). */
export const bildProps = pictureSchema(() => pictureNameSchema).omit({ focus: true });

/** <Stundengrafik id="…" tag="…" titel="…" />: a graphic of one day's hours from a timeline, on lines of its own. */
export const stundengrafikProps = z.strictObject({
  /** Id of the timeline (its file name in content/timeline/) whose timed events it draws. */
  id: slugSchema,
  /** The day it shows, like "2017-11-02", in the time zone of that day's events. */
  tag: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'muss ein Datum wie „2017-11-02“ sein' }),
  /** Heading of the graphic, e.g. "Die Nacht vom 2. auf den 3. November 2017". */
  titel: nonEmpty,
});

/** <Infobox title="…">…</Infobox>: a box with a short summary, on lines of its own. */
export const infoboxProps = z.strictObject({
  /** Heading of the box. */
  title: nonEmpty,
});

/** How each component may stand: inside a paragraph ("text") or on lines of its own ("flow"), and whether it holds text. */
export const KIT = {
  Bild: { props: bildProps, placement: 'flow', children: false },
  Infobox: { props: infoboxProps, placement: 'flow', children: true },
  Quelle: { props: quelleProps, placement: 'text', children: false },
  Stundengrafik: { props: stundengrafikProps, placement: 'flow', children: false },
  Timeline: { props: timelineProps, placement: 'flow', children: false },
  Zitat: { props: zitatProps, placement: 'flow', children: true },
} as const;

export type KitName = keyof typeof KIT;
export const kitNames = Object.keys(KIT) as KitName[];

/** HTML an editor may write in a body, and the attributes each may carry (EDITING.md). */
export const HTML_ALLOWLIST: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  span: ['lang'],
  sub: [],
  sup: [],
};
