// src/lib/views/plan.ts: what a plan page computes, on the real plans.
import { describe, expect, it } from 'vitest';
import { facilityView, outlineTree, planView, projectsByKind, targetGroups } from '../../src/lib/views/plan.ts';
import { contentPlans } from '../helpers/content.ts';

const plans = contentPlans();
const byTargets = [...plans].sort((a, b) => b.indicators.length - a.indicators.length);
const plan = byTargets[0]!;

describe('outlineTree', () => {
	it('nests headings under the nearest heading of a higher level and drops a trailing 。：:', () => {
		const tree = outlineTree([
			{ id: 's-1', level: 1, title: '第一章 总则', line: 1, style: '第一章' },
			{ id: 's-1-1', level: 2, title: '一、背景：', line: 2, style: '一、' },
			{ id: 's-1-1-1', level: 3, title: '（一）成就。', line: 3, style: '（一）' },
			{ id: 's-1-2', level: 2, title: '二、目标', line: 4, style: '一、' },
			{ id: 's-2', level: 1, title: '第二章', line: 5, style: '第一章' },
		]);
		expect(tree.map((n) => n.id)).toEqual(['s-1', 's-2']);
		expect(tree[0]?.children.map((n) => n.title)).toEqual(['一、背景', '二、目标']);
		expect(tree[0]?.children[0]?.children[0]?.title).toBe('（一）成就');
	});

	it('keeps every heading of a real plan exactly once', () => {
		const count = (nodes: ReturnType<typeof outlineTree>): number => nodes.reduce((n, node) => n + 1 + count(node.children), 0);
		for (const p of plans) expect(count(outlineTree(p.outline)), p.slug).toBe(p.outline.length);
	});
});

describe('targetGroups', () => {
	it('holds every target once, in groups with a chart only where a target has both a baseline and a target value', () => {
		const groups = targetGroups(plan, 'zh');
		// Commitments are listed by their own section, not in the target groups.
		expect(groups.flatMap((g) => g.indicators)).toHaveLength(plan.indicators.filter((i) => !i.commitment).length);
		for (const g of groups) {
			const drawable = g.indicators.some((i) => i.baseline?.value != null && i.target.value !== null);
			expect(g.chart !== null, g.label).toBe(drawable);
		}
		expect(groups.findIndex((g) => g.chart)).toBeGreaterThanOrEqual(0);
		const k = groups.findIndex((g) => g.chart);
		expect(groups[k]?.chart?.svg).toContain(`id="dom-${k}-t"`);
	});

	it('labels domains in English on /en/ and keeps an untranslated domain Chinese, marked zh-CN', () => {
		const en = plans.flatMap((p) => targetGroups(p, 'en'));
		expect(en.some((g) => g.labelLang === 'en')).toBe(true);
		for (const g of en) if (g.labelLang === 'zh-CN') expect(g.label).toMatch(/\p{Script=Han}/u);
		expect(targetGroups(plan, 'zh').every((g) => g.labelLang === 'zh-CN')).toBe(true);
	});
});

describe('projectsByKind and facilityView', () => {
	it('lists every project once under its kind, and no empty kind', () => {
		for (const p of plans) {
			const groups = projectsByKind(p, 'zh');
			expect(groups.flatMap((g) => g.projects)).toHaveLength(p.projects.length);
			expect(groups.every((g) => g.projects.length > 0 && g.projects.every((x) => x.kind === g.kind))).toBe(true);
		}
	});

	it('splits facilities into counts by type (charted) and named institutions', () => {
		const p = plans.find((x) => x.facilities.some((f) => f.name === null && f.count !== null))!;
		const { counts, named, chart } = facilityView(p, 'zh');
		expect(counts.every((f) => f.name === null && f.count !== null)).toBe(true);
		expect(named.every((f) => f.name !== null)).toBe(true);
		expect(chart?.summary).toBeTruthy();
		expect(chart?.svg.match(/<rect /g)?.length).toBe(counts.length);
	});
});

describe('planView', () => {
	it('counts table and prose targets and lists how projects are given', () => {
		const view = planView(plan, 'zh');
		expect(view.targets.table + view.targets.prose).toBe(plan.indicators.filter((i) => !i.commitment).length);
		expect(view.targets.count).toBe(view.targets.table + view.targets.prose);
		expect(view.title.text).toBe(plan.title);
		if (plan.projects.length) expect(view.projects.forms.length).toBeGreaterThan(0);
	});
});

describe('parts of a target on the plan page', () => {
	it('a part (其中公立医院4.2张) is listed right under the target it is part of', async () => {
		const { partsUnderParents } = await import('../../src/lib/compare.ts');
		const at = (id: string, parent?: string) => ({ id, ...(parent ? { parent } : {}) }) as unknown as import('../../src/schema/plan.ts').Indicator;
		expect(partsUnderParents([at('a'), at('b'), at('a1', 'a'), at('c'), at('b1', 'b')]).map((i) => i.id)).toEqual(['a', 'a1', 'b', 'b1', 'c']);
	});
});
