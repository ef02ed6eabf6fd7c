import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { dataRecord, pageRecords, sortKey, type PlanFacts } from '../../src/lib/search/records.ts';

const gulou: PlanFacts = { slug: 'gulou-fuzhou', title: '福州市鼓楼区“十四五”卫生健康事业发展专项规划', region: '鼓楼区', province: '福建省' };

// Cut from the built page of 鼓楼 (dist/plans/gulou-fuzhou/index.html): seed 001 lines 1, 89 and 117.
const page = `<html lang="zh-CN"><body><nav><p id="p-999">目录里的字不是正文</p></nav>
<article class="plan-text" data-pagefind-body>
<h2 id="s-1" data-line="1"><span id="p-1"></span>前  言<a class="pl" href="#s-1" aria-label="链接到第1行"></a></h2>
<p id="p-89">——人民群众健康水平持续提高。<strong>婴儿死亡率</strong>控制在3‰左右<a class="pl" href="#p-89">¶</a></p>
<table><tbody><tr id="p-117"><td class="carried" title="同上">居民健康水平</td><td>2</td><td>婴儿死亡率</td><td>‰</td><td>≤3</td><td></td></tr></tbody></table>
</article></body></html>`;

describe('one search record per heading, paragraph and table row of the built plan page', () => {
	const records = pageRecords(fromHtml(page), gulou, '/plans/gulou-fuzhou/');

	it('links each record to its anchor and names its line (headings: data-line)', () => {
		expect(records.map((r) => [r.url, r.meta.line])).toEqual([
			['/plans/gulou-fuzhou/#s-1', '1'],
			['/plans/gulou-fuzhou/#p-89', '89'],
			['/plans/gulou-fuzhou/#p-117', '117'],
		]);
	});

	it('indexes the plan text only: no ¶ links, nothing outside the article', () => {
		expect(records[1]!.content).toBe('——人民群众健康水平持续提高。婴儿死亡率控制在3‰左右');
		expect(records.some((r) => r.content.includes('目录'))).toBe(false);
	});

	it('reads a table row as cells separated by |, empty cells left out', () => {
		expect(records[2]!.content).toBe('居民健康水平 | 2 | 婴儿死亡率 | ‰ | ≤3');
	});

	it('gives each record its section (the nearest heading before it) and the plan, kind and province filters', () => {
		expect(records[1]!.meta.section).toBe('前 言');
		expect(records[1]!.filters).toEqual({ plan: ['鼓楼区'], kind: ['正文'], province: ['福建省'] });
	});
});

describe('results are listed in a fixed order', () => {
	it('targets, then projects, then plan text; plan by plan; in reading order', () => {
		const target = dataRecord(gulou, '指标', '/plans/gulou-fuzhou/indicators/infant-mortality/', '婴儿死亡率', '婴儿死亡率：≤3', '', 117, '');
		const project = dataRecord(gulou, '项目', '/plans/gulou-fuzhou/#p-300', '某项目', '某项目', '', 300, '');
		const [, para89, row117] = pageRecords(fromHtml(page), gulou, '/plans/gulou-fuzhou/');
		const keys = [sortKey(row117!, 0), sortKey(para89!, 0), sortKey(project, 3), sortKey(target, 4), sortKey(para89!, 1)];
		expect([...keys].sort()).toEqual([sortKey(target, 4), sortKey(project, 3), sortKey(para89!, 0), sortKey(row117!, 0), sortKey(para89!, 1)]);
	});
});
