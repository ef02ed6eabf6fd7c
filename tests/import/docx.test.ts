import CFB from 'cfb';
import { DeletedTextRun, Document, EndnoteReferenceRun, FootnoteReferenceRun, ImageRun, InsertedTextRun, Packer, Paragraph, SymbolRun, Table, TableCell, TableRow, Textbox, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../src/import/docx.ts';
import { ImportError } from '../../src/import/errors.ts';
import { importBytes } from '../../src/import/import.ts';
import { fixtureDocx, handMadeText, IMPORT_FIXTURES } from '../helpers/import-fixtures.ts';
import { planShape } from '../helpers/import-plan.ts';

let docx: Uint8Array;
let text: string;
beforeAll(async () => {
	docx = await fixtureDocx();
	text = (await importBytes(docx, 'plan.docx')).seed.text;
});
const lines = (): string[] => text.split('\n');

describe('a Word file converts to the same plan as the hand-made text', () => {
	it('has the same outline, targets and projects as tests/fixtures/import/plan.txt', () => {
		const hand = planShape(handMadeText());
		const imported = planShape(text, 'plan.txt');
		expect(imported.outline).toEqual(hand.outline);
		expect(imported.targets).toEqual(hand.targets);
		expect(imported.projects).toEqual(hand.projects);
		expect(imported.tables).toEqual(hand.tables);
		expect(imported.title).toBe(hand.title);
		// The fixture is not trivial: the plan really has them.
		expect(hand.outline.length).toBe(10);
		expect(hand.targets.length).toBe(5); // 4 table/prose targets + 1 commitment (line 67: 全部 达到国家基本标准)
		expect(hand.projects.length).toBe(4);
	});
});

describe('a Word file saved by another writer (LibreOffice) converts to the same plan', () => {
	it('tests/fixtures/import/plan-libreoffice.docx has the outline, targets and projects of plan.txt', async () => {
		const hand = planShape(handMadeText());
		const imported = planShape((await importBytes(readFileSync(join(IMPORT_FIXTURES, 'plan-libreoffice.docx')), 'plan-libreoffice.docx')).seed.text, 'lo.txt');
		expect(imported.outline).toEqual(hand.outline);
		expect(imported.targets).toEqual(hand.targets);
		expect(imported.projects).toEqual(hand.projects);
	});
});

describe('Word automatic numbering is printed as Word prints it', () => {
	it('prints chineseCounting `%1、` and `（%2）`, and decimal `%3．`, restarting sub-levels under each heading', () => {
		expect(lines()).toEqual(expect.arrayContaining(['一、发展基础', '（一）主要成效', '（二）面临形势', '二、主要目标', '三、重点任务', '（一）提升基层服务能力', '四、保障措施']));
		expect(lines().filter((l) => /^\d．/.test(l)).map((l) => l.slice(0, 2))).toEqual(['1．', '2．']);
		expect(lines()).toContain('（二）推进重点项目建设');
	});
});

describe('tables', () => {
	it('writes one tab-indented line per cell, rows separated by a blank line, a vertically merged cell as an empty cell', () => {
		const start = lines().indexOf('\t领域');
		expect(lines().slice(start, start + 17)).toEqual(['\t领域', '\t序号', '\t主要指标', '\t单位', '\t2020年', '\t2025年', '\t指标属性', '', '\t健康水平', '\t1', '\t人均预期寿命', '\t岁', '\t78.5', '\t79', '\t预期性', '', '\t']);
	});
	it('writes a one-cell box (专栏) as its lines, set off by blank lines', () => {
		const start = lines().indexOf('专栏1  基层卫生服务能力提升项目');
		expect(start).toBeGreaterThan(0);
		expect(lines()[start - 1]).toBe('');
		expect(lines().slice(start + 1, start + 5)).toEqual(['社区医院建设：新建社区医院2所。', '中心村卫生室建设：建设中心村卫生室10个。', '', '']);
	});
	it('reports the table sizes it wrote', async () => {
		const seed = (await importBytes(docx, 'plan.docx')).seed;
		expect(seed.tables.map((t) => `${t.rows}×${t.columns}`)).toEqual(['5×7', '3×3']);
		expect(seed.title).toBe('示例县卫生健康事业发展“十四五”规划');
	});
});

describe('tables beyond the simple grid', () => {
	it('pads a body cell spanning columns, writes a nested table into its cell, and puts a footnote cited in a cell after the table', async () => {
		const cell = (text: string, columnSpan?: number) => new TableCell({ children: [new Paragraph(text)], ...(columnSpan ? { columnSpan } : {}) });
		const nested = new Table({ rows: [new TableRow({ children: [cell('甲'), cell('乙')] })] });
		const doc = new Document({
			footnotes: { 1: { children: [new Paragraph('含民营医院。')] } },
			sections: [
				{
					children: [
						new Table({
							rows: [
								new TableRow({ children: [cell('项目'), cell('2020年'), cell('2025年')] }),
								new TableRow({ children: [cell('床位数', 2), new TableCell({ children: [new Paragraph({ children: [new TextRun('600'), new FootnoteReferenceRun(1)] })] })] }),
								new TableRow({ children: [cell('科室'), new TableCell({ children: [nested] }), cell('5')] }),
							],
						}),
						new Paragraph('表后段落。'),
					],
				},
			],
		});
		const imported = await importBytes(new Uint8Array(await Packer.toBuffer(doc)), 'cells.docx');
		expect(imported.seed.text).toBe('\t项目\n\t2020年\n\t2025年\n\n\t床位数\n\t\n\t600[1]\n\n\t科室\n\t甲乙\n\t5\n\n\n[1]含民营医院。\n表后段落。\n');
		expect(imported.dropped.map((d) => d.what)).toEqual(['nested tables', 'cell line breaks']);
	});
});

describe('footnotes', () => {
	it('keeps the reference mark where it was printed and the note text right after its paragraph', () => {
		const at = lines().findIndex((l) => l.includes('78.5岁[1]，婴儿死亡率'));
		expect(at).toBeGreaterThan(0);
		expect(lines()[at + 1]).toMatch(/^\[1\]\s*数据来源：示例县统计年鉴（2020）。$/);
	});
});

describe('what a Word file keeps and leaves out', () => {
	// A 1×1 PNG, so the document holds a real picture part.
	const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
	const when = { id: 1, author: '审稿人', date: '2024-01-01T00:00:00Z' };
	let imported: Awaited<ReturnType<typeof importBytes>>;
	beforeAll(async () => {
		const doc = new Document({
			endnotes: { 1: { children: [new Paragraph('数据截至2020年底。')] } },
			sections: [
				{
					children: [
						new Paragraph({ children: [new TextRun('床位使用率'), new SymbolRun({ char: 'F0B3', symbolfont: 'Symbol' }), new TextRun('85%。')] }),
						new Paragraph({ children: [new TextRun('保留'), new DeletedTextRun({ ...when, text: '删除的文字' }), new InsertedTextRun({ ...when, id: 2, text: '插入的文字' }), new TextRun({ text: '隐藏文字', vanish: true }), new TextRun('。')] }),
						new Paragraph({ children: [new TextRun('见尾注'), new EndnoteReferenceRun(1), new TextRun('。')] }),
						new Paragraph({ children: [new TextRun('图1  床位分布'), new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 }, altText: { name: 'map', title: '床位分布图', description: '床位分布图' } })] }),
						new Paragraph({ children: [new TextRun('正文段落。'), new Textbox({ children: [new Paragraph('文本框内的文字。')], style: { width: '2in', height: 'auto' } }) as unknown as TextRun] }),
						new Paragraph('最后一段。'),
					],
				},
			],
		});
		imported = await importBytes(new Uint8Array(await Packer.toBuffer(doc)), 'extras.docx');
	});
	it('prints a Symbol-font ≥ as ≥, keeps inserted text, endnotes at the end and a text box after its paragraph', () => {
		expect(imported.seed.text).toBe('床位使用率≥85%。\n保留插入的文字。\n见尾注[i]。\n图1  床位分布\n正文段落。\n文本框内的文字。\n最后一段。\n[i]数据截至2020年底。\n');
	});
	it('leaves out tracked deletions, hidden text and pictures, and says so with samples', () => {
		const dropped = Object.fromEntries(imported.dropped.map((d) => [d.what, d.samples]));
		expect(dropped).toEqual({ 'tracked deletions': ['删除的文字'], 'hidden text': ['隐藏文字'], pictures: ['床位分布图'], 'text boxes': [] });
	});
});

