import { AlignmentType, Document, Footer, Header, type ISectionOptions, Packer, PageNumber, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchHeadingMark } from '../../src/convert/headings.ts';
import { fixtureDocx } from './import-fixtures.ts';

/**
 * The PDF fixtures (tests/fixtures/import/pdf/): the Word test plan and two seed texts made into
 * .docx here, printed to PDF by LibreOffice headless (scripts/make-pdf-fixtures.ts), each with a
 * running head and page numbers in a different printed form. The fixtures are committed; the
 * manifest records the SHA-256 of every input, so a test fails when an input changed and the
 * PDFs were not made again.
 */
export const PDF_FIXTURES = join(import.meta.dirname, '../fixtures/import/pdf');
const ROOT = join(import.meta.dirname, '../..');

/** A4, margins and body size of a Chinese government document (GB/T 9704: 三号 body, 37/35/28/26 mm margins). */
const PAGE: ISectionOptions['properties'] = {
	page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 1134, footer: 1134 } },
};
/** A5 for the short test plan, so it runs over several pages (a running head is recognised by repetition). */
const A5: ISectionOptions['properties'] = {
	page: { size: { width: 8391, height: 11906 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } },
};
const FONT = 'WenQuanYi Micro Hei';

type Folio = 'dash' | 'page' | 'emdash';
/** A footer printing the page number as `- 3 -`, `第3页` or `— 3 —`. */
function folio(form: Folio): Footer {
	const [before, after] = form === 'dash' ? ['- ', ' -'] : form === 'page' ? ['第', '页'] : ['— ', ' —'];
	return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [before, PageNumber.CURRENT, after], size: 24 })] })] });
}
const head = (text: string): Header => new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: 21 })] })] });

/** What a fixture is made from. */
export interface PdfFixture {
	name: string;
	/** Seed text file (seeds/…) or null for the Word test plan. */
	seed: string | null;
	header: string;
	folio: Folio;
}
export const PDF_FIXTURE_LIST: PdfFixture[] = [
	{ name: 'plan', seed: null, header: '示例县卫生健康事业发展“十四五”规划', folio: 'dash' },
	{ name: 'gulou', seed: '001_8f5ce617cc64ab3a.txt', header: '鼓楼区“十四五”卫生健康事业发展专项规划', folio: 'page' },
	{ name: 'yongqiao', seed: '004_453a8c610e2cbe8a.txt', header: '埇桥区卫生健康事业发展“十四五”规划（征求意见稿）', folio: 'emdash' },
	{ name: 'two-row-header', seed: null, header: '某县卫生健康规划', folio: 'page' },
	{ name: 'borderless', seed: null, header: '某县卫生健康规划', folio: 'dash' },
];

/** Files whose content decides the fixtures' bytes (besides LibreOffice and the font). */
/** Needs (Debian): fonts-wqy-microhei and fonts-wqy-zenhei. */
export const PDF_FIXTURE_INPUTS = ['tests/helpers/pdf-fixtures.ts', 'tests/helpers/import-fixtures.ts', 'scripts/make-pdf-fixtures.ts'];

/** SHA-256 of each input of one fixture: the seed text and the files that build and print it. */
export function fixtureInputs(fixture: PdfFixture): Record<string, string> {
	const files = [...PDF_FIXTURE_INPUTS, ...(fixture.seed ? [`seeds/${fixture.seed}`] : [])];
	return Object.fromEntries(files.map((f) => [f, createHash('sha256').update(readFileSync(join(ROOT, f))).digest('hex')]));
}

type Block = { type: 'p'; text: string } | { type: 'table'; rows: string[][][] };

/**
 * Reads seed text back into paragraphs and tables (the form a Word export gives: a cell per
 * tab-indented line, rows separated by a blank line, a cell continued on following lines, even
 * across one blank line when more cells follow). Blank lines between paragraphs are not kept, nor
 * WPS `[bookmark: …]` markers.
 */
