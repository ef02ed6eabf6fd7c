import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { pageRecords, sortRecords, type SearchRecord } from '../../src/lib/search/records.ts';


// Cut from the built page of 鼓楼 (dist/plans/gulou-fuzhou/index.html): seed 001 lines 1, 89 and 117.
const page = `<html lang="zh-CN"><body><nav><p id="p-999">目录里的字不是正文</p></nav>
<article class="plan-text" data-pagefind-body>
<h2 id="s-1" data-line="1"><span id="p-1"></span>前  言<a class="pl" href="#s-1" aria-label="链接到第1行"></a></h2>
<p id="p-89">——人民群众健康水平持续提高。<strong>婴儿死亡率</strong>控制在3‰左右<a class="pl" href="#p-89">¶</a></p>
<table><tbody><tr id="p-117"><td class="carried" title="同上">居民健康水平</td><td>2</td><td>婴儿死亡率</td><td>‰</td><td>≤3</td><td></td></tr></tbody></table>
</article></body></html>`;

describe('one search record per heading, paragraph and table row of the built plan page', () => {
	const records = pageRecords(fromHtml(page), 'gulou-fuzhou');

	it('links each record to its anchor and names its line (headings: data-line)', () => {
		expect(records.map((r) => [r.opens, r.line])).toEqual([
			[{ anchor: 's-1' }, 1],
			[{ anchor: 'p-89' }, 89],
			[{ anchor: 'p-117' }, 117],
		]);
	});

	it('indexes the plan text only: no ¶ links, nothing outside the article', () => {
		expect(records[1]!.content).toBe('——人民群众健康水平持续提高。婴儿死亡率控制在3‰左右');
		expect(records.some((r) => r.content.includes('目录'))).toBe(false);
	});

	it('reads a table row as cells separated by |, empty cells left out', () => {
		expect(records[2]!.content).toBe('居民健康水平 | 2 | 婴儿死亡率 | ‰ | ≤3');
	});

	it('gives each record its section (the nearest heading before it), its plan (slug) and kind', () => {
		expect(records[1]!.section).toBe('前 言');
		expect([records[1]!.plan, records[1]!.kind]).toEqual(['gulou-fuzhou', '正文']);
	});
});

describe('results are listed in a fixed order', () => {
	it('plan by plan in the site order; within a plan targets, then projects, then plan text, each in reading order', () => {
		const [, para89, row117] = pageRecords(fromHtml(page), 'gulou-fuzhou');
		const target: SearchRecord = { plan: 'gulou-fuzhou', kind: '指标', line: 117, opens: { indicator: 'infant-mortality' }, content: '婴儿死亡率：≤3', text: '婴儿死亡率：≤3', section: '' };
		const project: SearchRecord = { ...para89!, kind: '项目', line: 300, opens: { anchor: 'p-300' } };
		const other: SearchRecord = { ...target, plan: 'suibin', line: 5 };
		const sorted = sortRecords([row117!, other, para89!, project, target], ['gulou-fuzhou', 'suibin']);
		expect(sorted).toEqual([target, project, para89, row117, other]);
	});
});
