// Issue 23, on a county phone: charts that show their data at 320 px, tables that say they scroll,
// text that follows the browser's font size, charts in high-contrast mode, a plan page crossed by
// keyboard, English messages in English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { canonicalInUse } from '../../src/lib/compare.ts';
import { contentPlans } from '../helpers/content.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';

const at = (path: string) => new URL(path, inject('baseUrl')).href;
const plans = contentPlans();
/** The plan with the most paragraphs. */
const longest = [...plans].sort((a, b) => b.counts.paragraphs - a.counts.paragraphs)[0]!;
/** A target page with a chart per plan, every comparison page, the projects page (bars): every page type with a chart. */
const targetPages = plans.flatMap((p) => {
	const i = p.indicators.find((x) => x.target.value !== null && x.baseline?.value != null);
	return i ? [`/plans/${p.slug}/indicators/${i.id}/`] : [];
});
const comparisons = canonicalInUse(plans).map((c) => `/indicators/${c.entry.id}/`);
const CHART_PAGES = [...plans.map((p) => `/plans/${p.slug}/`), ...targetPages, ...comparisons, '/projects/'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Marks and labels of every chart on the page that are not wholly inside the viewport (or not drawn), as text. */
function outside(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const describe = (el: Element) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
		for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) {
			if (figure.scrollWidth > figure.clientWidth + 1) out.push(`figure scrolls: ${figure.scrollWidth} > ${figure.clientWidth}`);
			const items = figure.querySelectorAll('svg :is(circle, rect, path, text, line), .tc-label, .tc-value');
			for (const el of items) {
				if (el.closest('defs, clipPath, title, [hidden]')) continue;
				const box = el.getBoundingClientRect();
				if (box.width === 0 && box.height === 0) continue;
				if (box.left < -0.5 || box.right > innerWidth + 0.5) out.push(`${describe(el)} ${Math.round(box.left)}…${Math.round(box.right)}`);
			}
			// A row's value is printed, whole: not cut by its box.
			for (const value of figure.querySelectorAll<HTMLElement>('.tc-value')) if (value.scrollWidth > value.clientWidth + 1) out.push(`${describe(value)} is cut`);
		}
		return out;
	});
}

describe('charts show every mark and value label on a phone screen (320 and 360 px), zh and en', () => {
	it('finds charts on every page type', () => {
		expect(targetPages.length).toBeGreaterThan(0);
		expect(comparisons.length).toBeGreaterThan(0);
	});
	for (const width of [320, 360]) {
		it(`${width} px: every mark and value label of every chart is inside the viewport`, async () => {
			const page = await browser.newPage({ viewport: { width, height: 800 } });
			const bad: string[] = [];
			let charts = 0;
			for (const path of [...CHART_PAGES, ...CHART_PAGES.map((p) => `/en${p}`)]) {
				await page.goto(at(path));
				charts += await page.locator('figure.chart').count();
				for (const b of await outside(page)) bad.push(`${path}: ${b}`);
			}
			console.log(`${width} px: ${charts} charts on ${CHART_PAGES.length * 2} pages`);
			expect(charts).toBeGreaterThan(CHART_PAGES.length);
			expect(bad).toEqual([]);
			await page.close();
		});
	}

	it('a comparison chart at 360 px: a value printed for every plan, all marks inside', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		const path = [...comparisons].sort()[0]!;
		await page.goto(at(path));
		const rows = page.locator('figure.chart .tc-row:not(.tc-axis)');
		expect(await rows.count()).toBeGreaterThan(0);
		for (const value of await rows.locator('.tc-value').allTextContents()) expect(value.trim()).not.toBe('');
		await page.close();
	});
});

