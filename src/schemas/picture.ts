/**
 * A picture with its rights: a file in content/bilder/, what it shows (alt), who made it
 * (credit) and under which terms. A piece's lead image (`image`) and the body's <Bild> share it.
 * Whether the file exists, is a picture and is large enough is checked in src/checks/rules/pictures.ts.
 */
import { z } from 'astro/zod';
import { textProblem, textSchema } from './shared.ts';

/** The folder of content/ that holds pictures; a picture's `src` is its file name there. */
export const PICTURE_FOLDER = 'bilder';
/** The picture formats the site takes, by file extension (lower case). */
export const PICTURE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;
/** Largest picture file the checks accept: a photo straight from a camera fits; a raw scan does not. */
export const MAX_PICTURE_BYTES = 8_000_000;
/** Narrowest lead image: the social card and the largest srcset candidate are 1200 px wide. */
export const MIN_LEAD_WIDTH = 1200;
/** Narrowest picture in a body: the text column is about 700 px wide, twice that for sharp screens would be nicer. */
export const MIN_INLINE_WIDTH = 700;

const EXTENSIONS = PICTURE_EXTENSIONS.join(', ');
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+$/;
/** What looks like a file name or camera name rather than a description ("IMG_1234.jpg", "foto-1"). */
const LOOKS_LIKE_FILE = /^[\w.-]+\.(?:jpe?g|png|webp|avif|gif|svg|tiff?|heic)$|^(?:IMG|DSC|DSCN|PXL|P)[_-]?\d+$/i;
/** The kinds of picture a credit line names before the colon. */
export const CREDIT_KINDS = ['Foto', 'Fotos', 'Grafik', 'Illustration', 'Karte', 'Screenshot', 'Bild'] as const;
const CREDIT = new RegExp(`^(?:${CREDIT_KINDS.join('|')}): \\S`);

/** What is wrong with a picture's `src` as an editor wrote it, if anything (existence is checked later). */
export function pictureSrcProblem(src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
    return `ist eine Adresse auf einer anderen Website: der Browser der Leser würde sie aufrufen, die Website lädt aber nichts von anderswo; speichern Sie das Bild in content/${PICTURE_FOLDER}/ und schreiben Sie hier seinen Dateinamen`;
  }
  if (src.includes('/') || src.includes('\\')) return `darf nur der Dateiname eines Bildes in content/${PICTURE_FOLDER}/ sein (wie „weisses-haus-2017.jpg“), ohne Ordner`;
  const dot = src.lastIndexOf('.');
  const extension = dot < 0 ? '' : src.slice(dot).toLowerCase();
  if (!(PICTURE_EXTENSIONS as readonly string[]).includes(extension)) {
    return extension ? `ist eine ${extension}-Datei, die die Website nicht veröffentlicht: Bilder haben die Endung ${EXTENSIONS}` : `hat keine Endung: Bilder haben die Endung ${EXTENSIONS}`;
  }
  if (!FILE_NAME.test(src)) return 'darf vor der Endung nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten (wie „weisses-haus-2017.jpg“): benennen Sie die Datei um';
  return undefined;
}

/** The file name of a picture in content/bilder/; the content checks read the file itself. */
export const pictureNameSchema = z.string({ error: (issue) => (issue.input === undefined ? undefined : 'muss Text sein: der Dateiname eines Bildes') }).superRefine((src, ctx) => {
  const problem = pictureSrcProblem(src);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Builds the schema of a picture's `src`: the checks take the file name, Astro's collections its `image()`. */
export type PictureSrcFactory<S extends z.ZodType> = () => S;

/** An alt text: a sentence for readers who cannot see the picture, never a file name. */
export const altSchema = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : 'muss Text sein: ein Satz, der sagt, was das Bild zeigt') })
  .trim()
  .superRefine((alt, ctx) => {
    const problem = altProblem(alt);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** What is wrong with an alt text, if anything. */
export function altProblem(alt: string): string | undefined {
  if (alt === '') return 'ist leer: schreiben Sie einen Satz, der sagt, was das Bild zeigt, für Leser, die es nicht sehen können';
  if (LOOKS_LIKE_FILE.test(alt)) return `„${alt}“ ist ein Dateiname, keine Beschreibung: schreiben Sie einen Satz, der sagt, was das Bild zeigt`;
  if (!/\s/.test(alt)) return `„${alt}“ ist nur ein Wort: schreiben Sie einen Satz, der sagt, was das Bild zeigt, für Leser, die es nicht sehen können`;
  return textProblem(alt, 'der Alternativtext', 10, 300, 'plain');
}

/** A credit line: the kind of picture and who made it, as printed under it. */
export const creditSchema = textSchema('der Bildnachweis', 5, 200).superRefine((credit, ctx) => {
  if (!CREDIT.test(credit)) {
    ctx.addIssue({ code: 'custom', message: `muss mit der Art des Bildes und einem Doppelpunkt beginnen, dann folgt, wer es gemacht hat, wie „Foto: Anna Beispiel/Agentur“ oder „Grafik: Netzchronik“ (Arten: ${CREDIT_KINDS.join(', ')})` });
  }
});

const percent = z.number({ error: 'muss eine Zahl von 0 bis 100 sein (Prozent)' }).int({ error: 'muss eine ganze Zahl von 0 bis 100 sein (Prozent)' }).min(0, { error: 'muss zwischen 0 und 100 liegen (Prozent)' }).max(100, { error: 'muss zwischen 0 und 100 liegen (Prozent)' });

/** The point crops keep in view, in percent from the left and from the top. */
export const focusSchema = z.strictObject({
  /** Prozent vom linken Rand. @label Waagerecht (%) */
  x: percent,
  /** Prozent vom oberen Rand. @label Senkrecht (%) */
  y: percent,
});
export type Focus = z.output<typeof focusSchema>;

/** The fields of a picture; `src` comes from the factory (a file name, or Astro's image()). */
export const pictureFields = <S extends z.ZodType>(src: PictureSrcFactory<S>) => ({
  /** Dateiname des Bildes in content/bilder/ (z. B. „weisses-haus-2017.jpg“): jpg, png, webp oder avif. @label Bilddatei */
  src: src(),
  /** Was das Bild zeigt, als Satz für Leser, die es nicht sehen können (kein Dateiname). @label Bildbeschreibung (Alternativtext) */
  alt: altSchema,
  /** Bildunterschrift: was das Bild zeigt und warum es hier steht. @label Bildunterschrift */
  caption: textSchema('die Bildunterschrift', 10, 400).optional(),
  /** Wer das Bild gemacht hat, steht darunter: „Foto: Name/Agentur“ oder „Grafik: Netzchronik“. @label Bildnachweis */
  credit: creditSchema,
  /** Lizenz oder Hinweis zur Herkunft, z. B. „CC BY 4.0“ oder „mit freundlicher Genehmigung“; steht nach dem Urheber. @label Lizenz */
  license: textSchema('die Lizenzangabe', 2, 200).optional(),
  /** Punkt, den Ausschnitte (Anrisse, soziale Netzwerke) im Bild behalten; ohne Angabe die Mitte. @label Bildmittelpunkt */
  focus: focusSchema.optional(),
});

/** A picture with its rights: a piece's lead image (`image`), and, without `focus`, a <Bild> in a body. */
export const pictureSchema = <S extends z.ZodType>(src: PictureSrcFactory<S>) => z.strictObject(pictureFields(src));
