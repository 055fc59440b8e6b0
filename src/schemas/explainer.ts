/** An explainer ("Erklärstück", "Hintergrund", "Chronologie"): context written around an article. */
import { z } from 'astro/zod';
import type { PictureSrcFactory } from './picture.ts';
import { checkLiveLabel } from './live.ts';
import { checkSubsection, pieceFields, type ReferenceFactory } from './piece.ts';
import { uniqueList } from './shared.ts';

export const explainerSchema = <R extends z.ZodType, S extends z.ZodType>(reference: ReferenceFactory<R>, picture: PictureSrcFactory<S>) =>
  z
    .strictObject({
      ...pieceFields(reference, picture),
      /** Kurzname des Artikels, zu dem dieses Erklärstück gehört; der Artikel verlinkt es von selbst. @label Artikel */
      article: reference('articles'),
      /** Kurznamen anderer Erklärstücke zum Weiterlesen; der Link erscheint auf beiden Seiten. @label Weitere Erklärstücke */
      related: uniqueList(reference('explainers')).default([]),
    })
    .superRefine(checkSubsection)
    .superRefine(checkLiveLabel('explainer'));
