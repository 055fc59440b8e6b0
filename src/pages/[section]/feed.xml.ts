/** Each section's RSS 2.0 feed: its newest pieces, full text. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSectionsInUse } from '../../queries/pieces.ts';
import { rssResponse } from '../../outputs/feeds/entries.ts';
import type { SectionId } from '../../schemas/taxonomy.ts';

export const getStaticPaths = (async () => (await getSectionsInUse()).map((section) => ({ params: { section }, props: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: SectionId }> = ({ props }) => rssResponse(props.section);
