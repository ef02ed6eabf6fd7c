import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentPlans } from '../helpers/content.ts';
import { converted, seedFiles, seedText } from '../helpers/seeds.ts';
import { launchChromium } from './browser.ts';

const plans = contentPlans();
const slugByTitle = new Map(plans.map((p) => [p.title, p.slug]));

/** What a reader can find in each plan: every line (bookmarks removed) and every table cell joined across its lines. */
const searchable = new Map(
	seedFiles().map((file) => {
		const { plan, nodes } = converted(file);
		const lines = seedText(file).split(/\r?\n/).map((l) => l.replace(/\[bookmark:[^\]]*\]/g, ''));
		const cells = nodes.flatMap((n) => (n.kind === 'table' ? [n.grid] : n.kind === 'box' && n.grid ? [n.grid] : [])).flatMap((g) => [...g.header.map((h) => h.text), ...g.rows.flatMap((r) => r.cells.map((c) => c.text))]);
		return [plan.slug, [...lines, ...cells]] as const;
	}),
);
const plansContaining = (term: string) => [...searchable].filter(([, texts]) => texts.some((t) => t.includes(term))).map(([slug]) => slug).sort();

/** ≥150 terms from the plans themselves: target and project names, and 2–4 character pieces of them. */
function terms(): string[] {
	const names = [...new Set([...plans.flatMap((p) => p.indicators.map((i) => i.name)), ...plans.flatMap((p) => p.projects.map((x) => x.name))])];
	const pieces = new Set<string>();
	for (const name of names) {
		const han = name.replace(/[^\u4e00-\u9fff]/g, '');
		for (const n of [2, 3, 4]) if (han.length > n) pieces.add(han.slice(-n));
		if (han.length > 4) pieces.add(han.slice(0, 3));
	}
	const journalists = ['婴儿死亡率', '医共体', '医联体', '胸痛中心', '卒中中心', '家庭医生签约', '健康素养', '社区医院', '村卫生室', '疾控中心', '死亡率', '互联网+医疗健康', '托位', '中医馆', '国医堂', '负压救护车'];
	return [...new Set([...journalists, ...names, ...pieces])].filter((t) => plansContaining(t).length > 0);
}

let browser: Browser;
let page: Page;
let english: Page;
beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
	await page.goto(new URL('/search/', inject('baseUrl')).href);
	await page.waitForFunction(() => 'planSearch' in window);
	english = await browser.newPage();
	await english.goto(new URL('/en/search/', inject('baseUrl')).href);
	await english.waitForFunction(() => 'planSearch' in window);
});

async function planSlugs(on: Page, term: string): Promise<string[]> {
	const titles = await on.evaluate(async (q) => (await (window as unknown as { planSearch: (q: string) => Promise<{ meta: { title: string } }[]> }).planSearch(q)).map((h) => h.meta.title), term);
	return [...new Set(titles.map((t) => slugByTitle.get(t) ?? t))].sort();
}
afterAll(async () => browser?.close());

