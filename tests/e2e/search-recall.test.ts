import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Converter } from 'opencc-js/cn2t';
import { openccSimplifier } from '../../src/lib/search/simplify.ts';
import { foldChars } from '../../src/lib/search/fold.ts';
import { queryWords } from '../../src/lib/search/query.ts';
import { converted, seedFiles, seedText } from '../helpers/seeds.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';

// Recall is measured, not assumed: terms taken from the plans themselves are searched in Chromium
// through the page's own search function, against the built index, and compared with the plans
// whose seed text really contains them (compared after the one folding both sides use: NFKC and
// traditional → simplified, src/lib/search/fold.ts).

const simplify = openccSimplifier();
const fold = (text: string) => foldChars(text, simplify).join('');

const dist = inject('e2eDist');
const data = <T>(file: string): T => JSON.parse(readFileSync(join(dist, 'data', file), 'utf8')) as T;
const plans = data<{ slug: string; title: string; region: { name: string }; source: { file: string } }[]>('plans.json');

/**
 * What a reader can find in each plan: every seed line (bookmarks removed), every table cell joined
 * across its lines, and every target's name (a commitment's name says what is counted in words
 * that need not be printed together, e.g. 乡镇卫生院等级; its target page is a search record).
 */
const searchable = new Map(
	seedFiles().map((file) => {
		const { plan, nodes } = converted(file);
		const lines = seedText(file).split(/\r?\n/).map((l) => l.replace(/\[bookmark:[^\]]*\]/g, ''));
		const cells = nodes.flatMap((n) => (n.kind === 'table' ? [n.grid] : n.kind === 'box' && n.grid ? [n.grid] : [])).flatMap((g) => [...g.header.map((h) => h.text), ...g.rows.flatMap((r) => r.cells.map((c) => c.text))]);
		return [plan.slug, [...lines, ...cells, ...plan.indicators.map((i) => i.name)].map(fold)] as const;
	}),
);
/** Plans that hold the term: a seed line or table cell holding every word of it, folded. */
const plansContaining = (term: string) => {
	const words = queryWords(term).map(fold);
	return [...searchable].filter(([, texts]) => texts.some((t) => words.every((w) => t.includes(w)))).map(([slug]) => slug).sort();
};

const JOURNALISTS = ['婴儿死亡率', '医共体', '医联体', '胸痛中心', '卒中中心', '家庭医生签约', '健康素养', '社区医院', '村卫生室', '疾控中心', '死亡率', '互联网+医疗健康', '托位', '中医馆', '国医堂', '负压救护车', '120急救', '二节'];

/**
 * Terms from the plans: journalists' examples, every target and project name (dist/data), every
 * 2–4 character piece of those names (死亡率 from 婴儿死亡率), and 400 pieces of 2–6 characters cut at
 * random places from the seeds' Chinese text — pieces inside a word, which word-based search misses.
 */
function terms(): { all: string[]; random: Set<string> } {
	const names = [...new Set([...data<{ name: string }[]>('indicators.json'), ...data<{ name: string }[]>('projects.json')].map((x) => x.name))];
	const pieces = new Set<string>();
	for (const run of names.flatMap((n) => n.match(/\p{Script=Han}+/gu) ?? [])) for (const n of [2, 3, 4]) for (let i = 0; i + n <= run.length; i++) pieces.add(run.slice(i, i + n));
	const runs = seedFiles().flatMap((f) => seedText(f).replace(/\[bookmark:[^\]]*\]/g, '').match(/\p{Script=Han}{2,}/gu) ?? []);
	const random = new Set<string>();
	let seed = 2026;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	while (random.size < 400) {
		const run = runs[Math.floor(next() * runs.length)] as string;
		const n = 2 + Math.floor(next() * 5);
		if (run.length < n) continue;
		const at = Math.floor(next() * (run.length - n + 1));
		random.add(run.slice(at, at + n));
	}
	const all = [...new Set([...JOURNALISTS, ...names, ...pieces, ...random])].filter((t) => plansContaining(t).length > 0);
	return { all, random };
}

type Hit = { plan: string; title: string; kind: string; line: number; text: string; url: string; quote: { start: number; end: number; text: string } };

