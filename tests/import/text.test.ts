import { describe, expect, it } from 'vitest';
import { convertPlan } from '../../src/convert/plan.ts';
import { writeSeedText, type ImportBlock, type ImportCell } from '../../src/import/text.ts';

const para = (text: string): ImportBlock => ({ type: 'paragraph', text });
const c = (text: string | string[], span = 1, merged = false): ImportCell => ({ paragraphs: Array.isArray(text) ? text : [text], span, merged });
const table = (...rows: ImportCell[][]): ImportBlock => ({ type: 'table', rows: rows.map((cells) => ({ cells })) });

describe('the seed text writer', () => {
	it('writes one paragraph a line, an empty paragraph as one blank line however many there are', () => {
		expect(writeSeedText([para('一、总则'), para(''), para(''), para(''), para('正文。')]).text).toBe('一、总则\n\n正文。\n');
	});
	it('never starts a paragraph line with a tab (it would read as a table cell): edge spaces go, inner tabs become a space', () => {
		expect(writeSeedText([para('\t\u3000\u3000第一段\t正文。 ')]).text).toBe('第一段 正文。\n');
	});
	it('splits a paragraph at a manual line break and removes control characters, saying so', () => {
		const seed = writeSeedText([para('第一行\u000b第二行\u2028第三行\u0007')]);
		expect(seed.text).toBe('第一行\n第二行\n第三行\n');
		expect(seed.notes.map((n) => n.what)).toEqual(['control characters']);
	});
	it('removes zero-width characters a web editor left inside words, saying so', () => {
		const seed = writeSeedText([para('婴儿\u200b死亡率\ufeff控制在3‰以内。')]);
		expect(seed.text).toBe('婴儿死亡率控制在3‰以内。\n');
		expect(seed.notes.map((n) => n.what)).toEqual(['zero-width characters']);
	});
	it('writes a merged continuation as an empty cell and pads a spanning body cell, not a spanning header cell', () => {
		const seed = writeSeedText([table([c('领域'), c('指标'), c('目标', 2)], [c('健康水平'), c('甲'), c('1'), c('2')], [c('', 1, true), c('乙'), c('合计', 2)])]);
		expect(seed.text).toBe('\t领域\n\t指标\n\t目标\n\n\t健康水平\n\t甲\n\t1\n\t2\n\n\t\n\t乙\n\t合计\n\t\n');
		expect(seed.tables).toEqual([{ line: 1, endLine: 13, rows: 3, columns: 4 }]);
	});
	it('keeps a one-cell row a single cell (the converter reads it as a group row)', () => {
		expect(writeSeedText([table([c('指标'), c('2025年'), c('属性')], [c('健康水平', 3)], [c('人均预期寿命'), c('79'), c('预期性')])]).text).toBe('\t指标\n\t2025年\n\t属性\n\n\t健康水平\n\n\t人均预期寿命\n\t79\n\t预期性\n');
	});
	it('joins a cell printed over several lines as the converter joins a split cell, and says so', () => {
		const seed = writeSeedText([table([c(['指标', '性质']), c(['Health', 'Index'])], [c('a'), c('b')])]);
		expect(seed.text.split('\n').slice(0, 2)).toEqual(['\t指标性质', '\tHealth Index']);
		expect(seed.notes[0]?.what).toBe('cell line breaks');
	});
	it('sets a table off: one blank line before, two after, so a short line after it is not read as part of its last cell', () => {
		const text = writeSeedText([para('表1  主要指标'), table([c('指标'), c('2025年目标')], [c('婴儿死亡率（‰）'), c('＜5')]), para('表2  项目'), table([c('项目名称'), c('建设内容')], [c('某项目'), c('新建')])]).text;
		expect(text).toContain('\t＜5\n\n\n表2  项目\n\n\t项目名称');
		const { plan } = convertPlan('t.txt', text, undefined);
		expect(plan.tables.map((t) => [t.caption, t.rows])).toEqual([['表1  主要指标', 1], ['表2  项目', 1]]);
		expect(plan.indicators.map((i) => i.target.text)).toEqual(['＜5']);
	});
	it('writes a frame of one-cell rows (a 专栏 box) as its lines, which the converter reads as a box', () => {
		const text = writeSeedText([para('正文。'), table([c(['专栏1  重点项目', '社区医院建设：新建2所。', '村卫生室建设：新建10个。'])]), para('（二）下一节')]).text;
		expect(text).toBe('正文。\n\n专栏1  重点项目\n社区医院建设：新建2所。\n村卫生室建设：新建10个。\n\n\n（二）下一节\n');
		expect(convertPlan('t.txt', text, undefined).plan.projects.map((p) => p.name)).toEqual(['社区医院建设', '村卫生室建设']);
	});
	it('gives the first non-table line as the title found, and an empty text for no blocks', () => {
		expect(writeSeedText([para(''), para('某县规划'), para('正文')]).title).toBe('某县规划');
		expect(writeSeedText([])).toMatchObject({ text: '', lines: 0, title: null });
	});
});
