/**
 * One collection over the generated articles and explainers, like the blog example's `blog`.
 * The generator writes this copy with the example's frontmatter (title, description, pubDate,
 * updatedDate) and the same body text as our pieces. Entry ids are "articles/<slug>" and
 * "explainers/<slug>".
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env['BENCH_CONTENT_DIR'];
if (!base) throw new Error('BENCH_CONTENT_DIR must name the baseline content folder (bench/generate.ts writes it)');

const blog = defineCollection({
  loader: glob({ base, pattern: '{articles,explainers}/*.mdx' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    pubDate: z.coerce.date(),
    updatedDate: z.coerce.date().optional(),
  }),
});

export const collections = { blog };
