// View models of the pages that list every plan: the home page (/) and the plan list (/plans/,
// /plans/page/<n>/). Their size must not grow with the corpus: the home page shows a bounded number of
// plans (cards and comparison columns) and links to the list, which is split into pages of a fixed
// number of plans. Both group plans by period (十四五, 十五五 …, latest first), so targets of different
// periods never stand side by side. Measured with `npm run bench`: with a card and a comparison column per plan, the
// home page was 63 KB at 5 plans and 0.5 MB at 300 (~1.5 KB per plan: 4.5 MB at a national 3,000).
import { canonicalInUse } from '../compare.ts';
import { type Locale, urls } from '../urls.ts';
import { targetCount } from './targets.ts';
import type { Plan } from '../../schema/plan.ts';

/** Plans of one period (a 十四五 plan is never listed or compared as if it were a 十五五 one). */
export interface PeriodGroup {
	start: number;
	end: number;
	plans: Plan[];
}

/** `plans` grouped by their period, the latest period first; within a group the plans keep their order. */
export function byPeriod(plans: Plan[]): PeriodGroup[] {
	const groups = new Map<string, PeriodGroup>();
	for (const plan of plans) {
		const key = `${plan.period.start}-${plan.period.end}`;
		const group = groups.get(key) ?? { start: plan.period.start, end: plan.period.end, plans: [] };
		group.plans.push(plan);
		groups.set(key, group);
	}
	return [...groups.values()].sort((a, b) => b.end - a.end || b.start - a.start);
}

/** `plans` in the site's stable order, grouped so that plans of one period stand together (latest period first). */
export const inPeriodOrder = (plans: Plan[]): Plan[] => byPeriod(plans).flatMap((g) => g.plans);

/** How many plans the home page shows as cards and as columns of its comparison table. */
export const HOME_PLANS = 12;
/** How many plans one page of the plan list holds. */
export const LIST_PAGE_SIZE = 100;
/** How many common indicators the home page's comparison table has as rows. */
export const HOME_INDICATORS = 12;

/** What the home page shows of `plans` (all plans, in the site's stable order). */
export function homeView(all: Plan[]) {
	const plans = inPeriodOrder(all);
	const shown = plans.slice(0, HOME_PLANS);
	return {
		/** The plans shown as cards and comparison columns: the first HOME_PLANS in the stable order, latest period first. */
		shown,
		/** The shown plans by period: cards and comparison columns are grouped so that targets of different periods never stand side by side. */
		periods: byPeriod(shown),
		total: plans.length,
		/** Whether some plans are only on the plan list. */
		more: plans.length > HOME_PLANS,
		/** The comparison's rows: common indicators set by at least two plans of the whole corpus, most used first. */
		key: canonicalInUse(plans)
			.filter((c) => c.plans >= 2)
			.slice(0, HOME_INDICATORS),
		totals: {
			indicators: plans.reduce((n, p) => n + targetCount(p), 0),
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
	/** The page's plans by period, latest first (the whole list is in period order). */
	periods: PeriodGroup[];
	/** Position (1-based) of the page's first plan in the whole list. */
	first: number;
	total: number;
}

/** `plans` (in the site's stable order, plans of one period together) split into pages of LIST_PAGE_SIZE; one empty page when there is no plan. */
export function listPages(all: Plan[], size = LIST_PAGE_SIZE): ListPage[] {
	const plans = inPeriodOrder(all);
	const pages = Math.max(1, Math.ceil(plans.length / size));
	return Array.from({ length: pages }, (_, k) => ({
		page: k + 1,
		pages,
		param: k === 0 ? undefined : `page/${k + 1}`,
		plans: plans.slice(k * size, (k + 1) * size),
		periods: byPeriod(plans.slice(k * size, (k + 1) * size)),
		first: k * size + 1,
		total: plans.length,
	}));
}