export function seedBlocks(text: string): Block[] {
	// WPS bookmark markers are not printed text (the converter strips them too).
	const lines = text.replace(/\n$/, '').replace(/\[bookmark: [^\]]*\]/g, '').split('\n');
	const blocks: Block[] = [];
	let table: string[][][] | null = null;
	let blanks = 0;
	const nextTab = (from: number): number => {
		for (let k = from; k < lines.length && k < from + 4; k++) if (lines[k]?.startsWith('\t')) return k;
		return -1;
	};
	lines.forEach((line, i) => {
		if (line.trim() === '' && !line.startsWith('\t')) {
			blanks++;
			return;
		}
		if (line.startsWith('\t')) {
			if (!table || blanks >= 2) {
				table = [[]];
				blocks.push({ type: 'table', rows: table });
			} else if (blanks === 1) table.push([]);
			(table.at(-1) as string[][]).push([line.slice(1)]);
		} else if (table && blanks <= 1 && (blanks === 0 || nextTab(i + 1) !== -1)) {
			const row = table.at(-1) as string[][];
			(row.at(-1) as string[]).push(line);
		} else {
			table = null;
			blocks.push({ type: 'p', text: line });
		}
		blanks = 0;
	});
	return blocks;
}

/** Headings in another typeface (as GB/T 9704 sets them in 黑体), body in the body face. */
const HEADING_FONT = 'WenQuanYi Zen Hei';
const run = (text: string, heading = false): TextRun => new TextRun({ text, bold: heading, font: heading ? HEADING_FONT : FONT });