describe('wide tables on a phone: a cue that they scroll, the first column kept, the caption in view; targets as cards', () => {
	it('at 320 px no table hides a column without a cue', async () => {
		const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
		const bad: string[] = [];
		let scrolling = 0;
		for (const path of ['/plans/', ...CHART_PAGES.slice(0, plans.length + 2), '/data/', '/en/data/']) {
			await page.goto(at(path));
			const found = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1).map((w) => {
					const style = getComputedStyle(w);
					const first = w.querySelector('tbody tr > :first-child');
					const caption = w.querySelector('caption')?.getBoundingClientRect();
					return {
						text: (w.querySelector('caption')?.textContent ?? '').slice(0, 20),
						cue: /gradient/.test(style.backgroundImage) && /local/.test(style.backgroundAttachment),
						sticky: first ? getComputedStyle(first).position === 'sticky' : true,
						caption: caption ? caption.right <= innerWidth + 0.5 : true,
					};
				}),
			);
			scrolling += found.length;
			for (const f of found) if (!f.cue || !f.sticky || !f.caption) bad.push(`${path} "${f.text}": ${JSON.stringify(f)}`);
		}
		console.log(`320 px: ${scrolling} tables scroll sideways, each with a cue`);
		expect(bad).toEqual([]);
		await page.close();
	});

	it('a plan page’s target table is one card per target at 360 px: name, baseline, target and year, attribute, source each labelled', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		const plan = plans.find((p) => p.indicators.some((i) => i.kind === 'table' && i.baseline))!;
		await page.goto(at(`/plans/${plan.slug}/`));
		const table = page.locator('table.targets').first();
		expect(await table.evaluate((t) => getComputedStyle(t).display)).toBe('block');
		const card = table.locator('tbody tr').first();
		const box = (await card.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(360);
		const labels = await card.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
		expect(labels.join(' ')).toMatch(/基期.*目标.*属性.*出处/);
		expect(await table.evaluate((t) => t.closest('.table-wrap')!.scrollWidth <= t.closest('.table-wrap')!.clientWidth)).toBe(true);
		await page.close();
	});
});

describe('text follows the browser’s font size', () => {
	it('a default font of 32 px doubles the text (root size in %, not px)', async () => {
		const sizes: number[] = [];
		for (const standard of [16, 32]) {
			const page = await browser.newPage();
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Page.setFontSizes', { fontSizes: { standard } });
			await page.goto(at(`/plans/${longest.slug}/`));
			sizes.push(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.plan-text p')!).fontSize)));
			await page.close();
		}
		expect(sizes[0]).toBeCloseTo(17, 0);
		expect(sizes[1]).toBeCloseTo(2 * sizes[0]!, 0);
	});
});

describe('charts in forced colours (Windows high contrast), dark', () => {
	it('chart text has a contrast of at least 4.5:1 against what is behind it', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
		const worst: string[] = [];
		let texts = 0;
		for (const path of [`/plans/${plans.find((p) => p.indicators.length > 0 && p.facilities.length > 0)?.slug ?? longest.slug}/`, comparisons[0]!, '/projects/', targetPages[0]!]) {
			await page.goto(at(path));
			const found = await page.evaluate(() => {
				// System colours resolved on an element the forced colours leave alone (else its colour would be forced to CanvasText).
				const probe = document.createElement('div');
				probe.style.forcedColorAdjust = 'none';
				document.body.append(probe);
				const rgb = (css: string): number[] => {
					probe.style.color = css;
					const m = getComputedStyle(probe).color.match(/[\d.]+/g) ?? [];
					return m.map(Number);
				};
				const lum = ([r, g, b]: number[]) => {
					const c = [r!, g!, b!].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
					return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
				};
				const background = (el: Element): number[] => {
					for (let e: Element | null = el; e; e = e.parentElement) {
						const bg = getComputedStyle(e).backgroundColor;
						const parts = bg.match(/[\d.]+/g)?.map(Number) ?? [];
						if (parts.length === 3 || (parts.length === 4 && parts[3]! > 0.5)) return parts.slice(0, 3);
					}
					return rgb('Canvas');
				};
				const out: { text: string; ratio: number }[] = [];
				for (const el of document.querySelectorAll('figure.chart svg text, figure.chart .tc-label, figure.chart .tc-value, figure.chart figcaption')) {
					if (!(el.textContent ?? '').trim() || el.closest('[hidden]')) continue;
					const style = getComputedStyle(el);
					const ink = el instanceof SVGElement ? rgb(style.fill) : rgb(style.color);
					const [a, b] = [lum(ink), lum(background(el))];
					out.push({ text: (el.textContent ?? '').trim().slice(0, 20), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) });
				}
				probe.remove();
				return out;
			});
			texts += found.length;
			for (const f of found) if (f.ratio < 4.5) worst.push(`${path} "${f.text}" ${f.ratio.toFixed(2)}:1`);
		}
		console.log(`forced colours, dark: ${texts} chart texts measured, ${worst.length} below 4.5:1`);
		expect(texts).toBeGreaterThan(20);
		expect(worst).toEqual([]);
		await page.close();
	});
});

