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
	return page;
}
const size = (dir: string): number => readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? size(join(dir, f)) : statSync(join(dir, f)).size), 0);

describe('a shared link /search/?q=… opens with the results', () => {
	it('婴儿死亡率: results from every plan that has it, the term highlighted, the count announced; numbers for the record', async () => {
		// A cold page in a fresh context: nothing cached.
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		// Requests from the page and from Pagefind's worker (performance entries of the page miss the worker's).
		const fetched: { url: string; bytes: number }[] = [];
		context.on('requestfinished', async (request) => {
			const sizes = await request.sizes();
			fetched.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
		});
		const started = Date.now();
		await page.goto(at('/search/?q=%E5%A9%B4%E5%84%BF%E6%AD%BB%E4%BA%A1%E7%8E%87'));
		await page.locator('#search-results li').first().waitFor();
		const firstResultsMs = Date.now() - started;
		await page.waitForTimeout(200);
		const engine = fetched.filter((r) => r.url.includes('/pagefind/'));
		const kinds = (ext: RegExp) => engine.filter((r) => ext.test(r.url)).reduce((n, r) => n + r.bytes, 0);
		const scripts = fetched.filter((r) => /\/_astro\/.*\.js$/.test(r.url)).reduce((n, r) => n + r.bytes, 0);
		const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
		console.log(
			`search 婴儿死亡率, cold page: first results after ${firstResultsMs} ms; fetched from /pagefind/ ${kib(engine.reduce((n, r) => n + r.bytes, 0))} in ${engine.length} requests ` +
				`(engine js+wasm ${kib(kinds(/\.(js|pagefind)$/))}, meta ${kib(kinds(/pf_meta$/))}, index ${kib(kinds(/pf_index$/))} in ${engine.filter((r) => r.url.endsWith('pf_index')).length} chunks, filters ${kib(kinds(/pf_filter$/))}, fragments ${kib(kinds(/pf_fragment$/))} for ${engine.filter((r) => r.url.endsWith('pf_fragment')).length} results); ` +
				`page script ${kib(scripts)}; index on disk ${(size(join(dist, 'pagefind')) / 1024 / 1024).toFixed(2)} MiB (search data without Pagefind's unused UI bundles ${kib(size(join(dist, 'pagefind', 'index')) + size(join(dist, 'pagefind', 'fragment')) + size(join(dist, 'pagefind', 'filter')))})`,
		);
		const plans = JSON.parse(readFileSync(join(dist, 'data', 'plans.json'), 'utf8')) as { title: string }[];
		const status = (await page.locator('#search-status').textContent()) ?? '';
		expect(status).toMatch(/^找到 \d+ 处“婴儿死亡率”，分布在 \d 份规划中。$/);
		expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
		const marks = await page.locator('#search-results mark').allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		expect(new Set(marks)).toEqual(new Set(['婴儿死亡率']));
		const metas = await page.locator('#search-results .meta').allTextContents();
		// Targets first, then projects, then plan text, each plan by plan in reading order.
		const kindOrder = metas.map((m) => ['指标', '项目', '正文'].indexOf(m.split(' · ')[1] ?? ''));
		expect(kindOrder[0]).toBe(0);
		expect(kindOrder).toEqual([...kindOrder].sort((a, b) => a - b));
		const titles = new Set(metas.map((m) => plans.find((p) => m.startsWith(p.title))?.title));
		expect(titles.size).toBe(Number(/分布在 (\d) 份规划/.exec(status)?.[1]));
		for (const href of await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/plans\/[^/]+\/(#(p|s)-\d+|indicators\/[^/]+\/)$/);
		await page.screenshot({ path: join(SHOTS, 'search-1280.png') });
		await page.setViewportSize({ width: 360, height: 800 });
		await page.screenshot({ path: join(SHOTS, 'search-360.png') });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await context.close();
	});

	it('filters come from the URL and go back into it (kind, plan)', async () => {
		const page = await open('/search/?q=%E5%8C%BB%E5%85%B1%E4%BD%93&kind=%E9%A1%B9%E7%9B%AE');
		expect(await page.locator('select[name="kind"]').inputValue()).toBe('项目');
		for (const meta of await page.locator('#search-results .meta').allTextContents()) expect(meta).toContain('项目');
		const all = await page.evaluate(async () => (window as unknown as { planSearch: (q: string) => Promise<unknown[]> }).planSearch('医共体'));
		expect(await page.locator('#search-results li').count()).toBeLessThan(all.length);
		await page.selectOption('select[name="kind"]', '');
		const region = await page.locator('select[name="plan"] option').nth(1).getAttribute('value');
		await page.selectOption('select[name="plan"]', region!);
		await page.waitForFunction((r) => new URLSearchParams(location.search).get('plan') === r && !new URLSearchParams(location.search).has('kind'), region);
		await page.waitForFunction(() => /分布在 1 份规划/.test(document.querySelector('#search-status')?.textContent ?? ''));
		expect(new URL(page.url()).searchParams.get('q')).toBe('医共体');
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
