import { describe, expect, it } from 'vitest';
import { openccSimplifier } from '../../src/lib/search/simplify.ts';
import { foldChars, occurrences, tableSimplifier } from '../../src/lib/search/fold.ts';

const simplify = openccSimplifier();
const fold = (text: string) => foldChars(text, simplify).join('');

describe('one folding for the index and the query', () => {
	it('full-width digits, letters and signs become ASCII (１２０, ＞98, 2021－2025, （助理）, ％)', () => {
		expect(fold('１２０')).toBe('120');
		expect(fold('＞98')).toBe('>98');
		expect(fold('2021－2025')).toBe('2021-2025');
		expect(fold('执业（助理）医师')).toBe('执业(助理)医师');
		expect(fold('９０％')).toBe('90%');
	});

	it('traditional characters become simplified (醫療機構, 嬰兒死亡率, 衛生健康), Latin letters lower case', () => {
		expect(fold('醫療機構')).toBe('医疗机构');
		expect(fold('嬰兒死亡率')).toBe('婴儿死亡率');
		expect(fold('衛生健康')).toBe('卫生健康');
		expect(fold('ICU')).toBe('icu');
	});

	it('keeps one code point per printed code point, so a match marks the printed span (㎡ stays, ≥ stays)', () => {
		for (const text of ['每千人口床位数（张）≥6.5', '㎡', '醫療機構１２０', '𠀋字']) expect(foldChars(text, simplify)).toHaveLength([...text].length);
		expect(fold('≥90%')).toBe('≥90%');
	});

	it('the browser folds with the build table exactly as the build folds (pairs for characters the corpus holds)', () => {
		const browser = tableSimplifier('醫医療疗機机構构');
		expect(foldChars('醫療機構', browser).join('')).toBe('医疗机构');
		expect(browser('好')).toBe('好');
	});

	it('finds every non-overlapping occurrence, left to right', () => {
		expect(occurrences([...'健康健康城市健康'], [...'健康'])).toEqual([0, 2, 6]);
		expect(occurrences([...'aaa'], [...'aa'])).toEqual([0]);
		expect(occurrences([...'abc'], [])).toEqual([]);
	});
});
