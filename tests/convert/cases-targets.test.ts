import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/schema/plan.ts';
import { convertCase } from '../helpers/fixture.ts';

/**
 * Targets, tables and projects of the shared cases (tests/fixtures/cases/README.md); their metadata
 * is tested elsewhere. Indicator-style targets only: quantified commitments (counts such as
 * 争创省级临床重点专科2个) come from a separate pass and carry a `commitment` kind.
 */
const targets = (name: string) => convertCase(name).plan.indicators.filter((i) => !i.commitment);
const brief = (i: Indicator) => ({ name: i.name, value: i.target.value, comparator: i.target.comparator, year: i.target.year });

describe('tables in every layout (cases)', () => {
	it('flattened-table: one cell a line, blank lines between, no tabs → a table of two rows', () => {
		const { plan } = convertCase('flattened-table');
		expect(plan.tables.map((t) => [t.kind, t.rows, t.columns])).toEqual([['indicators', 2, 6]]);
		expect(plan.indicators.map((i) => [i.name, i.unit, i.baseline?.value, i.target.text, i.target.value, i.target.comparator, i.attribute, i.domain])).toEqual([
			['居民健康素养水平', '%', 20.5, '≥28', 28, '>=', 'expected', '健康水平'],
			['每千人口执业(助理)医师数', '人', 2.6, '3.1', 3.1, '=', 'binding', '健康水平'],
		]);
		expect(plan.indicators.every((i) => i.kind === 'table')).toBe(true);
	});

	it('spaced-table: cells separated by spaces, a group cell split by a space (健康 水平), no baseline column', () => {
		const { plan } = convertCase('spaced-table');
		expect(plan.tables.map((t) => [t.kind, t.rows])).toEqual([['indicators', 3]]);
		expect(plan.indicators.map((i) => [i.name, i.unit, i.target.value, i.target.comparator, i.attribute, i.domain, i.baseline])).toEqual([
			['人均预期寿命', '岁', 81, '=', 'expected', '健康水平', null],
			['婴儿死亡率', '‰', 3, '<', 'binding', '健康水平', null],
			['每千常住人口注册护士数', '人', 3.5, '=', 'expected', '服务能力', null],
		]);
	});

	it('header-synonyms: 指标名称 / 计量单位 / 2020年现状值 / 2025年规划值 / 指标类型 read by meaning; ＜４ is 4 with <', () => {
		const found = targets('header-synonyms');
		expect(found.map((i) => [i.name, i.unit, i.baseline?.year, i.baseline?.value, i.target.year, i.target.value, i.target.comparator, i.target.text, i.attribute])).toEqual([
			['人均预期寿命', '岁', 2020, 79.6, 2025, 80.5, '=', '80.5', 'expected'],
			['婴儿死亡率', '‰', 2020, 2.9, 2025, 4, '<', '＜４', 'binding'],
		]);
	});
});

