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

/** Everything a comparison page computes, in the page's locale. */
export interface ComparisonView {
	name: string;
	/** The other language's name, shown under the heading. */
	otherName: { text: string; lang: string };
	plans: number;
	better: string | null;
	unit: string | null;
	/** Chart of the statements with a number to draw; null when none has one. */
	chart: ChartOutput | null;
	/** The base year shared by every plan compared (the baseline column's heading), or null when they differ. */
	baseYear: number | null;
	rows: ComparisonRow[];
}

/** The base year every statement's plan shares, or null when they differ. */
export function sharedBaseYear(statements: Statement[]): number | null {
	const years = new Set(statements.map((s) => s.plan.period.base_year));
	return years.size === 1 ? ([...years][0] as number) : null;
}

/** The comparison of a common target across the plans that state it. */
export function comparisonView(entry: CanonicalIndicator, statements: Statement[], locale: Locale): ComparisonView {
	const t = dict(locale);
	const name = locale === 'en' ? entry.en : entry.zh;
	const baseYear = sharedBaseYear(statements);
	// A change (`每年降低1个百分点`) is listed in the table but not drawn on the same scale as levels.
	const numeric = statements.filter((s) => s.indicator.commitment !== 'change' && plotted(s.indicator));
	const chartRows = numeric.map(({ plan, indicator: i }) =>
		targetRow(i, locale, regionName(plan, locale), {
			text: `${t.sourceKind[i.kind]} · ${i.target.text}${i.target.year && i.target.year !== plan.period.end ? ` (${t.yearRef(i.target.year)})` : ''}`,
			lang: locale === 'en' ? 'zh-CN' : undefined,
		}),
	);
	return {
		name,
		otherName: locale === 'en' ? { text: entry.zh, lang: 'zh-CN' } : { text: entry.en, lang: 'en' },
		plans: new Set(statements.map((s) => s.plan.slug)).size,
		better: entry.better === 'lower' ? t.compare.lower : entry.better === 'higher' ? t.compare.higher : null,
		unit: entry.unit ? unitName(entry.unit, locale) : null,
		chart: numeric.length > 0 ? targetChart(chartRows, { id: 'compare', title: t.compare.chartTitle(name), sharedScale: true, t: t.chart }) : null,
		baseYear,
		rows: statements.map((s) => ({ ...s, region: regionName(s.plan, locale), baselineYear: baseYear === null ? (s.indicator.baseline?.year ?? s.plan.period.base_year) : null })),
	};
}
