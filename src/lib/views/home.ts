// View models of the pages that list every plan: the home page (/) and the plan list (/plans/,
// /plans/page/<n>/). Their size must not grow with the corpus: the home page shows a bounded number of
// plans (cards and comparison columns) and links to the list, which is split into pages of a fixed
// number of plans. Measured with `npm run bench`: with a card and a comparison column per plan, the
// home page was 63 KB at 5 plans and 0.5 MB at 300 (~1.5 KB per plan: 4.5 MB at a national 3,000).
import { canonicalInUse } from '../compare.ts';
import { type Locale, urls } from '../urls.ts';
import type { Plan } from '../../schema/plan.ts';

/** How many plans the home page shows as cards and as columns of its comparison table. */
export const HOME_PLANS = 12;
/** How many plans one page of the plan list holds. */
export const LIST_PAGE_SIZE = 100;
/** How many common indicators the home page's comparison table has as rows. */
export const HOME_INDICATORS = 12;

/** What the home page shows of `plans` (all plans, in the site's stable order). */
export function homeView(plans: Plan[]) {
	return {
		/** The plans shown as cards and comparison columns: the first HOME_PLANS in the stable order. */
		shown: plans.slice(0, HOME_PLANS),
		total: plans.length,
		/** Whether some plans are only on the plan list. */
		more: plans.length > HOME_PLANS,
		/** The comparison's rows: common indicators set by at least two plans of the whole corpus, most used first. */
		key: canonicalInUse(plans)
			.filter((c) => c.plans >= 2)
			.slice(0, HOME_INDICATORS),
		totals: {
			indicators: plans.reduce((n, p) => n + p.counts.indicators, 0),
			projects: plans.reduce((n, p) => n + p.counts.projects, 0),
		},
	};
}

/** The URL of page `page` (1-based) of the plan list: /plans/ for the first, /plans/page/<n>/ after. */
export function listPageUrl(page: number, locale: Locale): string {
	return page <= 1 ? urls.plans(locale) : `${urls.plans(locale)}page/${page}/`;
}

/** One page of the plan list. */
export interface ListPage {
	/** 1-based. */
	page: number;
	pages: number;
	/** The rest parameter of src/pages/plans/[...page].astro: undefined for the first page, `page/<n>` after. */
	param: string | undefined;
	plans: Plan[];
	/** Position (1-based) of the page's first plan in the whole list. */
	first: number;
	total: number;
}

/** `plans` (in the site's stable order) split into pages of LIST_PAGE_SIZE; one empty page when there is no plan. */
export function listPages(plans: Plan[], size = LIST_PAGE_SIZE): ListPage[] {
	const pages = Math.max(1, Math.ceil(plans.length / size));
	return Array.from({ length: pages }, (_, k) => ({
		page: k + 1,
		pages,
		param: k === 0 ? undefined : `page/${k + 1}`,
		plans: plans.slice(k * size, (k + 1) * size),
		first: k * size + 1,
		total: plans.length,
	}));
}
