import { describe, expect, it } from 'vitest';
import type { Indicator, Plan } from '../../src/schema/plan.ts';
import { convertCase, convertText, plan } from '../helpers/fixture.ts';

/**
 * The second round of shared cases (tests/fixtures/cases/README.md, “Second round”): each case file
 * with the values its README states, then variants of our own making — spacing, full-width,
 * traditional script, blank lines, where in the text it stands, one more row or column — because the
 * real texts differ from the case files in exactly those ways.
 */
const targets = (p: Plan): Indicator[] => p.indicators.filter((i) => !i.commitment);
const tableRows = (p: Plan) => p.indicators.filter((i) => i.kind === 'table').map((i) => [i.name, i.unit, i.baseline?.year ?? null, i.baseline?.value ?? null, i.target.year, i.target.text, i.target.comparator, i.attribute, i.domain]);

describe('two-row-header: 指标值 spans 2020年 and 2025年 (merged cells)', () => {
	const expected = [
		['人均预期寿命', '岁', 2020, 77.5, 2025, '78.5', '=', 'expected', '健康水平'],
		['婴儿死亡率', '‰', 2020, 4.8, 2025, '<4.5', '<', 'binding', '健康水平'],
		['每千人口注册护士数', '人', 2020, 2.9, 2025, '3.4', '=', 'expected', '服务能力'],
	];

	it('case file: three table targets with baseline, target and attribute, domain carried down; region 来凤县', () => {
		const { plan: p, mdx } = convertCase('two-row-header');
		expect(p.tables.map((t) => [t.kind, t.rows, t.columns])).toEqual([['indicators', 3, 6]]);
		expect(tableRows(p)).toEqual(expected);
		expect(p.region).toMatchObject({ name: '来凤县', city: '恩施土家族苗族自治州', province: '湖北省', code: '422827' });
		// Both header rows are on the page as printed: 指标值 over its two years.
		expect(mdx).toContain('<th scope="col" colSpan="2">指标值</th>');
		expect(mdx).toMatch(/<tr id="p-13"><th scope="col">2020年<\/th><th scope="col">2025年<\/th><\/tr>/);
	});

	it('variant: as `npm run import` writes a Word merge (the spanning cell once, the lower row padded with empty cells)', () => {
		const { plan: p } = convertText(plan`
			来凤县“十四五”卫生健康发展规划
			表1  主要指标

			→领域
			→指标
			→单位
			→指标值
			→属性

			→
			→
			→
			→2020年
			→2025年
			→

			→健康水平
			→人均预期寿命
			→岁
			→77.5
			→78.5
			→预期性

			→
			→婴儿死亡率
			→‰
			→4.8
			→<4.5
			→约束性


			二、重点任务
		`);
		expect(tableRows(p)).toEqual(expected.slice(0, 2));
	});

	it('variant: flattened from HTML (one cell a line, blank lines between): the years follow the upper row', () => {
		const { plan: p } = convertText('来凤县“十四五”卫生健康发展规划\n表1  主要指标\n领域\n\n指标\n\n单位\n\n指标值\n\n属性\n\n2020年\n\n2025年\n\n健康水平\n\n人均预期寿命\n\n岁\n\n77.5\n\n78.5\n\n预期性\n\n服务能力\n\n每千人口注册护士数\n\n人\n\n2.9\n\n3.4\n\n预期性\n');
		expect(tableRows(p)).toEqual([expected[0], expected[2]]);
	});

	it('variant: cells separated by spaces, the years on a second header line, a group cell split by a space', () => {
		const { plan: p } = convertText(plan`
			来凤县“十四五”卫生健康发展规划
			表1  主要指标
			领域 指标 单位 指标值 属性
			2020年 2025年
			健康 水平 人均预期寿命 岁 77.5 78.5 预期性
			服务能力 每千人口注册护士数 人 2.9 3.4 预期性
			二、重点任务
		`);
		expect(tableRows(p)).toEqual([expected[0], expected[2]]);
	});

	it('variant: traditional script and full-width digits (指標值, ２０２０年)', () => {
		const { plan: p } = convertText(plan`
			來鳳縣“十四五”衛生健康發展規劃

			→領域
			→指標
			→單位
			→指標值
			→
			→屬性

			→
			→
			→
			→２０２０年
			→２０２５年
			→

			→健康水平
			→人均預期壽命
			→歲
			→77.5
			→78.5
			→預期性
		`);
		expect(p.indicators.map((i) => [i.name, i.baseline?.year, i.baseline?.value, i.target.year, i.target.value, i.attribute])).toEqual([['人均預期壽命', 2020, 77.5, 2025, 78.5, 'expected']]);
	});

	it('variant: one more year under 指标值 (2020年 / 2023年 / 2025年): two targets a row, one baseline', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康规划

			→指标
			→单位
			→指标值
			→
			→
			→属性

			→
			→
			→2020年
			→2023年
			→2025年
			→

			→人均预期寿命
			→岁
			→77.5
			→78
			→78.5
			→预期性
		`);
		expect(p.indicators.map((i) => [i.baseline?.year, i.baseline?.value, i.target.year, i.target.value])).toEqual([
			[2020, 77.5, 2023, 78],
			[2020, 77.5, 2025, 78.5],
		]);
	});
});

describe('next-period: a “十五五” plan (2026–2030), 2025年 its baseline column', () => {
	it('case file: period 2026–2030; 2030 targets with 2025 baselines; maternal mortality ≤9/10万; region 湄潭县', () => {
		const { plan: p } = convertCase('next-period');
		expect(p.period).toEqual({ start: 2026, end: 2030, base_year: 2025 });
		expect(targets(p).map((i) => [i.canonical, i.baseline?.year ?? null, i.baseline?.value ?? null, i.target.year, i.target.value, i.target.comparator])).toEqual([
			['life-expectancy', 2025, 79.2, 2030, 80.5, '='],
			['doctors-per-1000', 2025, 3.3, 2030, 3.8, '='],
			['maternal-mortality', null, null, 2030, 9, '<='],
		]);
		expect(p.region).toMatchObject({ name: '湄潭县', city: '遵义市', province: '贵州省', code: '520328' });
		// Nothing in it is a 2025 target.
		expect(p.indicators.some((i) => i.target.year === 2025)).toBe(false);
	});

	it('variant: the period only in the title (“十五五”), no (2026—2030年) line', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康事业发展“十五五”规划
			一、发展目标
			到“十五五”期末，全县人均预期寿命达到80岁。
		`);
		expect(p.period).toEqual({ start: 2026, end: 2030, base_year: 2025 });
		expect(p.indicators.map((i) => [i.canonical, i.target.year])).toEqual([['life-expectancy', 2030]]);
	});

	it('variant: “十四五” is the past of a 十五五 plan: its review section and clauses give no targets, 十四五末 means 2025', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康事业发展“十五五”规划
			一、“十四五”时期发展回顾
			全县人均预期寿命达到79岁。
			二、发展目标
			“十四五”期间，每千人口执业（助理）医师数达到3.1人。
			到2030年，全县婴儿死亡率控制在3‰以下。
		`);
		expect(p.indicators.map((i) => [i.canonical, i.target.year])).toEqual([['infant-mortality', 2030]]);
	});

	it('variant: the table spaced (2025年 2030年) and with worded years (2025年基数, 2030年目标值)', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康“十五五”规划
			（2026—2030年）
			指标 单位 2025年基数 2030年目标值 属性
			人均预期寿命 岁 79.2 80.5 预期性
			婴儿死亡率 ‰ 3.5 ≤3 约束性
		`);
		expect(p.indicators.map((i) => [i.name, i.baseline?.year, i.baseline?.value, i.target.year, i.target.text])).toEqual([
			['人均预期寿命', 2025, 79.2, 2030, '80.5'],
			['婴儿死亡率', 2025, 3.5, 2030, '≤3'],
		]);
	});

	it('variant: no period printed anywhere but the table (2025年 | 2030年): the table’s years say it', () => {
		const { plan: p } = convertText(plan`
			湄潭县卫生健康事业发展规划

			→指标
			→单位
			→2025年
			→2030年

			→人均预期寿命
			→岁
			→79.2
			→80.5
		`);
		expect(p.period).toEqual({ start: 2026, end: 2030, base_year: 2025 });
		expect(p.inferred).toContain('period');
		expect(p.indicators.map((i) => [i.baseline?.year, i.target.year])).toEqual([[2025, 2030]]);
	});

	it('variant: a “十三五” plan (2016–2020) reads 2015年 as baseline and 2020年 as target', () => {
		const { plan: p } = convertText(plan`
			某县卫生计生事业发展“十三五”规划

			→指标
			→2015年
			→2020年

			→人均预期寿命（岁）
			→76
			→77
		`);
		expect(p.period).toEqual({ start: 2016, end: 2020, base_year: 2015 });
		expect(p.indicators.map((i) => [i.baseline?.year, i.baseline?.value, i.target.year, i.target.value])).toEqual([[2015, 76, 2020, 77]]);
	});
});

