import type { APIRoute } from 'astro';
import { loadPlans } from '../../lib/collections.ts';
import { atomFeed } from '../../lib/feed.ts';

/** /en/feed.xml: Atom feed of plans, English (src/lib/feed.ts). */
export const GET: APIRoute = async ({ site }) => new Response(atomFeed(await loadPlans(), 'en', site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
