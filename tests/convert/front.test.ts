import { describe, expect, it } from 'vitest';
import { parseDate, readFront, splitPageNumber } from '../../src/convert/front.ts';
import { isDraft, statusOfLine, STATUS_WORDS } from '../../src/convert/rules/status.ts';
import { TITLE_WRAPPERS } from '../../src/convert/rules/title.ts';
import { convertText, plan, sourceLines } from '../helpers/fixture.ts';

const front = (text: string) => readFront(sourceLines(text));
const roles = (text: string) => Object.fromEntries(front(text).roles);

describe('title lines', () => {
	it('a title split over two lines is joined; its period line is the period, not title', () => {
		const f = front(plan`
			衢江区卫生健康事业发展
			“十四五”规划
			（2021—2025年）
			一、规划背景
		`);
		expect(f.title).toMatchObject({ text: '衢江区卫生健康事业发展“十四五”规划', lines: [1, 2], source: 'printed' });
		expect(f.period).toMatchObject({ start: 2021, end: 2025, line: 3 });
	});

	it('an issuer line followed by 关于… is the first part of the title (公文 title form)', () => {
		const f = front(plan`
			延安市宝塔区人民政府
			关于推进健康宝塔行动的实施意见
			各乡镇人民政府，各街道办事处：
			为深入实施健康中国战略，提出如下意见。
		`);
		expect(f.title?.text).toBe('延安市宝塔区人民政府关于推进健康宝塔行动的实施意见');
		expect(f.roles.get(3)).toBe('addressee');
	});

	it('a complete title does not swallow the next short line (a table header row)', () => {
		const f = front(plan`
			宝应县“十四五”卫生健康主要发展指标
			分类 序号 主要指标 单位 2025年
			健康 水平 1 人均预期寿命 岁 81
		`);
		expect(f.title?.lines).toEqual([1]);
	});

	it('a status closing the title is the status, cut from the title', () => {
		const f = front(plan`
			某某县卫生健康“十四五”规划（征求意见稿）
			一、规划背景
		`);
		expect(f.title?.text).toBe('某某县卫生健康“十四五”规划');
		expect(f.status).toMatchObject({ status: '征求意见稿', why: 'printed' });
	});

	it('a first line that is a heading (前言) is no title', () => {
		expect(front(plan`
			前  言
			本规划基期为2020年。
		`).title).toBeNull();
	});
});