describe('toc-blank-lines: a 目录 at the margin, blank lines between entries, 目　　录 spaced', () => {
	const check = (p: Plan, first = '一、发展基础') => {
		expect(p.outline[0]).toMatchObject({ level: 1, title: first });
		expect(p.outline.every((h) => !/\d$/.test(h.title))).toBe(true);
		expect(p.projects).toEqual([]);
	};

	it('case file: contents shown as a list, 一、发展基础 the first level-1 heading, no project; beds 6.2张; region 新宁县', () => {
		const { plan: p, nodes } = convertCase('toc-blank-lines');
		check(p);
		expect(nodes.filter((n) => n.kind === 'paragraph' && n.role === 'contents')).toHaveLength(6);
		expect(targets(p).map((i) => [i.canonical, i.target.value, i.target.year])).toEqual([['beds-per-1000', 6.2, 2025]]);
		expect(p.region).toMatchObject({ name: '新宁县', code: '430528' });
	});

	it('variant: no blank lines, dotted leaders, 目錄 in traditional script', () => {
		const { plan: p } = convertText(plan`
			新寧縣衛生健康事業發展“十四五”規劃
			目錄
			一、發展基礎……………1
			二、總體要求……………4
			一、發展基礎
			全縣衛生健康事業穩步發展。
			二、總體要求
			到2025年，全縣每千人口醫療衛生機構床位數達到6.2張。
		`);
		check(p, '一、發展基礎');
		expect(p.indicators.map((i) => i.canonical)).toEqual(['beds-per-1000']);
	});

	it('variant: the page number after two spaces and one more entry', () => {
		const { plan: p } = convertText(plan`
			新宁县卫生健康事业发展“十四五”规划

			目  录

			一、发展基础  1

			二、总体要求  4

			三、主要任务  6

			四、保障措施  9

			一、发展基础
			全县卫生健康事业稳步发展。
			二、总体要求
			三、主要任务
			四、保障措施
		`);
		check(p);
		expect(p.outline.map((h) => h.title)).toEqual(['一、发展基础', '二、总体要求', '三、主要任务', '四、保障措施']);
	});
});

