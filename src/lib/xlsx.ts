// The spreadsheet downloads (/data/indicators.xlsx, /data/projects.xlsx): the same columns as the CSV
// (src/lib/columns.ts), written as typed cells so Excel, WPS and LibreOffice keep `75%` and `≥90` as
// the text printed and read numbers as numbers. A second sheet carries the licence, the credit, the
// citation, the version and the build date, and what each column holds.
import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell as XlsxCell, SheetData } from 'write-excel-file/node';
import { buildDate, DATA_VERSION } from './build-info.ts';
import { type Cell, rowsOf, TABLES, type TableName } from './columns.ts';
import { dict } from './i18n/index.ts';
import { citation, CREDIT, LICENCE, sheetName, tableSchema } from './open-data.ts';
import { absolute, urls } from './urls.ts';
import type { IndicatorRecord, ProjectRecord } from '../schema/data.ts';

type Site = URL | string | undefined;

/** Name of the sheet with the licence, citation and column notes. */
export const ABOUT_SHEET = 'about';

/** Display width of text in spreadsheet "characters": CJK and full-width forms count two. */
function textWidth(text: string): number {
	let width = 0;
	for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
	return width;
}

/** A column wide enough for its header and most of its cells (the 95th-percentile width), between 6 and 60. */
function columnWidth(header: string, cells: Cell[]): number {
	const widths = cells.map((c) => (c === null ? 0 : textWidth(String(c)))).sort((a, b) => a - b);
	const typical = widths[Math.floor(widths.length * 0.95)] ?? 0;
	return Math.min(60, Math.max(6, textWidth(header), typical) + 2);
}

/** One typed cell: numbers as numbers, text as text (never read as a number, date or formula), empty for null and for empty text. */
function cell(value: Cell): XlsxCell {
	if (value === null || value === '') return null;
	return typeof value === 'number' ? { value, type: Number } : { value, type: String };
}

/** The .xlsx file of a table: a data sheet (frozen bold header, column widths) and the about sheet. */
export async function xlsxOf(table: TableName, records: readonly (IndicatorRecord | ProjectRecord)[], site: Site): Promise<Buffer> {
	const { columns } = TABLES[table];
	const rows = rowsOf(records, columns);
	const data: SheetData = [columns.map((c) => ({ value: c.name, type: String, fontWeight: 'bold' as const })), ...rows.map((row) => columns.map((c) => cell(row[c.name] ?? null)))];
	const widths = columns.map((c) => ({ width: columnWidth(c.name, rows.map((r) => r[c.name] ?? null)) }));
	const file = `${table}.xlsx`;
	const zh = dict('zh');
	const en = dict('en');
	const fields = tableSchema(table).fields;
	const about: SheetData = [
		[{ value: '项目 / Item', type: String, fontWeight: 'bold' }, { value: '内容 / Value', type: String, fontWeight: 'bold' }],
		[{ value: '文件 / File', type: String }, { value: file, type: String }],
		[{ value: '许可 / Licence', type: String }, { value: `${LICENCE.title} (${LICENCE.name}) ${LICENCE.path}`, type: String }],
		[{ value: '署名 / Credit', type: String }, { value: `${CREDIT.zh} · ${CREDIT.en}`, type: String }],
		[{ value: '引用 / Citation', type: String }, { value: citation(file, site, 'zh'), type: String }],
		[{ value: 'Citation', type: String }, { value: citation(file, site, 'en'), type: String }],
		[{ value: '版本 / Version', type: String }, { value: DATA_VERSION, type: String }],
		[{ value: '生成时间 / Built', type: String }, { value: buildDate(), type: String }],
		[{ value: '来源 / Source', type: String }, { value: absolute(urls.data(), site), type: String }],
		[{ value: '说明 / Note', type: String }, { value: `${zh.footer.note} ${en.footer.note}`, type: String }],
		[],
		[{ value: '列 / Column', type: String, fontWeight: 'bold' }, { value: '含义 / What it holds', type: String, fontWeight: 'bold' }],
		...fields.map((f) => [{ value: f.name, type: String }, { value: (f.description ?? '').replace(/\n\n/g, ' '), type: String, wrap: true }] as XlsxCell[]),
	];
	const xlsx = await writeXlsxFile([
		{ data, sheet: sheetName(table), columns: widths, stickyRowsCount: 1 },
		{ data: about, sheet: ABOUT_SHEET, columns: [{ width: 22 }, { width: 100 }] },
	]).toBuffer();
	return reproducible(xlsx, new Date(buildDate()));
}

/**
 * The same .xlsx (a zip) with every entry dated `date`: the writer stamps entries with the time of
 * writing, and two builds of one commit must give the same bytes (tests/site/determinism.test.ts).
 */
export function reproducible(zip: Uint8Array, date: Date): Buffer {
	const files = unzipSync(zip);
	return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime: date }]])), { level: 6 }));
}
