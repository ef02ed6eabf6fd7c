import { describe, expect, it } from 'vitest';
import { openccSimplifier } from '../../src/lib/search/simplify.ts';
import { containsAll, parseQuery, queryWords } from '../../src/lib/search/query.ts';

const parse = (q: string) => parseQuery(q, openccSimplifier());
const words = (q: string) => parse(q).words.map((w) => w.join(''));

describe('what a reader types becomes folded words', () => {
	it('words split at white space, folded (醫療機構 → 医疗机构, ＞９８ → >98)', () => {
		expect(words(' 醫療機構  ＞９８ ')).toEqual(['医疗机构', '>98']);
		expect(parse('醫療機構').printed).toEqual(['醫療機構']);
	});

	it('quotes around a word are dropped: every word is already exact ("医共体", “医共体”, 「胸痛中心」)', () => {
		expect(words('"医共体"')).toEqual(['医共体']);
		expect(queryWords('“医共体” 「胸痛中心」')).toEqual(['医共体', '胸痛中心']);
		expect(words('""')).toEqual([]);
	});

	it('the same word twice is asked once', () => {
		expect(words('健康 健康')).toEqual(['健康']);
	});

	it('signs alone are flagged (%, ‰ +), signs with a number are not (≥90%)', () => {
		expect(parse('%').symbolsOnly).toBe(true);
		expect(parse('‰ +').symbolsOnly).toBe(true);
		expect(parse('≥90%').symbolsOnly).toBe(false);
		expect(parse('').symbolsOnly).toBe(false);
	});
});

describe('a result must contain every word', () => {
	it('on the folded text (鼓楼 001 line 89)', () => {
		const text = [...'到2025年，婴儿死亡率控制在3‰左右'];
		expect(containsAll(text, [[...'婴儿死亡率'], [...'3‰']])).toBe(true);
		expect(containsAll(text, [[...'婴儿死亡率'], [...'胸痛中心']])).toBe(false);
	});
});
