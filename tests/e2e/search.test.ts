import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';

const base = inject('baseUrl');
const dist = inject('e2eDist');
const at = (path: string) => new URL(path, base).href;
const SHOTS = join(import.meta.dirname, 'screenshots');

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(path: string, width = 1280): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	await page.goto(at(path));
	await page.locator('#search-results li').first().waitFor();
	// Settled: every shard searched and the results counted by plan.
	await page.waitForFunction(() => document.querySelector('#search-status')?.getAttribute('aria-busy') !== 'true');
	return page;
}
const size = (dir: string): number => readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? size(join(dir, f)) : statSync(join(dir, f)).size), 0);

describe('a shared link /search/?q=… opens with the results', () => {
	it('婴儿死亡率: results grouped by plan with counts, targets and projects first, the term highlighted, the count announced', async () => {
		// A cold page in a fresh context: nothing cached.
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const fetched: { url: string; bytes: number }[] = [];
		context.on('requestfinished', async (request) => {
			const sizes = await request.sizes();
			fetched.push({ url: request.url(), bytes: sizes.responseBodySize });
		});
		await page.goto(at('/search/?q=%E5%A9%B4%E5%84%BF%E6%AD%BB%E4%BA%A1%E7%8E%87'));
		await page.locator('#search-results li').first().waitFor();
		await page.waitForFunction(() => document.querySelector('#search-status')?.getAttribute('aria-busy') !== 'true');
		const index = fetched.filter((r) => r.url.includes('/pagefind/'));
		console.log(`search 婴儿死亡率, cold page: ${index.length} files from /pagefind/, ${(index.reduce((n, r) => n + r.bytes, 0) / 1024).toFixed(0)} KiB; index on disk ${(size(join(dist, 'pagefind')) / 1024).toFixed(0)} KiB`);
		const plans = JSON.parse(readFileSync(join(dist, 'data', 'plans.json'), 'utf8')) as { title: string }[];
		const status = (await page.locator('#search-status').textContent()) ?? '';
		expect(status).toMatch(/^找到 \d+ 处“婴儿死亡率”，分布在 \d 份规划中。$/);
		expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
		const marks = await page.locator('#search-results mark').allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		expect(new Set(marks)).toEqual(new Set(['婴儿死亡率']));
		// One group per plan, in the site's order, each headed by its title and its count.
		const groups = page.locator('#search-results .result-group');
		const titles = await groups.locator('h2 > span:first-child').allTextContents();
		expect(titles.length).toBe(Number(/分布在 (\d) 份规划/.exec(status)?.[1]));
		const order = titles.map((t) => plans.findIndex((p) => p.title === t));
		expect(order.every((k) => k >= 0)).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		let total = 0;
		for (let g = 0; g < titles.length; g++) {
			const group = groups.nth(g);
			const items = await group.locator('li').count();
			total += items;
			expect(await group.locator('.count').textContent()).toBe(`${items} 处`);
			// Within a plan: targets, then projects, then plan text.
			const kinds = (await group.locator('.meta').allTextContents()).map((m) => ['指标', '项目', '正文'].indexOf(m.split(' · ')[0] ?? ''));
			expect(kinds.every((k) => k >= 0)).toBe(true);
			expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
		}
		expect(total).toBe(Number(/找到 (\d+) 处/.exec(status)?.[1]));
		for (const href of await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/plans\/[^/]+\/(indicators\/[^/?#]+\/)?\?hl=%E5%A9%B4%E5%84%BF%E6%AD%BB%E4%BA%A1%E7%8E%87(#(p|s)-\d+)?$/);
		await page.screenshot({ path: join(SHOTS, 'search-1280.png') });
		await page.setViewportSize({ width: 360, height: 800 });
		await page.screenshot({ path: join(SHOTS, 'search-360.png') });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await context.close();
	});

	it('a variant spelling marks the text as printed (醫療機構 → 医疗机构, ASCII parentheses → （助理）)', async () => {
		let page = await open('/search/?q=%E9%86%AB%E7%99%82%E6%A9%9F%E6%A7%8B');
		expect(new Set(await page.locator('#search-results mark').allTextContents())).toEqual(new Set(['医疗机构']));
		await page.close();
		page = await open(`/search/?q=${encodeURIComponent('执业(助理)医师')}`);
		expect(new Set(await page.locator('#search-results mark').allTextContents())).toEqual(new Set(['执业（助理）医师']));
		await page.close();
	});

	it('signs alone get a clear message with examples, not "nothing found" (%, ‰ +)', async () => {
		for (const [path, pattern] of [['/search/?q=%25', /只有符号.*≥90%/], ['/search/?q=%E2%80%B0+%2B', /只有符号/], ['/en/search/?q=%25', /only signs.*≥90%/]] as const) {
			const page = await browser.newPage();
			await page.goto(at(path));
			await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''), pattern.source);
			expect(await page.locator('#search-results li').count()).toBe(0);
			await page.close();
		}
	});

	it('filters come from the URL and go back into it (kind, plan)', async () => {
		const page = await open('/search/?q=%E5%8C%BB%E5%85%B1%E4%BD%93&kind=%E9%A1%B9%E7%9B%AE');
		expect(await page.locator('select[name="kind"]').inputValue()).toBe('项目');
		await page.waitForFunction(() => document.querySelector('#search-status')?.getAttribute('aria-busy') !== 'true');
		for (const meta of await page.locator('#search-results .meta').allTextContents()) expect(meta.split(' · ')[0]).toBe('项目');
		const all = await page.evaluate(async () => (window as unknown as { planSearch: (q: string) => Promise<unknown[]> }).planSearch('医共体'));
		expect(await page.locator('#search-results li').count()).toBeLessThan(all.length);
		await page.selectOption('select[name="kind"]', '');
		const slug = await page.locator('select[name="plan"] option').nth(1).getAttribute('value');
		await page.selectOption('select[name="plan"]', slug!);
		await page.waitForFunction((r) => new URLSearchParams(location.search).get('plan') === r && !new URLSearchParams(location.search).has('kind'), slug);
		await page.waitForFunction(() => /分布在 1 份规划/.test(document.querySelector('#search-status')?.textContent ?? ''));
		expect(new URL(page.url()).searchParams.get('q')).toBe('医共体');
		await page.close();
	});
});

describe('a corpus of many shards', () => {
	it('stops after the first shards once there are results, says how many plans are left, and searches them on request', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(at('/search/'));
		const full = await page.evaluate(() => (window as unknown as { planCount(q: string): Promise<{ count: number; plans: string[]; shards: number }> }).planCount('健康'));
		expect(full.shards).toBeGreaterThan(1);
		// Pretend one shard is all a reader's phone may fetch unasked.
		await page.evaluate(() => {
			document.querySelector<HTMLFormElement>('#search-form')!.dataset.autoShards = '1';
		});
		await page.fill('#q', '健康');
		await page.press('#q', 'Enter');
		await page.waitForFunction(() => /尚未检索/.test(document.querySelector('#search-status')?.textContent ?? ''));
		const partial = (await page.locator('#search-status').textContent()) ?? '';
		const [, searched, rest] = /已检索的 (\d+) 份规划.*另有 (\d+) 份规划/.exec(partial) ?? [];
		expect(Number(searched) + Number(rest)).toBe(full.plans.length);
		expect(Number(/找到 (\d+) 处/.exec(partial)?.[1])).toBeLessThan(full.count);
		await page.locator('#search-all').click();
		await page.waitForFunction(() => /分布在/.test(document.querySelector('#search-status')?.textContent ?? ''));
		expect(await page.locator('#search-status').textContent()).toContain(`找到 ${full.count} 处“健康”，分布在 ${full.plans.length} 份规划中。`);
		expect(await page.locator('#search-all').isHidden()).toBe(true);
		await page.close();
	});
});

