import type { APIRoute } from 'astro';
import { cardPng, targetCard } from '../../../../../lib/cards.ts';
import { loadPlans } from '../../../../../lib/collections.ts';
import { paths } from '../../../../../lib/routes.ts';
import type { Indicator, Plan } from '../../../../../schema/plan.ts';

/** /plans/<slug>/indicators/<id>/card.png: the target's share picture (src/lib/cards.ts). */
export const getStaticPaths = paths.targetCards;

export const GET: APIRoute = async ({ props }) => {
	const { plan, indicator } = props as { plan: Plan; indicator: Indicator };
	return new Response(new Uint8Array(await cardPng(targetCard(plan, indicator), await loadPlans())), { headers: { 'Content-Type': 'image/png' } });
};