/** Numbers (with their inner signs and a trailing %) and Latin words: a quote must not begin or end inside one (issue 23: …697人 for 2697人, …0%, …-2个). */
const RUN = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ]+(?:[.．,:：\-－–~～/／][0-9０-９A-Za-zＡ-Ｚａ-ｚ]+)*[%％‰]?/gu;
/** Whether a cut at code point `at` of `text` falls strictly inside a number or a Latin word. */
function cutsRun(text: string, at: number): boolean {
	const offset = [...text].slice(0, at).join('').length;
	for (const m of text.matchAll(RUN)) if (m.index < offset && offset < m.index + m[0].length) return true;
	return false;
}
/** The quote window before issue 23, for comparison: 40 code points before the first match, 140 long. */
function oldWindow(text: string, term: string): { start: number; end: number } {
	const chars = [...fold(text)];
	const words = queryWords(term).map((w) => [...fold(w)]);
	let first = -1;
	for (let k = 0; k < chars.length && first < 0; k++) if (words.some((w) => w.every((c, j) => chars[k + j] === c))) first = k;
	const start = Math.max(0, first - 40);
	return { start, end: Math.min(chars.length, start + 140) };
}
/** Quotes of `hits` that begin or end inside a number or a Latin word: the page's, and the old rule's. */
function cutQuotes(term: string, hits: Hit[]): { cut: string[]; oldCut: number } {
	const cut: string[] = [];
	let oldCut = 0;
	for (const h of hits) {
		if (cutsRun(h.text, h.quote.start) || cutsRun(h.text, h.quote.end)) cut.push(`${term}: ${h.url} …${h.quote.text}…`);
		const old = oldWindow(h.text, term);
		if (cutsRun(h.text, old.start) || cutsRun(h.text, old.end)) oldCut++;
	}
	return { cut, oldCut };
}
type Window = { planCount: (q: string) => Promise<{ count: number; plans: string[] }>; planSearch: (q: string) => Promise<Hit[]> };

let browser: Browser;
let page: Page;
let english: Page;
const { all: list, random } = terms();
const found = new Map<string, string[]>();

async function planSlugs(on: Page, term: string): Promise<string[]> {
	const { plans: slugs } = await on.evaluate(async (q) => (window as unknown as Window).planCount(q), term);
	return [...slugs].sort();
}

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
	await page.goto(new URL('/search/', inject('baseUrl')).href);
	await page.waitForFunction(() => 'planCount' in window);
	english = await browser.newPage();
	await english.goto(new URL('/en/search/', inject('baseUrl')).href);
	await english.waitForFunction(() => 'planCount' in window);
});
afterAll(async () => browser?.close());

