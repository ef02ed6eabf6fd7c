import type { Plan } from '../schema/plan.ts';
import { fold } from './fold.ts';
import { CN_NUMERAL, parseNumeral } from './vocabulary.ts';

/**
 * Five-year periods: a plan's years follow its own period (十三五 2016–2020, 十四五 2021–2025,
 * 十五五 2026–2030 …), never one fixed period. Every rule that depends on a year — which table
 * column is the baseline, what “期末” means, which clauses are history — asks this module.
 */
export type Period = Plan['period'];

/** The first year of the n-th five-year plan (the 6th began in 1981; they follow each other since). */
const FIRST_START = 1981;
const FIRST_ORDINAL = 6;

/** A five-year plan named by its ordinal, as printed in folded text: `十四五`, `十五五`, `第十四个五年`. */
export const FIVE_YEAR_NAME = `(?:十[一二三四五六七八九]五|第?${CN_NUMERAL}个五年)`;
const NAME = new RegExp(`十([一二三四五六七八九])五|第?(${CN_NUMERAL})个五年`);
const NAMES_G = new RegExp(NAME.source, 'g');

/** The years of a five-year plan from its ordinal (14 → 2021–2025, base year 2020). */
export function periodOfOrdinal(ordinal: number): Period {
	const start = FIRST_START + (ordinal - FIRST_ORDINAL) * 5;
	return { start, end: start + 4, base_year: start - 1 };
}

/** The ordinal of a period (2021–2025 → 14), or null when it is not a five-year plan's period. */
export function ordinalOfPeriod(period: Pick<Period, 'start' | 'end'>): number | null {
	const k = (period.start - FIRST_START) / 5;
	return Number.isInteger(k) && period.end - period.start === 4 ? k + FIRST_ORDINAL : null;
}

/** How the period is called in the text (`十四五`), or null when it is not a five-year plan's. */
export function periodName(period: Pick<Period, 'start' | 'end'>): string | null {
	const n = ordinalOfPeriod(period);
	if (n === null || n <= 10 || n >= 20) return null;
	return `十${'一二三四五六七八九'[n - 11]}五`;
}

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
