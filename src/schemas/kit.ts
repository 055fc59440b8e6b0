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
  /** Kurzname der Quelle in content/sources/; sie muss auch in „sources“ im Kopf der Datei stehen. @label Quelle */
  id: slugSchema,
});

/** <Zitat von="…" quelle="…" lang="en">…</Zitat>: a verbatim quote, on lines of its own. */
export const zitatProps = z.strictObject({
  /** Wer es gesagt oder geschrieben hat. @label Von */
  von: nonEmpty,
  /** Kurzname der Quelle des Zitats, falls es eine gibt; sie muss auch in „sources“ im Kopf der Datei stehen. @label Quelle */
  quelle: slugSchema.optional(),
  /** Sprache des Zitats, wenn es nicht Deutsch ist (z. B. „en“). @label Sprache */
  lang: z.enum(['de', 'en'], { error: 'muss de (Deutsch) oder en (Englisch) sein' }).optional(),
});

/** <Timeline id="…" />: a timeline from content/timeline/, on lines of its own. */
export const timelineProps = z.strictObject({
  /** Kurzname der Zeitleiste (ihr Dateiname in content/timeline/). @label Zeitleiste */
  id: slugSchema,
});

/** <Bild src="…" alt="…" credit="…" />: a picture from content/bilder/ with its rights, on lines of its own (fields as in src/schemas/picture.ts). */
export const bildProps = pictureSchema(() => pictureNameSchema).omit({ focus: true });

/** <Stundengrafik id="…" tag="…" titel="…" />: a graphic of one day's hours from a timeline, on lines of its own. */
export const stundengrafikProps = z.strictObject({
  /** Kurzname der Zeitleiste (Dateiname in content/timeline/), deren Ereignisse mit Uhrzeit sie zeigt. @label Zeitleiste */
  id: slugSchema,
  /** Der Tag, den sie zeigt, wie „2017-11-02“, in der Zeitzone der Ereignisse dieses Tages. @label Tag */
  tag: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'muss ein Datum wie „2017-11-02“ sein' }),
  /** Überschrift der Grafik, z. B. „Die Nacht vom 2. auf den 3. November 2017“. @label Titel */
  titel: nonEmpty,
});

/** <Infobox title="…">…</Infobox>: a box with a short summary, on lines of its own. */
export const infoboxProps = z.strictObject({
  /** Überschrift des Kastens. @label Überschrift */
  title: nonEmpty,
});

/** <Post id="…" />: a social-media post from a source's `post` group, shown as a quotation, on lines of its own. */
export const postProps = z.strictObject({
  /** Kurzname der Quelle in content/sources/, die den Beitrag aus dem sozialen Netzwerk wiedergibt; sie muss auch in „sources“ im Kopf der Datei stehen. @label Quelle */
  id: slugSchema,
});

/** How each component may stand: inside a paragraph ("text") or on lines of its own ("flow"), and whether it holds text. */
export const KIT = {
  Bild: { props: bildProps, placement: 'flow', children: false },
  Infobox: { props: infoboxProps, placement: 'flow', children: true },
  Post: { props: postProps, placement: 'flow', children: false },
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
