/**
 * One collection over the generated articles and explainers, like the blog example's `blog`:
 * Markdown and MDX files with the example's frontmatter (title, description, pubDate,
 * updatedDate, heroImage, an image Astro optimises). The generator writes two copies with the
 * same text, one in MDX with the kit's tags and one in plain Markdown; BENCH_CONTENT_DIR names
 * the one to build. Entry ids are "articles/<slug>" and "explainers/<slug>".
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env['BENCH_CONTENT_DIR'];
if (!base) throw new Error('BENCH_CONTENT_DIR must name a baseline content folder (bench/generate.ts writes them)');

const blog = defineCollection({
  loader: glob({ base, pattern: '{articles,explainers}/*.{md,mdx}' }),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      description: z.string(),
      pubDate: z.coerce.date(),
      updatedDate: z.coerce.date().optional(),
      heroImage: z.optional(image()),
    }),
});

export const collections = { blog };
