import { getCollection } from 'astro:content';
import { loadPlans } from './collections.ts';
import { canonicalInUse, statementsOf } from './compare.ts';
import { needsPages } from './incremental.ts';
import { listPages } from './views/home.ts';

/**
 * Static paths shared by the Chinese routes and their /en/ twins. A plan's own routes leave out plans
 * whose pages an earlier build left up to date (src/integrations/incremental.ts).
 */
export const paths = {
	async plans() {
		const entries = await getCollection('plans', needsPages);
		return entries.map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));
	},
	async indicators() {
		const render = new Set((await getCollection('plans', needsPages)).map((e) => e.id));
		const plans = (await loadPlans()).filter((plan) => render.has(plan.slug));
		return plans.flatMap((plan) => plan.indicators.map((indicator) => ({ params: { slug: plan.slug, id: indicator.id }, props: { plan, indicator } })));
	},
	/** The plan list, LIST_PAGE_SIZE plans a page: /plans/, /plans/page/2/, … */
	async list() {
		return listPages(await loadPlans()).map((list) => ({ params: { page: list.param }, props: { list } }));
	},
	async canonical() {
		const plans = await loadPlans();
		return canonicalInUse(plans).map(({ entry }) => ({ params: { id: entry.id }, props: { entry, statements: statementsOf(plans, entry.id) } }));
	},
};
