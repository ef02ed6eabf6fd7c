import { describe, expect, it } from 'vitest';
import { pagefindRecord } from '../../src/lib/search/pagefind.ts';
import type { SearchRecord } from '../../src/lib/search/records.ts';

const plan = { slug: 'gulou-fuzhou', title: '福州市鼓楼区“十四五”卫生健康事业发展专项规划', province: '福建省' };
// 鼓楼 (seed 001) line 89 and its infant-mortality target.
const paragraph: SearchRecord = { plan: 'gulou-fuzhou', kind: '正文', line: 89, opens: { anchor: 'p-89' }, content: '婴儿死亡率控制在3‰左右', text: '婴儿死亡率控制在3‰左右', section: '前 言' };
const target: SearchRecord = { ...paragraph, kind: '指标', opens: { indicator: 'infant-mortality' }, text: '婴儿死亡率：≤3' };

describe('what Pagefind is given for a record', () => {
	it('the encoded words as content; the printed text, plan and where it opens as metadata', () => {
		const record = pagefindRecord(paragraph, plan, 12, 'hv8g1r');
		expect(record.content).toBe('hv8g1r');
		expect(record.meta).toEqual({ title: plan.title, plan: 'gulou-fuzhou', kind: '正文', line: '89', text: '婴儿死亡率控制在3‰左右', section: '前 言', opens: '#p-89' });
		expect(pagefindRecord(target, plan, 3, '').meta.opens).toBe('infant-mortality');
	});

	it('a URL unique per record, built by urls.ts (paragraph anchor, target page)', () => {
		expect(pagefindRecord(paragraph, plan, 0, '').url).toBe('/plans/gulou-fuzhou/#p-89');
		expect(pagefindRecord(target, plan, 0, '').url).toBe('/plans/gulou-fuzhou/indicators/infant-mortality/');
	});

	it('plan, kind and province as filters; the place in result order as a sort key that sorts as text', () => {
		const record = pagefindRecord(paragraph, plan, 12, '');
		expect(record.filters).toEqual({ plan: ['gulou-fuzhou'], kind: ['正文'], province: ['福建省'] });
		const keys = [9, 10, 100, 12].map((k) => pagefindRecord(paragraph, plan, k, '').sort.order);
		expect([...keys].sort()).toEqual([9, 10, 12, 100].map((k) => pagefindRecord(paragraph, plan, k, '').sort.order));
	});
});
