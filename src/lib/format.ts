import type { Comparator, Indicator, Plan } from '../schema/plan.ts';

const COMPARATOR_ZH: Record<Comparator, string> = {
	'=': '达到',
	'<': '低于',
	'<=': '不高于',
	'>': '高于',
	'>=': '不低于',
	'≈': '约为',
	range: '介于',
};

/** Plain-words reading of a target (`不高于 3 ‰`), for summaries and screen readers. */
export function describeTarget(target: Indicator['target'], unit: string | null, words: Record<Comparator, string> = COMPARATOR_ZH): string {
	if (target.value === null && target.range === null) return target.text || '—';
	const u = unit ? (/^[A-Za-z]/.test(unit) ? ` ${unit}` : unit) : '';
	const space = /^[A-Za-z]/.test(words['='] ?? '') ? ' ' : '';
	if (target.range) return `${words.range}${space}${target.range[0]}–${target.range[1]}${u}`;
	return `${words[target.comparator ?? '=']}${space}${target.value}${u}`;
}

export const ATTRIBUTE_ZH = {
	binding: { label: '约束性', explain: '约束性指标是政府必须完成的硬任务，要纳入考核。' },
	expected: { label: '预期性', explain: '预期性指标是希望达到的发展方向，主要靠引导和市场、社会共同努力实现。' },
} as const;

export function regionLabel(plan: Plan): string {
	return [plan.region.province, plan.region.city, plan.region.name].filter(Boolean).join(' · ');
}

/** Outline as a tree for a nested table of contents. */
export interface TocNode {
	id: string;
	title: string;
	children: TocNode[];
}
export function outlineTree(outline: Plan['outline']): TocNode[] {
	const root: TocNode[] = [];
	const stack: { level: number; node: TocNode }[] = [];
	for (const h of outline) {
		const node = { id: h.id, title: h.title.replace(/[。：:]$/, ''), children: [] };
		while (stack.length > 0 && (stack.at(-1) as { level: number }).level >= h.level) stack.pop();
		const parent = stack.at(-1);
		(parent ? parent.node.children : root).push(node);
		stack.push({ level: h.level, node });
	}
	return root;
}

/** The citation string an official pastes into a report. */
export function citation(plan: Plan, indicator: Indicator, url: string): string {
	const status = plan.status ? `（${plan.status}）` : '';
	return `${plan.title}${status}，${indicator.section ? `“${indicator.section.replace(/[。：:]$/, '')}”，` : ''}原文第${indicator.source.line}行：${indicator.name}${indicator.target.text ? ` ${indicator.target.text}` : ''}。${url}`;
}

export const PROJECT_KIND_ZH = {
	'new-building': '新建与扩建',
	renovation: '改建与改造',
	equipment: '设备购置',
	it: '信息化',
	programme: '工程与计划',
} as const;

export const PROJECT_FORM_ZH = {
	box: '专栏',
	table: '项目表',
	'facility-table': '设施规划表',
	prose: '正文',
} as const;

/** `2500 m²，5 台` */
export function quantitiesLabel(quantities: { value: number; unit: string }[], lang = 'zh-CN', unit: (u: string) => string = (u) => u): string {
	return quantities.map((q) => `${q.value.toLocaleString(lang)} ${unit(q.unit)}`).join(lang === 'en' ? ', ' : '，');
}
