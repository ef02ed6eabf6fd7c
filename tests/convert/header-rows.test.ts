import { describe, expect, it } from 'vitest';
import { isLowerHeaderRow, mergeHeaderRows, runHeaders, splitHeaderRun } from '../../src/convert/header-rows.ts';

const texts = (m: ReturnType<typeof mergeHeaderRows>) => m.map((c) => [c.text, c.over]);

describe('headers that take two rows (header-rows.ts)', () => {
	it('a row of years (and empty cells) continues the header; a row of values does not', () => {
		expect(isLowerHeaderRow(['', '', '', '2020年', '2025年', ''])).toBe(true);
		expect(isLowerHeaderRow(['２０２０年', '２０２５年目标值'])).toBe(true);
		expect(isLowerHeaderRow(['健康水平', '人均预期寿命', '岁', '77.5', '78.5', '预期性'])).toBe(false);
		expect(isLowerHeaderRow(['', '', ''])).toBe(false);
	});

	it('upper row as wide as the table, an empty cell after the spanning one (Word copied as text)', () => {
		const merged = mergeHeaderRows(['领域', '指标', '单位', '指标值', '', '属性'], ['', '', '', '2020年', '2025年', ''], 6);
		expect(texts(merged)).toEqual([
			['领域', null],
			['指标', null],
			['单位', null],
			['2020年', '指标值'],
			['2025年', '指标值'],
			['属性', null],
		]);
	});

	it('upper row narrower, the spanning cell once (how npm run import writes a merge)', () => {
		const merged = mergeHeaderRows(['领域', '指标', '单位', '指标值', '属性'], ['', '', '', '2020年', '2025年', ''], 6);
		expect(merged.map((c) => c.text)).toEqual(['领域', '指标', '单位', '2020年', '2025年', '属性']);
	});

	it('one more column: three years under 指标值', () => {
		const merged = mergeHeaderRows(['指标', '指标值', '属性'], ['', '2020年', '2023年', '2025年', ''], 5);
		expect(merged.map((c) => c.text)).toEqual(['指标', '2020年', '2023年', '2025年', '属性']);
	});

	it('a flattened or spaced run: the years that follow the upper row stand under its 指标值', () => {
		const run = ['领域', '指标', '单位', '指标值', '属性', '2020年', '2025年'];
		const split = splitHeaderRun(run);
		expect(split).toEqual({ upper: [0, 1, 2, 3, -1, 4], lower: [-1, -1, -1, 5, 6, -1] });
		expect(runHeaders(run, split!)).toEqual(['领域', '指标', '单位', '2020年', '2025年', '属性']);
		// A one-row header that merely ends in years is left alone.
		expect(splitHeaderRun(['指标', '单位', '2020年', '2025年'])).toBeNull();
	});
});
