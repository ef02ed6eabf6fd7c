import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentBlocks, type TableBlock } from '../../src/convert/blocks.ts';
import { TABLE_LAYOUTS } from '../../src/convert/rules/layouts.ts';
import { buildGrid } from '../../src/convert/table.ts';
import { CASES_DIR, convertText, plan, sourceLines } from '../helpers/fixture.ts';
import { renderMdx } from '../helpers/render-mdx.ts';
import { readableLines, squash } from '../helpers/text.ts';

const tablesOf = (text: string) => segmentBlocks(sourceLines(text)).filter((b): b is TableBlock => b.type === 'table');
const gridTexts = (t: TableBlock) => {
	const g = buildGrid(t);
	return [g.header.map((h) => h.text), ...g.rows.map((r) => r.cells.map((c) => c.text))];
};

describe('table layouts (rules/layouts.ts)', () => {
	it('lists each layout once, Word tabs first', () => {
		expect(TABLE_LAYOUTS.map((l) => l.name)).toEqual(['word-tabs', 'flattened', 'spaced']);
	});

	it('word-tabs: one tab-indented cell a line, rows split by blank lines', () => {
		const [t] = tablesOf(plan`
			主要指标
			→指标
			→2025年

			→婴儿死亡率（‰）
			→＜5
		`);
		expect(gridTexts(t as TableBlock)).toEqual([['指标', '2025年'], ['婴儿死亡率（‰）', '＜5']]);
	});

	it('flattened: cells one a line with blank lines between, rows cut at the serial number', () => {
		const [t] = tablesOf('主要指标\n序号\n\n指标\n\n2025年\n\n1\n\n婴儿死亡率(‰)\n\n<5\n\n2\n\n人均预期寿命(岁)\n\n80\n');
		expect(gridTexts(t as TableBlock)).toEqual([['序号', '指标', '2025年'], ['1', '婴儿死亡率(‰)', '<5'], ['2', '人均预期寿命(岁)', '80']]);
	});

	it('flattened: without a serial column, rows are cut every header-width cells', () => {
		const [t] = tablesOf('主要指标\n指标\n\n单位\n\n目标值\n\n婴儿死亡率\n\n‰\n\n5\n');
		expect(gridTexts(t as TableBlock)).toEqual([['指标', '单位', '目标值'], ['婴儿死亡率', '‰', '5']]);
	});

	it('flattened: without a serial column, a group cell printed only on its group’s first row is carried down', () => {
		const [t] = tablesOf('主要指标\n类别\n\n指标名称\n\n单位\n\n目标值\n\n健康水平\n\n人均预期寿命\n\n岁\n\n80\n\n婴儿死亡率\n\n‰\n\n4\n');
		expect(gridTexts(t as TableBlock)).toEqual([['类别', '指标名称', '单位', '目标值'], ['健康水平', '人均预期寿命', '岁', '80'], ['健康水平', '婴儿死亡率', '‰', '4']]);
	});

	it('flattened: a run that ends mid-row keeps every cell (nothing lost, no crash)', () => {
		const [t] = tablesOf('主要指标\n序号\n\n指标\n\n2025年\n\n1\n\n婴儿死亡率\n');
		expect(gridTexts(t as TableBlock)).toEqual([['序号', '指标', '2025年'], ['1', '婴儿死亡率']]);
	});

	it('flattened: short lines with blank lines between that are not header words stay paragraphs', () => {
		expect(tablesOf('某县卫生健康规划\n健康水平\n\n服务能力\n\n保障措施\n')).toEqual([]);
	});

	it('spaced: cells separated by spaces, a group cell printed with a space inside rejoined (健康 水平)', () => {
		const [t] = tablesOf(plan`
			某县卫生健康规划
			分类 序号 主要指标 单位 2025年
			健康 水平 1 人均预期寿命 岁 81
			2 婴儿死亡率 ‰ ＜3
		`);
		expect(gridTexts(t as TableBlock)).toEqual([
			['分类', '序号', '主要指标', '单位', '2025年'],
			['健康水平', '1', '人均预期寿命', '岁', '81'],
			['健康水平', '2', '婴儿死亡率', '‰', '＜3'],
		]);
	});

	it('spaced: a sentence with spaces is not a header row', () => {
		expect(tablesOf('某县卫生健康规划\n指标 单位 目标值，详见附表。\n')).toEqual([]);
	});

	it('every line of a spaced table stays on the page (its row anchor and cells)', () => {
		const { mdx } = convertText(plan`
			某县卫生健康规划
			分类 序号 主要指标 单位 2025年
			健康 水平 1 人均预期寿命 岁 81
		`);
		expect(mdx).toContain('id="p-2"');
		expect(mdx).toContain('id="p-3"');
		expect(mdx).toContain('<td>人均预期寿命</td>');
	});
});

describe('table layouts under damage: every line kept, never a crash (each line of the case files deleted, doubled, or joined to the next)', () => {
	for (const name of ['flattened-table', 'spaced-table', 'header-synonyms']) {
		it(`${name}.txt`, async () => {
			const original = readFileSync(join(CASES_DIR, `${name}.txt`), 'utf8').split('\n');
			const mutants: { what: string; lines: string[] }[] = [];
			original.forEach((line, i) => {
				mutants.push({ what: `delete line ${i + 1}`, lines: original.filter((_, k) => k !== i) });
				mutants.push({ what: `double line ${i + 1}`, lines: [...original.slice(0, i + 1), line, ...original.slice(i + 1)] });
				mutants.push({ what: `join line ${i + 1} to the next`, lines: [...original.slice(0, i), `${line} ${original[i + 1] ?? ''}`, ...original.slice(i + 2)] });
			});
			for (const m of mutants) {
				const text = m.lines.join('\n');
				const { mdx } = convertText(text, `${name}.txt`);
				const visible = squash((await renderMdx(mdx)).text);
				expect(readableLines(text).filter((l) => !visible.includes(l.text)), `${name} (${m.what})`).toEqual([]);
			}
			// About a hundred conversions and MDX renders: seconds on a machine shared with other builds.
		}, 60_000);
	}
});