describe('determinism', () => {
	it('gives the same text byte for byte for the same file, and for a second file written with the same content', async () => {
		const again = (await importBytes(docx, 'plan.docx')).seed.text;
		expect(again).toBe(text);
		const other = await fixtureDocx();
		expect((await importBytes(other, 'plan.docx')).seed.text).toBe(text);
	});
});

describe('files it cannot read fail with the file name and a reason', () => {
	const fails = (bytes: Uint8Array, reason: RegExp) => {
		let error: unknown;
		try {
			readDocx(bytes, 'bad.docx');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ImportError);
		expect((error as Error).message).toMatch(/^bad\.docx: /);
		expect((error as Error).message).toMatch(reason);
	};
	it('an encrypted Word file (an OLE container holding EncryptedPackage)', () => {
		const cfb = CFB.utils.cfb_new();
		CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array(64).fill(1));
		CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(4096).fill(7));
		fails(new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as Uint8Array), /encrypted.*password/);
	});
	it('an old .doc renamed .docx (an OLE container holding WordDocument)', () => {
		const cfb = CFB.utils.cfb_new();
		CFB.utils.cfb_add(cfb, 'WordDocument', new Uint8Array(4096).fill(3));
		fails(new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as Uint8Array), /Word 97–2003 \.doc/);
	});
	it('a text file that is not a zip', () => fails(strToU8('一、总则\n这不是Word文件。'), /not a \.docx \(not a zip/));
	it('a zip with no word/document.xml', () => fails(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), /no word\/document\.xml/));
	it('a truncated zip', () => fails(docx.subarray(0, 300), /damaged|not a \.docx/));
	it('an empty file', () => fails(new Uint8Array(0), /empty \(0 bytes\)/));
	it('a Word file with no text', async () => {
		const empty = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('')] })] }] }));
		fails(new Uint8Array(empty), /no text/);
	});
});
