import { describe, expect, it } from 'vitest';
import { HEADING_STYLES, WORD_HEADINGS } from '../../src/convert/rules/headings.ts';
import { convertText, plan } from '../helpers/fixture.ts';

/** The outline of a five-line text: a title, then the heading under test and a body line. */
const outlineOf = (heading: string) =>
	convertText(plan`
		某县卫生健康规划
		${heading}
		人民健康水平持续提高。
	`).plan.outline;

describe('heading styles (rules/headings.ts): each entry read from a five-line text', () => {
	it.each(HEADING_STYLES.map((s) => [s.style, s.example] as const))('%s — %s', (style, example) => {
		expect(outlineOf(example).map((h) => [h.style, h.title])).toEqual([[style, example]]);
	});

	it.each(WORD_HEADINGS.map((s) => [s.style, s.example] as const))('%s — %s (by its words alone)', (style, example) => {
		expect(outlineOf(example).map((h) => h.style)).toEqual([style]);
	});

	it('a year at line start (2030.) or a decimal is not a numbered heading', () => {
		expect(outlineOf('2030.健康中国基本建成')).toEqual([]);
		expect(outlineOf('2.5倍于去年')).toEqual([]);
	});

	it('a heading numbered past ten (十二、) keeps its number order in the outline', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康规划
			十一、保障措施
			十二、规划实施
		`);
		expect(p.outline.map((h) => [h.id, h.level])).toEqual([['s-1', 1], ['s-2', 1]]);
	});
});
