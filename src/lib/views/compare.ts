// View model of a comparison page (/indicators/<id>/): one common target across plans, as a chart
// on one shared scale and a table with one row per statement.
import type { CanonicalIndicator } from '../../shared/glossary.ts';
import { type ChartOutput, targetChart } from '../charts/targets.ts';
import type { Statement } from '../compare.ts';
import { dict } from '../i18n/index.ts';
import { regionName } from '../i18n/plan.ts';
import { unitName } from '../i18n/terms.ts';
import type { Locale } from '../urls.ts';
import { type Labelled, plotted, targetRow } from './targets.ts';

/** One statement of the target in one plan, as a table row. */
export interface ComparisonRow extends Statement {
	region: Labelled;
	/** The baseline's year, shown in the row only when the plans' base years differ (else it heads the column). */
	baselineYear: number | null;
}

/** The statements of plans of one period: its own chart and table (a 2030 target is never drawn beside a 2025 one). */
export interface ComparisonPeriod {
	start: number;
	end: number;
	chart: ChartOutput | null;
	/** The base year shared by the period's plans, or null when they differ. */
	baseYear: number | null;
	rows: ComparisonRow[];
}

/** Everything a comparison page computes, in the page's locale. */
export interface ComparisonView {
	name: string;
	/** The other language's name, shown under the heading. */
	otherName: { text: string; lang: string };
	plans: number;
	better: string | null;
	unit: string | null;
	/** Chart of the statements with a number to draw when all plans share one period; null when none has one or periods differ. */
	chart: ChartOutput | null;
	/** The base year shared by every plan compared (the baseline column's heading), or null when they differ. */
	baseYear: number | null;
	/** Every row, period by period (latest first). */
	rows: ComparisonRow[];
	/** The comparison split by the plans' period, latest first: each period its own chart and table. */
	periods: ComparisonPeriod[];
}

/** The base year every statement's plan shares, or null when they differ. */
export function sharedBaseYear(statements: Statement[]): number | null {
	const years = new Set(statements.map((s) => s.plan.period.base_year));
	return years.size === 1 ? ([...years][0] as number) : null;
}

/** Statements grouped by their plan's period (start–end), latest period first, order kept within a period. */
function byPlanPeriod(statements: Statement[]): { start: number; end: number; statements: Statement[] }[] {
	const groups = new Map<string, { start: number; end: number; statements: Statement[] }>();
	for (const s of statements) {
		const key = `${s.plan.period.start}-${s.plan.period.end}`;
		const group = groups.get(key) ?? { start: s.plan.period.start, end: s.plan.period.end, statements: [] };
		group.statements.push(s);
		groups.set(key, group);
	}
	return [...groups.values()].sort((a, b) => b.end - a.end || b.start - a.start);
}

/**
 * The comparison of a common target across the plans that state it, one chart and table per
 * period of the plans (a “十五五” plan's 2030 target is not set beside a “十四五” plan's 2025 one as
 * if they were alike).
 */
export function comparisonView(entry: CanonicalIndicator, statements: Statement[], locale: Locale): ComparisonView {
	const t = dict(locale);
	const name = locale === 'en' ? entry.en : entry.zh;
	const periods = byPlanPeriod(statements).map((group): ComparisonPeriod => {
		const baseYear = sharedBaseYear(group.statements);
		// A change (`每年降低1个百分点`) is listed in the table but not drawn on the same scale as levels.
		const numeric = group.statements.filter((s) => s.indicator.commitment !== 'change' && plotted(s.indicator));
		const chartRows = numeric.map(({ plan, indicator: i }) =>
			targetRow(i, locale, regionName(plan, locale), {
				text: `${t.sourceKind[i.kind]} · ${i.target.text}${i.target.year && i.target.year !== plan.period.end ? ` (${t.yearRef(i.target.year)})` : ''}`,
				lang: locale === 'en' ? 'zh-CN' : undefined,
			}),
		);
		const id = periodsCount(statements) > 1 ? `compare-${group.end}` : 'compare';
		return {
			start: group.start,
			end: group.end,
			chart: numeric.length > 0 ? targetChart(chartRows, { id, title: t.compare.chartTitle(name), sharedScale: true, t: t.chart }) : null,
			baseYear,
			rows: group.statements.map((s) => ({ ...s, region: regionName(s.plan, locale), baselineYear: baseYear === null ? (s.indicator.baseline?.year ?? s.plan.period.base_year) : null })),
		};
	});
	const only = periods.length === 1 ? (periods[0] as ComparisonPeriod) : null;
	return {
		name,
		otherName: locale === 'en' ? { text: entry.zh, lang: 'zh-CN' } : { text: entry.en, lang: 'en' },
		plans: new Set(statements.map((s) => s.plan.slug)).size,
		better: entry.better === 'lower' ? t.compare.lower : entry.better === 'higher' ? t.compare.higher : null,
		unit: entry.unit ? unitName(entry.unit, locale) : null,
		chart: only?.chart ?? null,
		baseYear: only ? only.baseYear : null,
		rows: periods.flatMap((p) => p.rows),
		periods,
	};
}

const periodsCount = (statements: Statement[]): number => new Set(statements.map((s) => `${s.plan.period.start}-${s.plan.period.end}`)).size;
