import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeCommitments, readCommitmentValue } from '../../src/convert/commitments.ts';
import { COMMITMENT_RULES } from '../../src/convert/rules/commitments.ts';
import type { Indicator } from '../../src/schema/plan.ts';
import { convertText, plan } from '../helpers/fixture.ts';
import { converted, SEED, seedFiles } from '../helpers/seeds.ts';

/** The commitments read from one sentence cut from a seed, placed under a forward-looking heading. */
function commitmentsOf(sentence: string, heading = '三、主要任务'): Indicator[] {
	const text = plan`
		某县卫生健康“十四五”规划
		${heading}
		${sentence}
	`;
	return convertText(text).plan.indicators.filter((i) => i.commitment);
}
const texts = (sentence: string, heading?: string) => commitmentsOf(sentence, heading).map((c) => c.target.text);
const seedCommitment = (file: string, line: number, text: string) =>
	converted(file).plan.indicators.find((i) => i.source.line === line && i.target.text === text);

describe('count: how many of what will be built or reached', () => {
	it('000 line 54: 打造2个…精品国医堂, 推广4个以上…中医适宜技术 (noun after a modifier clause)', () => {
		const found = commitmentsOf('到2023年，在基层社区医疗机构中打造2个高标准的精品国医堂，推广4个以上具有浓郁中医特色，深受百姓欢迎的中医适宜技术。');
		expect(found.map((c) => [c.target.text, c.name, c.target.value, c.target.comparator, c.target.year])).toEqual([
			['2个', '精品国医堂打造数', 2, '=', 2023],
			['4个以上', '中医适宜技术推广数', 4, '>=', 2023],
		]);
		expect(found.every((c) => c.commitment === 'count')).toBe(true);
	});

	it('000 line 55: 筹建社区医院5个 names the thing before the number', () => {
		expect(commitmentsOf('到2025年，基层医疗卫生服务机构标准化建设全部达标，筹建社区医院5个。').find((c) => c.commitment === 'count')).toMatchObject({ name: '社区医院筹建数', target: { text: '5个', value: 5 }, unit: null });
	});

	it('000 line 238: 300余人 (more than 300), and a list item without its own verb (研究生以上学历60余人)', () => {
		const found = commitmentsOf('计划为医院引进紧缺的专业技术人才300余人，其中计划招聘本科学历180余人，研究生以上学历60余人。');
		expect(found.map((c) => [c.target.text, c.target.comparator])).toEqual([
			['300余人', '>'],
			['180余人', '>'],
			['60余人', '>'],
		]);
	});

	it('001 line 234: a range with spaces and a dash (1—2 处) keeps its printed spelling', () => {
		expect(commitmentsOf('确保全区设有 1—2 处可在应急状态时转为集中医学隔离观察点、方舱医院的公共建筑。')[0]).toMatchObject({ target: { text: '1—2 处', comparator: 'range', range: [1, 2] } });
	});

	it('004 line 306: 向基层推广10项中医药适宜技术', () => {
		expect(commitmentsOf('向基层推广10项中医药适宜技术，实现基层医疗卫生机构全覆盖。')[0]).toMatchObject({ commitment: 'count', name: '中医药适宜技术推广数', target: { text: '10项', value: 10 } });
	});

	it('wording the seeds do not use: 培训…500人次, 三级医院达到5家 (a subject reaching a number is named as a count)', () => {
		expect(commitmentsOf('培训乡村医生500人次。').map((c) => [c.name, c.target.text, c.unit])).toEqual([['乡村医生培训数', '500人次', '人次']]);
		expect(commitmentsOf('到2025年，全市三级醫院達到5家。').map((c) => [c.name, c.target.text])).toEqual([['三级医院数', '5家']]);
	});

	it('002 line 424 and 004 line 248: a named set counts only when the text lists its members (四大数据库, 7大能力（…）)', () => {
		expect(texts('推进基础资源、健康档案、电子病历、决策支持四大数据库建设并实现共享。')).toEqual(['四大']);
		expect(texts('完成区级医疗机构公共卫生防控救治7大能力（发热门诊、可转换病区、可转换ICU、生物安全实验室、传染病检测、医疗废弃物处理、急诊急救）建设。')).toEqual(['7大']);
		// 002 line 413: a slogan with three parts is not a count of four.
		expect(texts('确立医养健康“一心两区一带”产业布局，建设四大板块。')).toEqual([]);
	});
});