describe('toc-blank-lines: where the list stands', () => {
	it('variant: the contents after a portal block and a status line, page numbers in full-width digits', () => {
		const { plan: p, nodes } = convertText(plan`
			索引号：11430528/2022-00012
			发布机构：新宁县卫生健康局
			新宁县卫生健康事业发展“十四五”规划
			（征求意见稿）

			目··录

			一、发展基础 １

			二、总体要求 ４

			附件：重点建设项目表 １２

			一、发展基础
			全县卫生健康事业稳步发展。
			二、总体要求
			到2025年，全县每千人口医疗卫生机构床位数达到6.2张。
		`);
		expect(p.outline.map((h) => h.title)).toEqual(['一、发展基础', '二、总体要求']);
		expect(nodes.filter((n) => n.kind === 'paragraph' && n.role === 'contents')).toHaveLength(3);
		expect(p.projects).toEqual([]);
		expect(p.status).toBe('征求意见稿');
		expect(p.region.code).toBe('430528');
	});
});

describe('headline-projects: a headline lists projects by stage', () => {
	it('case file: four projects named without their verbs, stages kept; headline not the title or region; life expectancy 79岁 (2025)', () => {
		const { plan: p } = convertCase('headline-projects');
		expect(p.projects.map((x) => [x.name, x.stage])).toEqual([
			['市人民医院东院区一期', '启动建设'],
			['市精神卫生中心迁建项目', '启动建设'],
			['市妇幼保健院综合楼', '续建'],
			['市人民医院东院区二期', '谋划'],
		]);
		expect(p.title).toBe('韶关市卫生健康事业发展“十四五”规划');
		expect(p.title_source).toBe('quoted');
		expect(p.region).toMatchObject({ name: '韶关市', level: 'city' });
		expect(targets(p).map((i) => [i.canonical, i.target.value, i.target.year])).toEqual([['life-expectancy', 79, 2025]]);
	});

	it('variant: 新开工 … 续建 … 谋划, no trailing ellipsis', () => {
		const { plan: p } = convertText(plan`
			速览｜今年新开工县人民医院新院区等；续建县中医院住院楼；谋划县疾控中心迁建项目
			近日，《某县“十四五”卫生健康规划》印发。
		`);
		expect(p.projects.map((x) => [x.name, x.stage])).toEqual([
			['县人民医院新院区', '新开工'],
			['县中医院住院楼', '续建'],
			['县疾控中心迁建项目', '谋划'],
		]);
	});

	it('variant: the projects in the lead line after a lead clause (据市卫健委消息，…), not the headline', () => {
		const { plan: p } = convertText(plan`
			韶关卫生健康五年蓝图发布
			据市卫健委消息，五年内将启动建设市人民医院东院区一期、市精神卫生中心迁建项目等；续建市妇幼保健院综合楼等；谋划市人民医院东院区二期。《韶关市卫生健康事业发展“十四五”规划》近日公布。
		`);
		expect(p.projects.map((x) => [x.name, x.stage])).toEqual([
			['市人民医院东院区一期', '启动建设'],
			['市精神卫生中心迁建项目', '启动建设'],
			['市妇幼保健院综合楼', '续建'],
			['市人民医院东院区二期', '谋划'],
		]);
	});

	it('variant: traditional script', () => {
		const { plan: p } = convertText(plan`
			好消息！五年內將啟動建設市人民醫院東院區一期等；續建市婦幼保健院綜合樓等；謀劃市人民醫院東院區二期……
			近日，《韶關市衛生健康事業發展“十四五”規劃》正式印發。
		`);
		expect(p.projects.map((x) => x.stage)).toEqual(['啟動建設', '續建', '謀劃']);
		expect(p.projects.map((x) => x.name)).toEqual(['市人民醫院東院區一期', '市婦幼保健院綜合樓', '市人民醫院東院區二期']);
	});

	it('variant: the same projects listed again in the body are not counted twice', () => {
		const { plan: p } = convertText(plan`
			好消息！五年内将启动建设市人民医院东院区一期等；续建市妇幼保健院综合楼……
			近日，《韶关市卫生健康事业发展“十四五”规划》正式印发。
			一、重点项目
			启动建设市人民医院东院区一期；续建市妇幼保健院综合楼。
		`);
		expect(p.projects.map((x) => x.name)).toEqual(['市人民医院东院区一期', '市妇幼保健院综合楼']);
	});
});

