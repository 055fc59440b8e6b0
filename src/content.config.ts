/** Astro's content collections: loaders and schemas only. Cross-entry rules live in src/checks/rules/. */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { checkedPicturesLoader } from './loaders/checked-pictures.ts';
import { checkedContentLoader } from './loaders/checked-content.ts';
import { articleSchema } from './schemas/article.ts';
import { authorSchema } from './schemas/author.ts';
import { explainerSchema } from './schemas/explainer.ts';
import { liveEntrySchema } from './schemas/live.ts';
import { sourceSchema } from './schemas/source.ts';
import { timelineSchema } from './schemas/timeline.ts';

export const collections = {
  articles: defineCollection({ loader: checkedContentLoader('articles'), schema: ({ image }) => articleSchema(reference, image) }),
  explainers: defineCollection({ loader: checkedContentLoader('explainers'), schema: ({ image }) => explainerSchema(reference, image) }),
  sources: defineCollection({ loader: checkedContentLoader('sources'), schema: sourceSchema }),
  pictures: defineCollection({ loader: checkedPicturesLoader(), schema: ({ image }) => z.object({ src: image() }) }),
  timeline: defineCollection({ loader: checkedContentLoader('timeline'), schema: timelineSchema(reference) }),
  authors: defineCollection({ loader: checkedContentLoader('authors'), schema: ({ image }) => authorSchema(image) }),
  live: defineCollection({ loader: checkedContentLoader('live'), schema: liveEntrySchema(reference) }),
};