describe('title wrappers (rules/title.ts), one fixture each', () => {
	const cases: Record<string, { text: string; title: string; source: string }> = {
		'issuing-notice': { text: plan`
			关于印发《某某县“十四五”卫生健康规划》的通知
			各乡镇人民政府：
			第一章 总则
		`, title: '某某县“十四五”卫生健康规划', source: 'notice' },
		'notice-body': { text: plan`
			各盟市卫生健康委：
			现将《某某旗“十四五”卫生健康规划》印发给你们，请认真贯彻落实。
			第一章 总则
		`, title: '某某旗“十四五”卫生健康规划', source: 'notice' },
		'notice-approved': { text: plan`
			各乡镇人民政府：
			《某某县“十四五”卫生健康规划》已经县人民政府同意，现印发给你们。
			一、总则
		`, title: '某某县“十四五”卫生健康规划', source: 'notice' },
		'issuing-notice-bare': { text: plan`
			某某县人民政府办公室关于印发某某县“十四五”卫生健康事业发展规划的通知
			各乡（镇）人民政府，县政府各部门：
			第一章 总则
		`, title: '某某县“十四五”卫生健康事业发展规划', source: 'notice' },
		'news-issued': { text: plan`
			某某县发布“十四五”卫生健康规划
			近日，某某县人民政府印发《某某县“十四五”卫生健康事业发展规划》，提出到2025年的目标。
		`, title: '某某县“十四五”卫生健康事业发展规划', source: 'quoted' },
		interpretation: { text: plan`
			《某某县卫生健康发展“十四五”规划》政策解读
			一、背景
		`, title: '某某县卫生健康发展“十四五”规划', source: 'quoted' },
		abbreviated: { text: plan`
			前  言
			编制和实施《某某区“十四五”卫生健康事业发展专项规划》（以下简称为《规划》），意义重大。
		`, title: '某某区“十四五”卫生健康事业发展专项规划', source: 'quoted' },
		news: { text: plan`
			速览｜五年蓝图发布……
			据市卫健委消息，《某某市“十四五”卫生健康事业发展专项规划》近日公布。
		`, title: '某某市“十四五”卫生健康事业发展专项规划', source: 'quoted' },
	};
	for (const wrapper of TITLE_WRAPPERS) {
		it(`${wrapper.name}: the plan's name inside 《》`, () => {
			const c = cases[wrapper.name];
			expect(c, `add a fixture for the wrapper ${wrapper.name}`).toBeDefined();
			expect(front(c!.text).title).toMatchObject({ text: c!.title, source: c!.source, wrapper: wrapper.name });
		});
	}

	it('a notice title over two lines is one notice title; the plan inside it is the title', () => {
		const f = front(plan`
			某某县人民政府文件
			某政发〔2021〕12号
			关于印发《某某县“十四五”卫生
			健康事业发展规划》的通知
			各乡镇人民政府：
		`);
		expect([1, 2, 3, 4, 5].map((n) => f.roles.get(n))).toEqual(['issuer', 'doc-number', 'notice-title', 'notice-title', 'addressee']);
		expect(f.title).toMatchObject({ text: '某某县“十四五”卫生健康事业发展规划', source: 'notice' });
	});

	it('a portal block’s 标题 field gives the title when no title lines are printed', () => {
		const f = front(plan`
			索引号 001/2022-00012
			标题：某某县“十四五”卫生健康事业发展规划
			发布机构 某某县卫生健康局
			一、规划背景
		`);
		expect(f.title).toMatchObject({ text: '某某县“十四五”卫生健康事业发展规划', source: 'printed', wrapper: 'portal', lines: [2] });
	});

	it('a notice of several paragraphs, its 附件 mark and 此件公开发布 stay the notice; the printed title after it is the title', () => {
		const f = front(plan`
			关于印发《某某县“十四五”卫生健康规划》的通知
			各乡（镇）人民政府，县政府各部门：
			《规划》已经县政府常务会议研究通过。
			各单位要结合实际，抓好落实。
			某某县人民政府办公室
			（2022年5月10日印发）
			（此件公开发布）
			附件
			某某县“十四五”卫生健康规划
			一、总则
		`);
		expect([...f.roles.values()]).toEqual(['notice-title', 'addressee', 'notice', 'notice', 'issuer', 'date', 'notice', 'notice', 'title']);
		expect(f.title).toMatchObject({ text: '某某县“十四五”卫生健康规划', source: 'printed', lines: [9] });
		expect(f.date).toMatchObject({ iso: '2022-05-10', from: 'notice' });
		expect(f.status?.status).toBe('印发稿');
	});

	it('a portal page’s breadcrumb and print links are portal lines; a headline after them is a headline', () => {
		const f = front(plan`
			当前位置：首页 > 政务公开 > 规划计划
			某某县发布“十四五”卫生健康规划
			近日，某某县人民政府印发《某某县“十四五”卫生健康规划》。
			【打印】【关闭】
		`);
		expect([1, 2, 3, 4].map((n) => f.roles.get(n))).toEqual(['portal', 'headline', undefined, 'portal']);
		expect(f.title?.text).toBe('某某县“十四五”卫生健康规划');
	});

	it('a 《》 without a plan word names another document, not the plan', () => {
		expect(front(plan`
			前  言
			根据《疾病预防控制中心建设标准》（以下简称《标准》），制定本文。
		`).title).toBeNull();
	});
});

describe('status words (rules/status.ts)', () => {
	it.each(STATUS_WORDS.map((s) => [s.word, s.status, s.draft] as const))('（%s） is %s (draft: %s)', (word, status, draft) => {
		expect(statusOfLine(`(${word})`)).toBe(status);
		expect(isDraft(status)).toBe(draft);
	});

	it('a 解读 of a 草案 is the 草案, a draft', () => {
		const f = front(plan`
			《某某县卫生健康发展“十四五”规划》草案解读
			一、背景
		`);
		expect(f.status).toMatchObject({ status: '草案', why: 'wrapper' });
		expect(f.title?.text).toBe('某某县卫生健康发展“十四五”规划');
	});

	it('an issuing notice with a date means issued (印发稿)', () => {
		const f = front(plan`
			各乡镇人民政府：
			现将《某某县“十四五”卫生健康规划》印发给你们。
			2021年11月2日
			某某县“十四五”卫生健康规划
		`);
		expect(f.status).toMatchObject({ status: '印发稿', why: 'notice' });
	});

	it('a notice without a date says nothing about the status', () => {
		expect(front(plan`
			关于印发《某某县“十四五”卫生健康规划》的通知
			某某县“十四五”卫生健康规划
			一、总则
		`).status).toBeNull();
	});
});

