import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// The second site of tests/site/global-setup.ts holds a plan imported from a Word file with `npm run import`.
const page = (...path: string[]) => readFileSync(join(inject('hostileDist'), ...path, 'plans', 'zz-imported', 'index.html'), 'utf8');

describe('an imported plan cites its original file', () => {
	it('names the Word file and its SHA-256 in the plan facts (zh)', () => {
		const html = page();
		expect(html).toMatch(/<dt>导入自<\/dt><dd><code>示例县卫生健康规划\.docx<\/code> \(Word 文档，原文件 SHA-256 <code title="[0-9a-f]{64}">[0-9a-f]{12}…<\/code>\)<\/dd>/);
	});
	it('says the same on the English page', () => {
		expect(page('en')).toMatch(/<dt>Imported from<\/dt><dd><code>示例县卫生健康规划\.docx<\/code> \(Word, original’s SHA-256 <code title="[0-9a-f]{64}">/);
	});
	it('shows no origin line for a plan written as text', () => {
		expect(readFileSync(join(inject('hostileDist'), 'plans', 'zz-hostile', 'index.html'), 'utf8')).not.toContain('导入自');
	});
});
