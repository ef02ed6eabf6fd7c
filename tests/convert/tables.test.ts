import { describe, expect, it } from 'vitest';
import type { TableNode } from '../../src/convert/document.ts';
import { converted, SEED } from '../helpers/seeds.ts';

const tableAt = (file: string, line: number) => converted(file).nodes.find((n): n is TableNode => n.kind === 'table' && n.line === line)!;
const texts = (t: TableNode) => t.grid.rows.map((r) => r.cells.map((c) => c.text));

describe('tables rebuilt from tab-indented cells', () => {
	it('001 lines 103-203: 6 columns, a group column carried down, a cell split over lines 152-154', () => {
		const t = tableAt(SEED.gulou, 103);
		expect(t.grid.header.map((h) => h.text)).toEqual(['一级指标', '序号', '二级指标', '单位', '目标值', '指标属性']);
		expect(t.block.caption.map((c) => c.text)).toEqual(['鼓楼区“十四五”卫生健康事业发展', '规划目标情况表']);
		expect(texts(t)).toHaveLength(13);
		expect(texts(t)[1]).toEqual(['居民健康水平', '2', '婴儿死亡率', '‰', '≤3', '约束性']);
		expect(t.grid.rows[1]?.cells[0]?.carried).toBe(true);
		expect(texts(t)[6]?.[0]).toBe('疾病预防与公共卫生');
		expect(t.grid.rows[6]?.cells[0]?.lines).toEqual([152, 154]);
	});

	it('002 lines 38-319: header cell 指标\\n性质 joins to 指标性质; empty attribute cells stay empty', () => {
		const t = tableAt(SEED.changle, 38);
		expect(t.grid.header.map((h) => h.text)).toEqual(['领域', '序号', '主要指标', '单位', '2020年', '2025年', '指标性质']);
		expect(texts(t)).toHaveLength(33);
		const row12 = texts(t)[11]!;
		expect(row12.slice(1)).toEqual(['12', '重点慢性病防治核心信息人群知晓率', '%', '-', '-', '']);
		expect(texts(t)[15]?.[2]).toBe('国家卫生乡镇（含进入评审程序）数量占比');
	});

	it('004 lines 54-192: lone rows (健康水平) are group rows that label the rows below', () => {
		const t = tableAt(SEED.yongqiao, 54);
		const groups = t.grid.rows.filter((r) => r.isGroupRow).map((r) => r.cells[0]?.text);
		expect(groups).toEqual(['健康水平', '健康生活', '资源配置', '健康服务', '健康保障']);
		expect(t.grid.rows.find((r) => r.line === 66)?.group).toBe('健康水平');
	});

	it('001 lines 340-389: a header narrower than its rows gets a spanning cell (重点项目 over 2 columns)', () => {
		const t = tableAt(SEED.gulou, 340);
		expect(t.grid.width).toBe(5);
		expect(t.grid.header.map((h) => [h.text, h.start, h.span])).toEqual([
			['序号', 0, 1],
			['重点项目', 1, 2],
			['项目内容', 3, 1],
			['计  划建设期', 4, 1],
		]);
		// 序号 is never carried down; the category is.
		expect(texts(t)[1]?.slice(0, 2)).toEqual(['', '基层基础设施建设']);
	});

	it('000 lines 103-153: empty bed cells are not carried down, and the 合计 row is marked', () => {
		const t = tableAt(SEED.huaiyin, 103);
		expect(texts(t)[0]).toEqual(['1', '中大槐树办事处社区卫生服务中心', '1', '中大街道', '', '1400', '1.9']);
		expect(t.grid.rows.at(-1)?.isTotal).toBe(true);
		expect(t.tableKind).toBe('facilities');
	});

	it('000 lines 212-218: a 合计 that does not add up is reported, not corrected', () => {
		const notes = converted(SEED.huaiyin).plan.notes.filter((n) => n.line === 212);
		expect(notes.map((n) => n.message)).toContainEqual(expect.stringContaining('“建筑面积（m2）”合计为6970，但各行之和为15500'));
	});

	it('003 lines 70-117: a 专栏 box that holds a two-column project table', () => {
		const box = converted(SEED.suibin).nodes.find((n) => n.kind === 'box' && n.line === 70);
		expect(box?.kind === 'box' && box.grid?.rows.length).toBe(15);
	});

	it('classifies each seed table by what it holds', () => {
		expect(converted(SEED.gulou).plan.tables.map((t) => t.kind)).toEqual(['indicators', 'projects']);
		expect(converted(SEED.changle).plan.tables.map((t) => t.kind)).toEqual(['indicators']);
		expect(converted(SEED.huaiyin).plan.tables.map((t) => t.kind)).toEqual(['facilities', 'facilities']);
		expect(converted(SEED.yongqiao).plan.tables.map((t) => t.kind)).toEqual(['indicators']);
		expect(converted(SEED.suibin).plan.tables.map((t) => t.kind)).toEqual(['projects']);
	});
});
