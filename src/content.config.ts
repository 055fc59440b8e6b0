/** Astro's content collections: loaders and schemas only. Cross-entry rules live in src/lib/validate.ts. */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_FILES, contentRoot } from './content-root.ts';
import { articleSchema } from './schemas/article.ts';
import { explainerSchema } from './schemas/explainer.ts';
import { sourceSchema } from './schemas/source.ts';
import { timelineSchema } from './schemas/timeline.ts';

const from = (collection: keyof typeof COLLECTION_FILES) =>
  glob({ pattern: COLLECTION_FILES[collection], base: `${contentRoot}/${collection}` });

export const collections = {
  articles: defineCollection({ loader: from('articles'), schema: articleSchema(reference) }),
  explainers: defineCollection({ loader: from('explainers'), schema: explainerSchema(reference) }),
  sources: defineCollection({ loader: from('sources'), schema: sourceSchema }),
  timeline: defineCollection({ loader: from('timeline'), schema: timelineSchema(reference) }),
};
