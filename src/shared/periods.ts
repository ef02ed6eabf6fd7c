// Five-year plan periods by their ordinal (十四五 is the 14th, 2021–2025): what the converter and
// the site both need to name a plan's period. Pure, no dependencies.

/** The 6th five-year plan began in 1981; they follow each other every five years since. */
const FIRST_START = 1981;
const FIRST_ORDINAL = 6;
const DIGITS = '一二三四五六七八九';

/** The years of the n-th five-year plan (14 → 2021–2025, base year 2020). */
export function periodOfOrdinal(ordinal: number): { start: number; end: number; base_year: number } {
	const start = FIRST_START + (ordinal - FIRST_ORDINAL) * 5;
	return { start, end: start + 4, base_year: start - 1 };
}

/** The ordinal of a period (2021–2025 → 14), or null when the years are not a five-year plan's. */
export function ordinalOfPeriod(period: { start: number; end: number }): number | null {
	const k = (period.start - FIRST_START) / 5;
	return Number.isInteger(k) && k >= 0 && period.end - period.start === 4 ? k + FIRST_ORDINAL : null;
}

/** How Chinese texts call the period (`十四五`, `十五五`), or null when it is not an 11th–19th plan's. */
export function periodName(period: { start: number; end: number }): string | null {
	const n = ordinalOfPeriod(period);
	return n === null || n <= 10 || n >= 20 ? null : `十${DIGITS[n - 11]}五`;
}