/** Presses Tab until focus is in the footer: the number of presses (Infinity past `max`) and how many of them landed on a ¶ link. */
async function tabsToFooter(page: Page, max: number): Promise<{ presses: number; paragraphLinks: number }> {
	let paragraphLinks = 0;
	for (let k = 1; k <= max; k++) {
		await page.keyboard.press('Tab');
		const where = await page.evaluate(() => (document.activeElement?.closest('footer') ? 'footer' : document.activeElement?.matches('a.pl') ? 'pl' : ''));
		if (where === 'footer') return { presses: k, paragraphLinks };
		if (where === 'pl') paragraphLinks++;
	}
	return { presses: Infinity, paragraphLinks };
}

describe('a plan page from the keyboard', () => {
	it('every plan page: the footer within 40 key presses from the top, by the skip link past the full text; the ¶ links one Tab stop', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		for (const plan of plans) {
			await page.goto(at(`/plans/${plan.slug}/`));
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳过全文');
			await page.keyboard.press('Enter');
			const { presses: after } = await tabsToFooter(page, 40);
			expect(2 + after, plan.slug).toBeLessThanOrEqual(40);
			// Every Tab stop, without skipping: the ¶ links (hundreds on a long plan) are one stop together.
			await page.goto(at(`/plans/${plan.slug}/`));
			const { presses: stops, paragraphLinks } = await tabsToFooter(page, 2000);
			console.log(`${plan.slug}: footer after ${2 + after} key presses with the skip link; ${stops} Tab stops without it (${await page.locator('a.pl').count()} ¶ links, one stop)`);
			expect(paragraphLinks, plan.slug).toBe(1);
		}
		await page.close();
	});

	it('the ¶ links are one Tab stop; ↓ ↑ move between them; the skip link past the contents lands on the text', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(at(`/plans/${longest.slug}/`));
		expect(await page.locator('a.pl[tabindex="0"]').count()).toBe(1);
		await page.locator('a.pl').first().focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const third = await page.locator('a.pl').nth(2).getAttribute('href');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(third);
		expect(await page.locator('a.pl[tabindex="0"]').getAttribute('href')).toBe(third);
		await page.keyboard.press('ArrowUp');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await page.locator('a.pl').nth(1).getAttribute('href'));
		await page.locator('.plan-layout > a.skip').focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => location.hash === '#text');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.plan-text')))).toBe(true);
		await page.close();
	});
});

describe('English pages speak English', () => {
	it('copying a paragraph link says so in English', async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(at('/')).origin });
		const page = await context.newPage();
		await page.goto(at(`/en/plans/${longest.slug}/`));
		const link = page.locator('a.pl').nth(3);
		await link.focus();
		await link.click();
		const toast = page.locator('.toast');
		await toast.waitFor();
		expect(await toast.textContent()).toMatch(/^Link to this paragraph( copied)?: \S+$/);
		expect(await toast.textContent()).not.toMatch(/\p{Script=Han}/u);
		await context.close();
	});
});
