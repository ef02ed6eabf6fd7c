import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { buildIndex, openccSimplifier, type IndexPlan } from '../../src/lib/search/build.ts';
import { openIndex, planOf, type Answer } from '../../src/lib/search/engine.ts';
import { foldChars } from '../../src/lib/search/fold.ts';
import { queryWords } from '../../src/lib/search/query.ts';
import { sortRecords, type SearchRecord } from '../../src/lib/search/records.ts';
import { converted, seedFiles, seedText } from '../helpers/seeds.ts';

// The index built and searched in memory, without a site build: every line of every seed is one
// record, and what the index answers is checked against plain substring search on the folded text.

const simplify = openccSimplifier();
const fold = (text: string) => foldChars(text, simplify).join('');
const toTraditional = Converter({ from: 'cn', to: 't' });

const plans: IndexPlan[] = seedFiles().map((file) => {
	const { plan } = converted(file);
	return { slug: plan.slug, title: plan.title, region: plan.region.name, province: plan.region.province ?? '' };
});
const records: SearchRecord[] = sortRecords(
	seedFiles().flatMap((file, k) =>
		seedText(file)
			.split(/\r?\n/)
			.map((line) => line.replace(/\[bookmark:[^\]]*\]/g, '').trim())
			.flatMap((text, n) => (text ? [{ plan: plans[k]!.slug, kind: (n % 7 === 0 ? '指标' : '正文') as SearchRecord['kind'], line: n + 1, opens: { anchor: `p-${n + 1}` }, content: text, text, section: '' }] : [])),
	),
	plans.map((p) => p.slug),
);
const folded = records.map((r) => fold(r.content));

/** An index over the seed lines, read through JSON as the browser reads it; small pages so a search crosses many. */
const built = new Map<number, Map<string, unknown>>();
async function open(pageSize = 512) {
	if (!built.has(pageSize)) built.set(pageSize, buildIndex(records, plans, simplify, { pageSize }));
	const files = built.get(pageSize)!;
	return openIndex(async (path) => {
		if (!files.has(path)) throw new Error(`no file ${path}`);
		return JSON.parse(JSON.stringify(files.get(path)));
	});
}
/** Plain substring search: the records whose folded text holds every folded word of the query (quotes around a word dropped, as the page does). */
const truth = (term: string) => folded.flatMap((text, id) => (queryWords(term).every((w) => text.includes(fold(w))) ? [id] : []));

/** Random 1–6 character pieces of the seeds' text, cut anywhere (inside words, across signs and digits). */
function pieces(count: number, seed = 2026): string[] {
	let s = seed;
	const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const out = new Set<string>();
	while (out.size < count) {
		const text = records[Math.floor(next() * records.length)]!.content.replace(/\s+/g, '');
		const n = 1 + Math.floor(next() * 6);
		if (text.length < n) continue;
		const at = Math.floor(next() * (text.length - n + 1));
		const piece = text.slice(at, at + n);
		if (/[\p{L}\p{N}]/u.test(piece)) out.add(piece);
	}
	return [...out];
}

