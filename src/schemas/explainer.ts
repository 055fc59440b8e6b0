/** An explainer ("Erklärstück", "Hintergrund", "Chronologie"): context written around an article. */
import { z } from 'astro/zod';
import type { PictureSrcFactory } from './picture.ts';
import { checkSubsection, pieceFields, type ReferenceFactory } from './piece.ts';
import { uniqueList } from './shared.ts';

export const explainerSchema = <R extends z.ZodType, S extends z.ZodType>(reference: ReferenceFactory<R>, picture: PictureSrcFactory<S>) =>
  z
    .strictObject({
      ...pieceFields(reference, picture),
      /** Id of the article this explainer gives context to; the article lists it automatically. */
      article: reference('articles'),
      /** Ids of other explainers worth reading next (links are shown both ways). */
      related: uniqueList(reference('explainers')).default([]),
    })
    .superRefine(checkSubsection);
