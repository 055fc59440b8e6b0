/** Astro's content collections: loaders and schemas only. Cross-entry rules live in src/lib/validate.ts. */
import { defineCollection, reference } from 'astro:content';
import { checkedContentLoader } from './loaders/checked-content.ts';
import { articleSchema } from './schemas/article.ts';
import { explainerSchema } from './schemas/explainer.ts';
import { sourceSchema } from './schemas/source.ts';
import { timelineSchema } from './schemas/timeline.ts';

export const collections = {
  articles: defineCollection({ loader: checkedContentLoader('articles'), schema: articleSchema(reference) }),
  explainers: defineCollection({ loader: checkedContentLoader('explainers'), schema: explainerSchema(reference) }),
  sources: defineCollection({ loader: checkedContentLoader('sources'), schema: sourceSchema }),
  timeline: defineCollection({ loader: checkedContentLoader('timeline'), schema: timelineSchema(reference) }),
};