describe('share: what part of a set of institutions', () => {
	it('002 line 338: 100%达到国家基本标准, 30%以上机构达到国家推荐标准', () => {
		const found = commitmentsOf('到“十四五”末，全县乡镇卫生院、社区卫生服务中心100%达到国家基本标准，30%以上机构达到国家推荐标准。');
		expect(found.map((c) => [c.commitment, c.target.text, c.name])).toEqual([
			['share', '100%', '乡镇卫生院、社区卫生服务中心达到国家基本标准的比例'],
			['share', '30%以上', '机构达到国家推荐标准的比例'],
		]);
	});

	it('002 line 369: 不低于总标准床位数的8% names the base of the share', () => {
		expect(commitmentsOf('力争到2025年，县级综合医院中医床位数不低于总标准床位数的8%。')[0]).toMatchObject({ name: '县级综合医院中医床位数占总标准床位数比例', target: { text: '8%', value: 8 } });
	});

	it('001 line 260: 一半以上 and 000 line 55: 全部 are read as 50% / 100% and marked as inferred', () => {
		expect(commitmentsOf('到2025年，争取一半以上社区卫生服务中心建成精品中医馆。')[0]).toMatchObject({ commitment: 'share', target: { text: '一半以上', value: 50, comparator: '>=' }, unit: '%', note: expect.stringContaining('推断') });
		expect(commitmentsOf('到2025年，基层医疗卫生服务机构标准化建设全部达标。')[0]).toMatchObject({ commitment: 'share', target: { text: '全部', value: 100 }, name: '基层医疗卫生服务机构标准化建设达标的比例' });
	});
});

describe('access: distance and time to care', () => {
	it('002 line 341: 村卫生室服务半径 2.5公里 and a 15分钟健康服务圈', () => {
		const found = commitmentsOf('科学统筹村卫生室布局，原则上以2.5公里服务半径为宜，打造农村地区15分钟健康服务圈。');
		expect(found.map((c) => [c.commitment, c.name, c.target.text, c.target.value, c.unit])).toEqual([
			['access', '村卫生室服务半径', '2.5公里', 2.5, '公里'],
			['access', '健康服务圈', '15分钟', 15, '分钟'],
		]);
	});

	it('004 line 256: 平均急救反应时间少于15分钟 keeps 少于 in the value', () => {
		expect(commitmentsOf('强化院前急救人才队伍建设，平均急救反应时间少于15分钟。')[0]).toMatchObject({ commitment: 'access', name: '平均急救反应时间', target: { text: '少于15分钟', value: 15, comparator: '<' } });
	});
});

describe('level: a grade to reach', () => {
	it('002 line 426: 四级甲等及以上, 五级及以上, 3级及以上', () => {
		const found = commitmentsOf('到2025年，县级平台通过互联互通四级甲等及以上测评，全县三级公立医院电子病历应用水平通过五级及以上评价，二级公立医院通过3级及以上评价。');
		expect(found.map((c) => [c.commitment, c.target.text, c.target.value, c.target.comparator, c.name])).toEqual([
			['level', '四级甲等及以上', 4, '>=', '县级平台互联互通测评等级'],
			['level', '五级及以上', 5, '>=', '三级公立医院电子病历应用水平评价等级'],
			['level', '3级及以上', 3, '>=', '二级公立医院评价等级'],
		]);
	});

	it('004 line 266: 创建成三级甲等医院', () => {
		expect(commitmentsOf('到2025年，宿州市第一人民医院创建成三级甲等医院。')[0]).toMatchObject({ commitment: 'level', name: '宿州市第一人民医院等级', target: { text: '三级甲等' } });
	});
});

describe('change: by how much a figure moves', () => {
	it('000 line 52: 平均住院日下降0.1-0.2个住院日', () => {
		expect(commitmentsOf('医院平均住院日较“十三五”期间下降0.1-0.2个住院日；全面开展按病种付费。')[0]).toMatchObject({ commitment: 'change', name: '医院平均住院日下降', target: { text: '0.1-0.2个住院日', comparator: 'range', range: [0.1, 0.2] }, unit: '住院日' });
	});

	it('004 line 214: 近视率每年降低一个百分点以上 (a Chinese numeral; per year)', () => {
		expect(commitmentsOf('全区儿童青少年近视率力争每年降低一个百分点以上。')[0]).toMatchObject({ commitment: 'change', name: '儿童青少年近视率每年降低', canonical: 'child-myopia', target: { text: '一个百分点以上', value: 1, comparator: '>=' }, unit: '百分点' });
	});
});

describe('capacity: beds a project adds', () => {
	it('002 line 338: 增加编制床位300张, named by the project in the clause before', () => {
		expect(commitmentsOf('推进县人民医院新院区一期项目建设，建设完成后增加编制床位300张，力争2022年投入使用。')[0]).toMatchObject({ commitment: 'capacity', name: '县人民医院新院区一期项目新增编制床位', target: { text: '300张', value: 300 }, unit: '张' });
	});

	it('002 line 413: 新增护理型养老床位870张', () => {
		expect(commitmentsOf('推进县人民医院老年医院进行养老机构备案，新增护理型养老床位870张。')[0]).toMatchObject({ commitment: 'capacity', name: '新增护理型养老床位', target: { text: '870张' } });
	});
});

