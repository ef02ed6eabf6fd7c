import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/errors.ts';
import { decodeHtml, readHtml } from '../../src/import/html.ts';
import { importBytes } from '../../src/import/import.ts';
import { fixtureHtml, handMadeText } from '../helpers/import-fixtures.ts';
import { planShape } from '../helpers/import-plan.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const importHtml = (html: string, options: { encoding?: string } = {}) => importBytes(utf8(html), 'page.html', options);
const page = (body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

/** GBK bytes for a text, from the platform's own GBK decoder run backwards (Node has no GBK encoder). */
function gbk(text: string): Uint8Array {
	const table = new Map<string, number[]>();
	const decoder = new TextDecoder('gbk');
	for (let hi = 0x81; hi <= 0xfe; hi++)
		for (let lo = 0x40; lo <= 0xfe; lo++) {
			if (lo === 0x7f) continue;
			const ch = decoder.decode(new Uint8Array([hi, lo]));
			if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
		}
	const out: number[] = [];
	for (const ch of text) {
		if ((ch.codePointAt(0) as number) < 0x80) out.push(ch.codePointAt(0) as number);
		else {
			const bytes = table.get(ch);
			if (!bytes) throw new Error(`no GBK for ${ch}`);
			out.push(...bytes);
		}
	}
	return new Uint8Array(out);
}

describe('a saved web page converts to the same plan as the hand-made text', () => {
	it('has the same outline, targets and projects as tests/fixtures/import/plan.txt', async () => {
		const hand = planShape(handMadeText());
		const imported = planShape((await importHtml(fixtureHtml())).seed.text, 'page.txt');
		expect(imported.outline).toEqual(hand.outline);
		expect(imported.targets).toEqual(hand.targets);
		expect(imported.projects).toEqual(hand.projects);
		expect(imported.title).toBe(hand.title);
		expect(hand.targets.length).toBe(5); // 4 table/prose targets + 1 commitment (line 67: 全部 达到国家基本标准)
	});
	it('reads a GBK page through its <meta http-equiv> charset to the same text as the UTF-8 page', async () => {
		const fromGbk = (await importBytes(gbk(fixtureHtml('gb2312')), 'page.html')).seed.text;
		expect(fromGbk).toBe((await importHtml(fixtureHtml())).seed.text);
	});
});

describe('site chrome is left out and reported; the article is kept', () => {
	let imported: Awaited<ReturnType<typeof importHtml>>;
	beforeAll(async () => {
		imported = await importHtml(fixtureHtml());
	});
	it('drops the nav, menu, breadcrumb, share buttons, site header and footer, each named in the summary with a sample', () => {
		const what = imported.dropped.map((d) => d.what);
		expect(what).toEqual(expect.arrayContaining(['nav', 'menu', 'breadcrumb', 'share buttons', 'site header', 'footer block']));
		for (const gone of ['首页', '政务公开', '分享到微信', '版权所有', '备案号', '当前位置', '门户网站']) expect(imported.seed.text).not.toContain(gone);
		expect(imported.dropped.find((d) => d.what === 'footer block')?.samples[0]).toMatch(/^主办：示例县人民政府办公室/);
	});
	it('keeps the page’s heading as the first line and the note at the end', () => {
		expect(imported.seed.title).toBe('示例县卫生健康事业发展“十四五”规划');
		expect(imported.seed.text.trimEnd().split('\n').at(-1)).toBe('[1] 数据来源：示例县统计年鉴（2020）。');
	});
	it('keeps what is not clearly chrome: a <footer> inside the article, a “menu” block that is not links', async () => {
		const text = (await importHtml(page('<article><p>正文第一段。</p><footer>发布机构：示例县卫生健康委员会</footer></article><div class="menu-note">本规划由县卫健委负责解释。</div>'))).seed.text;
		expect(text).toBe('正文第一段。\n发布机构：示例县卫生健康委员会\n本规划由县卫健委负责解释。\n');
	});
	it('leaves out scripts, styles, hidden elements and form controls', async () => {
		const r = await importHtml(page('<p>可见文字。</p><script>alert(1)</script><p style="display:none">隐藏文字</p><select><option>友情链接</option></select><button>打印</button>'));
		expect(r.seed.text).toBe('可见文字。\n');
		expect(r.dropped.map((d) => d.what)).toContain('hidden');
	});
});

describe('tables', () => {
	it('reads a table nested in a layout table as a data table, with rowspan continuations as empty cells', async () => {
		const lines = (await importHtml(fixtureHtml())).seed.text.split('\n');
		const start = lines.indexOf('\t领域');
		expect(lines.slice(start + 8, start + 17)).toEqual(['\t健康水平', '\t1', '\t人均预期寿命', '\t岁', '\t78.5', '\t79', '\t预期性', '', '\t']);
	});
	it('keeps later columns in place after a colspan in a body row, but writes a spanning header cell once', async () => {
		const r = await importHtml(page('<table><tr><td>项目</td><td colspan="2">规模</td></tr><tr><td colspan="2">合计</td><td>9</td></tr><tr><td>甲</td><td>3</td><td>6</td></tr></table>'));
		expect(r.seed.text).toBe('\t项目\n\t规模\n\n\t合计\n\t\n\t9\n\n\t甲\n\t3\n\t6\n');
		expect(r.seed.tables).toEqual([{ line: 1, endLine: 10, rows: 3, columns: 3 }]);
	});
	it('carries a rowspan in a middle column and at the end of a row', async () => {
		const r = await importHtml(page('<table><tr><td>a</td><td rowspan="2">b</td><td rowspan="2">c</td></tr><tr><td>d</td></tr></table>'));
		expect(r.seed.text).toBe('\ta\n\tb\n\tc\n\n\td\n\t\n\t\n');
	});
});

describe('a page saved by Word as HTML', () => {
	it('prints list numbers without their no-break-space padding and note marks as [1]', async () => {
		const html = `<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=ZH-CN><div class=WordSection1>
<p class=MsoTitle align=center><span>某县卫生健康“十四五”规划<o:p></o:p></span></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>一、<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><b>总体要求</b></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>加强领导。</p>
<p class=MsoNormal>婴儿死亡率控制在3‰以内<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></a>。</p></div>
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><span class=MsoFootnoteReference>[1]</span></a> 数据来源：卫生统计年报。</p></div></div></body></html>`;
		expect((await importHtml(html)).seed.text).toBe('某县卫生健康“十四五”规划\n一、总体要求\n1. 加强领导。\n婴儿死亡率控制在3‰以内[1]。\n[1] 数据来源：卫生统计年报。\n');
	});
});

describe('text as a browser lays it out', () => {
	it('joins a source line break between Chinese characters without a space, keeps one between Latin words, splits at <br>', async () => {
		const r = await importHtml(page('<p>慢性病负担加重，\n   基层服务能力不足。</p><p>World\nHealth</p><p>第一行<br>第二行<br><br>第三行</p>'));
		expect(r.seed.text).toBe('慢性病负担加重，基层服务能力不足。\nWorld Health\n第一行\n第二行\n\n第三行\n');
	});
	it('prints an ordered-list number on the item’s first line even when the item starts with a heading', async () => {
		const r = await importHtml(page('<ol start="2"><li><h1>主要目标</h1><p>正文。</p></li></ol>'));
		expect(r.seed.text).toBe('2. 主要目标\n正文。\n');
	});
	it('writes a note mark linked within the page as [n], so it never runs into the number before it', async () => {
		const r = await importHtml(page('<p>降至3.1‰<a href="#_ftn1"><sup>[1]</sup></a>，达到78.5岁<a class="sdfootnoteanc" href="#sdfootnote2sym"><sup>2</sup></a>。</p><p><a href="#_ftnref1">1</a>注释。</p><p><a href="#top">返回顶部</a>，见<a href="/x">3</a>号文件</p>'));
		expect(r.seed.text).toBe('降至3.1‰[1]，达到78.5岁[2]。\n[1]注释。\n返回顶部，见3号文件\n');
	});
	it('numbers ordered lists as printed (start, type)', async () => {
		const r = await importHtml(page('<ol start="3"><li>第三项</li><li>第四项</li></ol><ol type="a"><li>甲</li></ol><ul><li>无序</li></ul>'));
		expect(r.seed.text).toBe('3. 第三项\n4. 第四项\na. 甲\n无序\n');
	});
});

describe('encodings and failures', () => {
	it('honours an --encoding override and rejects bytes that do not match the declared encoding', () => {
		const bytes = gbk('<html><body><p>规划正文。</p></body></html>');
		expect(readHtml(bytes, 'p.html', { encoding: 'gbk' }).blocks).toEqual([{ type: 'paragraph', text: '规划正文。' }]);
		expect(() => decodeHtml(bytes, 'p.html')).toThrow(/p\.html: the page declares no encoding and is not valid UTF-8; pass --encoding/);
		expect(() => decodeHtml(utf8('<meta charset="x-unknown">'), 'p.html')).toThrow(/unknown text encoding “x-unknown”/);
	});
	it('fails on an empty file, a page with no text, and a zip named .html', () => {
		expect(() => readHtml(new Uint8Array(0), 'e.html')).toThrow(ImportError);
		expect(() => readHtml(new Uint8Array(0), 'e.html')).toThrow(/e\.html: the file is empty/);
		expect(() => readHtml(utf8(page('<nav><a href="/">首页</a></nav>')), 'n.html')).toThrow(/n\.html: the page has no text/);
		expect(() => readHtml(new Uint8Array([0x50, 0x4b, 3, 4, 0]), 'z.html')).toThrow(/zip archive/);
	});
	it('gives the same text byte for byte on every run', async () => {
		expect((await importHtml(fixtureHtml())).seed.text).toBe((await importHtml(fixtureHtml())).seed.text);
	});
});
