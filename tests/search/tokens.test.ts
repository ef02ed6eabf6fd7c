import { describe, expect, it } from 'vitest';
import { encodeToken, indexTokens, indexWords, pagefindTerm, wordQuery } from '../../src/lib/search/tokens.ts';

const tokens = (text: string) => [...indexTokens([...text])].map(([t, p]) => `${t}@${p.join(',')}`);

describe('the index holds overlapping pairs of characters, plus the last character of each run', () => {
	it('婴儿死亡率 → 婴儿 儿死 死亡 亡率 and 率 alone, at consecutive positions', () => {
		expect(tokens('婴儿死亡率')).toEqual(['婴儿@0', '儿死@1', '死亡@2', '亡率@3', '率@4']);
	});

	it('every script alike: signs and digits pair too (≥90%)', () => {
		expect(tokens('≥90%')).toEqual(['≥9@0', '90@1', '0%@2', '%@3']);
	});

	it('white space ends a run: no pair across it, and the lone last character keeps the next run from touching (第二节  存在)', () => {
		expect(tokens('第二节  存在')).toEqual(['第二@0', '二节@1', '节@2', '存在@3', '在@4']);
	});

	it('repeats are listed at each position', () => {
		expect(tokens('健康健康')).toEqual(['健康@0,2', '康健@1', '康@3']);
	});
});

describe('a query word asks for its pairs side by side, or a prefix for one character', () => {
	it('胸痛中心 → 胸痛 痛中 中心; 健 → tokens starting with 健', () => {
		expect(wordQuery([...'胸痛中心'])).toEqual({ kind: 'phrase', tokens: ['胸痛', '痛中', '中心'] });
		expect(wordQuery([...'健'])).toEqual({ kind: 'prefix', char: '健' });
	});

	it('as Pagefind searches: an exact phrase of encoded pairs, or the encoded character as a prefix', () => {
		expect(pagefindTerm(wordQuery([...'胸痛中心']))).toBe(`"${['胸痛', '痛中', '中心'].map(encodeToken).join(' ')}"`);
		expect(pagefindTerm(wordQuery([...'健']))).toBe(encodeToken('健'));
	});
});

describe('tokens become words Pagefind keeps whole', () => {
	it('letters and digits only, lower case, one fixed code per character (婴儿 → hv8g1r)', () => {
		expect(encodeToken('婴儿')).toBe('hv8g1r');
		for (const token of ['≥9', '0%', '(助', 'ab', '𠀋字', '率']) expect(encodeToken(token)).toMatch(/^[0-9a-z]+$/);
	});

	it('a character is a prefix of exactly the pairs that start with it (no code is a prefix of another)', () => {
		const chars = ['婴', '儿', '%', 'a', '𠀋', '\uffe5', '\u4e00', '\u9fff'];
		for (const a of chars) for (const b of chars) {
			const pair = encodeToken(a + b);
			expect(pair.startsWith(encodeToken(a))).toBe(true);
			for (const c of chars) if (c !== a) expect(pair.startsWith(encodeToken(c)), `${a}${b} / ${c}`).toBe(false);
		}
	});

	it('a record is its encoded tokens in position order (婴儿死亡率)', () => {
		expect(indexWords([...'婴儿死亡率']).split(' ')).toEqual(['婴儿', '儿死', '死亡', '亡率', '率'].map(encodeToken));
	});
});
