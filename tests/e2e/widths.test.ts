import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { canonicalInUse } from '../../src/lib/compare.ts';
import { contentPlans } from '../helpers/content.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';

/** Phone widths in CSS px: 320 (small Android, iPhone SE 1st gen, zoomed iPhones) and 360 (the most common Android width). */
const WIDTHS = [320, 360];
const plans = contentPlans();

/** For each plan the target whose name, heading and quote are longest: the widest citation and facts. */
const longestTargets = plans.flatMap((plan) => {
	const size = (i: (typeof plan.indicators)[number]) => i.name.length + (i.section?.length ?? 0) + i.source.quote.length;
	const widest = [...plan.indicators].sort((a, b) => size(b) - size(a))[0];
	return widest ? [`/plans/${plan.slug}/indicators/${widest.id}/`] : [];
});
const canonical = canonicalInUse(plans);
const comparisons = [...new Set([[...canonical].sort((a, b) => b.plans - a.plans)[0], [...canonical].sort((a, b) => b.entry.en.length - a.entry.en.length)[0]].filter((c) => c !== undefined).map((c) => `/indicators/${c.entry.id}/`))];
const SEARCH = '婴儿死亡率';

/** Every page type of the site (home, plan, plan target, targets index, comparison, projects, search with results, data), Chinese paths. */
const PAGES = ['/', '/plans/', ...plans.map((p) => `/plans/${p.slug}/`), ...longestTargets, '/indicators/', ...comparisons, '/projects/', `/search/?q=${encodeURIComponent(SEARCH)}`, '/data/'];
const BOTH = [...PAGES, ...PAGES.map((p) => `/en${p}`), `/en/search/?q=${encodeURIComponent('infant mortality')}`];

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Elements whose right edge passes the viewport, outermost first (the ones to fix), as `tag.class "text"`. */
async function sticking(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll('body *')) {
			const box = el.getBoundingClientRect();
			const parent = el.parentElement?.getBoundingClientRect();
			if (box.width > 0 && box.right > innerWidth + 0.5 && !(parent && parent.right > innerWidth + 0.5)) out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} right=${Math.round(box.right)} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
		}
		return out;
	});
}

describe('every page type fits a phone screen: no sideways scrolling at 320 and 360 px, in Chinese and English', () => {
	it('covers every page type in both languages', () => {
		expect(longestTargets).toHaveLength(plans.filter((p) => p.indicators.length).length);
		expect(comparisons.length).toBeGreaterThan(0);
		expect(BOTH.filter((p) => p.startsWith('/en/'))).toHaveLength(PAGES.length + 1);
	});
	for (const width of WIDTHS) {
		describe(`${width} px`, () => {
			let page: Page;
			beforeAll(async () => {
				page = await browser.newPage({ viewport: { width, height: 800 } });
			});
			afterAll(async () => page?.close());
			for (const path of BOTH) {
				it(`${path} is no wider than the screen`, async () => {
					const response = await page.goto(new URL(path, inject('baseUrl')).href);
					expect(response?.status(), path).toBe(200);
					if (path.includes('/search/?q=')) await page.locator('#search-results li').first().waitFor();
					const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
					expect(inner).toBe(width);
					if (scroll > inner) expect(await sticking(page), `${path} is ${scroll} px wide at ${width} px`).toEqual([]);
					expect(scroll).toBeLessThanOrEqual(inner);
				});
			}
		});
	}
});
