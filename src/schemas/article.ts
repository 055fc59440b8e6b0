/** A news article ("Nachricht", "Bericht"): the newsroom's primary piece; with a `live` group, a live ticker. */
import { z } from 'astro/zod';
import { checkLiveLabel, liveSchema } from './live.ts';
import type { PictureSrcFactory } from './picture.ts';
import { checkSubsection, pieceFields, type ReferenceFactory } from './piece.ts';

export const articleSchema = <R extends z.ZodType, S extends z.ZodType>(reference: ReferenceFactory<R>, picture: PictureSrcFactory<S>) =>
  z
    .strictObject({
      ...pieceFields(reference, picture),
      /** Nur für einen Liveticker (label: liveticker): Beginn, Status, Ende und Zusammenfassung (EDITING.md, „Einen Liveticker führen“). @label Liveticker */
      live: liveSchema.optional(),
    })
    .superRefine(checkSubsection)
    .superRefine(checkLiveLabel('article'));
