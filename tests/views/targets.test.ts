// src/lib/views/targets.ts: one target as a chart row, on the plan, target and comparison pages.
import { describe, expect, it } from 'vitest';
import { indicatorName, langAttr, plotted, targetRow } from '../../src/lib/views/targets.ts';
import type { Indicator } from '../../src/schema/plan.ts';
import { contentPlans } from '../helpers/content.ts';

const plans = contentPlans();
const all = plans.flatMap((p) => p.indicators);
const withEnglish = all.find((i) => i.name_en && i.unit === '‰' && i.baseline?.value != null && i.target.value !== null) as Indicator;
const withoutEnglish = all.find((i) => !i.name_en) as Indicator;

describe('indicatorName', () => {
	it('has real targets to work on', () => expect([withEnglish, withoutEnglish].every(Boolean)).toBe(true));

	it('is the glossary English on /en/ when there is one, else the printed Chinese', () => {
		expect(indicatorName(withEnglish, 'en')).toEqual({ text: withEnglish.name_en, lang: 'en' });
		expect(indicatorName(withEnglish, 'zh')).toEqual({ text: withEnglish.name, lang: 'zh-CN' });
		expect(indicatorName(withoutEnglish, 'en')).toEqual({ text: withoutEnglish.name, lang: 'zh-CN' });
	});
});

describe('langAttr', () => {
	it('is set only when the label is not in the page language', () => {
		expect(langAttr('zh-CN', 'zh')).toBeUndefined();
		expect(langAttr('en', 'en')).toBeUndefined();
		expect(langAttr('zh-CN', 'en')).toBe('zh-CN');
	});
});

describe('targetRow', () => {
	it('carries the parsed baseline and target, comparator, binding and the unit in the locale', () => {
		const row = targetRow(withEnglish, 'en');
		expect(row).toMatchObject({ label: withEnglish.name_en, lang: undefined, baseline: withEnglish.baseline?.value, target: withEnglish.target.value, comparator: withEnglish.target.comparator, binding: withEnglish.attribute === null ? null : withEnglish.attribute === 'binding', unit: '‰' });
		expect(targetRow(withoutEnglish, 'en').lang).toBe('zh-CN');
		expect(targetRow(withoutEnglish, 'zh').lang).toBeUndefined();
	});

	it('maps expected to false and an unmarked attribute to null, and translates units on /en/', () => {
		const expected = all.find((i) => i.attribute === 'expected') as Indicator;
		const unmarked = all.find((i) => i.attribute === null) as Indicator;
		expect(targetRow(expected, 'zh').binding).toBe(false);
		expect(targetRow(unmarked, 'zh').binding).toBeNull();
		const years = all.find((i) => i.unit === '岁') as Indicator;
		expect(targetRow(years, 'en').unit).toBe('years');
		expect(targetRow(years, 'zh').unit).toBe('岁');
	});

	it('takes another label and a sublabel (a region, on comparisons)', () => {
		const row = targetRow(withEnglish, 'en', { text: 'Changle County', lang: 'en' }, { text: '指标表 · ≤3', lang: 'zh-CN' });
		expect(row).toMatchObject({ label: 'Changle County', lang: undefined, sublabel: '指标表 · ≤3', sublabelLang: 'zh-CN' });
	});
});

describe('plotted', () => {
	it('is true when a target or a baseline value was read, false when neither was', () => {
		expect(plotted(withEnglish)).toBe(true);
		const none = all.find((i) => i.target.value === null && i.baseline?.value == null);
		if (none) expect(plotted(none)).toBe(false);
		expect(plotted({ ...withEnglish, target: { ...withEnglish.target, value: null }, baseline: null })).toBe(false);
	});
});
