// src/lib/views/compare.ts: one common target across plans.
import { describe, expect, it } from 'vitest';
import { canonicalInUse, statementsOf } from '../../src/lib/compare.ts';
import { comparisonView, sharedBaseYear } from '../../src/lib/views/compare.ts';
import { contentPlans } from '../helpers/content.ts';

const plans = contentPlans();
const [top] = canonicalInUse(plans);
const entry = top!.entry;
const statements = statementsOf(plans, entry.id);

describe('comparisonView', () => {
	it('has one row per statement and a chart row per statement with a number', () => {
		const view = comparisonView(entry, statements, 'zh');
		expect(view.rows).toHaveLength(statements.length);
		expect(view.plans).toBe(top!.plans);
		const drawn = statements.filter((s) => s.indicator.target.value !== null || s.indicator.baseline?.value != null).length;
		expect(view.chart?.svg.match(/<g data-row=/g)?.length ?? 0).toBe(drawn);
	});

	it('heads the baseline column with the plans’ shared base year, not a fixed year', () => {
		const view = comparisonView(entry, statements, 'zh');
		expect(view.baseYear).toBe(statements[0]!.plan.period.base_year);
		expect(view.rows.every((r) => r.baselineYear === null)).toBe(true);
		// Plans with another base year (a 13th-plan-period text, say): the year moves into each row.
		const shifted = statements.map((s, k) => (k === 0 ? { ...s, plan: { ...s.plan, period: { ...s.plan.period, base_year: 2015 } } } : s));
		const mixed = comparisonView(entry, shifted, 'zh');
		expect(mixed.baseYear).toBeNull();
		expect(mixed.rows[0]?.baselineYear).toBe(shifted[0]!.indicator.baseline?.year ?? 2015);
	});

	it('names the target in the page language with the other language under it', () => {
		expect(comparisonView(entry, statements, 'en')).toMatchObject({ name: entry.en, otherName: { text: entry.zh, lang: 'zh-CN' } });
		expect(comparisonView(entry, statements, 'zh')).toMatchObject({ name: entry.zh, otherName: { text: entry.en, lang: 'en' } });
	});
});

describe('sharedBaseYear', () => {
	it('is the one base year of the plans compared, null for none or differing years', () => {
		expect(sharedBaseYear(statements)).toBe(statements[0]!.plan.period.base_year);
		expect(sharedBaseYear([])).toBeNull();
		const other = { ...statements[0]!, plan: { ...statements[0]!.plan, period: { ...statements[0]!.plan.period, base_year: 2015 } } };
		expect(sharedBaseYear([...statements, other])).toBeNull();
	});
});

describe('a comparison across periods', () => {
	it('never draws a 2030 target beside a 2025 one: one chart and table per period, latest first', () => {
		const moved = statements.map((s, k) => (k === 0 ? { ...s, plan: { ...s.plan, slug: 'next', period: { start: 2026, end: 2030, base_year: 2025 } }, indicator: { ...s.indicator, target: { ...s.indicator.target, year: 2030 } } } : s));
		const view = comparisonView(entry, moved, 'zh');
		expect(view.periods.map((p) => [p.start, p.end, p.rows.length])).toEqual([[2026, 2030, 1], [2021, 2025, statements.length - 1]]);
		expect(view.periods.every((p) => p.rows.every((r) => r.plan.period.end === p.end))).toBe(true);
		expect(view.chart).toBeNull();
		expect(view.rows).toHaveLength(statements.length);
	});
});
