import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run as convert } from '../../src/convert/cli.ts';
import { parsePlansYaml } from '../../src/convert/metadata.ts';
import { runImport, summary, type ImportOptions } from '../../src/import/cli.ts';
import { detectFormat } from '../../src/import/import.ts';
import { fixtureDocx, fixtureHtml } from '../helpers/import-fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let work: string;
let seeds: string;
let docxPath: string;
let htmlPath: string;
beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'plan-import-'));
	seeds = join(work, 'seeds');
	cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
	docxPath = join(work, '示例县卫生健康规划.docx');
	writeFileSync(docxPath, await fixtureDocx());
	htmlPath = join(work, 'page.html');
	writeFileSync(htmlPath, fixtureHtml());
});
const options = (input: string, extra: Partial<ImportOptions> = {}): ImportOptions => ({ input, seeds, dryRun: false, ...extra });

describe('npm run import', { timeout: 60_000 }, () => {
	it('writes seeds/NNN_<sha>.txt and a plans.yaml entry with the origin, and the plan carries it', async () => {
		const result = await runImport(options(docxPath, { slug: 'shili-docx' }));
		expect(result.seedFile).toMatch(/^005_[0-9a-f]{16}\.txt$/);
		expect(result.seedFile.slice(4, 20)).toBe(result.imported.sha256.slice(0, 16));
		expect(readFileSync(join(seeds, result.seedFile), 'utf8')).toBe(result.imported.seed.text);
		const entry = parsePlansYaml(readFileSync(join(seeds, 'plans.yaml'), 'utf8')).find((m) => m.slug === 'shili-docx');
		expect(entry).toEqual({ slug: 'shili-docx', file: result.seedFile, origin: { file: '示例县卫生健康规划.docx', format: 'docx', sha256: result.imported.sha256 } });
		expect(result.counts).toEqual({ headings: 10, indicators: 5, projects: 4, tables: 2 });
		const out = join(work, 'content');
		convert({ seeds, out, check: false });
		const mdx = readFileSync(join(out, 'shili-docx.mdx'), 'utf8');
		expect(mdx).toContain('示例县卫生健康规划.docx');
		expect(mdx).toContain(result.imported.sha256);
	});
	it('prints what it found, wrote and left out', async () => {
		const opts = options(htmlPath, { slug: 'shili-html' });
		const text = summary(await runImport(opts), opts);
		expect(text).toMatch(/^import: page\.html \(web page, sha256 [0-9a-f]{64}\) → .*006_[0-9a-f]{16}\.txt/);
		expect(text).toContain('title:  示例县卫生健康事业发展“十四五”规划');
		expect(text).toMatch(/tables: line \d+: 5 rows × 7 columns; line \d+: 3 rows × 3 columns/);
		expect(text).toContain('converts to: 10 headings, 5 targets, 4 projects');
		expect(text).toMatch(/- nav ×1: left out as site navigation \(<nav>\) — “首页/);
		expect(text).toContain('plans.yaml: entry “shili-html” added');
	});
	it('re-importing the same file rewrites the same seed byte for byte and leaves plans.yaml unchanged', async () => {
		const before = readdirSync(seeds).sort();
		const yaml = readFileSync(join(seeds, 'plans.yaml'), 'utf8');
		const first = readFileSync(join(seeds, '005_' + readdirSync(seeds).find((f) => f.startsWith('005_'))?.slice(4)), 'utf8');
		const again = await runImport(options(docxPath));
		expect(again.slug).toBe('shili-docx');
		expect(again.yamlAction).toBe('unchanged');
		expect(readdirSync(seeds).sort()).toEqual(before);
		expect(readFileSync(join(seeds, again.seedFile), 'utf8')).toBe(first);
		expect(readFileSync(join(seeds, 'plans.yaml'), 'utf8')).toBe(yaml);
	});
	it('--dry-run writes nothing', async () => {
		const before = readdirSync(seeds).sort();
		const yaml = readFileSync(join(seeds, 'plans.yaml'), 'utf8');
		const other = join(work, 'other.html');
		writeFileSync(other, fixtureHtml().replace('制定本规划。', '制定本规划（修订）。'));
		expect((await runImport(options(other, { dryRun: true }))).yamlAction).toBe('not written');
		expect(readdirSync(seeds).sort()).toEqual(before);
		expect(readFileSync(join(seeds, 'plans.yaml'), 'utf8')).toBe(yaml);
	});
	it('exits non-zero with the file name and the reason for a file it cannot read, writing nothing', () => {
		const before = readdirSync(seeds).sort();
		const cases: [string, Uint8Array, RegExp][] = [
			['empty.docx', new Uint8Array(0), /empty\.docx: the file is empty/],
			['notes.docx', new TextEncoder().encode('这不是Word文件'), /notes\.docx: not a \.docx/],
			['plan.pdf', new TextEncoder().encode('%PDF-1.7'), /plan\.pdf: the PDF is damaged or incomplete/],
		];
		for (const [name, bytes, reason] of cases) {
			const path = join(work, name);
			writeFileSync(path, bytes);
			const r = spawnSync(process.execPath, [join(ROOT, 'src/import/cli.ts'), path, '--seeds', seeds], { encoding: 'utf8' });
			expect(r.status).not.toBe(0);
			expect(r.stderr).toMatch(/^import failed: /);
			expect(r.stderr).toMatch(reason);
		}
		const r = spawnSync(process.execPath, [join(ROOT, 'src/import/cli.ts'), join(work, 'missing.docx')], { encoding: 'utf8' });
		expect(r.status).not.toBe(0);
		expect(r.stderr).toMatch(/missing\.docx/);
		expect(readdirSync(seeds).sort()).toEqual(before);
	});
});

describe('the kind of file is read from its bytes, its name only when they do not tell', () => {
	const kind = (bytes: Uint8Array | string, name: string) => detectFormat(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, name);
	it('reads a “.doc” that Word saved as a web page as a web page, and a zip named .doc as Word', () => {
		expect(kind('<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><p>正文</p></body></html>', '规划.doc')).toBe('html');
		expect(kind(new Uint8Array([0x50, 0x4b, 3, 4]), '规划.doc')).toBe('docx');
		expect(kind('\ufeff<!DOCTYPE html><p>x</p>', 'page.txt')).toBe('html');
	});
	it('reads a PDF as a PDF whatever its name says', () => {
		expect(kind('%PDF-1.7\n', 'plan.docx')).toBe('pdf');
		expect(kind('\r\n%PDF-1.4\n', 'download')).toBe('pdf');
	});
	it('names what a file is when it cannot be imported', () => {
		expect(() => kind('MIME-Version: 1.0\nContent-Type: multipart/related', 'page.mht')).toThrow(/MHT/);
		expect(() => kind('{\\rtf1\\ansi', 'plan.doc')).toThrow(/an RTF file/);
		expect(() => kind('一、总则', 'plan.wps')).toThrow(/a WPS document/);
		expect(() => kind('一、总则', 'plan')).toThrow(/cannot tell what kind of file/);
	});
});
