import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertPlan } from '../../src/convert/plan.ts';
import { runImport, summary } from '../../src/import/cli.ts';
import { ImportError } from '../../src/import/errors.ts';
import { importBytes, type Imported } from '../../src/import/import.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { zh } from '../../src/lib/i18n/zh.ts';
import { handMadeText } from '../helpers/import-fixtures.ts';
import { planShape } from '../helpers/import-plan.ts';
import { borderlessDocx, fixtureInputs, PDF_FIXTURE_LIST, PDF_FIXTURES, scannedPdf, twoRowHeaderDocx } from '../helpers/pdf-fixtures.ts';

/**
 * The PDF importer against PDFs that LibreOffice printed from the Word test plan and from two
 * seed texts (tests/fixtures/import/pdf/, made by scripts/make-pdf-fixtures.ts), each with a
 * running head and page numbers. A PDF carries no space characters between CJK characters or
 * between Chinese and digits, only gaps: texts are compared with their spaces taken out.
 */
const ROOT = join(import.meta.dirname, '../..');
const pdf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(PDF_FIXTURES, name)));
const seedText = (file: string): string => readFileSync(join(ROOT, 'seeds', file), 'utf8');
const noSpace = (s: string): string => s.replace(/\s+/g, '');
/** A plan's outline, targets, projects and tables with every string's spaces taken out. */
const shape = (text: string, file: string): unknown => JSON.parse(JSON.stringify(planShape(text, file)), (_, v: unknown) => (typeof v === 'string' ? noSpace(v) : v));

const imported = new Map<string, Imported>();
beforeAll(async () => {
	for (const f of PDF_FIXTURE_LIST) imported.set(f.name, await importBytes(pdf(`${f.name}.pdf`), `${f.name}.pdf`));
}, 60_000);
const get = (name: string): Imported => imported.get(name) as Imported;
const lines = (name: string): string[] => get(name).seed.text.split('\n');

describe('a PDF converts to the same plan as the text it was printed from', () => {
	const cases: [string, () => string, { headings: number; targets: number; projects: number }][] = [
		['plan', handMadeText, { headings: 10, targets: 5, projects: 4 }],
		['gulou', () => seedText('001_8f5ce617cc64ab3a.txt'), { headings: 27, targets: 27, projects: 11 }],
		['yongqiao', () => seedText('004_453a8c610e2cbe8a.txt'), { headings: 40, targets: 47, projects: 10 }],
	];
	for (const [name, text, counts] of cases)
		it(`${name}.pdf has the outline, targets (baseline, target, attribute), projects and tables of its text`, () => {
			const want = planShape(text(), 'text.txt');
			expect(want.outline.length).toBe(counts.headings);
			expect(want.targets.length).toBe(counts.targets);
			expect(want.projects.length).toBe(counts.projects);
			const got = shape(get(name).seed.text, 'pdf.txt');
			expect(got).toEqual(shape(text(), 'text.txt'));
		});
	it('keeps every character of the text in order, page furniture aside', () => {
		const bookmarks = /\[bookmark: [^\]]*\]/g;
		expect(noSpace(get('plan').seed.text)).toBe(noSpace(handMadeText()));
		expect(noSpace(get('gulou').seed.text)).toBe(noSpace(seedText('001_8f5ce617cc64ab3a.txt').replace(bookmarks, '')));
		expect(noSpace(get('yongqiao').seed.text)).toBe(noSpace(seedText('004_453a8c610e2cbe8a.txt').replace(bookmarks, '')));
	});
});

describe('printed lines become paragraphs by geometry', () => {
	it('joins a paragraph printed over several lines, with no space between Chinese and digits', () => {
		expect(lines('plan')).toContain('“十三五”期间，全县居民健康水平稳步提高，2020年人均预期寿命达到78.5岁[1]，婴儿死亡率降至3.1‰。');
		expect(lines('plan')).toContain('到2025年，全县卫生健康服务体系更加完善，居民主要健康指标达到全市平均水平以上。');
		expect(get('plan').seed.text).not.toMatch(/\d 年|[\u4e00-\u9fff] \d/);
	});
	it('joins a centred title printed over two lines, and ends a paragraph at a short line', () => {
		expect(lines('plan')[0]).toBe('示例县卫生健康事业发展“十四五”规划');
		expect(lines('plan')).toContain('表1 主要发展指标');
	});
	it('keeps headings on their own lines, numbered as printed (Word’s tab after the number is not a space)', () => {
		expect(lines('plan')).toEqual(expect.arrayContaining(['一、发展基础', '（一）主要成效', '（二）面临形势', '二、主要目标', '三、重点任务', '四、保障措施']));
		expect(lines('plan').filter((l) => /^\d．/.test(l)).map((l) => l.slice(0, 4))).toEqual(['1．实施', '2．加强']);
		// A heading in another typeface right after a paragraph whose last line is full.
		expect(lines('gulou').some((l) => noSpace(l) === '第十节创新综合监管手段机制，助推监督效能提升')).toBe(true);
	});
	it('continues a line whose next character would not fit, even when that is an opening quote that took its character down', () => {
		expect(lines('gulou').find((l) => l.includes('探索建立区域社区卫生服务中心“互联网+医疗健康”统一线上问诊平台'))).toBeDefined();
	});
});

