import { describe, expect, it } from 'vitest';
import { matchBoxTitle, matchHeadingMark, splitLead } from '../../src/convert/headings.ts';
import { converted, SEED, seedLine } from '../helpers/seeds.ts';

const outline = (file: string) => converted(file).plan.outline;
const at = (file: string, line: number) => outline(file).find((h) => h.line === line);

describe('heading styles as printed in the seeds', () => {
	it.each([
		['第一章　发展基础', '第一章'],
		['第一节  “十三五”时期的主要成效', '第一节'],
		['一、规划背景', '一、'],
		['（一）“十三五”期间取得成就。', '（一）'],
		['1、医疗卫生服务体系不断完善。', '1、'],
		['1．城乡居民健康水平持续提高。', '1．'],
		['1.医疗服务方面', '1.'],
		['（1） 健全医疗卫生服务体系', '（1）'],
		['(2)促进健康老龄化。', '（1）'],
		[' 前  言'.trim(), '前言'],
		['附件2：', '附件'],
	])('%s → %s', (text, style) => {
		expect(matchHeadingMark(text)?.style).toBe(style);
	});

	it('does not take a year or a decimal at line start for a heading (2030. / 2.5)', () => {
		expect(matchHeadingMark('2030.健康中国')).toBeNull();
		expect(matchHeadingMark('2.5倍于去年')).toBeNull();
	});

	it('reads 专栏 titles with Arabic and Chinese numbers (002 line 331, 003 line 70)', () => {
		expect(matchBoxTitle(seedLine(SEED.changle, 331))).toEqual({ number: 1, title: '公共卫生体系建设' });
		expect(matchBoxTitle(seedLine(SEED.suibin, 70))).toEqual({ number: 1, title: '医疗卫生方面实施的重点项目' });
	});
});

describe('lead sentences glued to body text', () => {
	it('splits 000 line 10 into heading 1、医疗卫生服务体系不断完善。 and a paragraph', () => {
		const text = seedLine(SEED.huaiyin, 10);
		const parts = splitLead(text, matchHeadingMark(text)!);
		expect(parts?.heading).toBe('1、医疗卫生服务体系不断完善。');
		expect(parts?.body.startsWith('推动社会办医')).toBe(true);
		expect(parts!.heading + parts!.body).toBe(text);
	});

	it('keeps the heading and the paragraph on the same source line anchor (000 line 10 → #p-10)', () => {
		const { nodes } = converted(SEED.huaiyin);
		expect(nodes.filter((n) => n.line === 10).map((n) => n.kind)).toEqual(['heading', 'paragraph']);
		expect(nodes.find((n) => n.kind === 'paragraph' && n.line === 10)?.id).toBe('p-10');
	});
});

describe('outline levels, four deep', () => {
	it('003: （1） under 4、 restarts one level deeper (line 15 is level 4, line 43 （3） is back at level 2)', () => {
		expect(at(SEED.suibin, 6)?.level).toBe(2);
		expect(at(SEED.suibin, 14)?.level).toBe(3);
		expect(at(SEED.suibin, 15)?.level).toBe(4);
		expect(at(SEED.suibin, 43)?.level).toBe(2);
	});

	it('003: 2、 continuing 一、 rejoins the top level (line 48), and （四） continues （3） (line 120)', () => {
		expect(at(SEED.suibin, 48)).toMatchObject({ level: 1, id: 's-2' });
		expect(at(SEED.suibin, 120)).toMatchObject({ level: 2, id: 's-2-4' });
	});

	it('001: chapters and sections, 前言 and 附件 at the top level', () => {
		expect(at(SEED.gulou, 1)).toMatchObject({ level: 1, style: '前言' });
		expect(at(SEED.gulou, 9)).toMatchObject({ level: 1, style: '第一章' });
		expect(at(SEED.gulou, 11)).toMatchObject({ level: 2, style: '第一节' });
		expect(at(SEED.gulou, 336)).toMatchObject({ level: 1, style: '附件' });
	});

	it('002: 一、 > （一） > 1． across the whole plan (line 324 is s-3-1-1)', () => {
		expect(at(SEED.changle, 322)).toMatchObject({ level: 1, id: 's-3' });
		expect(at(SEED.changle, 324)).toMatchObject({ level: 3, id: 's-3-1-1' });
	});

	it('004: every 第N章 is level 1 and every 第N节 level 2', () => {
		const o = outline(SEED.yongqiao);
		expect(o.filter((h) => h.style === '第一章').every((h) => h.level === 1)).toBe(true);
		expect(o.filter((h) => h.style === '第一节').every((h) => h.level === 2)).toBe(true);
		expect(o.filter((h) => h.level === 1)).toHaveLength(9);
	});

	it('000: （2）(half-width) continues （1） as the same level (lines 248, 250)', () => {
		expect(at(SEED.huaiyin, 250)?.level).toBe(at(SEED.huaiyin, 248)?.level);
	});

	it('never goes deeper than level 4, in any seed', () => {
		for (const file of Object.values(SEED)) expect(Math.max(...outline(file).map((h) => h.level))).toBeLessThanOrEqual(4);
	});
});

describe('gaps in the text’s own numbering are reported, not repaired', () => {
	it('000 line 71: 5、 follows 3、 (the 4、 heading at line 67 lost its number)', () => {
		expect(converted(SEED.huaiyin).plan.notes).toContainEqual(expect.objectContaining({ line: 71, message: expect.stringContaining('从3跳到5'), anchor: 'p-71' }));
	});

	it('002 line 391: 专栏6 follows 专栏3', () => {
		expect(converted(SEED.changle).plan.notes).toContainEqual(expect.objectContaining({ line: 391, message: expect.stringContaining('专栏编号从3跳到6') }));
	});

	it('004 numbers every chapter and section in order: no note', () => {
		expect(converted(SEED.yongqiao).plan.notes).toEqual([]);
	});
});
