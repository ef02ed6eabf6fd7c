// src/lib/charts: charts as rows of text (label, value) around SVG tracks drawn in % of their width.
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/lib/charts/bars.ts';
import { targetChart, type TargetRow } from '../../src/lib/charts/targets.ts';

const row = (over: Partial<TargetRow>): TargetRow => ({ label: '婴儿死亡率', baseline: 1.62, target: 5.2, comparator: '<', binding: false, unit: '‰', ...over });

describe('a chart fits any width: nothing in it has a fixed width in px', () => {
	it('target rows: tracks are 100% wide, marks placed in %, the value printed as text beside the track', () => {
		const { svg } = targetChart([row({}), row({ label: '孕产妇死亡率', baseline: 6.21, target: 14.5, unit: '1/10万', binding: true })], { id: 'c', title: 'T' });
		expect(svg).toMatch(/^<div class="tchart" role="img" aria-labelledby="c-t c-d">/);
		expect(svg).not.toMatch(/min-width|viewBox="0 0 \d{3}/);
		expect(svg.match(/<svg class="tc-track" width="100%"/g)).toHaveLength(2);
		expect(svg).toMatch(/<circle class="m-base" cx="[\d.]+%"/);
		// Values as printed text, `1/10万` written `/10万` so it does not run into the number.
		expect(svg).toContain('<span class="tc-target">&lt;5.2‰</span>');
		expect(svg).toContain('<span class="tc-target">&lt;14.5/10万</span>');
		expect(svg).toContain('<span class="tc-base">1.62 → </span>');
	});

	it('marks stay between 3% and 97% of their track, so a mark at either end is not cut', () => {
		const { svg } = targetChart([row({ baseline: 0, target: 100 }), row({ baseline: 100, target: 0 })], { id: 'c', title: 'T', sharedScale: true });
		const xs = [...svg.matchAll(/(?:cx|x)="([\d.]+)%"/g)].map((m) => Number(m[1]));
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(3);
		expect(Math.max(...xs)).toBeLessThanOrEqual(97);
	});

	it('binding, expected and unstated targets differ by shape (square, circle, diamond), not by colour alone', () => {
		const { svg } = targetChart([row({ binding: true }), row({ binding: false }), row({ binding: null })], { id: 'c', title: 'T' });
		expect(svg).toMatch(/<rect class="m-binding"/);
		expect(svg).toMatch(/<circle class="m-hollow m-expected"/);
		expect(svg).toMatch(/<path class="m-hollow m-plain" d="M0,-6L6,0L0,6L-6,0Z"/);
	});

	it('bars: one rect per bar, in % of the track, the count printed beside it', () => {
		const { svg } = barChart([{ label: '乡镇卫生院', value: 9 }, { label: '村卫生室', value: 116 }], { id: 'b', title: 'T', unit: '个' });
		expect(svg.match(/<rect /g)).toHaveLength(2);
		expect(svg).toContain('width="100%" height="14"');
		expect(svg).toContain('<span class="tc-value">116个</span>');
	});
});