describe('digest-counts: a news digest with counts', () => {
	const brief = (p: Plan) => p.indicators.map((i) => [i.name, i.canonical, i.target.value, i.target.comparator, i.target.year]);
	const expected = [
		['千人均医疗机构床位数', 'beds-per-1000', 7.2, '=', 2025],
		['基本医疗保险参保率', null, 95, '>=', 2025],
		['三级医院数', null, 12, '=', 2025],
		['社区卫生服务机构数', null, 80, '>=', 2025],
		['进入全省医院综合实力前50位的医院数', null, 5, '=', 2025],
	];

	it('case file: five targets for 2025; the title is the quoted plan, not the 《…》出炉 headline; region 宜宾市', () => {
		const { plan: p } = convertCase('digest-counts');
		expect(brief(p)).toEqual(expected);
		expect(p.title).toBe('宜宾市“十四五”卫生健康发展规划');
		expect(p.region).toMatchObject({ name: '宜宾市', code: '511500' });
	});

	it('variant: full-width digits and signs', () => {
		const { plan: p } = convertText('《宜宾市“十四五”卫生健康发展规划》出炉\n规划提出，到２０２５年，全市三级医院达到１２家，社区卫生服务机构达到８０家以上，５家医院进入全省医院综合实力前５０位，千人均医疗机构床位数力争达到７.２张，基本医疗保险参保率稳定在９５％以上。\n');
		expect(brief(p).map((r) => r[2])).toEqual([7.2, 95, 12, 80, 5]);
	});

	it('variant: blank line between headline and digest, clauses in another order', () => {
		const { plan: p } = convertText('《宜宾市“十四五”卫生健康发展规划》正式发布\n\n规划提出，到2025年，千人均医疗机构床位数力争达到7.2张，5家医院进入全省医院综合实力前50位，全市三级医院达到12家。\n');
		expect(brief(p)).toEqual([expected[0], expected[4], expected[2]]);
		expect(p.title).toBe('宜宾市“十四五”卫生健康发展规划');
	});

	it('variant: a target in the headline itself, restated in the digest (linked, not a conflict)', () => {
		const { plan: p } = convertText('速览｜宜宾：到2025年人均预期寿命将达到79岁……\n据市卫健委消息，《宜宾市“十四五”卫生健康发展规划》近日公布。到2025年，全市人均预期寿命达到79岁。\n');
		expect(p.indicators.map((i) => [i.canonical, i.target.value, i.target.year, i.source.line, i.conflict])).toEqual([
			['life-expectancy', 79, 2025, 1, null],
			['life-expectancy', 79, 2025, 2, null],
		]);
		expect(p.indicators[0]?.related).toEqual([p.indicators[1]?.id]);
	});

	it('variant: traditional script', () => {
		const { plan: p } = convertText('《宜賓市“十四五”衛生健康發展規劃》出爐\n規劃提出，到2025年，全市三級醫院達到12家，千人均醫療機構床位數力爭達到7.2張。\n');
		expect(p.indicators.map((i) => [i.canonical, i.target.value])).toEqual([['beds-per-1000', 7.2], [null, 12]]);
		expect(p.title).toBe('宜賓市“十四五”衛生健康發展規劃');
	});
});

