import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { canonicalInUse, headline, statementsOf } from '../../src/lib/compare.ts';
import { contentPlans } from '../helpers/content.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const plans = contentPlans();

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	expect(cspViolations).toEqual([]);
});

const cspViolations: string[] = [];

async function open(path: string, width = 1280): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	// The server applies public/_headers, so a script or style the CSP blocks shows up here.
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${path}: ${m.text()}`);
	});
	const response = await page.goto(new URL(path, inject('baseUrl')).href);
	expect(response?.status(), path).toBe(200);
	return page;
}

/** Runs axe-core in the page (WCAG 2.1 AA and best practices) and returns its violations, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol, so the page's CSP (which forbids inline scripts) does not block the audit.
	await page.evaluate(AXE);
	const result = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
		return axe.run(document, { resultTypes: ['violations'] });
	});
	return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function shoot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

describe('home page', () => {
	it('shows every plan and the key targets side by side, as in the collections', async () => {
		const page = await open('/');
		const cards = await page.locator('.card h3').allTextContents();
		expect(cards.sort()).toEqual(plans.map((p) => p.title).sort());
		const key = canonicalInUse(plans).filter((c) => c.plans >= 2).slice(0, 12);
		const rows = page.locator('table.compare tbody tr');
		expect(await rows.count()).toBe(key.length);
		const header = (await page.locator('table.compare thead th').allTextContents()).slice(1);
		for (const [k, { entry }] of key.entries()) {
			const cells = await rows.nth(k).locator('td').allTextContents();
			header.forEach((region, c) => {
				const plan = plans.find((p) => p.region.name === region)!;
				expect(cells[c]?.trim(), `${entry.id} × ${region}`).toBe(headline(plan, entry.id)?.target.text || '—');
			});
		}
		expect(await axeViolations(page)).toEqual([]);
		await shoot(page, 'home-1280');
		await page.close();
	});
});

describe('plan page', () => {
	for (const plan of plans) {
		it(`${plan.slug}: indicator tables list every target with its printed text`, async () => {
			const page = await open(`/plans/${plan.slug}/`);
			expect(await page.locator('h1').textContent()).toContain(plan.title);
			const shown = await page.locator('section[aria-labelledby="targets"] table tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th a')?.textContent, r.querySelectorAll('td')[r.querySelectorAll('td').length - 3]?.textContent]));
			const targets = plan.indicators.filter((i) => !i.commitment);
			expect(shown.map(([name]) => name)).toEqual(targets.length ? expect.arrayContaining(targets.map((i) => i.name)) : []);
			expect(shown).toHaveLength(targets.length);
			if (plan.status === '草稿' || plan.status === '征求意见稿') expect(await page.locator('.banner').first().textContent()).toContain(plan.status);
			expect(await axeViolations(page), plan.slug).toEqual([]);
			await page.close();
		});
	}

	it('lists what the plan commits to, grouped by kind, each linked to its target page and its paragraph (zh and en)', async () => {
		const plan = plans.find((p) => p.slug === 'changle-weifang')!;
		const commitments = plan.indicators.filter((i) => i.commitment);
		expect(commitments.length).toBeGreaterThan(0);
		for (const prefix of ['', '/en']) {
			const page = await open(`${prefix}/plans/${plan.slug}/`);
			const items = await page.locator('section[aria-labelledby="commitments"] li').evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'))));
			expect(items).toHaveLength(commitments.length);
			for (const c of commitments) expect(items).toContainEqual([`${prefix}/plans/${plan.slug}/indicators/${c.id}/`, `${prefix}/plans/${plan.slug}/#${c.anchor}`]);
			const kinds = await page.locator('section[aria-labelledby="commitments"] h3').count();
			expect(kinds).toBe(new Set(commitments.map((c) => c.commitment)).size);
			if (prefix) expect(await page.locator('section[aria-labelledby="commitments"] li a[lang="zh-CN"]').count()).toBe(commitments.length);
			expect(await axeViolations(page)).toEqual([]);
			await page.close();
		}
		const target = commitments.find((c) => c.target.text === '2.5公里')!;
		const page = await open(`/plans/${plan.slug}/indicators/${target.id}/`);
		expect(await page.locator('h1').textContent()).toContain(target.name);
		expect(await page.locator('blockquote.source').textContent()).toContain('2.5公里');
		await page.close();
	});

	it('reads at 360 px wide: no horizontal scrolling of the page itself', async () => {
		const page = await open('/plans/changle-weifang/', 360);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		// Charts and tables scroll sideways on a phone; axe checks they can be reached from the keyboard.
		expect(await axeViolations(page)).toEqual([]);
		await shoot(page, 'plan-360');
		await page.goto(new URL('/plans/changle-weifang/#p-99', inject('baseUrl')).href);
		await shoot(page, 'plan-anchor-360');
		await page.close();
	});
});

