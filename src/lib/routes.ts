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
	/**
	 * Every target address of a plan: its targets; the targets an earlier version had that the latest
	 * does not (a page saying so, never a 404); and the line-based ids published before ids were
	 * lasting (a page that sends the reader to the target's address now).
	 */
	async indicators() {
		const render = new Set((await getCollection('plans', needsPages)).map((e) => e.id));
		const plans = (await loadPlans()).filter((plan) => render.has(plan.slug));
		return plans.flatMap((plan) => {
			const live = new Set(plan.indicators.map((i) => i.id));
			const byId = new Map(plan.indicators.map((i) => [i.id, i]));
			const retired = new Map(plan.retired.targets.map((r) => [r.id, r]));
			return [
				...plan.indicators.map((indicator) => ({ params: { slug: plan.slug, id: indicator.id }, props: { plan, indicator, retired: null, movedFrom: null } })),
				...plan.retired.targets.filter((r) => !live.has(r.id)).map((item) => ({ params: { slug: plan.slug, id: item.id }, props: { plan, indicator: null, retired: item, movedFrom: null } })),
				// An old address shows the target it named (with a note of its address now), or its retired page.
				...plan.aliases
					.filter((a) => a.kind === 'target' && !live.has(a.from) && !retired.has(a.from))
					.map((a) => ({ params: { slug: plan.slug, id: a.from }, props: { plan, indicator: byId.get(a.to) ?? null, retired: byId.has(a.to) ? null : (retired.get(a.to) ?? null), movedFrom: a.from } }))
					.filter((p) => p.props.indicator || p.props.retired),
			];
		});
	},
	/** The share picture of every target of a plan (its lasting address only; old and dropped addresses show the site's). */
	async targetCards() {
		const render = new Set((await getCollection('plans', needsPages)).map((e) => e.id));
		const plans = (await loadPlans()).filter((plan) => render.has(plan.slug));
		return plans.flatMap((plan) => plan.indicators.map((indicator) => ({ params: { slug: plan.slug, id: indicator.id }, props: { plan, indicator } })));
	},
	/** A page per kept version of a plan: /plans/<slug>/v/<key>/ (the latest too). */
	async versions() {
		const latest = await getCollection('plans', needsPages);
		// Astro warns about an empty collection: asked only when some plan has an earlier kept text.
		const older = latest.some((e) => e.data.versions.filter((v) => v.kept).length > 1) ? await getCollection('versions') : [];
		return latest.flatMap((entry) => {
			const kept = entry.data.versions.filter((v) => v.kept);
			return kept.flatMap((v) => {
				const own = v.key === entry.data.version?.key ? entry : older.find((o) => o.data.slug === entry.data.slug && o.data.version?.key === v.key);
				return own ? [{ params: { slug: entry.data.slug, version: v.key }, props: { entry: own, latest: entry.data } }] : [];
			});
		});
	},
	/** What changed, for plans with more than one kept version: the latest against the one before, and every pair. */
	async changes() {
		return (await getCollection('plans', needsPages)).filter((e) => e.data.changes.length > 0).map((entry) => ({ params: { slug: entry.data.slug }, props: { latest: entry.data, change: null } }));
	},
	async changePairs() {
		return (await getCollection('plans', needsPages)).flatMap((entry) => entry.data.changes.map((change) => ({ params: { slug: entry.data.slug, pair: `${change.from}--${change.to}` }, props: { latest: entry.data, change } })));
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
