/**
 * The schema of each collection's files as editors write them: references are entry ids and
 * pictures file names. The content checks parse with these (and resolve ids and files
 * themselves), and the JSON Schemas for editors' tools are made from them; Astro's collections
 * build the same schemas with reference() and image() (src/content.config.ts).
 */
import type { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import { authorSchema } from './author.ts';
import { explainerSchema } from './explainer.ts';
import { liveEntrySchema } from './live.ts';
import { pictureNameSchema } from './picture.ts';
import type { CollectionName } from './piece.ts';
import { slugSchema } from './shared.ts';
import { sourceSchema } from './source.ts';
import { timelineSchema } from './timeline.ts';

const idReference = () => slugSchema;
const pictureName = () => pictureNameSchema;

export const contentFileSchemas = {
  articles: articleSchema(idReference, pictureName),
  explainers: explainerSchema(idReference, pictureName),
  sources: sourceSchema,
  timeline: timelineSchema(idReference),
  authors: authorSchema(pictureName),
  live: liveEntrySchema(idReference),
} satisfies Record<CollectionName, z.ZodType>;
