// src/lib/views/home.ts: the home page and the plan list stay bounded as the corpus grows.
import { describe, expect, it } from 'vitest';
import { canonicalInUse } from '../../src/lib/compare.ts';
import { byPeriod, HOME_INDICATORS, HOME_PLANS, homeView, LIST_PAGE_SIZE, listPages, listPageUrl } from '../../src/lib/views/home.ts';
import type { Plan } from '../../src/schema/plan.ts';
import { contentPlans } from '../helpers/content.ts';

const plans = contentPlans();
/** A corpus of `n` plans made of copies of the real ones under new slugs, as a national corpus would be. */
const corpus = (n: number): Plan[] => Array.from({ length: n }, (_, k) => ({ ...(plans[k % plans.length] as Plan), slug: `copy-${k + 1}` }));

describe('homeView', () => {
	it('shows every plan of a small corpus, with the key targets of the whole corpus', () => {
		const view = homeView(plans);
		expect(view.shown).toEqual(plans);
		expect(view.more).toBe(false);
		expect(view.key).toEqual(canonicalInUse(plans).filter((c) => c.plans >= 2).slice(0, HOME_INDICATORS));
		// Targets as each plan page counts them: commitments apart.
		expect(view.totals.indicators).toBe(plans.reduce((n, p) => n + p.indicators.filter((i) => !i.commitment).length, 0));
		expect(view.totals.indicators).toBeLessThan(plans.reduce((n, p) => n + p.indicators.length, 0));
	});

	it('shows a bounded number of plans, the first in order, however large the corpus', () => {
		for (const n of [HOME_PLANS + 1, 3000]) {
			const all = corpus(n);
			const view = homeView(all);
			expect(view.shown).toEqual(all.slice(0, HOME_PLANS));
			expect(view.more).toBe(true);
			expect(view.total).toBe(n);
			expect(view.key.length).toBeLessThanOrEqual(HOME_INDICATORS);
		}
	});
});

describe('listPages', () => {
	it('splits the corpus into pages of LIST_PAGE_SIZE, every plan once and in order', () => {
		const all = corpus(2 * LIST_PAGE_SIZE + 3);
		const pages = listPages(all);
		expect(pages.map((p) => p.plans.length)).toEqual([LIST_PAGE_SIZE, LIST_PAGE_SIZE, 3]);
		expect(pages.flatMap((p) => p.plans)).toEqual(all);
		expect(pages.map((p) => p.first)).toEqual([1, LIST_PAGE_SIZE + 1, 2 * LIST_PAGE_SIZE + 1]);
		expect(pages.every((p) => p.pages === 3 && p.total === all.length)).toBe(true);
	});

	it('puts the first page at /plans/ and the others at /plans/page/<n>/, matching the route parameter', () => {
		const pages = listPages(corpus(LIST_PAGE_SIZE + 1));
		expect(pages.map((p) => p.param)).toEqual([undefined, 'page/2']);
		expect(pages.map((p) => listPageUrl(p.page, 'zh'))).toEqual(['/plans/', '/plans/page/2/']);
		expect(listPageUrl(2, 'en')).toBe('/en/plans/page/2/');
	});

	it('gives one empty page for an empty corpus, so /plans/ exists', () => {
		expect(listPages([])).toEqual([{ page: 1, pages: 1, param: undefined, plans: [], periods: [], first: 1, total: 0 }]);
	});
});

describe('plans of different periods (十四五, 十五五) are grouped, never mixed', () => {
	/** A copy of a real plan moved to the next period (2026–2030, base year 2025). */
	const next = (k: number): Plan => ({ ...(plans[k % plans.length] as Plan), slug: `next-${k + 1}`, period: { start: 2026, end: 2030, base_year: 2025 } });
	const mixed = [...plans, next(0), next(1)];

	it('byPeriod: latest period first, each plan once, order kept within a period', () => {
		const groups = byPeriod(mixed);
		expect(groups.map((g) => [g.start, g.end, g.plans.length])).toEqual([[2026, 2030, 2], [2021, 2025, plans.length]]);
		expect(groups[1]?.plans).toEqual(plans);
	});

	it('the home page shows its cards and comparison columns period by period', () => {
		const view = homeView(mixed);
		expect(view.periods.map((g) => g.plans.map((p) => p.slug))).toEqual([['next-1', 'next-2'], plans.map((p) => p.slug)]);
		expect(view.shown.slice(0, 2).map((p) => p.period.end)).toEqual([2030, 2030]);
	});

	it('the plan list puts plans of one period together on its pages', () => {
		const [page] = listPages(mixed);
		expect(page?.periods.map((g) => g.end)).toEqual([2030, 2025]);
		expect(page?.plans.map((p) => p.period.end)).toEqual([2030, 2030, ...plans.map(() => 2025)]);
	});
});
