/** One collection of generated Markdown posts (bench/floor.ts writes them to FLOOR_CONTENT_DIR). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env['FLOOR_CONTENT_DIR'];
if (!base) throw new Error('FLOOR_CONTENT_DIR must name the generated posts (bench/floor.ts writes them)');

export const collections = {
  posts: defineCollection({ loader: glob({ base, pattern: '{articles,explainers}/*.md' }), schema: z.object({ title: z.string() }) }),
};
