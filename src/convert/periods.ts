// Five-year periods: a plan's years follow its own period (十三五 2016–2020, 十四五 2021–2025,
// 十五五 2026–2030 …), never one fixed period. Every rule that depends on a year — which table
// column is the baseline, what “期末” means, which clauses are history — asks this module. The
// naming by ordinal lives in src/shared/periods.ts, which the site reads too.
import type { Plan } from '../schema/plan.ts';
import { periodOfOrdinal } from '../shared/periods.ts';
import { fold } from '../shared/fold.ts';
import { CN_NUMERAL, parseNumeral } from './vocabulary.ts';

export { ordinalOfPeriod, periodName, periodOfOrdinal } from '../shared/periods.ts';

/** The first ordinal a text's period name is read for (the 6th plan, 1981–1985). */
const FIRST_ORDINAL = 6;

/** A plan's period: its first and last year and its base year. */
export type Period = Plan['period'];

/** A five-year plan named by its ordinal, as printed in folded text: `十四五`, `十五五`, `第十四个五年`. */
export const FIVE_YEAR_NAME = `(?:十[一二三四五六七八九]五|第?${CN_NUMERAL}个五年)`;
const NAME = new RegExp(`十([一二三四五六七八九])五|第?(${CN_NUMERAL})个五年`);
const NAMES_G = new RegExp(NAME.source, 'g');

/** The period a text names first (`“十五五”规划`, `第十四个五年规划`), or null. */
export function namedPeriod(text: string): Period | null {
	const m = NAME.exec(fold(text));
	if (!m) return null;
	const n = m[1] ? 10 + (parseNumeral(m[1]) as number) : parseNumeral(m[2] as string);
	return n === null || n < FIRST_ORDINAL ? null : periodOfOrdinal(n);
}

/** Every five-year plan a text names, in order (`十四五末` and `十五五` → two periods). */
export function namedPeriods(text: string): Period[] {
	const out: Period[] = [];
	for (const m of fold(text).matchAll(NAMES_G)) {
		const n = m[1] ? 10 + (parseNumeral(m[1]) as number) : parseNumeral(m[2] as string);
		if (n !== null && n >= FIRST_ORDINAL) out.push(periodOfOrdinal(n));
	}
	return out;
}

/** True when the text names a five-year plan that ended by the plan's base year (十三五 in a 十四五 plan): history. */
export function namesPastPeriod(text: string, period: Period): boolean {
	return namedPeriods(text).some((p) => p.end <= period.base_year);
}

const PERIOD_END = new RegExp(`(${FIVE_YEAR_NAME})[”"’']?(?:期)?末|(?<![十五\\d])期末`);

/**
 * The year a clause's “期末” means: `十四五末` the end of that named period (2025, whichever plan says
 * it), a bare `期末` the plan's own end; null when the clause says neither.
 */
export function periodEndYear(text: string, period: Period): number | null {
	const m = PERIOD_END.exec(fold(text));
	if (!m) return null;
	return m[1] ? (namedPeriod(m[1])?.end ?? period.end) : period.end;
}

/**
 * What a year column of an indicator table is in this plan: up to the base year it is the
 * baseline (2025年 in a 2026–2030 plan), after it a target year.
 */
export function yearRole(year: number, period: Period): 'baseline' | 'target' {
	return year <= period.base_year ? 'baseline' : 'target';
}
