// Versions on the built site (issue 20): every address published before keeps showing what it showed;
// a plan with three texts has a page per version, a changes page, and pages for what it dropped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, inject, it } from 'vitest';
import { collectAddresses, type AddressList } from '../../scripts/lib/addresses.ts';
import { pageRecords } from '../../src/lib/search/records.ts';
import { DRAFT } from '../helpers/versions.ts';
import { jsonSchemaOf, ZH_DESCRIPTION } from '../../src/schema/data.ts';

const ROOT = join(import.meta.dirname, '../..');
const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const exists = (dist: string, path: string) => existsSync(join(dist, path, 'index.html'));

describe('every address published before lasting ids (tests/fixtures/addresses.json) shows the same thing', () => {
	const saved = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/addresses.json'), 'utf8')) as AddressList;
	const now = collectAddresses(inject('dist'));
	// Issue 23 fixed the English number agreement of a target's plain-words reading on these pages
	// ('reach 1 vehicles' → 'reach 1 vehicle'): interface words, not the target. Their Chinese twins and
	// the start of what they show (name, unit) must still be the same.
	const WORDING = ['changle-weifang/indicators/c327', 'changle-weifang/indicators/c35', 'changle-weifang/indicators/c381', 'gulou-fuzhou/indicators/c215', 'gulou-fuzhou/indicators/c284'].map((p) => `/en/plans/${p}/`);
	it.each(['anchors', 'targets'] as const)('%s', (kind) => {
		expect(saved[kind].length).toBeGreaterThan(400);
		const found = new Map(now[kind].map((a) => [a.url, a]));
		const differ = saved[kind].filter((a) => found.get(a.url)?.fp !== a.fp).map((a) => a.url);
		expect(differ).toEqual(kind === 'targets' ? WORDING : []);
		for (const url of kind === 'targets' ? WORDING : []) {
			expect(found.get(url)?.text, url).toBe(saved[kind].find((a) => a.url === url)?.text);
			expect(found.get(url.replace(/^\/en/, ''))?.fp, url).toBe(saved[kind].find((a) => a.url === url.replace(/^\/en/, ''))?.fp);
		}
	});
	it('a line-based target address names its lasting address (canonical) and shows the same target', () => {
		const html = page(inject('dist'), 'plans/huaiyin-jinan/indicators/l59');
		expect(html).toMatch(/<link rel="canonical" href="[^"]*\/plans\/huaiyin-jinan\/indicators\/chuan-ran-bing-wang-luo-zhi-bao-lv\/"/);
		expect(html).toContain('<h1>传染病网络直报率</h1>');
		expect(page(inject('dist'), 'plans/huaiyin-jinan/indicators/c52')).toMatch(/<h1>[^<]*平均住院日/);
	});
});

