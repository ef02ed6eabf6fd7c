import type { APIRoute } from 'astro';
import { cardPng, siteCard } from '../lib/cards.ts';
import { loadPlans } from '../lib/collections.ts';

/** /card.png: the share picture of the pages that are not a plan's or a target's (src/lib/cards.ts). */
export const GET: APIRoute = async () => {
	const plans = await loadPlans();
	return new Response(new Uint8Array(await cardPng(siteCard(plans.length), plans)), { headers: { 'Content-Type': 'image/png' } });
};
