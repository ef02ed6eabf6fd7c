import { describe, expect, it } from 'vitest';
import { escapeText } from '../../src/convert/mdx.ts';
import { convertPlan } from '../../src/convert/plan.ts';
import { renderMdx } from '../helpers/render-mdx.ts';
import { readableLines, squash } from '../helpers/text.ts';

const ALLOWED_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'p', 'a', 'strong', 'div', 'table', 'caption', 'span', 'thead', 'tbody', 'tr', 'th', 'td', 'aside', 'ul', 'li']);
const ALLOWED_ATTRIBUTES = new Set(['id', 'class', 'href', 'aria-label', 'data-line', 'scope', 'colSpan', 'title', 'tabindex']);

const HOSTILE = [
	'{process.exit(1)}',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<!-- 注释 -->',
	'第一行<br>第二行',
	'<https://example.com>',
	'人口<1000人，面积>5',
	'2030. 健康中国目标',
	'**不是粗体**与_下划线_和`代码`',
	'[链接](javascript:alert(1))',
	'# 不是标题',
	'> 不是引用',
	'| a | b |',
	'&lt;b&gt;已转义&amp;',
	'$x^2$ \\ 反斜杠 ~删除~',
	'}{ 不成对 }{',
	'export const x = 1',
	'import y from "z"',
];

describe('plan text containing markup renders as the same visible text', () => {
	it.each(HOSTILE)('%s', async (line) => {
		const text = `测试规划\n\n一、总则\n\n${line}\n\n\t指标\n\t目标\n\n\t${line}\n\t${line}\n`;
		const { mdx } = convertPlan('hostile.txt', text, undefined);
		const rendered = await renderMdx(mdx);
		for (const tag of rendered.tags) expect(ALLOWED_TAGS).toContain(tag);
		for (const attribute of rendered.attributes) expect(ALLOWED_ATTRIBUTES).toContain(attribute);
		expect(squash(rendered.text)).toContain(squash(line));
		for (const l of readableLines(text)) expect(squash(rendered.text)).toContain(l.text);
	});

	it('escapes every character MDX or Markdown reads as syntax', () => {
		expect(escapeText('{a}<b>*c*')).toBe('&#123;a&#125;&#60;b&#62;&#42;c&#42;');
		expect(escapeText('2030. 目标')).toBe('2030&#46; 目标');
	});
});
