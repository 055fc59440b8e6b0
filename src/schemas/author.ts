/**
 * A named author: a person of the newsroom with a file in content/authors/. Pieces name their
 * authors by id (`authors`), which makes their byline and the Person in their JSON-LD; each
 * author has a page listing their pieces. The delivered content has no author files, since no
 * person may be invented; pieces without authors are by the newsroom as a whole.
 */
import { z } from 'astro/zod';
import { pictureSchema, type PictureSrcFactory } from './picture.ts';
import { textSchema, uniqueList, webAddressSchema } from './shared.ts';

/** Narrowest portrait: it is shown 160 px wide on the author page, twice that for sharp screens, and cropped square. */
export const MIN_PORTRAIT_WIDTH = 400;

const EMAIL_ERROR = 'muss eine E-Mail-Adresse sein, wie „anna.beispiel@netzchronik.example“, ohne „mailto:“ und ohne Leerzeichen';

export const authorSchema = <S extends z.ZodType>(picture: PictureSrcFactory<S>) =>
  z
    .strictObject({
      /** Vor- und Nachname, wie sie in der Autorenzeile stehen (z. B. „Anna Beispiel“). @label Name */
      name: textSchema('der Name', 3, 80),
      /** Aufgabe in der Redaktion, wie Leser sie sehen (z. B. „Redakteurin Digitales“). @label Aufgabe */
      role: textSchema('die Aufgabe', 3, 80),
      /** Themen, in denen sich die Person auskennt, ein Thema pro Eintrag (z. B. „Plattformen“, „Datenschutz“). @label Fachgebiete */
      expertise: uniqueList(textSchema('das Fachgebiet', 2, 60)).min(1, { error: 'braucht mindestens ein Thema, in dem sich die Person auskennt' }),
      /** E-Mail-Adresse, unter der Leser die Person erreichen; email oder url muss angegeben sein. @label E-Mail */
      email: z.email({ error: EMAIL_ERROR }).optional(),
      /** Öffentliche Seite der Person (eigene Website oder Profil), mit https://; email oder url muss angegeben sein. @label Website */
      url: webAddressSchema.optional(),
      /** Porträt der Person mit Bildnachweis (EDITING.md, „Bilder“), mindestens 400 Pixel breit; weglassen, wenn es keines gibt. @label Porträt */
      image: pictureSchema(picture).optional(),
      /** Kurze Vorstellung in ein bis drei Sätzen, steht auf der Autorenseite; weglassen, wenn es keine gibt. @label Kurzvorstellung */
      bio: textSchema('die Kurzvorstellung', 20, 600).optional(),
    })
    .refine((author) => author.email !== undefined || author.url !== undefined, {
      error: 'geben Sie eine E-Mail-Adresse an, unter der Leser die Person erreichen, oder stattdessen in url eine öffentliche Seite der Person',
      path: ['email'],
    });