describe('sub-targets: a target and its part (其中…)', () => {
	const brief = (p: Plan) => p.indicators.map((i) => [i.name, i.canonical, i.target.text, i.target.value, i.parent ?? null]);

	it('case file: beds 6.8张 and its part public hospitals 4.2张, doctors 3.4人 and TCM doctors 0.55人, each part named with and linked to its parent', () => {
		const { plan: p } = convertCase('sub-targets');
		expect(brief(p)).toEqual([
			['每千常住人口医疗卫生机构床位数', 'beds-per-1000', '6.8张', 6.8, null],
			['每千常住人口医疗卫生机构床位数（公立医院）', null, '4.2张左右', 4.2, 'beds-per-1000'],
			['每千常住人口执业（助理）医师数', 'doctors-per-1000', '3.4人', 3.4, null],
			['每千常住人口执业（助理）医师数（中医类别）', null, '0.55人', 0.55, 'doctors-per-1000'],
		]);
		expect(p.region).toMatchObject({ name: '德清县', code: '330521' });
		// A part's link names its parent by the parent's lasting id.
		for (const i of p.indicators) if (i.parent) expect(p.indicators.map((o) => o.id)).toContain(i.parent);
	});

	it('variant: half-width parentheses and no 左右', () => {
		const { plan: p } = convertText('某县卫生健康规划\n二、发展目标\n到2025年，每千人口医疗卫生机构床位数达到6.8张(其中公立医院4.2张)。\n');
		expect(brief(p)).toEqual([
			['每千人口医疗卫生机构床位数', 'beds-per-1000', '6.8张', 6.8, null],
			['每千人口医疗卫生机构床位数（公立医院）', null, '4.2张', 4.2, 'beds-per-1000'],
		]);
	});

	it('variant: traditional script', () => {
		const { plan: p } = convertText('某縣衛生健康規劃\n二、發展目標\n到2025年，每千常住人口執業（助理）醫師數達到3.4人（其中中醫類別0.55人）。\n');
		expect(brief(p).map((r) => [r[0], r[3], r[4]])).toEqual([
			['每千常住人口執業（助理）醫師數', 3.4, null],
			['每千常住人口執業（助理）醫師數（中醫類別）', 0.55, 'doctors-per-1000'],
		]);
	});

	it('variant: a part in a clause of its own after a semicolon-free list, two parts', () => {
		const { plan: p } = convertText('某县卫生健康规划\n二、发展目标\n到2025年，每千常住人口医疗卫生机构床位数达到6.8张，其中公立医院4.2张，其中民营医院2张。\n');
		expect(brief(p).map((r) => [r[0], r[3], r[4]])).toEqual([
			['每千常住人口医疗卫生机构床位数', 6.8, null],
			['每千常住人口医疗卫生机构床位数（公立医院）', 4.2, 'beds-per-1000'],
			['每千常住人口医疗卫生机构床位数（民营医院）', 2, 'beds-per-1000'],
		]);
	});
});