describe('prose targets wherever they stand (cases)', () => {
	it('fullwidth: full-width digits and signs parse to numbers, text as printed', () => {
		expect(targets('fullwidth').map((i) => [i.canonical, i.target.value, i.target.comparator, i.target.text, i.target.year])).toEqual([
			['maternal-mortality', 10, '<=', '１０/10万以下', 2025],
			['immunization-coverage', 98, '>', '＞９８％', 2025],
			['beds-per-1000', 6.5, '=', '６.５张', 2025],
		]);
	});

	it('traditional: three targets matched to canonical indicators, names shown as printed', () => {
		expect(targets('traditional').map((i) => [i.canonical, i.name, i.target.value, i.target.comparator])).toEqual([
			['life-expectancy', '人均預期壽命', 79, '>='],
			['infant-mortality', '嬰兒死亡率', 4, '<='],
			['beds-per-1000', '每千人口醫療衛生機構床位數', 6.2, '='],
		]);
	});

	it('traditional: 床位200張 is a project quantity, not a target', () => {
		const { plan } = convertCase('traditional');
		expect(plan.projects.flatMap((p) => p.quantities)).toContainEqual({ value: 200, unit: '张', text: '200張' });
		expect(plan.indicators.some((i) => i.target.value === 200)).toBe(false);
	});

	it('region-lines: a 分别 list gives four 2030 targets in order', () => {
		expect(targets('region-lines').map((i) => [i.canonical, i.target.text, i.target.year])).toEqual([
			['life-expectancy', '79岁', 2030],
			['maternal-mortality', '12/10万', 2030],
			['infant-mortality', '4.5‰', 2030],
			['under5-mortality', '5.5‰', 2030],
		]);
	});

	it('news-lead: a target with no verb (81岁 at “十四五”末) and a name split from its value by a comma (6.5张)', () => {
		expect(targets('news-lead').map((i) => [i.canonical, i.target.value, i.target.year])).toEqual([
			['life-expectancy', 81, 2025],
			['beds-per-1000', 6.5, 2025],
		]);
	});

	it('news-lead: five projects listed by stage, each named without its verb, the stage kept', () => {
		const staged = convertCase('news-lead').plan.projects.filter((p) => p.stage !== null);
		expect(staged.map((p) => [p.name, p.stage])).toEqual([
			['南平市第一医院新院区一期', '新开工'],
			['南平市妇幼保健院迁建项目', '新开工'],
			['南平市中医院门诊综合楼', '续建'],
			['南平市第一医院新院区二期', '谋划'],
			['南平市传染病医院重建项目', '谋划'],
		]);
	});

	it('draft-reading: counts of the plan’s own indicators (21项) are not targets; 28% is', () => {
		expect(targets('draft-reading').map(brief)).toEqual([{ name: '居民健康素养水平', value: 28, comparator: '>=', year: 2025 }]);
	});

	it('no-headings: a text without a numbered heading still yields its three targets, year 2025', () => {
		expect(targets('no-headings').map((i) => [i.target.text, i.target.value, i.target.comparator, i.target.year])).toEqual([
			['35%以上', 35, '>=', 2025],
			['40%以上', 40, '>=', 2025],
			['不低于72岁', 72, '>=', 2025],
		]);
	});

	it('two-years: one indicator, two years, one sentence → two linked targets, no conflict; smoking for 2030', () => {
		const found = targets('two-years');
		expect(found.map((i) => [i.canonical, i.target.value, i.target.comparator, i.target.year])).toEqual([
			['health-literacy', 22, '>=', 2022],
			['health-literacy', 30, '>=', 2030],
			['smoking-rate', 20, '<=', 2030],
		]);
		const [a, b] = found;
		expect(a?.related).toEqual([b?.id]);
		expect(found.every((i) => i.conflict === null)).toBe(true);
	});

	it('dash-goals: ——bullets, names shared through 和 and 均, a per-population qualifier shared along a list', () => {
		expect(targets('dash-goals').map((i) => [i.canonical, i.target.value, i.target.comparator, i.target.year])).toEqual([
			['doctors-per-1000', 3.9, '=', 2025],
			['nurses-per-1000', 3.6, '=', 2025],
			['hypertension-management', 65, '>=', 2025],
			['diabetes-management', 65, '>=', 2025],
			['elderly-health-management', 75, '=', 2025],
			['oop-share', 25, '<=', 2025],
		]);
	});

	it('notice-wrapper: the 2020 value (background) is not a target; the 2025 one is', () => {
		expect(targets('notice-wrapper').map(brief)).toEqual([{ name: '人均预期寿命', value: 78, comparator: '>=', year: 2025 }]);
	});

	it('portal-header and table-of-contents: their one target each, for 2025', () => {
		expect(targets('portal-header').map((i) => [i.canonical, i.target.value])).toEqual([['infant-mortality', 4]]);
		expect(targets('table-of-contents').map((i) => [i.canonical, i.target.value])).toEqual([['doctors-per-1000', 3.2]]);
	});
});
