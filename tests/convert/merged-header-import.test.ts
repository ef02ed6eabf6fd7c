import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/import/import.ts';
import type { Plan } from '../../src/schema/plan.ts';
import { convertText } from '../helpers/fixture.ts';

/**
 * `npm run import` of a Word file and a web page whose indicator table has a header of two rows
 * (指标值 spanning 2020年 / 2025年, the other headers merged down over both rows), as the
 * two-row-header case: every row comes out with its baseline, target and attribute.
 */
const TITLE = '来凤县“十四五”卫生健康发展规划';
const ROWS = [
	['健康水平', '人均预期寿命', '岁', '77.5', '78.5', '预期性'],
	['', '婴儿死亡率', '‰', '4.8', '<4.5', '约束性'],
	['服务能力', '每千人口注册护士数', '人', '2.9', '3.4', '预期性'],
];
const EXPECTED = [
	['人均预期寿命', '岁', 2020, 77.5, 2025, '78.5', 'expected', '健康水平'],
	['婴儿死亡率', '‰', 2020, 4.8, 2025, '<4.5', 'binding', '健康水平'],
	['每千人口注册护士数', '人', 2020, 2.9, 2025, '3.4', 'expected', '服务能力'],
];
const rows = (p: Plan) => p.indicators.filter((i) => i.kind === 'table').map((i) => [i.name, i.unit, i.baseline?.year, i.baseline?.value, i.target.year, i.target.text, i.attribute, i.domain]);

/** A Word file with the plan's title, a goals heading and the table, its header merged as Word merges cells. */
async function mergedHeaderDocx(): Promise<Uint8Array> {
	const cell = (text: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) => new TableCell({ children: [new Paragraph(text)], ...options });
	const down = (text: string) => cell(text, { verticalMerge: VerticalMergeType.RESTART });
	const continued = () => cell('', { verticalMerge: VerticalMergeType.CONTINUE });
	const table = new Table({
		rows: [
			new TableRow({ children: [down('领域'), down('指标'), down('单位'), cell('指标值', { columnSpan: 2 }), down('属性')] }),
			new TableRow({ children: [continued(), continued(), continued(), cell('2020年'), cell('2025年'), continued()] }),
			...ROWS.map((r) => new TableRow({ children: r.map((t) => cell(t)) })),
		],
	});
	const doc = new Document({ sections: [{ children: [new Paragraph(TITLE), new Paragraph('一、发展目标'), new Paragraph('表1  主要指标'), table, new Paragraph('二、重点任务')] }] });
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** The same table as a web page writes it: rowspan on the headers above both rows, colspan on 指标值. */
function mergedHeaderHtml(): string {
	const body = ROWS.map((r) => `<tr>${r.map((t) => `<td>${t}</td>`).join('')}</tr>`).join('');
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><h1>${TITLE}</h1><h2>一、发展目标</h2><p>表1  主要指标</p>
		<table border="1"><tr><th rowspan="2">领域</th><th rowspan="2">指标</th><th rowspan="2">单位</th><th colspan="2">指标值</th><th rowspan="2">属性</th></tr>
		<tr><th>2020年</th><th>2025年</th></tr>${body}</table><h2>二、重点任务</h2><p>完善县域医疗卫生服务体系。</p></body></html>`;
}

describe('import of a table whose header takes two rows', () => {
	it('a Word file (gridSpan and vMerge): every row with baseline, target and attribute', async () => {
		const seed = (await importBytes(await mergedHeaderDocx(), 'plan.docx')).seed.text;
		const { plan } = convertText(seed, 'plan.txt');
		expect(plan.tables.map((t) => [t.kind, t.rows, t.columns])).toEqual([['indicators', 3, 6]]);
		expect(rows(plan)).toEqual(EXPECTED);
	});

	it('a web page (rowspan and colspan): every row with baseline, target and attribute', async () => {
		const seed = (await importBytes(new TextEncoder().encode(mergedHeaderHtml()), 'page.html')).seed.text;
		const { plan } = convertText(seed, 'page.txt');
		expect(plan.tables.map((t) => [t.kind, t.rows, t.columns])).toEqual([['indicators', 3, 6]]);
		expect(rows(plan)).toEqual(EXPECTED);
	});
});
