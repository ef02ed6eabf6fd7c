import { describe, expect, it } from 'vitest';
import { HEADER_MEANINGS, roleOf, TABLE_KINDS } from '../../src/convert/rules/headers.ts';
import { convertText, plan } from '../helpers/fixture.ts';

describe('header meanings (rules/headers.ts): every example word of every entry has its role', () => {
	it.each(HEADER_MEANINGS.flatMap((m) => m.example.split(', ').map((word) => [word, m.role] as const)))('%s → %s', (word, role) => {
		expect(roleOf(word)).toBe(role);
	});

	it('matches in either script and width, and with spaces inside (計量單位, ２０２５年目标, 指  标)', () => {
		expect(roleOf('計量單位')).toBe('unit');
		expect(roleOf('２０２５年目标')).toBe('target');
		expect(roleOf('指  标')).toBe('name');
	});

	it('a year up to 2020 is a baseline, a later year a target', () => {
		expect(roleOf('2020年')).toBe('baseline');
		expect(roleOf('2019年')).toBe('baseline');
		expect(roleOf('2022年目标值')).toBe('target');
		expect(roleOf('2030年')).toBe('target');
	});
});

describe('table kinds from what the headers mean (five-line tables)', () => {
	it('指标名称 / 2020年基数 / 2025年目标 is an indicator table with baseline and target', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康规划
			→指标名称
			→2020年基数
			→2025年目标

			→婴儿死亡率（‰）
			→3.1
			→≤3
		`);
		expect(p.tables.map((t) => t.kind)).toEqual(['indicators']);
		expect(p.indicators.map((i) => [i.name, i.unit, i.baseline?.value, i.target.value, i.target.comparator])).toEqual([['婴儿死亡率', '‰', 3.1, 3, '<=']]);
	});

	it('2022年目标值 and 2030年目标值: one target per year, linked as one indicator over time, no conflict', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康规划
			→指标
			→2022年目标值
			→2030年目标值

			→居民健康素养水平（%）
			→22
			→30
		`);
		expect(p.indicators.map((i) => [i.target.year, i.target.value])).toEqual([[2022, 22], [2030, 30]]);
		expect(p.indicators[0]?.related).toEqual([p.indicators[1]?.id]);
		expect(p.indicators.every((i) => i.conflict === null)).toBe(true);
	});

	it('倡导性 keeps attribute null and its printed word; 约束性 and 预期性 map to binding and expected', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康规划
			→指标
			→目标值
			→属性

			→经常参加体育锻炼人数比例（%）
			→40
			→倡导性

			→婴儿死亡率（‰）
			→3
			→约束性
		`);
		expect(p.indicators.map((i) => [i.attribute, i.attribute_text])).toEqual([[null, '倡导性'], ['binding', '约束性']]);
	});

	it('traditional headers (指標名稱 / 計量單位 / 規劃值) classify the same', () => {
		const { plan: p } = convertText(plan`
			某縣衛生健康規劃
			→指標名稱
			→計量單位
			→規劃值

			→孕產婦死亡率
			→1/10萬
			→10
		`);
		expect(p.indicators.map((i) => [i.name, i.unit, i.target.value, i.canonical])).toEqual([['孕產婦死亡率', '1/10萬', 10, 'maternal-mortality']]);
	});

	it.each(TABLE_KINDS.map((k) => [k.kind, k.example] as const))('%s — %s', (kind, example) => {
		const cells = example.split(' | ').map((h) => `\t${h}`).join('\n');
		const { plan: p } = convertText(`某县卫生健康规划\n${cells}\n\n${example.split(' | ').map(() => '\t1').join('\n')}\n`);
		expect(p.tables.map((t) => t.kind)).toEqual([kind]);
	});

	it('a table whose headers mean nothing known is other', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康规划
			→年份
			→备注

			→2021
			→无
		`);
		expect(p.tables.map((t) => t.kind)).toEqual(['other']);
	});
});