describe('Chinese search recall, measured on terms taken from the seeds', () => {
	it('finds every plan that contains each term, and only plans that contain it', async () => {
		expect(list.length).toBeGreaterThanOrEqual(150);
		let expected = 0;
		let hit = 0;
		let returned = 0;
		let correct = 0;
		let randomExpected = 0;
		let randomHit = 0;
		const misses: string[] = [];
		const noise: string[] = [];
		for (const term of list) {
			const got = await planSlugs(page, term);
			found.set(term, got);
			const want = plansContaining(term);
			const ok = want.filter((s) => got.includes(s)).length;
			expected += want.length;
			hit += ok;
			returned += got.length;
			correct += got.filter((s) => want.includes(s)).length;
			if (random.has(term)) {
				randomExpected += want.length;
				randomHit += ok;
			}
			if (ok < want.length) misses.push(`${term}: want ${want.join(',')} got ${got.join(',')}`);
			if (got.some((s) => !want.includes(s))) noise.push(`${term}: want ${want.join(',')} got ${got.join(',')}`);
		}
		const recall = hit / expected;
		const precision = correct / returned;
		console.log(`search recall ${(recall * 100).toFixed(1)}% (${hit}/${expected} plan-term pairs; random seed pieces ${randomHit}/${randomExpected}), plan precision ${(precision * 100).toFixed(1)}% (${correct}/${returned}), ${list.length} terms`);
		expect(misses).toEqual([]);
		expect(recall).toBe(1);
		expect(noise).toEqual([]);
	});

	it('every result the page shows holds the term itself (folded)', async () => {
		// Terms of three or more characters: every hit of each is loaded and read.
		const sample = list.filter((t) => /^\p{Script=Han}{3,}$/u.test(t));
		let records = 0;
		const wrong: string[] = [];
		const cut: string[] = [];
		let oldCut = 0;
		for (const term of sample) {
			const hits = await page.evaluate(async (q) => (window as unknown as Window).planSearch(q), term);
			records += hits.length;
			const quotes = cutQuotes(term, hits);
			cut.push(...quotes.cut);
			oldCut += quotes.oldCut;
			for (const h of hits) if (h.kind !== '指标' && !fold(h.text).includes(fold(term))) wrong.push(`${term}: ${h.url} ${h.text.slice(0, 60)}`);
			const plansOfHits = [...new Set(hits.map((h) => h.plan))].sort();
			expect(plansOfHits, term).toEqual(found.get(term) ?? plansOfHits);
		}
		console.log(`record precision: ${records - wrong.length}/${records} results of ${sample.length} terms hold the term`);
		console.log(`quotes cut inside a number or Latin word: ${cut.length} of ${records} (the old 40-before rule: ${oldCut})`);
		expect(wrong).toEqual([]);
		expect(cut).toEqual([]);
		// Loads every hit of some 3,000 terms: minutes on a busy 2-core machine (not a performance bar).
	}, 600_000);

	it('no result quote begins or ends inside a number or a Latin word: the other terms (two characters, signs, digits, Latin)', async () => {
		const others = [...JOURNALISTS, '≥90%', '≥80', '≤3', '120', '2025', 'CT', '5G', ...list.filter((t) => !/^\p{Script=Han}{3,}$/u.test(t)).slice(0, 120)];
		let records = 0;
		let oldCut = 0;
		const cut: string[] = [];
		for (const term of new Set(others)) {
			const hits = await page.evaluate(async (q) => (window as unknown as Window).planSearch(q), term);
			records += hits.length;
			const quotes = cutQuotes(term, hits);
			cut.push(...quotes.cut);
			oldCut += quotes.oldCut;
		}
		console.log(`quotes cut inside a number or Latin word: ${cut.length} of ${records} quotes of ${new Set(others).size} terms (the old 40-before rule: ${oldCut})`);
		expect(records).toBeGreaterThan(500);
		expect(cut).toEqual([]);
	}, 600_000);

	it('the English search page finds exactly the same plans for every term', async () => {
		const differ: string[] = [];
		for (const term of list) {
			const en = await planSlugs(english, term);
			if ((found.get(term) ?? []).join() !== en.join()) differ.push(`${term}: ${found.get(term)?.join()} vs ${en.join()}`);
		}
		expect(differ).toEqual([]);
	});

	it('a result opens the paragraph: its link carries #p-<line> of a seed line that contains the term', async () => {
		for (const term of ['胸痛中心', '二节', '签约服务']) {
			const hits = (await page.evaluate(async (q) => (window as unknown as Window).planSearch(q), term)).filter((h) => h.kind === '正文');
			expect(hits.length, term).toBeGreaterThan(0);
			for (const hit of hits) {
				const [, slug, anchor] = /^\/plans\/([^/]+)\/#(.+)$/.exec(hit.url) ?? [];
				expect(anchor).toMatch(/^(p|s)-\d/);
				const file = plans.find((p) => p.slug === slug)!.source.file;
				const line = seedText(file).split('\n')[hit.line - 1] ?? '';
				// A table row's record starts at its first line; its cells follow on the next lines.
				const row = seedText(file).split('\n').slice(hit.line - 1, hit.line + 40).join('');
				expect(line.includes(term) || row.replace(/\s+/g, '').includes(term), `${term} ${hit.url}`).toBe(true);
			}
		}
	});
});

describe('every spelling of a term finds what its canonical form finds, in Chromium', () => {
	const toTraditional = Converter({ from: 'cn', to: 't' });
	const fullWidth = (t: string) => t.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
	const urlsOf = async (q: string) => (await page.evaluate(async (term) => (window as unknown as Window).planSearch(term), q)).map((h) => h.url);

	it('the forms readers type: ASCII parentheses, hyphen and signs, full-width digits, traditional script', async () => {
		const forms: [string, string][] = [
			['执业(助理)医师', '执业（助理）医师'],
			['2021-2025', '2021－2025'],
			['>98', '＞98'],
			['１２０', '120'],
			['醫療機構', '医疗机构'],
			['嬰兒死亡率', '婴儿死亡率'],
			['衛生健康', '卫生健康'],
		];
		for (const [variant, canonical] of forms) {
			const want = await urlsOf(canonical);
			expect(want.length, canonical).toBeGreaterThan(0);
			expect(await urlsOf(variant), variant).toEqual(want);
		}
	});

	it('signs with numbers find every record that holds them (≥90%, ≥80, ≤3)', async () => {
		for (const term of ['≥90%', '≥80', '≤3']) {
			const hits = await page.evaluate(async (q) => (window as unknown as Window).planSearch(q), term);
			expect(hits.length, term).toBeGreaterThan(0);
			expect(await planSlugs(page, term), term).toEqual(plansContaining(term));
			for (const h of hits) expect(fold(h.text), term).toContain(fold(term));
		}
	});

	it('random pieces of the seeds, written in traditional script or full-width, find the same records', async () => {
		const sample = [...JOURNALISTS, ...[...random].slice(0, 150)];
		const differ: string[] = [];
		for (const term of sample) {
			const want = (await urlsOf(term)).join();
			for (const variant of [toTraditional(term), fullWidth(term)]) if (variant !== term && (await urlsOf(variant)).join() !== want) differ.push(`${variant} ≠ ${term}`);
		}
		expect(differ).toEqual([]);
	});
});