describe('Chinese search recall, measured on terms taken from the seeds', () => {
	it('finds every plan that contains each term, and only plans that contain it', async () => {
		const list = terms();
		expect(list.length).toBeGreaterThanOrEqual(150);
		let expected = 0;
		let found = 0;
		let returned = 0;
		let correct = 0;
		const misses: string[] = [];
		for (const term of list) {
			const got = await planSlugs(page, term);
			const want = plansContaining(term);
			expected += want.length;
			found += want.filter((s) => got.includes(s)).length;
			returned += got.length;
			correct += got.filter((s) => want.includes(s)).length;
			if (want.some((s) => !got.includes(s))) misses.push(`${term}: want ${want.join(',')} got ${got.join(',')}`);
		}
		// For the record: Pagefind's own query handling on the same records, without our segmentation.
		let plainFound = 0;
		for (const term of list) {
			// A string, so the test runner does not rewrite the browser-side import().
			const urls = (await page.evaluate(`(async (q) => {
				const pf = await import('/pagefind/pagefind.js');
				const res = await pf.search(q);
				return Promise.all(res.results.map(async (r) => { const d = await r.data(); return d.meta.text.includes(q) ? d.meta.title : null; }));
			})(${JSON.stringify(term)})`)) as (string | null)[];
			const got = new Set(urls.filter(Boolean).map((t) => slugByTitle.get(t as string)));
			plainFound += plansContaining(term).filter((s) => got.has(s)).length;
		}
		console.log(`Pagefind alone (query as typed, page language zh-CN) reaches ${((plainFound / expected) * 100).toFixed(1)}% recall on the same terms`);
		const recall = found / expected;
		const precision = correct / returned;
		console.log(`search recall ${(recall * 100).toFixed(1)}% (${found}/${expected} plan-term pairs), precision ${(precision * 100).toFixed(1)}% (${correct}/${returned}), ${list.length} terms`);
		expect(misses).toEqual([]);
		expect(recall).toBe(1);
		expect(precision).toBeGreaterThanOrEqual(0.98);
	});

	it('the English search page finds exactly the same plans for every term (it segments the query itself)', async () => {
		const differ: string[] = [];
		for (const term of terms()) {
			const [zh, en] = [await planSlugs(page, term), await planSlugs(english, term)];
			if (zh.join() !== en.join()) differ.push(`${term}: ${zh.join()} vs ${en.join()}`);
		}
		expect(differ).toEqual([]);
	});

	it('a result opens the paragraph: its link carries #p-<line> of a line that contains the term', async () => {
		const hits = await page.evaluate(async () => (await (window as unknown as { planSearch: (q: string) => Promise<{ url: string; meta: { kind: string; line: string } }[]> }).planSearch('胸痛中心')).filter((h) => h.meta.kind === '正文'));
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) {
			const [, slug, anchor] = /^\/plans\/([^/]+)\/#(.+)$/.exec(hit.url) ?? [];
			expect(anchor).toMatch(/^(p|s)-\d/);
			const file = plans.find((p) => p.slug === slug)!.source.file;
			expect(seedText(file).split('\n')[Number(hit.meta.line) - 1]).toContain('胸痛中心');
		}
	});
});

describe('the search page', () => {
	it('shares the query in the URL, highlights the term, filters by kind, and works from the keyboard', async () => {
		const p = await browser.newPage();
		const started = Date.now();
		await p.goto(new URL('/search/?q=%E5%8C%BB%E5%85%B1%E4%BD%93', inject('baseUrl')).href);
		await p.locator('#search-results li').first().waitFor();
		const firstResultsMs = Date.now() - started;
		const bytes = await p.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/')).reduce((n, e) => n + (e as PerformanceResourceTiming).transferSize, 0));
		const dist = inject('e2eDist');
		const size = (dir: string): number => readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? size(join(dir, f)) : statSync(join(dir, f)).size), 0);
		console.log(`search: first results after ${firstResultsMs} ms on a cold page; ${(bytes / 1024).toFixed(0)} KiB fetched from /pagefind/; index on disk ${(size(join(dist, 'pagefind')) / 1024 / 1024).toFixed(1)} MiB`);
		expect(await p.locator('#search-results mark').first().textContent()).toBe('医共体');
		expect(await p.locator('#q').evaluate((el) => el === document.activeElement)).toBe(true);
		await p.keyboard.press('ArrowDown');
		expect(await p.evaluate(() => document.activeElement?.className)).toBe('result-link');
		await p.selectOption('select[name="kind"]', '项目');
		await p.waitForFunction(() => location.search.includes('kind='));
		expect(new URL(p.url()).searchParams.get('q')).toBe('医共体');
		await p.locator('#q').fill('胸痛中心');
		await p.keyboard.press('Enter');
		await p.waitForFunction(() => new URLSearchParams(location.search).get('q') === '胸痛中心');
		await p.locator('#q').press('Escape');
		expect(await p.locator('#q').inputValue()).toBe('');
		await p.setViewportSize({ width: 360, height: 800 });
		await p.goto(new URL('/search/?q=%E5%A9%B4%E5%84%BF%E6%AD%BB%E4%BA%A1%E7%8E%87', inject('baseUrl')).href);
		await p.locator('#search-results li').first().waitFor();
		await p.screenshot({ path: join(import.meta.dirname, 'screenshots', 'search-360.png') });
		await p.close();
	});

	it('the English search page finds Chinese terms and English target names', async () => {
		const p = await browser.newPage();
		await p.goto(new URL('/en/search/?q=infant%20mortality', inject('baseUrl')).href);
		await p.locator('#search-results li').first().waitFor();
		expect(await p.locator('#search-status').textContent()).toMatch(/matches for “infant mortality” in \d plans/);
		expect(await p.locator('#search-results a').first().getAttribute('href')).toMatch(/^\/en\/plans\//);
		await p.close();
	});
});
