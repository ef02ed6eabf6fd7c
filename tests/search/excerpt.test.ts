// src/lib/search/excerpt.ts: where a result's quote starts and ends.
import { describe, expect, it } from 'vitest';
import { cutsWord, excerptWindow } from '../../src/lib/search/excerpt.ts';

/** The quote of `text` around the first `term`, as the result list prints it (with … where text was left out). */
function quote(text: string, term: string, opts?: { before?: number; length?: number }): string {
	const chars = [...text];
	const at = [...text.slice(0, text.indexOf(term))].length;
	const marked = chars.map((_, k) => k >= at && k < at + [...term].length);
	const { start, end } = excerptWindow(chars, marked, opts);
	return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}

describe('a result quote never starts or ends inside a number, a Latin word or a pair of marks', () => {
	it('cutsWord: inside 2697, 30%, 1-2, 0.98 and COVID; not between a number and a Chinese character', () => {
		const at = (s: string, k: number) => cutsWord([...s], k);
		expect(at('2697人', 1)).toBe(true);
		expect(at('30%的', 2)).toBe(true);
		expect(at('1-2个', 1)).toBe(true);
		expect(at('1-2个', 2)).toBe(true);
		expect(at('0.98名', 2)).toBe(true);
		expect(at('COVID-19', 3)).toBe(true);
		expect(at('2697人', 4)).toBe(false);
		expect(at('共2697', 1)).toBe(false);
		expect(at('，30%', 1)).toBe(false);
	});

	// The cases of issue 23 (the old window began 40 code points before the match wherever that fell).
	const filler = '全面推进基层医疗卫生机构标准化建设和服务能力提升工程';
	it('starts at a clause boundary before the match (…697人 was 2697人)', () => {
		const text = `${filler}，全县家庭医生签约服务覆盖2697人，签约率为100%，重点人群家庭医生签约率达到80%以上。`;
		const q = quote(text, '家庭医生签约率');
		expect(q.startsWith('…全县') || q.startsWith('…签约率为')).toBe(true);
		expect(q).not.toMatch(/^…\d/);
	});
	it('backs off to the start of the number when no boundary is near (30%, 1-2个, 0.98名)', () => {
		for (const [lead, term] of [['建成中医馆比例达到30%', '的中医馆'], ['每个乡镇建设1-2个', '示范村卫生室'], ['每千人口拥有0.98', '名全科医生']] as const) {
			const text = `${'健康'.repeat(30)}${lead}${term}${'服务'.repeat(60)}`;
			const chars = [...text];
			const at = [...text.slice(0, text.indexOf(term))].length;
			const marked = chars.map((_, k) => k >= at && k < at + term.length);
			for (const before of [1, 2, 3, 4, 5, 6, 7]) {
				const { start, end } = excerptWindow(chars, marked, { before, length: 60 });
				expect(cutsWord(chars, start), `${lead} before=${before}`).toBe(false);
				expect(cutsWord(chars, end)).toBe(false);
			}
		}
	});
	it('ends after a clause, and marks cut text with …', () => {
		const text = `婴儿死亡率控制在3.5‰以内，孕产妇死亡率控制在12/10万以内，${'人均预期寿命稳步提高'.repeat(20)}`;
		expect(quote(text, '婴儿死亡率', { length: 40 })).toBe('婴儿死亡率控制在3.5‰以内，孕产妇死亡率控制在12/10万以内，…');
	});
	it('does not start inside a pair of brackets when it can start at its opening mark', () => {
		const text = `${'卫生'.repeat(30)}《健康中国行动2019-2030年》提出的目标，${'提高'.repeat(40)}`;
		const chars = [...text];
		const at = [...text.slice(0, text.indexOf('提出'))].length;
		const marked = chars.map((_, k) => k >= at && k < at + 2);
		const { start } = excerptWindow(chars, marked, { before: 8 });
		expect(chars[start]).toBe('《');
	});
	it('quotes a short text whole', () => {
		expect(quote('婴儿死亡率', '婴儿')).toBe('婴儿死亡率');
	});
});