describe('a plan with three texts (草稿 → 征求意见稿 → 印发稿)', () => {
	const dist = inject('hostileDist');
	const versions = ['2020-11-17-draft', '2021-03-01-consultation', '2021-09-30-issued'];

	it('has a permanent page per version, in zh and en; earlier ones say so and link to the latest', () => {
		for (const key of versions) {
			for (const prefix of ['', 'en/']) expect(exists(dist, `${prefix}plans/huaiyin-jinan/v/${key}`), `${prefix}${key}`).toBe(true);
		}
		const draft = page(dist, 'plans/huaiyin-jinan/v/2020-11-17-draft');
		expect(draft).toContain('您正在阅读本规划的草稿（2020-11-17），这不是最新版本。');
		expect(draft).toContain('href="/plans/huaiyin-jinan/"');
		expect(page(dist, 'en/plans/huaiyin-jinan/v/2020-11-17-draft')).toContain('You are reading the draft of 2020-11-17 of this plan. It is not the latest version.');
		// The draft's own page still has the paragraph the issued text dropped; the latest page has its tombstone.
		expect(draft).toMatch(/<p id="p-59">传染病网络直报率/);
		expect(page(dist, "plans/huaiyin-jinan")).toMatch(/<p class="retired" id="p-59"><a href="\/plans\/huaiyin-jinan\/v\/2021-03-01-consultation\/#p-59">〔此处原有一段，印发稿（2021-09-30）中已删去；原文见征求意见稿（2021-03-01）：“传染病网络直报率/);
		expect(page(dist, 'plans/huaiyin-jinan/v/2021-09-30-issued')).not.toContain('这不是最新版本');
	});

	it('the plan page lists the versions and links to what changed', () => {
		const html = page(dist, 'plans/huaiyin-jinan');
		for (const key of versions) expect(html).toContain(`href="/plans/huaiyin-jinan/v/${key}/"`);
		expect(html).toContain('href="/plans/huaiyin-jinan/changes/"');
	});

	it('the changes page compares the latest with the one before: counts first, targets dropped, paragraphs as <del>/<ins>', () => {
		const html = page(dist, 'plans/huaiyin-jinan/changes');
		expect(html).toContain('从征求意见稿（2021-03-01）到印发稿（2021-09-30）的变化');
		expect(html).toMatch(/指标：修改0项，新增0项，删去[1-9]\d*项/);
		expect(html).toContain('data-id="chuan-ran-bing-wang-luo-zhi-bao-lv"');
		expect(html).toMatch(/<del>传染病网络直报率/);
		// Any two versions: the draft against the revision lists its six edits.
		const pair = page(dist, 'plans/huaiyin-jinan/changes/2020-11-17-draft--2021-03-01-consultation');
		expect(pair).toContain('指标：修改1项，新增0项，删去0项；项目：修改0项，新增1项，删去0项；段落：修改3段，新增1段，删去1段。');
		expect(pair).toMatch(/<del>健全<\/del><ins>进一步<\/ins>优化医联体模式/);
		expect(page(dist, 'en/plans/huaiyin-jinan/changes')).toContain('Changes from the consultation draft of 2021-03-01 to the issued text of 2021-09-30.');
	});

	it('a dropped target keeps a page (200) saying in which versions it was, with a link to its source there', () => {
		const html = page(dist, 'plans/huaiyin-jinan/indicators/chuan-ran-bing-wang-luo-zhi-bao-lv');
		expect(html).toContain('此项见于草稿（2020-11-17）至征求意见稿（2021-03-01）；印发稿（2021-09-30）中已没有此项。');
		expect(html).toContain('href="/plans/huaiyin-jinan/v/2021-03-01-consultation/#p-59"');
		// A plan first converted now never published line-based addresses: it has none.
		expect(exists(dist, 'plans/huaiyin-jinan/indicators/l59')).toBe(false);
	});

	it('a citation names the version, its SHA-256, and links to the source in that version', () => {
		const html = page(dist, 'plans/huaiyin-jinan/indicators/maternal-mortality');
		expect(html).toMatch(/版本：印发稿（2021-09-30），文本SHA-256：[0-9a-f]{64}/);
		expect(html).toMatch(/href="[^"]*\/plans\/huaiyin-jinan\/v\/2021-09-30-issued\/#p-65"/);
	});

	it('data: plans.json lists the versions, changes.json the changes, both valid against their published schema', () => {
		const plans = JSON.parse(readFileSync(join(dist, 'data/plans.json'), 'utf8')) as { slug: string; versions: { key: string }[]; changes_url: string | null }[];
		const plan = plans.find((p) => p.slug === 'huaiyin-jinan');
		expect(plan?.versions.map((v) => v.key)).toEqual(versions);
		expect(plan?.changes_url).toMatch(/\/plans\/huaiyin-jinan\/changes\/$/);
		const changes = JSON.parse(readFileSync(join(dist, 'data/changes.json'), 'utf8')) as { plan: string; from: string; to: string }[];
		expect(changes.map((c) => `${c.from}→${c.to}`)).toEqual([`${versions[0]}→${versions[1]}`, `${versions[0]}→${versions[2]}`, `${versions[1]}→${versions[2]}`]);
		const ajv = new Ajv2020({ allErrors: true, keywords: [ZH_DESCRIPTION], formats: { uri: (s: string) => URL.canParse(s) } });
		const validate = ajv.compile(jsonSchemaOf('changes.json', 'https://example.org/data/schema/changes.json'));
		expect(validate(changes), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		const indicators = JSON.parse(readFileSync(join(dist, 'data/indicators.json'), 'utf8')) as { plan: string; version: string | null }[];
		for (const i of indicators.filter((r) => r.plan === 'huaiyin-jinan')) expect(i.version).toBe(versions[2]);
	});

	it('search covers only the latest text: a tombstone is not a record; records of a moved unit carry its line', () => {
		const latest = pageRecords(fromHtml(page(dist, 'plans/huaiyin-jinan')), 'huaiyin-jinan');
		expect(latest.find((r) => 'anchor' in r.opens && r.opens.anchor === 'p-59')).toBeUndefined();
		// The draft's page has the line; the index is built from plan pages only (src/integrations/pagefind.ts).
		expect(pageRecords(fromHtml(page(dist, 'plans/huaiyin-jinan/v/2020-11-17-draft')), 'huaiyin-jinan').find((r) => 'anchor' in r.opens && r.opens.anchor === 'p-59')).toBeDefined();
		// The unit added in the revision has a serial above every line of the draft but shows its own line.
		const added = latest.find((r) => r.text.startsWith('四是实施基层卫生人才培养工程'));
		expect(added && 'anchor' in added.opens && Number(added.opens.anchor.slice(2))).toBeGreaterThan(DRAFT.trimEnd().split('\n').length);
		expect(added?.line).toBe(96);
	});
});
