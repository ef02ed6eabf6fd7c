import { describe, expect, it } from 'vitest';
import { indexTokens, shardOf, tokenHead, wordQuery } from '../../src/lib/search/tokens.ts';

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

	it('tokens with the same first character share a shard (a prefix reads one file)', () => {
		expect(tokenHead('健康')).toBe('健');
		expect(shardOf('健康', 128)).toBe(shardOf('健', 128));
		expect(shardOf('𠀋字', 64)).toBeLessThan(64);
	});
});
