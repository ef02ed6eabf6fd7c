import { describe, expect, it } from 'vitest';
import { formatNumber, NUMBER_FORMATS, symbolChar } from '../../src/import/number-formats.ts';

describe('Word number formats as printed', () => {
	it('chineseCounting: 一 … 十, 十一, 二十, 二十一, 一百, 一百零一, 一百一十', () => {
		const f = NUMBER_FORMATS.chineseCounting as (n: number) => string;
		expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1001].map(f)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一千零一']);
	});
	it('chineseLegalSimplified writes 壹拾 for ten', () => {
		expect([1, 10, 12].map(NUMBER_FORMATS.chineseLegalSimplified as (n: number) => string)).toEqual(['壹', '壹拾', '壹拾贰']);
	});
	it('circled, parenthesised, full-width, zero-padded, letters and roman numerals', () => {
		expect(['decimalEnclosedCircle', 'decimalEnclosedParen', 'decimalEnclosedFullstop', 'decimalFullWidth', 'decimalZero', 'lowerLetter', 'upperRoman', 'ideographTraditional'].map((f) => formatNumber(3, f).text)).toEqual(['③', '⑶', '⒊', '３', '03', 'c', 'III', '丙']);
		expect(formatNumber(27, 'lowerLetter').text).toBe('aa');
		expect(formatNumber(21, 'decimalEnclosedCircle').text).toBe('㉑');
		expect(formatNumber(11, 'ideographTraditional').text).toBe('11');
	});
	it('an unknown format prints decimal and says it is unknown', () => {
		expect(formatNumber(4, 'hebrew1')).toEqual({ text: '4', known: false });
	});
	it('maps symbol-font characters plans use (≥ ≤ ± bullets), and nothing else', () => {
		expect([0xf0b3, 0xf0a3, 0xf0b1].map((c) => symbolChar(c, 'Symbol'))).toEqual(['≥', '≤', '±']);
		expect(symbolChar(0xf0d8, 'Wingdings')).toBe('➢');
		expect(symbolChar(0xf0d8, 'Webdings')).toBeNull();
	});
});
