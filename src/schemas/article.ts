/** A news article ("Nachricht", "Bericht"): the newsroom's primary piece. */
import { z } from 'astro/zod';
import type { PictureSrcFactory } from './picture.ts';
import { checkSubsection, pieceFields, type ReferenceFactory } from './piece.ts';

export const articleSchema = <R extends z.ZodType, S extends z.ZodType>(reference: ReferenceFactory<R>, picture: PictureSrcFactory<S>) =>
  z.strictObject(pieceFields(reference, picture)).superRefine(checkSubsection);
