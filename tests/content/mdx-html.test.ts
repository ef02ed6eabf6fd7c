import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { mdxBodyToHtml } from '../../src/lib/content/mdx-html.ts';
import { convertCase } from '../helpers/fixture.ts';
import { renderMdx } from '../helpers/render-mdx.ts';

const CONTENT = join(import.meta.dirname, '../../content/plans');
const body = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
/** HTML re-serialised after parsing, so only the tree counts, not how characters were escaped. */
const normal = (html: string) => toHtml(fromHtml(html, { fragment: true }));

describe('mdxBodyToHtml renders a plan body as the MDX compiler does', () => {
	for (const file of readdirSync(CONTENT).filter((f) => f.endsWith('.mdx'))) {
		it(`content/plans/${file}: same HTML tree as @mdx-js/mdx`, async () => {
			const mdx = readFileSync(join(CONTENT, file), 'utf8');
			expect(normal(mdxBodyToHtml(body(mdx), file))).toBe(normal((await renderMdx(mdx)).html));
		});
	}

	it('bolds a CJK run closed by a full-width mark, as remark-cjk-friendly does (changle-weifang, line 3)', () => {
		const mdx = readFileSync(join(CONTENT, 'changle-weifang.mdx'), 'utf8');
		expect(mdxBodyToHtml(body(mdx), 'changle-weifang.mdx')).toContain('<p id="p-3"><strong>人民健康是民族昌盛和国家富强的重要标志。</strong>加快');
	});

	it('keeps tables, boxes and line anchors of a shared case (notice-wrapper)', async () => {
		const { mdx } = convertCase('notice-wrapper');
		expect(normal(mdxBodyToHtml(body(mdx), 'notice-wrapper.mdx'))).toBe(normal((await renderMdx(mdx)).html));
	});

	it('refuses a component or an expression attribute, naming the file', () => {
		expect(() => mdxBodyToHtml('<Chart data="x" />\n', 'a.mdx')).toThrow(/a\.mdx/);
		expect(() => mdxBodyToHtml('<p id={x}>a</p>\n', 'b.mdx')).toThrow(/b\.mdx.*expression/);
	});
});
