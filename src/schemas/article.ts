/** A news article ("Nachricht", "Bericht"): the newsroom's primary piece. */
import { z } from 'astro/zod';
import { checkSubsection, pieceFields, type ReferenceFactory } from './piece.ts';

export const articleSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject(pieceFields(reference)).superRefine(checkSubsection);
