/** Each section's JSON Feed 1.1: its newest pieces, full text. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSectionsInUse } from '../../queries/pieces.ts';
import { jsonFeedResponse } from '../../outputs/feeds/entries.ts';
import type { SectionId } from '../../schemas/taxonomy.ts';

export const getStaticPaths = (async () => (await getSectionsInUse()).map((section) => ({ params: { section }, props: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: SectionId }> = ({ props }) => jsonFeedResponse(props.section);
