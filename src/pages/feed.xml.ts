/** The site's RSS 2.0 feed: the newest pieces, full text. */
import type { APIRoute } from 'astro';
import { rssResponse } from '../outputs/feeds/entries.ts';

export const GET: APIRoute = () => rssResponse();
