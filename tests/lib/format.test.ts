// src/lib/format.ts: plain-words targets and project quantities.
import { describe, expect, it } from 'vitest';
import { describeTarget, quantitiesLabel } from '../../src/lib/format.ts';
import { en, zh } from '../../src/lib/i18n/index.ts';

const target = (over: Partial<Parameters<typeof describeTarget>[0]>) => ({ year: 2025, value: 3, comparator: '<=' as const, text: '≤3', range: null, ...over });

describe('describeTarget', () => {
	it('reads a comparator and value in the dictionary’s words, with a space only after Latin words and units', () => {
		expect(describeTarget(target({}), '‰', zh.comparator)).toBe(`${zh.comparator['<=']}3‰`);
		expect(describeTarget(target({}), 'years', en.comparator)).toBe(`${en.comparator['<=']} 3 years`);
	});

	it('reads a range and falls back to the printed text when nothing was parsed', () => {
		expect(describeTarget(target({ value: null, comparator: 'range', range: [2, 3] }), '个', zh.comparator)).toBe(`${zh.comparator.range}2–3个`);
		expect(describeTarget(target({ value: null, comparator: null, text: '逐步提高' }), null, zh.comparator)).toBe('逐步提高');
		expect(describeTarget(target({ value: null, comparator: null, text: '' }), null, zh.comparator)).toBe('—');
	});
});

describe('quantitiesLabel', () => {
	it('joins quantities with the locale’s separator and number format', () => {
		expect(quantitiesLabel([{ value: 2500, unit: 'm²' }, { value: 5, unit: '台' }])).toBe('2,500 m²，5 台');
		expect(quantitiesLabel([{ value: 2500, unit: 'm²' }, { value: 5, unit: '台' }], 'en', (u) => (u === '台' ? 'units' : u))).toBe('2,500 m², 5 units');
	});
});