describe('the index finds exactly the records that hold the folded term', () => {
	it('random pieces of every seed, 1–6 characters: recall and precision 100%', async () => {
		const index = await open();
		const wrong: string[] = [];
		for (const term of pieces(1000)) {
			const got = (await index.search(term)).ids;
			const want = truth(term);
			if (got.join() !== want.join()) wrong.push(`${term}: want ${want.length} got ${got.length}`);
		}
		expect(wrong).toEqual([]);
	});

	it('a variant finds what its canonical form finds: traditional script, full-width digits and signs', async () => {
		const index = await open();
		const fullWidth = (t: string) => t.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
		const wrong: string[] = [];
		for (const term of pieces(400, 7)) {
			const canonical = (await index.search(term)).ids.join();
			for (const variant of [toTraditional(term), fullWidth(term)]) {
				if ((await index.search(variant)).ids.join() !== canonical) wrong.push(`${variant} ≠ ${term}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('the forms readers type: (助理) = （助理）, 2021-2025 = 2021－2025, >98 = ＞98, １２０ = 120, 醫療機構 = 医疗机构', async () => {
		const index = await open();
		for (const [variant, canonical] of [['执业(助理)医师', '执业（助理）医师'], ['2021-2025', '2021－2025'], ['>98', '＞98'], ['１２０', '120'], ['醫療機構', '医疗机构'], ['嬰兒死亡率', '婴儿死亡率'], ['衛生健康', '卫生健康']] as const) {
			const want = (await index.search(canonical)).ids;
			expect(want.length, canonical).toBeGreaterThan(0);
			expect((await index.search(variant)).ids, variant).toEqual(want);
		}
	});

	it('signs with numbers find what holds them (≥90%, ≥80, ≤3)', async () => {
		const index = await open();
		for (const term of ['≥90%', '≥80', '≤3']) {
			const want = truth(term);
			expect(want.length, term).toBeGreaterThan(0);
			expect((await index.search(term)).ids, term).toEqual(want);
		}
	});

	it('several words: records holding all of them (婴儿死亡率 孕产妇死亡率)', async () => {
		const index = await open();
		const want = truth('婴儿死亡率 孕产妇死亡率');
		expect(want.length).toBeGreaterThan(0);
		expect((await index.search('婴儿死亡率 孕产妇死亡率')).ids).toEqual(want);
	});

	it('a phrase never runs across white space (第二节  存在 does not hold 节存)', async () => {
		const index = await open();
		expect(folded.some((t) => t.replace(/\s+/g, '').includes('节存'))).toBe(true);
		expect((await index.search('节存')).ids).toEqual(truth('节存'));
	});

	it('signs alone ask nothing and say so', async () => {
		const index = await open();
		const answer = await index.search('% ‰');
		expect(answer.query.symbolsOnly).toBe(true);
		expect(answer.ids).toEqual([]);
	});
});

describe('results come in order, plan by plan, with counts, and the first ones early', () => {
	it('record order is plan order, then targets before text, then reading order', async () => {
		const index = await open();
		const { ids, byPlan } = await index.search('健康');
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
		const hits = await index.hits(ids);
		const planRank = hits.map((h) => plans.findIndex((p) => p.slug === h.plan.slug));
		expect(planRank).toEqual([...planRank].sort((a, b) => a - b));
		for (const [plan, count] of byPlan) expect(hits.filter((h) => h.plan.slug === plans[plan]!.slug)).toHaveLength(count);
		for (const plan of plans) {
			const mine = hits.filter((h) => h.plan.slug === plan.slug);
			const kinds = mine.map((h) => (h.kind === '指标' ? 0 : 1));
			expect(kinds).toEqual([...kinds].sort());
			const lines = mine.filter((h) => h.kind === '正文').map((h) => h.line);
			expect(lines).toEqual([...lines].sort((a, b) => a - b));
		}
	});

	it('reports page by page: the first report already holds the first results, the last is complete', async () => {
		const index = await open(256);
		const reports: Answer[] = [];
		const final = await index.search('健康', {}, (a) => reports.push(a));
		expect(reports.length).toBeGreaterThan(3);
		expect(reports[0]!.ids.length).toBeGreaterThan(0);
		expect(final.ids.slice(0, reports[0]!.ids.length)).toEqual(reports[0]!.ids);
		expect(reports.at(-1)!.done).toBe(true);
		expect(reports.slice(0, -1).every((r) => !r.done)).toBe(true);
	});

	it('filters: one plan, one kind, one province', async () => {
		const index = await open();
		const all = await index.hits((await index.search('健康')).ids);
		const slug = plans[2]!.slug;
		expect((await index.hits((await index.search('健康', { plan: slug })).ids)).map((h) => h.id)).toEqual(all.filter((h) => h.plan.slug === slug).map((h) => h.id));
		expect((await index.hits((await index.search('健康', { kind: '指标' })).ids)).map((h) => h.id)).toEqual(all.filter((h) => h.kind === '指标').map((h) => h.id));
		const province = plans[0]!.province;
		expect((await index.search('健康', { province })).ids).toEqual(all.filter((h) => h.plan.province === province).map((h) => h.id));
	});

	it('a record number belongs to the plan whose range holds it', async () => {
		const index = await open();
		const { plans: manifestPlans, records: n } = index.manifest;
		for (const id of [0, 1, Math.floor(n / 2), n - 1]) {
			const p = manifestPlans[planOf(manifestPlans, id)]!;
			expect(id >= p.ranges[0] && id < p.ranges[3]).toBe(true);
			expect(records[id]!.plan).toBe(p.slug);
		}
	});
});
