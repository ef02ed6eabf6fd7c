import { describe, expect, it } from 'vitest';
import { COMPARATOR_FORMS, NUMBER_FORMS } from '../../src/convert/rules/values.ts';
import { parseQuantities, parseValue } from '../../src/convert/values.ts';
import { convertText, plan } from '../helpers/fixture.ts';

describe('target values: text kept, number and comparator parsed', () => {
	it.each([
		['≤3', 3, '<='],
		['＞98', 98, '>'],
		['<5.2', 5.2, '<'],
		['＜5.2', 5.2, '<'],
		['>85', 85, '>'],
		['80.15以上', 80.15, '>='],
		['3.3以下', 3.3, '<='],
		['控制在20%以内', 20, '<='],
		['85左右', 85, '≈'],
		['90%及以上', 90, '>='],
		['107之内', 107, '<='],
		['不低于35%', 35, '>='],
		['6.76', 6.76, '='],
	] as const)('%s → %s %s', (text, value, comparator) => {
		expect(parseValue(text)).toMatchObject({ value, comparator });
	});

	it('a range 2-3个 keeps both bounds and no single value', () => {
		expect(parseValue('2-3个')).toMatchObject({ value: null, comparator: 'range', range: [2, 3], unit: '个' });
	});

	it.each(['-', '——', ''])('an empty cell %j is no value and no note', (text) => {
		expect(parseValue(text)).toMatchObject({ value: null, comparator: null, note: null });
	});

	it('says why when unsure: 同比例增加, 力争每年降低1个百分点, 100、100、98.5、100', () => {
		expect(parseValue('同比例增加')).toMatchObject({ value: null, note: '文字目标：同比例增加' });
		expect(parseValue('力争每年降低1个百分点')).toMatchObject({ value: null, note: expect.stringContaining('非数值目标') });
		expect(parseValue('100、100、98.5、100')).toMatchObject({ value: null, note: expect.stringContaining('多个数值') });
	});

	it('units come from the text: ‰ /10万 %', () => {
		expect(parseValue('3.5‰以内').unit).toBe('‰');
		expect(parseValue('12/10万以下').unit).toBe('/10万');
		expect(parseValue('30%以上').unit).toBe('%');
	});
});

describe('project scales', () => {
	it('003 line 84: 新建1200平方米中心用房和库房，购置5台救护车。', () => {
		expect(parseQuantities('新建1200平方米中心用房和库房，购置5台救护车。')).toEqual([
			{ value: 1200, unit: 'm²', text: '1200平方米' },
			{ value: 5, unit: '台', text: '5台' },
		]);
	});

	it('does not read a period 2021-2025 as a scale', () => {
		expect(parseQuantities('2021-2025年建成2家社区医院')).toEqual([{ value: 2, unit: '家', text: '2家' }]);
	});
});

describe('value forms (rules/values.ts), read on the folded view', () => {
	it('full-width signs and digits: ＜４ is 4 with <, ＞９８％ is 98 with > and %', () => {
		expect(parseValue('＜４')).toMatchObject({ value: 4, comparator: '<' });
		expect(parseValue('＞９８％')).toMatchObject({ value: 98, comparator: '>', unit: '%' });
		expect(parseValue('１０/10万以下')).toMatchObject({ value: 10, comparator: '<=', unit: '/10万' });
	});

	it.each(COMPARATOR_FORMS.flatMap((f) => f.example.split(', ').map((e) => [f.name, e.replace(/ \(.*\)$/, ''), f.comparator] as const)))('%s: %s', (_name, example, comparator) => {
		expect(parseValue(example)).toMatchObject({ comparator, note: null });
		expect(parseValue(example).value).not.toBeNull();
	});

	it.each(NUMBER_FORMS.flatMap((f) => f.example.split(', ').map((e) => [f.name, e] as const)))('%s: %s', (name, example) => {
		const parsed = parseValue(example);
		expect(parsed.comparator).toBe(name === 'range' ? 'range' : '=');
		expect(name === 'range' ? parsed.range : parsed.value).not.toBeNull();
	});

	it('a value in a five-line table keeps its printed text and parses on the folded view', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康规划
			→指标
			→目标值

			→适龄儿童免疫规划疫苗接种率（%）
			→＞９８
		`);
		expect(p.indicators.map((i) => [i.target.text, i.target.value, i.target.comparator])).toEqual([['＞９８', 98, '>']]);
	});
});
