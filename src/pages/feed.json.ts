/** The site's JSON Feed 1.1: the newest pieces, full text. */
import type { APIRoute } from 'astro';
import { jsonFeedResponse } from '../outputs/feeds/entries.ts';

export const GET: APIRoute = () => jsonFeedResponse();
