import { describe, expect, it } from 'vitest';
import { readTargetClause, splitNameUnit } from '../../src/convert/indicators.ts';
import { converted, SEED } from '../helpers/seeds.ts';

const indicators = (file: string) => converted(file).plan.indicators;
const byId = (file: string, id: string) => indicators(file).find((i) => i.id === id);

describe('indicators from indicator tables', () => {
	it('001 line 119 (row from line 117): 婴儿死亡率 ‰ ≤3 约束性, domain carried from the group column', () => {
		expect(byId(SEED.gulou, 'infant-mortality')).toMatchObject({
			name: '婴儿死亡率',
			canonical: 'infant-mortality',
			name_en: 'Infant mortality rate',
			unit: '‰',
			domain: '居民健康水平',
			baseline: null,
			target: { year: 2025, value: 3, comparator: '<=', text: '≤3' },
			attribute: 'binding',
			attribute_text: '约束性',
			kind: 'table',
			source: { file: SEED.gulou, line: 119 },
			anchor: 'p-117',
		});
	});

	it('002 line 50: baseline 2020 and target 2025 columns (人均预期寿命 80.11 → 80.15以上)', () => {
		expect(byId(SEED.changle, 'life-expectancy')).toMatchObject({
			baseline: { year: 2020, value: 80.11, text: '80.11' },
			target: { year: 2025, value: 80.15, comparator: '>=', text: '80.15以上' },
			domain: '健康素质',
			attribute: 'expected',
		});
	});

	it('004 line 61: the unit in parentheses inside the name (人均预期寿命（岁）), domain from a group row', () => {
		expect(byId(SEED.yongqiao, 'life-expectancy')).toMatchObject({ name: '人均预期寿命', unit: '岁', domain: '健康水平', target: { text: '＞78.2', value: 78.2, comparator: '>' } });
		expect(splitNameUnit('每千常住人口执业（助理）医师数（人）')).toEqual({ name: '每千常住人口执业（助理）医师数', unit: '人' });
		expect(splitNameUnit('国家卫生乡镇（含进入评审程序）数量占比')).toEqual({ name: '国家卫生乡镇（含进入评审程序）数量占比', unit: null });
	});

	it('keeps every table row: 13 in 001, 33 in 002, 25 in 004', () => {
		expect(indicators(SEED.gulou).filter((i) => i.kind === 'table')).toHaveLength(13);
		expect(indicators(SEED.changle).filter((i) => i.kind === 'table')).toHaveLength(33);
		expect(indicators(SEED.yongqiao).filter((i) => i.kind === 'table')).toHaveLength(25);
	});

	it('an unparseable target keeps its text, value null and a note (004 line 144 力争每年降低1个百分点以上)', () => {
		const myopia = byId(SEED.yongqiao, 'child-myopia');
		expect(myopia?.target).toMatchObject({ value: null, text: '力争每年降低1个百分点以上' });
		expect(myopia?.note).toContain('非数值目标');
	});
});

describe('indicators stated in prose', () => {
	it('000 line 65 (no table): 婴儿死亡率控制在3.5‰以内', () => {
		expect(byId(SEED.huaiyin, 'infant-mortality')).toMatchObject({
			kind: 'prose',
			target: { value: 3.5, comparator: '<=', text: '3.5‰以内' },
			unit: '‰',
			source: { line: 65, quote: expect.stringContaining('全区婴儿死亡率控制在3.5‰以内') },
		});
	});

	it('002 line 32: one comparator shared by a list — three targets', () => {
		expect(readTargetClause('孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率控制在8.2/10万、3.3‰和4.0‰以下')).toEqual([
			{ name: '孕产妇死亡率', text: '8.2/10万以下' },
			{ name: '婴儿死亡率', text: '3.3‰以下' },
			{ name: '5岁以下儿童死亡率', text: '4.0‰以下' },
		]);
		const line32 = indicators(SEED.changle).filter((i) => i.source.line === 32).map((i) => i.canonical);
		expect(line32).toEqual(['life-expectancy', 'health-literacy', 'maternal-mortality', 'infant-mortality', 'under5-mortality']);
	});

	it('000 line 65: 均 gives both names the one value (…管理率和0-6岁儿童健康管理率均要求达到90%)', () => {
		const names = indicators(SEED.huaiyin).filter((i) => i.source.line === 65 && i.target.value === 90).map((i) => i.name);
		expect(names).toEqual(['孕产妇健康管理率', '0-6岁儿童健康管理率']);
	});

	it('dated clauses set the year: 002 line 381 到2023年 2.4个, 到2025年 4.5个', () => {
		const places = indicators(SEED.changle).filter((i) => i.source.line === 381 && i.canonical === 'childcare-places-per-1000');
		expect(places.map((i) => [i.target.year, i.target.value])).toEqual([[2023, 2.4], [2025, 4.5]]);
	});

	it('十三五 achievements are not targets (001 line 15: 人均期望寿命79.49岁; 002 line 7: 80.11岁)', () => {
		expect(indicators(SEED.gulou).some((i) => i.source.line === 15)).toBe(false);
		expect(indicators(SEED.changle).some((i) => i.source.line === 7)).toBe(false);
		expect(indicators(SEED.yongqiao).some((i) => i.source.line === 13)).toBe(false);
	});

	it('a qualitative target keeps value null and says so (001 line 89 居民健康素养水平达到全省先进水平)', () => {
		const literacy = indicators(SEED.gulou).find((i) => i.source.line === 89 && i.canonical === 'health-literacy');
		expect(literacy).toMatchObject({ target: { value: null, text: '达到全省先进水平' }, note: expect.stringContaining('文字目标') });
	});
});

describe('table and prose statements of one target', () => {
	it('001: 婴儿死亡率 in the table (≤3) and in prose (3‰左右) are linked, same number → no conflict', () => {
		const table = byId(SEED.gulou, 'infant-mortality')!;
		expect(table.related).toHaveLength(1);
		expect(byId(SEED.gulou, table.related[0]!)).toMatchObject({ kind: 'prose', target: { text: '3‰左右' } });
		expect(table.conflict).toBeNull();
	});

	it('002: 居民健康素养水平 30.32 in the table vs 30%以上 in prose is shown as a disagreement, not resolved', () => {
		const table = byId(SEED.changle, 'health-literacy')!;
		expect(table.target.value).toBe(30.32);
		expect(table.conflict).toContain('表格第99行');
		expect(table.conflict).toContain('正文第32行');
		expect(table.related.length).toBeGreaterThanOrEqual(2);
	});

	it('ids are unique within each plan and use the canonical id first', () => {
		for (const file of Object.values(SEED)) {
			const ids = indicators(file).map((i) => i.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
		expect(byId(SEED.huaiyin, 'maternal-mortality')?.kind).toBe('prose');
	});

	it('003 has no indicator table and no numeric target in its text (its one commitment, a 15分钟 circle, is read by the commitments pass)', () => {
		expect(indicators(SEED.suibin).filter((i) => !i.commitment)).toEqual([]);
	});
});
