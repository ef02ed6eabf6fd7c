// View model of a plan page: everything PlanPage.astro shows that takes computing (outline tree,
// target groups with their charts, projects by kind, facility counts and their chart), so the
// component is markup.
import { barChart } from '../charts/bars.ts';
import { type ChartOutput, targetChart } from '../charts/targets.ts';
import { byDomain } from '../compare.ts';
import { dict } from '../i18n/index.ts';
import { planTitle, regionLabel, regionName } from '../i18n/plan.ts';
import { domainName } from '../i18n/terms.ts';
import type { Locale } from '../urls.ts';
import type { Facility, Indicator, Plan, Project } from '../../schema/plan.ts';
import { targetRow } from './targets.ts';

/** A heading of the table of contents with the headings under it. */
export interface TocNode {
	id: string;
	title: string;
	children: TocNode[];
}

/** The flat outline (headings with levels 1–4) as a tree; a trailing 。：: is dropped from titles. */
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

/** The targets of one domain (or the prose targets), with their chart when any has both a baseline and a target value. */
export interface TargetGroup {
	/** Domain in the locale, or as printed when it has no translation. */
	label: string;
	labelLang: string;
	indicators: Indicator[];
	chart: ChartOutput | null;
}

/** Targets grouped by domain in table order, each group with its baseline → target chart (ids `dom-0`, `dom-1` …). */
export function targetGroups(plan: Plan, locale: Locale): TargetGroup[] {
	const t = dict(locale);
	const name = regionName(plan, locale);
	return byDomain(plan).map(({ domain, indicators }, k) => {
		const translated = domainName(domain, locale);
		const label = translated ?? domain;
		const drawn = indicators.some((i) => i.baseline?.value != null && i.target.value !== null);
		return {
			label,
			labelLang: translated === null ? 'zh-CN' : t.htmlLang,
			indicators,
			chart: drawn ? targetChart(indicators.map((i) => targetRow(i, locale)), { id: `dom-${k}`, title: `${name.text}: ${label}`, t: t.chart }) : null,
		};
	});
}

/** Projects by kind in the dictionary's order of kinds; kinds without projects left out. */
export function projectsByKind(plan: Plan, locale: Locale): { kind: Project['kind']; projects: Project[] }[] {
	const kinds = Object.keys(dict(locale).projectKind) as Project['kind'][];
	return kinds.map((kind) => ({ kind, projects: plan.projects.filter((p) => p.kind === kind) })).filter((g) => g.projects.length > 0);
}

/** Facility counts by type (一级医院8家) with their bar chart, and named institutions. */
export function facilityView(plan: Plan, locale: Locale): { counts: Facility[]; named: Facility[]; chart: ChartOutput | null } {
	const t = dict(locale);
	const counts = plan.facilities.filter((f) => f.name === null && f.count !== null);
	const named = plan.facilities.filter((f) => f.name !== null);
	const bars = counts.map((f) => ({ label: `${f.kind}（${t.lineRef(f.source.line)}）`, lang: 'zh-CN', value: f.count as number }));
	const chart = counts.length > 0 ? barChart(bars, { id: 'facility-counts', title: t.plan.countsChartTitle(regionName(plan, locale).text), unit: t.plan.countsUnit, t: t.chart, locale: t.htmlLang }) : null;
	return { counts, named, chart };
}

/** Everything a plan page computes, in the page's locale. */
export function planView(plan: Plan, locale: Locale) {
	const t = dict(locale);
	// Targets of the indicator table and prose indicators; commitments are listed by CommitmentList.
	const targets = plan.indicators.filter((i) => !i.commitment);
	return {
		title: planTitle(plan, locale),
		region: regionLabel(plan, locale),
		name: regionName(plan, locale),
		toc: outlineTree(plan.outline),
		targets: {
			groups: targetGroups(plan, locale),
			count: targets.length,
			table: targets.filter((i) => i.kind === 'table').length,
			prose: targets.filter((i) => i.kind === 'prose').length,
		},
		projects: {
			byKind: projectsByKind(plan, locale),
			/** How the projects are listed (专栏, 项目表 …), in order of first appearance. */
			forms: [...new Set(plan.projects.map((p) => t.projectForm[p.form]))].join(t.chart.listSep),
		},
		facilities: facilityView(plan, locale),
	};
}