describe('dates', () => {
	it.each([
		['2022年3月8日', '2022-03-08'],
		['二〇二〇年十一月十七日', '2020-11-17'],
		['二〇二二年三月八日', '2022-03-08'],
		['2022-06-30', '2022-06-30'],
		['２０２１年１２月３０日', '2021-12-30'],
		['2022年13月8日', null],
	])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

	it('the closing 落款 date and the issuer above it are read and marked (seed 000 ends 二〇二〇年十一月十七日)', () => {
		const f = front(plan`
			某某县“十四五”卫生健康规划
			一、总则
			全面提升服务能力。
			某某县卫生健康局
			二〇二〇年十一月十七日
		`);
		expect(f.date).toMatchObject({ iso: '2020-11-17', line: 5, from: 'closing' });
		expect(f.roles.get(4)).toBe('issuer');
		expect(f.issuers).toEqual([{ text: '某某县卫生健康局', line: 4 }]);
	});

	it('a portal block: 成文日期 wins over 发布时间, 发布机构 is an issuer', () => {
		const f = front(plan`
			索引号 11330800MB0000000X/2022-00012   文号
			组配分类 规划计划   发布机构 某某区卫生健康局
			成文日期 2022-06-30   公开方式 主动公开
			发布时间：2022-07-02 09:10   浏览次数：
			一、规划背景
		`);
		expect(f.date).toMatchObject({ iso: '2022-06-30', from: 'written' });
		expect(f.issuers[0]?.text).toBe('某某区卫生健康局');
		expect([1, 2, 3, 4].map((n) => f.roles.get(n))).toEqual(['portal', 'portal', 'portal', 'portal']);
	});
});

describe('front-matter lines keep their role and are never outline, targets or projects', () => {
	it('a news headline is marked and names no project (将新建市第一医院)', () => {
		const { plan: p, nodes } = convertText(plan`
			速览｜某市卫生健康五年蓝图发布，将新建市第一医院新院区……
			据市卫健委消息，规划近日公布。
			一、重点项目
			新建某市第一医院新院区。
		`);
		expect(nodes.find((n) => n.line === 1)).toMatchObject({ kind: 'paragraph', role: 'headline' });
		expect(p.projects.every((x) => x.source.line !== 1)).toBe(true);
	});

	it('a notice line with a number is no target', () => {
		const { plan: p } = convertText(plan`
			关于印发《某某县“十四五”卫生健康规划》的通知
			现将规划印发给你们，到2025年人均预期寿命达到80岁以上，请认真贯彻落实。
			某某县“十四五”卫生健康规划
			一、发展目标
			到2025年，人均预期寿命达到79岁以上。
		`);
		expect(p.indicators.map((i) => i.source.line)).not.toContain(2);
	});

	it('a contents list: entries are no headings, page numbers split off, the body heading is the first level-1 heading', () => {
		const text = plan`
			目  录
			第一章  规划背景→3
			第二章  总体要求 7
			重大项目计划表
			第一章  规划背景
			第二章  总体要求
		`;
		expect(roles(text)).toEqual({ 1: 'contents-title', 2: 'contents', 3: 'contents', 4: 'contents' });
		const { plan: p, mdx } = convertText(text);
		expect(p.outline.map((h) => [h.line, h.level])).toEqual([[5, 1], [6, 1]]);
		expect(mdx).toContain('<li id="p-3"><a href="#s-2">第二章  总体要求</a><span class="contents-page" title="原文页码">7</span>');
		expect(p.projects).toEqual([]);
	});

	it('splitPageNumber keeps numbers that belong to the entry', () => {
		expect(splitPageNumber('一、“十三五”时期成效\t3')).toEqual({ text: '一、“十三五”时期成效', page: '3' });
		expect(splitPageNumber('第二章 总体要求……………12')).toEqual({ text: '第二章 总体要求', page: '12' });
		expect(splitPageNumber('健康中国2030')).toEqual({ text: '健康中国2030', page: null });
	});

	it('the notice is rendered as a labelled block, every line kept', () => {
		const { mdx } = convertText(plan`
			关于印发《某某县“十四五”卫生健康规划》的通知
			各乡镇人民政府：
			某某县人民政府办公室
			2022年3月8日
			某某县“十四五”卫生健康规划
		`);
		const notice = mdx.slice(mdx.indexOf('<div class="front front-notice">'), mdx.indexOf('</div>'));
		for (const n of [1, 2, 3, 4]) expect(notice).toContain(`id="p-${n}"`);
		expect(notice).not.toContain('id="p-5"');
	});
});

describe('site chrome copied with a web page (rules/roles.ts SITE_CHROME)', () => {
	it('every example line of every entry is page info, never the title', async () => {
		const { SITE_CHROME, lineKind } = await import('../../src/convert/rules/roles.ts');
		const { fold } = await import('../../src/shared/fold.ts');
		for (const entry of SITE_CHROME) for (const example of entry.example.split(', ')) expect(lineKind(fold(example)), `${entry.name}: ${example}`).toBe('portal');
	});

	it('a plan title is never chrome, even with a repeated word', async () => {
		const { lineKind } = await import('../../src/convert/rules/roles.ts');
		expect(lineKind('健康宝塔健康社区健康家庭行动规划')).toBeNull();
		expect(lineKind('沁源县“十四五”卫生健康事业发展规划')).toBeNull();
	});
});