/** A seed text as a Word document: headings (the converter's heading marks) bold in another typeface and flush left, body paragraphs with a two-character first-line indent, tables with borders. */
export async function seedDocx(text: string, fixture: PdfFixture): Promise<Uint8Array> {
	const children: (Paragraph | Table)[] = [];
	for (const block of seedBlocks(text)) {
		if (block.type === 'p') {
			const heading = matchHeadingMark(block.text.trim()) !== null && block.text.trim().length <= 40;
			children.push(new Paragraph({ children: [run(block.text.trim(), heading)], indent: heading ? undefined : { firstLine: 600 }, spacing: { line: 360 } }));
			continue;
		}
		const columns = Math.max(...block.rows.map((r) => r.length));
		const rows = block.rows.map(
			(cells) =>
				new TableRow({
					children: cells.map((lines, c) => {
						// A group row (one cell) spans the table; a narrower header row (the seeds' 重点项目 over two columns) widens its second cell.
						const span = cells.length === 1 ? columns : c === 1 ? columns - cells.length + 1 : 1;
						return new TableCell({ children: lines.map((l) => new Paragraph({ children: [run(l.trim())] })), ...(span > 1 ? { columnSpan: span } : {}) });
					}),
				}),
		);
		children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
		children.push(new Paragraph({ children: [] }));
	}
	const doc = new Document({
		styles: { default: { document: { run: { font: FONT, size: 30 } } } },
		sections: [{ properties: PAGE, headers: { default: head(fixture.header) }, footers: { default: folio(fixture.folio) }, children }],
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** An indicator table whose header is two rows: 指标值 over 2020年 and 2025年, the other header cells merged down over both rows. */
export async function twoRowHeaderDocx(fixture?: PdfFixture): Promise<Uint8Array> {
	const cell = (text: string, options: { rowSpan?: number; columnSpan?: number } = {}): TableCell => new TableCell({ children: [new Paragraph({ children: [run(text)] })], ...options });
	const body = [
		['健康水平', '人均预期寿命', '岁', '78.5', '79', '预期性'],
		['', '婴儿死亡率', '‰', '3.1', '≤3', '约束性'],
		['', '孕产妇死亡率', '1/10万', '12.5', '≤12', '约束性'],
		['资源配置', '每千人口医疗机构床位数', '张', '5.1', '6.0', '预期性'],
	];
	const table = new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({ children: [cell('领域', { rowSpan: 2 }), cell('指标', { rowSpan: 2 }), cell('单位', { rowSpan: 2 }), cell('指标值', { columnSpan: 2 }), cell('指标属性', { rowSpan: 2 })] }),
			new TableRow({ children: [cell('2020年'), cell('2025年')] }),
			...body.map((r, i) => new TableRow({ children: (i === 1 || i === 2 ? r.slice(1) : r).map((t, c) => (c === 0 && (i === 0) ? cell(t, { rowSpan: 3 }) : cell(t))) })),
		],
	});
	const doc = new Document({
		styles: { default: { document: { run: { font: FONT, size: 24 } } } },
		sections: [
			{
				...(fixture ? { properties: A5, headers: { default: head(fixture.header) }, footers: { default: folio(fixture.folio) } } : {}),
				children: [
					new Paragraph({ alignment: AlignmentType.CENTER, children: [run('某县卫生健康事业发展规划', true)] }),
					new Paragraph({ children: [run('一、主要目标', true)] }),
					new Paragraph({ children: [run('表1  主要健康指标')] }),
					table,
					new Paragraph({ pageBreakBefore: true, children: [run('二、保障措施', true)] }),
					new Paragraph({ children: [run('加强组织领导。')] }),
				],
			},
		],
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** An indicator table and a project table printed without any ruling line; a name wraps inside its column. */
export async function borderlessDocx(fixture?: PdfFixture): Promise<Uint8Array> {
	const cell = (text: string, width: number): TableCell => new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(text)] })] });
	const table = (rows: string[][], widths: number[]): Table =>
		new Table({ borders: TableBorders.NONE, width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r) => new TableRow({ children: r.map((t, c) => cell(t, widths[c] as number)) })) });
	const doc = new Document({
		styles: { default: { document: { run: { font: FONT, size: 24 } } } },
		sections: [
			{
				...(fixture ? { properties: A5, headers: { default: head(fixture.header) }, footers: { default: folio(fixture.folio) } } : {}),
				children: [
					new Paragraph({ alignment: AlignmentType.CENTER, children: [run('某县卫生健康事业发展规划', true)] }),
					new Paragraph({ children: [run('一、主要目标', true)] }),
					new Paragraph({ children: [run('表1  主要健康指标')] }),
					table(
						[
							['指标', '单位', '2020年', '2025年', '指标属性'],
							['人均预期寿命', '岁', '78.5', '79', '预期性'],
							['婴儿死亡率', '‰', '3.1', '≤3', '约束性'],
							['每千人口执业（助理）医师数', '人', '2.6', '3.2', '预期性'],
						],
						[40, 12, 16, 16, 16],
					),
					new Paragraph({ children: [run('二、重点项目', true)] }),
					new Paragraph({ children: [run('表2  重点建设项目')] }),
					table(
						[
							['序号', '项目名称', '建设内容及规模'],
							['1', '县人民医院门诊楼建设项目', '新建门诊楼12000平方米。'],
							['2', '县中医院康复中心建设项目', '新建康复中心3000平方米。'],
						],
						[12, 44, 44],
					),
					new Paragraph({ pageBreakBefore: true, children: [run('三、保障措施', true)] }),
					new Paragraph({ children: [run('加强组织领导。')] }),
				],
			},
		],
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** The .docx a fixture is printed from. */
export async function fixtureSource(fixture: PdfFixture): Promise<Uint8Array> {
	if (fixture.name === 'two-row-header') return twoRowHeaderDocx(fixture);
	if (fixture.name === 'borderless') return borderlessDocx(fixture);
	if (fixture.seed === null) return fixtureDocx({ properties: A5, headers: { default: head(fixture.header) }, footers: { default: folio(fixture.folio) } });
	return seedDocx(readFileSync(join(ROOT, 'seeds', fixture.seed), 'utf8'), fixture);
}

/** A PDF of `pages` pages that each paint one picture and carry no text: what a scanner gives. */
export function scannedPdf(pages: number): Uint8Array {
	const objects: string[] = [];
	const kids = Array.from({ length: pages }, (_, i) => `${3 + i * 2} 0 R`).join(' ');
	objects.push('<< /Type /Catalog /Pages 2 0 R >>');
	objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
	const image = 3 + pages * 2;
	for (let i = 0; i < pages; i++) {
		objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${4 + i * 2} 0 R >>`);
		const content = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
		objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
	}
	objects.push('<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream');
	let out = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(out.length);
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Uint8Array.from(out, (ch) => ch.charCodeAt(0));
}