describe('sub-targets in an indicator table: a 其中 row under its whole', () => {
	it('其中：公立医院 is a part of the row above it, named with and linked to it; the next whole row is not', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康规划

			→指标
			→单位
			→2020年
			→2025年

			→每千人口医疗卫生机构床位数
			→张
			→5.9
			→6.8

			→其中：公立医院
			→张
			→3.9
			→4.2

			→每千人口执业（助理）医师数
			→人
			→2.9
			→3.4
		`);
		expect(p.indicators.map((i) => [i.name, i.canonical, i.baseline?.value, i.target.value, i.parent ?? null])).toEqual([
			['每千人口医疗卫生机构床位数', 'beds-per-1000', 5.9, 6.8, null],
			['每千人口医疗卫生机构床位数（公立医院）', null, 3.9, 4.2, 'beds-per-1000'],
			['每千人口执业（助理）医师数', 'doctors-per-1000', 2.9, 3.4, null],
		]);
	});
});

describe('share-of-units: shares of institutions', () => {
	const shares = (p: Plan) => p.indicators.filter((i) => i.commitment === 'share').map((i) => [i.target.text, i.target.value, i.target.comparator, i.note]);

	it('case file: 100%, ≥80% and 全部 as 100% marked as read from a word; region 龙游县', () => {
		const { plan: p } = convertCase('share-of-units');
		expect(shares(p)).toEqual([
			['100%', 100, '=', null],
			['80%以上', 80, '>=', null],
			['全部', 100, '=', '“全部”按100%计（推断）'],
		]);
		// 全部达到二级甲等 is that share, not also a second (level) promise.
		expect(p.indicators).toHaveLength(3);
		expect(p.region).toMatchObject({ name: '龙游县', code: '330825' });
	});

	it('variant: full-width digits and signs', () => {
		const { plan: p } = convertText('龙游县中医药发展“十四五”规划\n二、发展目标\n到2025年，１００％的乡镇卫生院建成中医馆，８０％以上的村卫生室能够提供中医药服务。\n');
		expect(shares(p).map((r) => [r[1], r[2]])).toEqual([[100, '='], [80, '>=']]);
	});

	it('variant: traditional script', () => {
		const { plan: p } = convertText('龍遊縣中醫藥發展“十四五”規劃\n二、發展目標\n到2025年，100%的鄉鎮衛生院建成中醫館，縣級中醫醫院全部達到二級甲等水平。\n');
		expect(shares(p).map((r) => [r[1], r[3]])).toEqual([[100, null], [100, '“全部”按100%计（推断）']]);
	});

	it('variant: the goal under a ——bullet', () => {
		const { plan: p } = convertText('某县中医药发展规划\n二、发展目标\n——80%以上的村卫生室能够提供中医药服务。\n');
		expect(shares(p).map((r) => [r[1], r[2]])).toEqual([[80, '>=']]);
	});
});

describe('chrome-title: a copied web page with site chrome and a title written as a file name', () => {
	it('case file: title without chrome or extension; chrome lines kept as page info; region 沁源县', () => {
		const { plan: p, nodes } = convertCase('chrome-title');
		expect(p.title).toBe('沁源县“十四五”卫生健康事业发展规划');
		expect(nodes.slice(0, 3).map((n) => (n.kind === 'paragraph' ? n.role : n.kind))).toEqual(['portal', 'portal', 'portal']);
		expect(p.region).toMatchObject({ name: '沁源县', code: '140431' });
		expect(targets(p).map((i) => i.canonical)).toEqual(['maternal-mortality']);
	});

	it('variant: other chrome (登录 | 注册, 当前位置 breadcrumb) and a .doc name', () => {
		const { plan: p } = convertText(plan`
			登录 | 注册
			当前位置：首页 » 政策文件
			沁源县“十四五”卫生健康事业发展规划.doc
			一、规划背景
		`);
		expect(p.title).toBe('沁源县“十四五”卫生健康事业发展规划');
	});

	it('variant: a tag cloud in traditional script, blank lines between the chrome lines', () => {
		const { plan: p } = convertText('VIP\n\n政策法規更新政策法規推薦政策法規熱門\n\n沁源縣“十四五”衛生健康事業發展規劃.docx\n一、規劃背景\n');
		expect(p.title).toBe('沁源縣“十四五”衛生健康事業發展規劃');
	});

	it('variant: a title without chrome keeps a dot that is no file extension', () => {
		const { plan: p } = convertText('沁源县“十四五”卫生健康事业发展规划\n一、规划背景\n');
		expect(p.title).toBe('沁源县“十四五”卫生健康事业发展规划');
	});
});

describe('units named otherwise than the official list', () => {
	it('autonomous-short (case file): 长阳县 is 长阳土家族自治县 420528, the printed name in the note', () => {
		const { plan: p } = convertCase('autonomous-short');
		expect(p.region).toMatchObject({ name: '长阳土家族自治县', city: '宜昌市', province: '湖北省', code: '420528', level: 'autonomous-county' });
		expect(p.title).toBe('长阳县卫生健康事业发展“十四五”规划');
		expect(p.notes.map((n) => n.message).join('')).toContain('“长阳县”');
	});

	it('autonomous-short variants: traditional script, after its city, another autonomous county (恭城县)', () => {
		expect(convertText('長陽縣衛生健康事業發展“十四五”規劃\n').plan.region.code).toBe('420528');
		expect(convertText('宜昌市长阳县卫生健康事业发展“十四五”规划\n').plan.region.code).toBe('420528');
		expect(convertText('恭城县卫生健康“十四五”规划\n').plan.region).toMatchObject({ name: '恭城瑶族自治县', code: '450332' });
	});

	it('renamed-unit (case file): 会理县 is 会理市 513402 now, with a note that the text says 会理县; status 征求意见稿', () => {
		const { plan: p } = convertCase('renamed-unit');
		expect(p.region).toMatchObject({ name: '会理市', city: '凉山彝族自治州', province: '四川省', code: '513402' });
		expect(p.notes.map((n) => n.message).join('')).toContain('原文作“会理县”');
		expect(p.status).toBe('征求意见稿');
	});

	it('renamed-unit variants: 县 → 市 (宁乡县), 县 → 区 (富阳县), a stem two cities share decided by the city named (西安市长安县)', () => {
		expect(convertText('宁乡县卫生健康“十四五”规划\n').plan.region).toMatchObject({ name: '宁乡市', code: '430182' });
		expect(convertText('富阳县卫生健康“十四五”规划\n').plan.region).toMatchObject({ name: '富阳区', code: '330111' });
		expect(convertText('西安市长安县卫生健康“十四五”规划\n').plan.region).toMatchObject({ name: '长安区', code: '610116' });
		// Named alone, 长安 is two districts: not guessed, the printed name kept.
		expect(convertText('长安县卫生健康“十四五”规划\n').plan.region).toMatchObject({ name: '长安县', code: null });
	});

	it('unlisted-unit (case file): 清溪县 kept as printed, code null, and the page says it is not in the official list', () => {
		const { plan: p } = convertCase('unlisted-unit');
		expect(p.region).toMatchObject({ name: '清溪县', code: null, level: 'county' });
		expect(p.notes.map((n) => n.message).join('')).toContain('not found in the official list of divisions');
	});

	it('unlisted-unit variants: after its province (kept with the province), traditional script, a phrase is never a unit (全县, 城乡医疗卫生区域)', () => {
		expect(convertText('浙江省清溪县卫生健康“十四五”规划\n').plan.region).toMatchObject({ name: '清溪县', province: '浙江省', code: null });
		expect(convertText('清溪縣“十四五”衛生健康事業發展規劃\n').plan.region).toMatchObject({ name: '清溪县', code: null });
		expect(convertText('全县卫生健康“十四五”规划\n').plan.region.code).toBeNull();
		expect(convertText('全县卫生健康“十四五”规划\n').plan.region.name).toBe('未注明地区');
		expect(convertText('城乡医疗卫生区域规划\n').plan.region.name).toBe('未注明地区');
	});

	it('bare stem: 健康西岗 names 西岗区 (the one unit of that stem); a stem of no unit stays unknown', () => {
		expect(convertText('健康西岗行动实施方案\n').plan.region).toMatchObject({ name: '西岗区', code: '210203' });
		expect(convertText('健康西崗行動實施方案\n').plan.region).toMatchObject({ name: '西岗区', code: '210203' });
		expect(convertText('健康中国行动实施方案\n').plan.region.name).toBe('未注明地区');
	});
});

describe('hard-wrapped: lines broken at a fixed width (a PDF copy)', () => {
	const brief = (p: Plan) => p.indicators.map((i) => [i.canonical ?? i.name, i.target.value, i.target.comparator, i.target.year]);

	it('case file: doctors 3.6人, nurses 3.9人, elderly health management ≥70%, all 2025; the page shows the lines as printed', () => {
		const { plan: p, mdx } = convertCase('hard-wrapped');
		expect(brief(p)).toEqual([
			['doctors-per-1000', 3.6, '=', 2025],
			['nurses-per-1000', 3.9, '=', 2025],
			['65岁及以上老年人城乡社区规范健康管理服务率', 70, '>=', 2025],
		]);
		expect(mdx).toContain('>师数达到3.6人，每千常住人口注册护士数达到3.');
	});

	it('variant: another width, a percent broken after its digits (7 / 0%)', () => {
		const { plan: p } = convertText('某市卫生健康发展规划\n二、发展目标\n到2025年，全市每千常住人口执业（助理）医师数达到3.6人，每千常住人\n口注册护士数达到3.9人，65岁及以上老年人城乡社区规范健康管理服务率达到7\n0%以上。\n');
		expect(brief(p)).toEqual([
			['doctors-per-1000', 3.6, '=', 2025],
			['nurses-per-1000', 3.9, '=', 2025],
			['65岁及以上老年人城乡社区规范健康管理服务率', 70, '>=', 2025],
		]);
	});

	it('variant: full-width digits, the wrap right after the verb', () => {
		const { plan: p } = convertText('某市卫生健康发展规划\n二、发展目标\n到２０２５年，全市每千常住人口执业（助理）医师数达到\n３.６人，每千常住人口注册护士数达到３.９人。\n');
		expect(brief(p)).toEqual([
			['doctors-per-1000', 3.6, '=', 2025],
			['nurses-per-1000', 3.9, '=', 2025],
		]);
	});

	it('variant: short lines of a list are not joined (each its own paragraph)', () => {
		const { nodes } = convertText('某市卫生健康发展规划\n二、发展目标\n图1  全市医疗机构分布图\n图2  全市社区卫生服务中心分布图\n');
		expect(nodes.filter((n) => n.kind === 'paragraph').map((n) => n.line)).toEqual([1, 3, 4]);
	});
});
