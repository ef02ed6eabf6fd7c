import { describe, expect, it } from 'vitest';
import { readTargetClause, splitNameUnit } from '../../src/convert/indicators.ts';
import { convertText, plan } from '../helpers/fixture.ts';
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
			{ name: '孕产妇死亡率', text: '8.2/10万以下', year: null },
			{ name: '婴儿死亡率', text: '3.3‰以下', year: null },
			{ name: '5岁以下儿童死亡率', text: '4.0‰以下', year: null },
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

/** Indicator-style prose targets of a five-line text (not the commitments pass): name, printed value, parsed value, comparator, year. */
const prose = (text: string) => convertText(text).plan.indicators.filter((i) => !i.commitment).map((i) => [i.name, i.target.text, i.target.value, i.target.comparator, i.target.year]);

describe('prose target forms, each in a five-line text', () => {
	it('no verb: 人均期望寿命81岁 is a target; a bare number with no unit after a name is not', () => {
		expect(prose(plan`
			某县卫生健康规划
			二、发展目标
			到2025年，全县人均期望寿命81岁。
		`)).toEqual([['人均期望寿命', '81岁', 81, '=', 2025]]);
		expect(prose(plan`
			某县卫生健康规划
			二、发展目标
			到2025年，全县人均期望寿命81。
		`)).toEqual([]);
	});

	it('a name split from its value by a comma: 千人口医疗机构床位，计划增至6.5张', () => {
		expect(prose(plan`
			某县卫生健康规划
			二、发展目标
			全县千人口医疗机构床位，计划增至6.5张。
		`)).toEqual([['千人口医疗机构床位', '6.5张', 6.5, '=', 2025]]);
	});

	it('“十四五”末 and 期末 mean the end of the plan period', () => {
		const text = plan`
			某县卫生健康规划（2021—2025年）
			二、发展目标
			规划期为2021-2025年。“十四五”末，婴儿死亡率控制在4‰以下。规划期末，孕产妇死亡率控制在10/10万以下。
		`;
		expect(prose(text).map((t) => t[4])).toEqual([2025, 2025]);
	});

	it('one sentence with two years: one name, one value per year, linked and not in conflict', () => {
		const found = convertText(plan`
			某县卫生健康规划
			二、发展目标
			居民健康素养水平到2022年和2030年分别提高到22%和30%以上。
		`).plan.indicators;
		expect(found.map((i) => [i.target.year, i.target.text])).toEqual([[2022, '22%以上'], [2030, '30%以上']]);
		expect(found[1]?.related).toEqual([found[0]?.id]);
		expect(found.map((i) => i.conflict)).toEqual([null, null]);
	});

	it.each([
		['到2022年，全县居民健康素养水平达到22%，到2030年达到30%。', 'the second clause goes on with the first one’s name'],
		['到2022年和2030年，居民健康素养水平分别达到22%和30%。', 'a clause of years, then values one to a year'],
		['居民健康素养水平2022年达到22%，2030年达到30%。', 'a year after the name, then a year opening the next clause'],
		['到2022年，居民健康素养水平达到22%；2030年，居民健康素养水平达到30%。', 'a clause that is only a year'],
	])('two years in one sentence: %s (%s)', (sentence) => {
		const found = convertText(`某县卫生健康规划\n二、发展目标\n${sentence}\n`).plan.indicators;
		expect(found.map((i) => [i.name, i.target.year, i.target.value])).toEqual([['居民健康素养水平', 2022, 22], ['居民健康素养水平', 2030, 30]]);
		expect(found.map((i) => i.conflict)).toEqual([null, null]);
	});

	it('a date range opening a sentence (2021年3月-2024年10月) does not date the targets after it', () => {
		expect(prose(plan`
			某县卫生健康规划
			二、发展目标
			2021年3月-2024年10月，完成县医院门诊楼建设项目。医院病案首页信息报送率达100%。
		`).map((t) => t[4])).toEqual([2025]);
	});

	it('由…提高到…: the value before the verb is the baseline, the year before each value its year', () => {
		const [found] = convertText(plan`
			某县卫生健康规划
			二、发展目标
			人均预期寿命由2020年的78岁提高到2025年的80岁。
		`).plan.indicators;
		expect([found?.name, found?.baseline, found?.target.year, found?.target.value]).toEqual(['人均预期寿命', { year: 2020, value: 78, text: '78岁' }, 2025, 80]);
	});

	it('每千人口拥有…: the per-population names with 拥有 join their canonical indicators', () => {
		const found = convertText(plan`
			某县卫生健康规划
			二、发展目标
			到2025年，每千人口拥有执业（助理）医师3.5人，每千人口拥有注册护士4.0人。
		`).plan.indicators;
		expect(found.map((i) => [i.canonical, i.target.value])).toEqual([['doctors-per-1000', 3.5], ['nurses-per-1000', 4]]);
	});

	it('分别为 pairs names and values; 小于 / 不小于 are comparators', () => {
		expect(prose(plan`
			某县卫生健康规划
			二、发展目标
			到2025年，孕产妇死亡率、婴儿死亡率分别为10/10万、5‰，人均预期寿命不小于80岁。
		`).map((t) => [t[0], t[2], t[3]])).toEqual([['孕产妇死亡率', 10, '='], ['婴儿死亡率', 5, '='], ['人均预期寿命', 80, '>=']]);
	});

	it('——bullets with chained pairs: the per-population qualifier is shared (注册护士 after 每千常住人口…医师)', () => {
		expect(prose(plan`
			某县卫生健康规划
			二、发展目标
			——服务能力。到2025年，每千常住人口执业(助理)医师增至3.9人、注册护士增至3.6人。
		`).map((t) => t[0])).toEqual(['每千常住人口执业(助理)医师', '每千常住人口注册护士']);
	});

	it('names shared through 和 and 均: each name completed by the common tail', () => {
		expect(prose(plan`
			某县卫生健康规划
			二、发展目标
			高血压和糖尿病患者规范管理率均达65%以上。
		`).map((t) => [t[0], t[1]])).toEqual([['高血压患者规范管理率', '65%以上'], ['糖尿病患者规范管理率', '65%以上']]);
	});

	it('a 分别 list pairs names and values in order', () => {
		expect(prose(plan`
			某县卫生健康规划
			一、总体目标
			到2030年，孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别降至12/10万、4.5‰和5.5‰。
		`).map((t) => [t[0], t[1], t[4]])).toEqual([['孕产妇死亡率', '12/10万', 2030], ['婴儿死亡率', '4.5‰', 2030], ['5岁以下儿童死亡率', '5.5‰', 2030]]);
	});

	it('a comparator word that is the verb stays with the value (不低于72岁 → ≥72)', () => {
		expect(prose(plan`
			某县卫生健康规划
			人均健康预期寿命不低于72岁。
		`)).toEqual([['人均健康预期寿命', '不低于72岁', 72, '>=', 2025]]);
	});

	it('background never gives targets: a 2020 value, a 十三五 sentence, what is already reached', () => {
		expect(prose(plan`
			某县卫生健康规划
			2020年，全县人均预期寿命达到77.1岁。
			“十三五”期间，婴儿死亡率降至3.2‰。
			全县居民健康素养水平已达到25%。
			目前，全县每千人口床位数5.2张。
		`)).toEqual([]);
	});

	it('counts of the plan’s own indicators (设置主要指标21项) are not targets', () => {
		expect(prose(plan`
			某县卫生健康规划
			二、主要内容
			《规划》设置主要指标21项，其中约束性指标6项、预期性指标15项。
		`)).toEqual([]);
	});

	it('a change per year (每年降低不少于1个百分点) is not a level target', () => {
		expect(prose(plan`
			某县卫生健康规划
			二、发展目标
			到2025年，总体近视率每年降低不少于1个百分点。
		`)).toEqual([]);
	});
});