describe('the search page works from the keyboard', () => {
	it('focus starts in the box; ↓ ↑ move through results; Enter opens the paragraph; Esc clears', async () => {
		const page = await open('/search/?q=%E8%83%B8%E7%97%9B%E4%B8%AD%E5%BF%83');
		const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.className);
		expect(await focused()).toBe('q');
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('result-link');
		await page.keyboard.press('ArrowDown');
		const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
		expect(second).toBe(await page.locator('#search-results a').nth(1).getAttribute('href'));
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await focused()).toBe('q');
		await page.keyboard.press('Escape');
		expect(await page.locator('#q').inputValue()).toBe('');
		await page.waitForFunction(() => location.search === '');
		await page.keyboard.type('胸痛中心');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '胸痛中心');
		await page.locator('#search-results li').first().waitFor();
		await page.keyboard.press('ArrowDown');
		const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
		await Promise.all([page.waitForURL((u) => u.hash !== ''), page.keyboard.press('Enter')]);
		const anchor = new URL(page.url()).hash.slice(1);
		expect(page.url()).toBe(at(href!));
		expect(await page.locator(`[id="${anchor}"]`).textContent()).toContain('胸痛中心');
		await page.close();
	});

	it('a query with no match says so in the live region', async () => {
		const page = await browser.newPage();
		await page.goto(at('/search/?q=%E7%81%AB%E6%98%9F%E5%9F%BA%E5%9C%B0'));
		await page.waitForFunction(() => /没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
		expect(await page.locator('#search-results li').count()).toBe(0);
		await page.close();
	});
});