describe('indicator page', () => {
	it('shows the baseline, the target as printed, the attribute explained, the source line and a citation', async () => {
		const plan = plans.find((p) => p.slug === 'changle-weifang')!;
		const i = plan.indicators.find((x) => x.id === 'health-literacy')!;
		const page = await open(`/plans/${plan.slug}/indicators/${i.id}/`);
		const facts = await page.locator('dl.facts').textContent();
		expect(facts).toContain(i.baseline!.text);
		expect(facts).toContain(i.target.text);
		expect(facts).toContain('预期性');
		expect(await page.locator('blockquote.source').textContent()).toContain(i.source.quote);
		expect(await page.locator('a', { hasText: `第 ${i.source.line} 行` }).getAttribute('href')).toBe(`/plans/${plan.slug}/#${i.anchor}`);
		const cite = await page.locator('pre.cite').textContent();
		expect(cite).toContain(plan.title);
		expect(cite).toContain(`第${i.source.line}行`);
		expect(cite).toContain(`/plans/${plan.slug}/indicators/${i.id}/`);
		// The chart is named by its title (a hidden element its aria-labelledby points to).
		expect(await page.locator('figure.chart [role="img"]').evaluate((chart) => document.getElementById(chart.getAttribute('aria-labelledby')!.split(' ')[0]!)?.textContent)).toContain(i.name);
		expect(await axeViolations(page)).toEqual([]);
		await shoot(page, 'indicator-1280');
		await page.close();
	});
});

describe('comparison page', () => {
	it('infant mortality: one table row and one chart row per statement, numbers as in the collections', async () => {
		const statements = statementsOf(plans, 'infant-mortality');
		const page = await open('/indicators/infant-mortality/');
		const rows = await page.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => ({ region: tr.querySelector('th a')?.textContent?.trim(), cells: [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '') })));
		expect(rows).toHaveLength(statements.length);
		for (const { plan, indicator } of statements) {
			const row = rows.find((r) => r.region === plan.region.name && r.cells[4]?.endsWith(`第${indicator.source.line}行`));
			expect(row?.cells[2], `${plan.slug} line ${indicator.source.line}`).toContain(indicator.target.text);
		}
		expect(await page.locator('figure.chart svg g[data-row]').count()).toBe(statements.filter((s) => s.indicator.target.value !== null || s.indicator.baseline?.value != null).length);
		expect(await axeViolations(page)).toEqual([]);
		await shoot(page, 'compare-1280');
		await page.close();
	});

	it('projects, data, the plan list and the English twins pass axe', async () => {
		for (const path of ['/projects/', '/data/', '/indicators/', '/plans/', '/en/plans/', '/en/', '/en/plans/changle-weifang/', '/en/indicators/infant-mortality/', '/en/plans/yongqiao/indicators/life-expectancy/', '/en/projects/', '/en/data/', '/search/?q=%E5%8C%BB%E5%85%B1%E4%BD%93', '/en/search/?q=infant']) {
			const page = await open(path);
			if (path.includes('search')) await page.locator('#search-results li').first().waitFor();
			expect(await axeViolations(page), path).toEqual([]);
			await page.close();
		}
	});
});