describe('page furniture is removed and listed', () => {
	it('removes running heads and page numbers (- 1 -, 第1页, — 1 —) by position and repetition, and names them in the summary', () => {
		for (const f of PDF_FIXTURE_LIST) {
			const dropped = Object.fromEntries(get(f.name).dropped.map((d) => [d.what, d]));
			expect(dropped['page numbers']?.count, f.name).toBe(get(f.name).pages);
			expect(dropped['running heads']?.count, f.name).toBe(get(f.name).pages);
			expect(dropped['running heads']?.samples[0], f.name).toBe(f.header);
			expect(lines(f.name).filter((l) => /^(- \d+ -|第\d+页|— \d+ —)$/.test(l)), f.name).toEqual([]);
			// The test plan's title is its running head too: printed once as the title, it stays once.
			expect(lines(f.name).filter((l) => l === f.header).length, f.name).toBe(f.name === 'plan' ? 1 : 0);
		}
	});
});

describe('footnotes', () => {
	it('writes the raised mark as [1] where it was printed and the note after its paragraph, not as a stray digit', () => {
		const at = lines('plan').findIndex((l) => l.includes('78.5岁[1]，婴儿死亡率'));
		expect(at).toBeGreaterThan(0);
		expect(lines('plan')[at + 1]).toBe('[1]数据来源：示例县统计年鉴（2020）。');
		expect(get('plan').seed.text).not.toMatch(/岁1/);
	});
});

describe('tables are rebuilt cell by cell from their ruling lines', { timeout: 60_000 }, () => {
	it('writes the cells as the Word importer does: a cell that wraps in its column joined, a vertically merged cell as an empty cell', () => {
		const l = lines('plan');
		const start = l.indexOf('\t领域');
		expect(l.slice(start, start + 17)).toEqual(['\t领域', '\t序号', '\t主要指标', '\t单位', '\t2020年', '\t2025年', '\t指标属性', '', '\t健康水平', '\t1', '\t人均预期寿命', '\t岁', '\t78.5', '\t79', '\t预期性', '', '\t']);
		expect(l).toContain('\t每千人口执业（助理）医师数');
		expect(get('plan').seed.tables.map((t) => `${t.rows}×${t.columns}`)).toEqual(['5×7', '3×3']);
	});
	it('writes a one-cell box (专栏) as its lines', () => {
		const l = lines('plan');
		const start = l.indexOf('专栏1 基层卫生服务能力提升项目');
		expect(l.slice(start + 1, start + 3)).toEqual(['社区医院建设：新建社区医院2所。', '中心村卫生室建设：建设中心村卫生室10个。']);
	});
	it('a two-row header (指标值 over 2020年 and 2025年) gives every row, in the form the Word importer writes', async () => {
		const fromWord = (await importBytes(await twoRowHeaderDocx(), 'two-row-header.docx')).seed;
		const table = (text: string): string => text.slice(text.indexOf('\t领域'), text.lastIndexOf('\t预期性') + 4);
		expect(table(get('two-row-header').seed.text)).toBe(table(fromWord.text));
		expect(get('two-row-header').seed.tables.map((t) => `${t.rows}×${t.columns}`)).toEqual(['6×6']);
		for (const name of ['人均预期寿命', '婴儿死亡率', '孕产妇死亡率', '每千人口医疗机构床位数']) expect(lines('two-row-header')).toContain(`\t${name}`);
		// The converter merges the two header rows (issue 21): every row is a target with its baseline and target.
		const { plan } = convertPlan('two-row-header.txt', get('two-row-header').seed.text, undefined);
		const rowsRead = plan.indicators.filter((i) => i.kind === 'table');
		for (const name of ['人均预期寿命', '婴儿死亡率', '孕产妇死亡率', '每千人口医疗机构床位数']) {
			const row = rowsRead.find((i) => i.name.startsWith(name));
			expect(row?.baseline?.text, name).toBeTruthy();
			expect(row?.target.text, name).toBeTruthy();
		}
	});
	it('rebuilds a table printed without rules from the columns its text lines up in, a wrapped cell joined', async () => {
		const fromWord = (await importBytes(await borderlessDocx(), 'borderless.docx')).seed.text;
		const want = shape(fromWord, 'word.txt') as { targets: unknown[]; projects: unknown[] };
		const got = shape(get('borderless').seed.text, 'pdf.txt') as typeof want;
		expect(want.targets.length).toBe(3);
		expect(want.projects.length).toBe(2);
		expect(got).toEqual(want);
		expect(lines('borderless')).toContain('\t每千人口执业（助理）医师数');
		expect(get('borderless').dropped.map((d) => d.what)).toContain('tables without rules');
		for (const name of ['plan', 'gulou', 'yongqiao', 'two-row-header']) expect(get(name).dropped.map((d) => d.what), name).not.toContain('tables without rules');
	});
	it('joins a table continued on the next page, and a row the page end broke in two', () => {
		const l = lines('gulou');
		expect(l).toContain('\t高血压患者规范管理率');
		expect(get('gulou').dropped.map((d) => d.what)).toEqual(expect.arrayContaining(['tables over pages', 'rows over pages']));
	});
});