describe('the English search page searches the same index', () => {
	it('finds English target names and Chinese terms, links to the English pages', async () => {
		const page = await open('/en/search/?q=infant%20mortality');
		expect(await page.locator('#search-status').textContent()).toMatch(/matches for “infant mortality” in \d plans/);
		expect(await page.locator('#search-results a').first().getAttribute('href')).toMatch(/^\/en\/plans\//);
		await page.goto(at('/en/search/?q=%E4%BA%8C%E8%8A%82'));
		await page.locator('#search-results li').first().waitFor();
		expect(await page.locator('#search-results mark').first().textContent()).toBe('二节');
		await page.close();
	});
});

/** The search page's state: the query in the box and in the URL, and how many results are shown. */
const listed = (page: Page) => page.evaluate(() => ({ box: (document.querySelector('#q') as HTMLInputElement).value, url: new URLSearchParams(location.search).get('q'), shown: document.querySelectorAll('#search-results li').length }));
const settled = (page: Page) => page.waitForFunction(() => document.querySelector('#search-status')?.getAttribute('aria-busy') !== 'true' && document.querySelectorAll('#search-results li').length > 0);

describe('Back goes back (issue 23)', () => {
	it('three searches, then Back twice: each earlier query returns, with its results', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(at('/search/'));
		for (const q of ['医共体', '胸痛中心', '婴儿死亡率']) {
			await page.fill('#q', q);
			await page.press('#q', 'Enter');
			await page.waitForFunction((want) => new URLSearchParams(location.search).get('q') === want, q);
			await settled(page);
		}
		await page.goBack();
		await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '胸痛中心');
		await settled(page);
		expect(await listed(page)).toMatchObject({ box: '胸痛中心', url: '胸痛中心' });
		expect(await page.locator('#search-results mark').first().textContent()).toBe('胸痛中心');
		await page.goBack();
		await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '医共体');
		await settled(page);
		expect(await listed(page)).toMatchObject({ box: '医共体', url: '医共体' });
		expect(await page.locator('#search-results mark').first().textContent()).toBe('医共体');
		// A filter is its own entry too.
		await page.selectOption('select[name="kind"]', '项目');
		await page.waitForFunction(() => new URLSearchParams(location.search).get('kind') === '项目');
		await page.goBack();
		await page.waitForFunction(() => !new URLSearchParams(location.search).has('kind'));
		expect(await page.locator('select[name="kind"]').inputValue()).toBe('');
		await page.close();
	});

	it('Back from result 45 after “more” twice brings back 90 results at the same scroll position (no page cache)', async () => {
		// Playwright starts Chromium with --disable-back-forward-cache: Back loads the search page anew.
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(at('/search/?q=%E5%81%A5%E5%BA%B7'));
		await settled(page);
		for (const shown of [60, 90]) {
			await page.locator('#search-more').click();
			await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length >= n, shown);
		}
		expect((await listed(page)).shown).toBe(90);
		const result = page.locator('#search-results a.result-link').nth(44);
		await result.scrollIntoViewIfNeeded();
		const scroll = await page.evaluate(() => scrollY);
		expect(scroll).toBeGreaterThan(2000);
		await page.evaluate(() => Object.assign(window, { stayed: true }));
		await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/plans/')), result.click()]);
		await page.goBack();
		await page.waitForFunction(() => document.querySelectorAll('#search-results li').length >= 90);
		await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, scroll);
		expect(await page.evaluate(() => 'stayed' in window)).toBe(false);
		expect((await listed(page)).shown).toBe(90);
		await page.close();
	});
});

