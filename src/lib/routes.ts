import { getCollection } from 'astro:content';
import { loadPlans } from './collections.ts';
import { canonicalInUse, statementsOf } from './compare.ts';

/** Static paths shared by the Chinese routes and their /en/ twins. */
export const paths = {
	async plans() {
		const entries = await getCollection('plans');
		return entries.map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));
	},
	async indicators() {
		const plans = await loadPlans();
		return plans.flatMap((plan) => plan.indicators.map((indicator) => ({ params: { slug: plan.slug, id: indicator.id }, props: { plan, indicator } })));
	},
	async canonical() {
		const plans = await loadPlans();
		return canonicalInUse(plans).map(({ entry }) => ({ params: { id: entry.id }, props: { entry, statements: statementsOf(plans, entry.id) } }));
	},
};