describe('not commitments', () => {
	it('000 line 12: achievements under a 十三五 review heading', () => {
		expect(texts('“十三五”期间我区新建社区卫生服务中心3家、社区卫生服务站2家。', '（一）“十三五”期间取得成就。')).toEqual([]);
	});

	it('000 line 221 and 002 line 413: baselines and achievements in forward text (现有87家, 已建成3家, 提升现有4家)', () => {
		expect(texts('我区现有87家村卫生室，到2025年要逐步减少村卫生室的数量。')).toEqual([]);
		expect(texts('截至目前已建成社区医院3家。')).toEqual([]);
		expect(texts('持续开展医养结合机构服务质量提升行动，提升现有4家医养结合机构服务质量。')).toEqual([]);
	});

	it('000 line 14: a 2020 value in a forward paragraph is history', () => {
		expect(texts('2020年计划招录16名公共卫生专业技术人员。')).toEqual([]);
	});

	it('cases/draft-reading line 3: counts of the plan’s own indicators (设置主要指标21项)', () => {
		expect(texts('《规划》设置主要指标21项，其中约束性指标6项、预期性指标15项。')).toEqual([]);
	});

	it('004 line 210, 001 line 69, 002 line 366: campaign names and policy names (三个子女政策, “四个意识”, “五个全科化”)', () => {
		expect(texts('推动实现适度生育，实施一对夫妻可以生育三个子女政策，配套实施积极生育支持政策。')).toEqual([]);
		expect(texts('增强“四个意识”、坚定“四个自信”、做到“两个维护”。')).toEqual([]);
		expect(texts('推广中医医院中医经典、中医治未病、中医外治、中医康复和中医护理 “五个全科化”。')).toEqual([]);
	});

	it('004 line 242 and 002 line 330: a scope (二级以上综合医院, 18岁以上人群) is not a level or count', () => {
		expect(texts('全区二级以上综合医院、中医医院和妇幼保健院成立公共卫生科。')).toEqual([]);
		expect(texts('全面实施18岁以上人群首诊测血压制度。')).toEqual([]);
	});

	it('000 line 52 and 001 line 279: plain dates and a copula (是一项长期的任务)', () => {
		expect(texts('2021年3月-2024年10月，完成槐荫人民医院东部片区门急诊综合楼建设项目。')).toEqual([]);
		expect(texts('建立覆盖城乡居民的基本医疗卫生制度是一项长期的任务。')).toEqual([]);
	});

	it('000 line 100: a standard quoted in brackets (一个街道办事处设立一处…)', () => {
		expect(texts('按照选址原则（一个街道办事处设立一处社区卫生服务中心）推进建设。')).toEqual([]);
	});
});

describe('folded matching, printed values', () => {
	it('full-width digits and traditional characters are read; the value is shown as printed', () => {
		const found = commitmentsOf('打造２个高標準的精品國醫堂，建成1-2處社區醫院。');
		expect(found.map((c) => [c.target.text, c.target.value, c.target.range, c.name])).toEqual([
			['２个', 2, null, '精品国医堂打造数'],
			['1-2處', null, [1, 2], '社区医院建成数'],
		]);
	});
});

describe('readCommitmentValue', () => {
	it('reads comparators, ranges, 余 and grades', () => {
		expect(readCommitmentValue('不少于4个')).toMatchObject({ value: 4, comparator: '>=', unit: null });
		expect(readCommitmentValue('1-2处')).toMatchObject({ value: null, comparator: 'range', range: [1, 2], unit: '处' });
		expect(readCommitmentValue('300余人')).toMatchObject({ value: 300, comparator: '>', unit: '人' });
		expect(readCommitmentValue('五级及以上')).toMatchObject({ value: 5, comparator: '>=', unit: '级' });
		expect(readCommitmentValue('一个百分点以上')).toMatchObject({ value: 1, comparator: '>=', unit: '百分点' });
	});
});