describe('files it cannot read are refused with the file name and the reason, and nothing is written', { timeout: 60_000 }, () => {
	const refuses = async (bytes: Uint8Array, name: string, reason: RegExp): Promise<void> => {
		const error = await importBytes(bytes, name).then(
			() => null,
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(ImportError);
		expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
		expect((error as Error).message).toMatch(reason);
	};
	it('a scanned PDF (pictures, no text layer), naming the pages', () => refuses(scannedPdf(3), 'scan.pdf', /pages 1–3 of 3 are scanned pictures with no text layer; run OCR/));
	it('an encrypted PDF that needs a password to open', () => refuses(pdf('plan-encrypted.pdf'), 'locked.pdf', /encrypted and needs a password/));
	it('a download cut short', () => refuses(pdf('plan.pdf').subarray(0, 20_000), 'cut.pdf', /damaged or incomplete \(it does not end with %%EOF/));
	it('a damaged file', () => refuses(new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x41), Buffer.from('\n%%EOF\n')])), 'broken.pdf', /damaged and cannot be read/));
	it('npm run import writes no seed and no plans.yaml entry for them', async () => {
		const work = mkdtempSync(join(tmpdir(), 'pdf-refuse-'));
		try {
			writeFileSync(join(work, 'scan.pdf'), scannedPdf(2));
			const error = await runImport({ input: join(work, 'scan.pdf'), seeds: work, dryRun: false }).then(
				() => null,
				(e: unknown) => e,
			);
			expect(error).toBeInstanceOf(ImportError);
			expect(readFileSync(join(work, 'scan.pdf')).length).toBeGreaterThan(0);
			expect(() => readFileSync(join(work, 'plans.yaml'))).toThrow();
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});

describe('origin and summary', { timeout: 60_000 }, () => {
	let work: string;
	beforeAll(() => {
		work = mkdtempSync(join(tmpdir(), 'pdf-import-'));
	});
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	it('records file, format pdf, SHA-256 and page count in plans.yaml, and the summary names the furniture it removed', async () => {
		const input = join(work, '示例县规划.pdf');
		writeFileSync(input, pdf('plan.pdf'));
		const options = { input, seeds: work, slug: 'shili-pdf', dryRun: false };
		const run = await runImport(options);
		const sha = createHash('sha256').update(pdf('plan.pdf')).digest('hex');
		expect(readFileSync(join(work, 'plans.yaml'), 'utf8')).toContain(`origin: { file: 示例县规划.pdf, format: pdf, sha256: ${sha}, pages: 2 }`);
		const text = summary(run, options);
		expect(text).toMatch(/^import: 示例县规划\.pdf \(PDF, 2 pages, sha256 [0-9a-f]{64}\)/);
		expect(text).toMatch(/- running heads ×2: page furniture printed on 2 of 2 pages \(top of the page\)/);
		expect(text).toMatch(/- page numbers ×2: .*“- 1 -”/);
		expect(run.counts).toMatchObject({ headings: 10, indicators: 5, projects: 4 });
	});
	it('the plan page says the text was read from a PDF, with its page count', () => {
		expect(zh.plan.originValue('pdf', 2)).toMatch(/^PDF 文件，共 2 页；正文由程序从 PDF 中读出.*以原文为准，原文件 SHA-256$/);
		expect(en.plan.originValue('pdf', 2)).toMatch(/^PDF, 2 pages; the text was read from the PDF by software.*original’s SHA-256$/);
		expect(zh.plan.originValue('docx')).toBe('Word 文档，原文件 SHA-256');
	});
});

describe('determinism', { timeout: 60_000 }, () => {
	it('gives the same seed bytes for the same PDF', async () => {
		for (const name of ['plan', 'yongqiao']) expect((await importBytes(pdf(`${name}.pdf`), `${name}.pdf`)).seed.text).toBe(get(name).seed.text);
	});
});

describe('the committed PDF fixtures are current', () => {
	const manifest = JSON.parse(readFileSync(join(PDF_FIXTURES, 'manifest.json'), 'utf8')) as { fixtures: Record<string, { sha256: string; inputs?: Record<string, string> }> };
	for (const fixture of PDF_FIXTURE_LIST)
		it(`${fixture.name}.pdf was made from the current inputs (else run npm run fixtures:pdf)`, () => {
			const entry = manifest.fixtures[`${fixture.name}.pdf`];
			expect(entry?.inputs).toEqual(fixtureInputs(fixture));
			expect(createHash('sha256').update(pdf(`${fixture.name}.pdf`)).digest('hex')).toBe(entry?.sha256);
		});
});
