// The feed of all posts, as in the blog example (title, description, date and link; no full text).
import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';

/** @param {import('astro').APIContext} context */
export async function GET(context) {
  const posts = await getCollection('blog');
  return rss({
    title: 'Baseline',
    description: 'Astro blog example with the benchmark content',
    site: context.site ?? 'https://example.com',
    items: posts.map((post) => ({ ...post.data, link: `/blog/${post.id}/` })),
  });
}
