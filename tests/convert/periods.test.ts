import { describe, expect, it } from 'vitest';
import { namedPeriod, namedPeriods, namesPastPeriod, periodEndYear, periodName, periodOfOrdinal, yearRole } from '../../src/convert/periods.ts';

const p14 = { start: 2021, end: 2025, base_year: 2020 };
const p15 = { start: 2026, end: 2030, base_year: 2025 };

describe('five-year periods by ordinal (periods.ts)', () => {
	it('十三五, 十四五, 十五五 are 2016–2020, 2021–2025, 2026–2030, named back the same way', () => {
		expect([13, 14, 15].map((n) => periodOfOrdinal(n))).toEqual([
			{ start: 2016, end: 2020, base_year: 2015 },
			p14,
			p15,
		]);
		expect([p14, p15].map(periodName)).toEqual(['十四五', '十五五']);
		expect(periodName({ start: 2022, end: 2026 })).toBeNull();
	});

	it('reads the period a text names, also in traditional script and as 第十四个五年', () => {
		expect(namedPeriod('湄潭县卫生健康事业发展“十五五”规划')).toEqual(p15);
		expect(namedPeriod('第十四個五年規劃')).toEqual(p14);
		expect(namedPeriod('卫生健康事业发展规划')).toBeNull();
		expect(namedPeriods('“十三五”期间成效显著，“十四五”末')).toEqual([periodOfOrdinal(13), p14]);
	});
});

describe('year-dependent rules follow the plan’s own period', () => {
	it('期末 is the plan’s end; a named period’s 末 is that period’s end, whichever plan says it', () => {
		expect(periodEndYear('到期末', p15)).toBe(2030);
		expect(periodEndYear('到“十四五”期末', p15)).toBe(2025);
		expect(periodEndYear('十五五末', p14)).toBe(2030);
		expect(periodEndYear('到2030年', p15)).toBeNull();
	});

	it('a past five-year plan is history: 十三五 in a 十四五 plan, 十四五 in a 十五五 one, never the plan’s own', () => {
		expect(namesPastPeriod('“十三五”期间', p14)).toBe(true);
		expect(namesPastPeriod('“十四五”期间', p15)).toBe(true);
		expect(namesPastPeriod('“十四五”期间', p14)).toBe(false);
		expect(namesPastPeriod('十五五时期', p15)).toBe(false);
	});

	it('a year column up to the base year is the baseline, after it a target', () => {
		expect([2020, 2025].map((y) => yearRole(y, p14))).toEqual(['baseline', 'target']);
		expect([2025, 2030].map((y) => yearRole(y, p15))).toEqual(['baseline', 'target']);
	});
});
