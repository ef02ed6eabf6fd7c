import { describe, expect, it } from 'vitest';
import { containsAll, planQuery, queryWords } from '../../src/lib/search/query.ts';

describe('what a reader types becomes Pagefind searches', () => {
	it('one Chinese word is one exact phrase, and the answer needs no checking (婴儿死亡率)', () => {
		expect(planQuery(' 婴儿死亡率 ')).toEqual({ words: ['婴儿死亡率'], searches: ['"婴 儿 死 亡 率"'], exact: true });
	});

	it('several words are searched one by one and the answers intersected, then checked (胸痛中心 卒中中心)', () => {
		expect(planQuery('胸痛中心  卒中中心')).toEqual({ words: ['胸痛中心', '卒中中心'], searches: ['"胸 痛 中 心"', '"卒 中 中 心"'], exact: false });
	});

	it('a word with more than Chinese characters is searched by its Chinese runs, then checked (互联网+医疗健康, 120急救)', () => {
		expect(planQuery('互联网+医疗健康')).toEqual({ words: ['互联网+医疗健康'], searches: ['"互 联 网"', '"医 疗 健 康"'], exact: false });
		expect(planQuery('120急救').searches).toEqual(['"急 救"']);
	});

	it('Latin words are asked as typed (infant mortality, ICU)', () => {
		expect(planQuery('infant mortality')).toEqual({ words: ['infant', 'mortality'], searches: ['infant', 'mortality'], exact: false });
		expect(planQuery('ICU').searches).toEqual(['ICU']);
	});

	it('an empty query asks nothing', () => {
		expect(planQuery('   ')).toEqual({ words: [], searches: [], exact: false });
		expect(queryWords('  胸痛中心  卒中中心 ')).toEqual(['胸痛中心', '卒中中心']);
	});

	it('quotes a reader puts around a word are dropped: every search is already exact ("医共体", “医共体”)', () => {
		expect(planQuery('"医共体"')).toEqual(planQuery('医共体'));
		expect(planQuery('“医共体” 「胸痛中心」').words).toEqual(['医共体', '胸痛中心']);
		expect(planQuery('""').searches).toEqual([]);
	});
});

describe('a result must contain every word exactly', () => {
	it('case-insensitive for Latin letters, exact for Chinese (鼓楼 001 line 89)', () => {
		const text = '到2025年，居民人均期望寿命达到80岁，孕产妇死亡率控制在12/10万以下，婴儿死亡率控制在3‰左右';
		expect(containsAll(text, ['婴儿死亡率', '3‰'])).toBe(true);
		expect(containsAll(text, ['婴儿死亡率', '胸痛中心'])).toBe(false);
		expect(containsAll('ICU beds', ['icu'])).toBe(true);
		expect(containsAll(text, ['死亡 率'])).toBe(false);
	});
});
