import type { APIRoute } from 'astro';
import { loadPlans } from '../lib/collections.ts';
import { atomFeed } from '../lib/feed.ts';

/** /feed.xml: Atom feed of plans (src/lib/feed.ts). */
export const GET: APIRoute = async ({ site }) => new Response(atomFeed(await loadPlans(), 'zh', site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
