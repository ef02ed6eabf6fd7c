import { describe, expect, it } from 'vitest';
import { queryWords, segmentQuery } from '../../src/lib/search/query.ts';

describe('queries are segmented the same way on the Chinese and the English search page', () => {
	it('splits a Chinese term into words (婴儿死亡率 → 婴儿 死亡率)', () => {
		expect(segmentQuery('婴儿死亡率').split(' ').length).toBeGreaterThan(1);
		expect(segmentQuery('婴儿死亡率').replace(/ /g, '')).toBe('婴儿死亡率');
	});

	it('keeps Latin words and drops punctuation (互联网+医疗健康)', () => {
		expect(segmentQuery('infant mortality')).toBe('infant mortality');
		expect(segmentQuery('互联网+医疗健康')).not.toContain('+');
	});

	it('the exact words a result must hold are the typed ones', () => {
		expect(queryWords('  胸痛中心  卒中中心 ')).toEqual(['胸痛中心', '卒中中心']);
	});
});
