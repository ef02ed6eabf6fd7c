import { describe, expect, it } from 'vitest';
import { projectKind, stageListProjects, townOf } from '../../src/convert/projects.ts';
import { STAGES } from '../../src/convert/rules/stages.ts';
import { convertText, plan } from '../helpers/fixture.ts';
import { converted, SEED } from '../helpers/seeds.ts';

const projects = (file: string) => converted(file).plan.projects;

describe('projects from 专栏 boxes', () => {
	it('002 box 1 (line 331): name：description items, campaigns (行动) left out', () => {
		const box1 = projects(SEED.changle).filter((p) => p.group === '公共卫生体系建设');
		expect(box1.map((p) => p.name)).toEqual(['公共卫生规范性制度建设', '疾病预防控制机构标准化工程']);
		expect(projects(SEED.changle).some((p) => p.name.endsWith('行动'))).toBe(false);
	});

	it('002 lines 371-375: items whose 专栏 title line is missing are kept, with a parser note', () => {
		const orphan = projects(SEED.changle).filter((p) => p.source.line >= 371 && p.source.line <= 375);
		expect(orphan.map((p) => p.name)).toContain('中医药人才培养工程');
		expect(orphan.every((p) => p.group === null && p.form === 'box')).toBe(true);
		expect(converted(SEED.changle).plan.notes.map((n) => n.line)).toEqual(expect.arrayContaining([371, 382]));
	});

	it('003 专栏一 (lines 70-117): 15 projects with floor areas, vehicles and a town', () => {
		const list = projects(SEED.suibin).filter((p) => p.form === 'table');
		expect(list).toHaveLength(15);
		expect(list.find((p) => p.name === '120急救中心建设项目')?.quantities).toEqual([
			{ value: 1200, unit: 'm²', text: '1200平方米' },
			{ value: 5, unit: '台', text: '5台' },
		]);
		expect(list.find((p) => p.name === '绥东镇卫生院改建项目')).toMatchObject({ town: '绥东镇', kind: 'renovation', source: { line: 104 } });
	});
});

describe('projects from tables', () => {
	it('001 附件2 (lines 340-389): sub-items keep their category as group; enumerators leave the name', () => {
		const list = projects(SEED.gulou).filter((p) => p.form === 'table');
		expect(list.map((p) => p.name)).toEqual(['社区卫生服务站建设', '场所设施“双达标”建设', '社区医院推进项目', '鼓楼医院转型为社区医院', '鼓楼区康养中心', '婴幼儿照护服务指导中心', '鼓楼区互联网+社区医疗健康服务中心']);
		expect(list[1]).toMatchObject({ group: '基层基础设施建设', source: { line: 355 } });
		expect(list[6]?.kind).toBe('it');
	});

	it('000 facility planning tables: one planned facility per row with 街道, beds and floor area', () => {
		const rows = projects(SEED.huaiyin).filter((p) => p.form === 'facility-table');
		expect(rows).toHaveLength(9);
		expect(rows.find((p) => p.name === '南辛庄办事处社区卫生服务中心')).toMatchObject({
			town: '南辛庄街道',
			quantities: expect.arrayContaining([{ value: 74, unit: '张', text: '规划床位（张）74' }, { value: 3000, unit: 'm²', text: '建筑面积（m2）3000' }]),
		});
	});
});

describe('projects named only in running text', () => {
	it('004 has no box: programmes named 实施…工程 in prose are found with their sentence', () => {
		const list = projects(SEED.yongqiao);
		expect(list.length).toBeGreaterThanOrEqual(8);
		expect(list.every((p) => p.form === 'prose')).toBe(true);
		expect(list.map((p) => p.name)).toContain('中医药“四名”工程');
	});

	it('十三五 achievements are not projects (003 line 44 投资…改扩建忠仁镇卫生院)', () => {
		expect(projects(SEED.suibin).some((p) => p.source.line === 44)).toBe(false);
	});
});

describe('project kinds and towns', () => {
	it.each([
		['中医院远程医疗和网络信息化建设项目', 'it'],
		['人民医院门诊住院综合楼改建项目', 'renovation'],
		['新建1800平方米社区卫生服务中心业务用房', 'new-building'],
		['购置5台救护车', 'equipment'],
		['临床重点专科项目', 'programme'],
	] as const)('%s → %s', (text, kind) => expect(projectKind(text)).toBe(kind));

	it('reads a town from a name, not a generic 乡镇', () => {
		expect(townOf('绥东镇卫生院改建项目')).toBe('绥东镇');
		expect(townOf('乡镇卫生院标准化建设')).toBeNull();
	});
});

describe('projects listed by stage in running text (rules/stages.ts)', () => {
	it.each(STAGES.flatMap((s) => s.words.map((w) => [s.stage, w] as const)))('%s: %s A、B等 → two projects with the stage word kept', (_stage, word) => {
		expect(stageListProjects(`${word}县人民医院综合楼、县妇幼保健院迁建项目等。`)).toEqual([
			{ name: '县人民医院综合楼', stage: word },
			{ name: '县妇幼保健院迁建项目', stage: word },
		]);
	});

	it('a five-line text: three stages in one sentence, each project named without its verb', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康规划
			三、重点项目
			新开工县人民医院新院区一期；续建县中医院门诊综合楼等；谋划县传染病医院重建项目。
		`);
		expect(p.projects.map((x) => [x.name, x.stage, x.form])).toEqual([
			['县人民医院新院区一期', '新开工', 'prose'],
			['县中医院门诊综合楼', '续建', 'prose'],
			['县传染病医院重建项目', '谋划', 'prose'],
		]);
	});

	it('a stage list with a count and a colon, or after 计划 (续建项目3个：…, 计划新开工…)', () => {
		expect(stageListProjects('续建项目2个：县医院综合楼、县疾控中心实验楼。').map((p) => p.name)).toEqual(['县医院综合楼', '县疾控中心实验楼']);
		expect(stageListProjects('计划新开工县人民医院新院区。')).toEqual([{ name: '县人民医院新院区', stage: '新开工' }]);
	});

	it('a project table with a 建设性质 column keeps it as the stage', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康规划
			→项目名称
			→建设性质

			→县人民医院综合楼
			→续建
		`);
		expect(p.projects.map((x) => [x.name, x.stage, x.form])).toEqual([['县人民医院综合楼', '续建', 'table']]);
	});

	it('a sentence opening with a stage word but listing no projects is not a list (谋划人口和家庭发展新格局)', () => {
		expect(stageListProjects('谋划人口和家庭发展新格局。')).toEqual([]);
		expect(stageListProjects('储备可临时征用为集中医学隔离观察点、方舱医院的场所。')).toEqual([]);
	});

	it('a building named in a task heading is a project with its scale, in either script (床位200張)', () => {
		const { plan: p } = convertText(plan`
			某縣衛生健康規劃
			二、重點任務
			（一）建設縣人民醫院內科綜合樓，新增床位200張。
		`);
		expect(p.projects.map((x) => [x.name, x.quantities])).toEqual([['縣人民醫院內科綜合樓', [{ value: 200, unit: '张', text: '200張' }]]]);
	});
});
