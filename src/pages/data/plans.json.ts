import type { APIRoute } from 'astro';
import { loadPlans } from '../../lib/collections.ts';
import { planRecord } from '../../lib/data.ts';

export const GET: APIRoute = async ({ site }) => {
	const plans = await loadPlans();
	return Response.json(plans.map((p) => planRecord(p, site)));
};