describe('the page a result opens marks the searched words (issue 23)', () => {
	for (const [query, printed] of [
		['婴儿死亡率', '婴儿死亡率'],
		['嬰兒死亡率', '婴儿死亡率'],
		['１２０急救', '120急救'],
	] as const) {
		it(`${query}: the first result lands with “${printed}” marked and in view`, async () => {
			const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
			await page.goto(at(`/search/?q=${encodeURIComponent(query)}`));
			await settled(page);
			const link = page.locator('#search-results a.result-link').first();
			await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/plans/')), link.click()]);
			const mark = page.locator('main mark.hit').first();
			await mark.waitFor();
			expect(await mark.textContent()).toBe(printed);
			const inView = await mark.evaluate((m) => {
				const box = m.getBoundingClientRect();
				return box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
			});
			expect(inView).toBe(true);
			// Inside the paragraph the link points to.
			const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
			if (id) expect(await mark.evaluate((m, anchor) => Boolean(m.closest(`[id="${anchor}"], tr, li`)), id)).toBe(true);
			if (query === '婴儿死亡率') await page.screenshot({ path: join(SHOTS, 'search-landing-360.png') });
			await page.close();
		});
	}

	it('a target result marks the term on the target page', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(at('/search/?q=%E5%A9%B4%E5%84%BF%E6%AD%BB%E4%BA%A1%E7%8E%87&kind=%E6%8C%87%E6%A0%87'));
		await settled(page);
		await Promise.all([page.waitForURL((u) => u.pathname.includes('/indicators/')), page.locator('#search-results a.result-link').first().click()]);
		expect(await page.locator('main mark.hit').first().textContent()).toBe('婴儿死亡率');
		await page.close();
	});
});

describe('a slow network: the index chunks a search reads are fetched ahead, and a first screen is read from one chunk', () => {
	// Queries that read one chunk, several chunks in one word, several words, a variant spelling, and a sign.
	const QUERIES = ['健康', '婴儿死亡率', '胸痛中心', '医疗 服务 能力', '醫療機構', '≥90%', '家庭医生签约'];
	type Plan = { shard: string; chunks: string[]; preview: string | null } | null;
	type Found = { link: string }[];

	for (const q of QUERIES) {
		it(`${q}: the chunks fetched in the first shard are exactly those Pagefind reads there, and the list is the full search's`, async () => {
			// Cold: a fresh context, nothing cached; every chunk request counted.
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const chunkRequests: string[] = [];
			context.on('request', (request) => {
				if (request.url().endsWith('.pf_index')) chunkRequests.push(new URL(request.url()).pathname);
			});
			const page = await context.newPage();
			await page.goto(at(`/search/?q=${encodeURIComponent(q)}`));
			await page.locator('#search-results li').first().waitFor();
			await page.waitForFunction(() => document.querySelector('#search-status')?.getAttribute('aria-busy') !== 'true');
			const plan = await page.evaluate((query) => (window as unknown as { planChunks(q: string): Promise<Plan> }).planChunks(query), q);
			expect(plan).not.toBeNull();
			const inFirst = new Set(chunkRequests.filter((path) => path.includes(`/pagefind/s/${plan!.shard}/index/`)).map((path) => /\/([^/]+)\.pf_index$/.exec(path)![1]));
			// What was fetched there (ahead, and by Pagefind) is what Pagefind needed: no chunk missed, none wasted.
			expect([...inFirst].sort()).toEqual(plan!.chunks);
			if (plan!.chunks.length > 1) expect(plan!.chunks).toContain(plan!.preview);
			else expect(plan!.preview).toBeNull();
			// The list shown (first screen from one chunk, then the shard's full search) is the full search's, in order.
			const shown = await page.locator('#search-results a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			const all = await page.evaluate((query) => (window as unknown as { planSearch(q: string): Promise<Found> }).planSearch(query), q);
			expect(shown.length).toBeGreaterThan(0);
			expect(shown).toEqual(all.slice(0, shown.length).map((r) => r.link));
			await context.close();
		});
	}
});
