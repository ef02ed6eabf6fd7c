import type { APIRoute } from 'astro';
import { cardPng, planCard } from '../../../lib/cards.ts';
import { loadPlans } from '../../../lib/collections.ts';
import { paths } from '../../../lib/routes.ts';
import type { Plan } from '../../../schema/plan.ts';

/** /plans/<slug>/card.png: the plan's share picture (src/lib/cards.ts); made with its pages, for plans whose pages are made. */
export const getStaticPaths = async () => (await paths.plans()).map(({ params, props }) => ({ params, props: { plan: props.entry.data } }));

export const GET: APIRoute = async ({ props }) => new Response(new Uint8Array(await cardPng(planCard((props as { plan: Plan }).plan), await loadPlans())), { headers: { 'Content-Type': 'image/png' } });