describe('merging with the indicators', () => {
	it('002 line 381: a target the indicator pass already read (2.4个) is not added twice; a new one on the line is (1家)', () => {
		const line = converted(SEED.changle).plan.indicators.filter((i) => i.source.line === 381);
		expect(line.map((i) => [i.target.text, i.commitment])).toEqual([
			['2.4个', null],
			['4.5个', null],
			['1家', 'count'],
		]);
	});

	it('000 line 225: the same number with the comparator word the indicator pass took as its verb (不低于35%) is one target', () => {
		expect(converted(SEED.huaiyin).plan.indicators.filter((i) => i.source.line === 225).map((i) => i.target.text)).toEqual(['不低于35%']);
	});

	it('draft ids are c<line>, unique, and do not move the indicators’ ids; published ids are lasting (not line numbers)', () => {
		for (const file of seedFiles()) {
			const ids = converted(file).plan.indicators.map((i) => i.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const c of converted(file).plan.indicators.filter((i) => i.commitment)) expect(c.id).not.toMatch(/^c\d+(-\d+)?$/);
			// Each line-based draft id the converter made is kept as an alias of the lasting id.
			const aliases = converted(file).plan.aliases.filter((a) => a.kind === 'target');
			for (const a of aliases) expect(ids).toContain(a.to);
		}
		const base = { name: 'x', name_en: null, canonical: null, domain: null, unit: null, baseline: null, attribute: null, attribute_text: null, kind: 'prose' as const, anchor: 'p-1', section: null, related: [], conflict: null, note: null };
		const indicator: Indicator = { ...base, id: 'l1', target: { year: 2025, value: 5, comparator: '=', range: null, text: '5个' }, source: { file: 'f', line: 1, quote: 'q' } };
		const draft = { ...base, commitment: 'count' as const, rule: 'count-build-or-reach', target: { year: 2025, value: 2, comparator: '=' as const, range: null, text: '2个' }, source: { file: 'f', line: 1, quote: 'q' } };
		const merged = mergeCommitments([indicator], [draft, { ...draft, target: { ...draft.target, text: '5个' } }]);
		expect(merged.map((i) => [i.id, i.commitment])).toEqual([
			['l1', null],
			['c1', 'count'],
		]);
	});
});

describe('the issue’s examples are all found, as printed', () => {
	const examples: [string, number, string][] = [
		[SEED.huaiyin, 54, '2个'],
		[SEED.huaiyin, 54, '4个以上'],
		[SEED.huaiyin, 55, '5个'],
		[SEED.huaiyin, 238, '300余人'],
		[SEED.huaiyin, 52, '0.1-0.2个住院日'],
		[SEED.changle, 338, '100%'],
		[SEED.changle, 338, '30%以上'],
		[SEED.changle, 338, '50%以上'],
		[SEED.changle, 338, '300张'],
		[SEED.changle, 341, '2.5公里'],
		[SEED.changle, 341, '15分钟'],
		[SEED.changle, 369, '8%'],
		[SEED.changle, 369, '不少于4个'],
		[SEED.changle, 426, '五级及以上'],
		[SEED.yongqiao, 256, '少于15分钟'],
		[SEED.yongqiao, 214, '一个百分点以上'],
		[SEED.yongqiao, 306, '10项'],
	];
	for (const [file, line, text] of examples) {
		it(`${file} line ${line}: ${text}`, () => {
			expect(seedCommitment(file, line, text)).toBeDefined();
		});
	}
});

/** A careful reader's list of a seed's quantified commitments (tests/fixtures/commitments/<seed>.tsv). */
function readerList(file: string): { line: number; text: string; kind: string }[] {
	return readFileSync(join(import.meta.dirname, '../fixtures/commitments', `${file}.tsv`), 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '' && !l.startsWith('#'))
		.map((l) => {
			const [line, text, kind] = l.split('\t');
			return { line: Number(line), text: text ?? '', kind: kind ?? '' };
		});
}

describe('against a careful reader’s list of each seed', () => {
	for (const file of seedFiles()) {
		it(`${file}: recall ≥ 90% with the value as printed; every commitment found is on the list (precision ≥ 90%) and forward-looking`, () => {
			const { plan: p, nodes } = converted(file);
			const list = readerList(file);
			const pool = p.indicators.filter((i) => i.kind === 'prose').map((i) => ({ i, used: false }));
			let found = 0;
			for (const want of list) {
				const hit = pool.find((x) => !x.used && x.i.source.line === want.line && x.i.target.text === want.text);
				if (hit) {
					hit.used = true;
					found++;
				}
			}
			const commitments = p.indicators.filter((i) => i.commitment);
			const onList = pool.filter((x) => x.used && x.i.commitment).length;
			expect(found / list.length).toBeGreaterThanOrEqual(0.9);
			if (commitments.length > 0) expect(onList / commitments.length).toBeGreaterThanOrEqual(0.9);
			// Forward-looking: every commitment sits in a paragraph outside the 十三五 review.
			for (const c of commitments) {
				const node = nodes.find((n) => n.kind === 'paragraph' && n.id === c.anchor);
				expect(node && node.kind === 'paragraph' && node.section && !node.section.background, `${c.id} ${c.target.text}`).toBe(true);
			}
		});
	}

	it('the rule table names each rule once and covers the six kinds', () => {
		expect(new Set(COMMITMENT_RULES.map((r) => r.id)).size).toBe(COMMITMENT_RULES.length);
		expect(new Set(COMMITMENT_RULES.map((r) => r.kind))).toEqual(new Set(['count', 'share', 'access', 'level', 'change', 'capacity']));
	});
});
