import { describe, expect, it } from 'vitest';
import { hanPhrase, hanRuns, hasHan, indexText } from '../../src/lib/search/tokens.ts';
import { SEED, seedLine } from '../helpers/seeds.ts';

describe('the index holds Chinese one character per word', () => {
	it('splits every Chinese character off (鼓楼 001 line 37: 第二节  存在的问题)', () => {
		expect(seedLine(SEED.gulou, 37)).toBe('第二节  存在的问题');
		expect(indexText(seedLine(SEED.gulou, 37))).toBe('第 二 节 | 存 在 的 问 题');
	});

	it('keeps numbers, Latin words and punctuation as they were (槐荫 000 line 65)', () => {
		expect(seedLine(SEED.huaiyin, 65)).toContain('全区婴儿死亡率控制在3.5‰以内，');
		expect(indexText('全区婴儿死亡率控制在3.5‰以内，')).toBe('全 区 婴 儿 死 亡 率 控 制 在 3.5‰ 以 内 ，');
		expect(indexText('infant mortality rate')).toBe('infant | mortality | rate');
	});

	it('marks a space of the source as a break, so no phrase runs across it', () => {
		expect(indexText('  寅卯 \t辰巳 ')).toBe('寅 卯 | 辰 巳');
	});

	it('leaves text without Chinese characters untouched except its spaces', () => {
		expect(indexText('120')).toBe('120');
		expect(indexText('')).toBe('');
	});
});

describe('a Chinese query is an exact phrase of its characters', () => {
	it('婴儿死亡率 → "婴 儿 死 亡 率"', () => {
		expect(hanPhrase('婴儿死亡率')).toBe('"婴 儿 死 亡 率"');
	});

	it('the phrase of any piece of a line is found inside that line as indexed (every 2–6 character window of 鼓楼 line 37)', () => {
		const line = seedLine(SEED.gulou, 37).replace(/\s+/g, '');
		const indexed = ` ${indexText(seedLine(SEED.gulou, 37)).replace(/ \| /g, ' ')} `;
		for (let n = 2; n <= 6; n++) for (let i = 0; i + n <= line.length; i++) expect(indexed).toContain(` ${hanPhrase(line.slice(i, i + n)).slice(1, -1)} `);
	});

	it('takes the Chinese runs of a mixed word (120急救, 互联网+医疗健康)', () => {
		expect(hanRuns('120急救')).toEqual(['急救']);
		expect(hanRuns('互联网+医疗健康')).toEqual(['互联网', '医疗健康']);
		expect(hanRuns('ICU')).toEqual([]);
		expect(hasHan('ICU')).toBe(false);
		expect(hasHan('5G网络')).toBe(true);
	});
});
