import { describe, expect, it } from 'vitest';
import { PALETTE, contrast } from '../../src/lib/geo/palette.ts';

describe('map colours meet WCAG 2 AA', () => {
	it('the contrast function agrees with known values', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		expect(() => contrast('red', '#fff')).toThrow(/#rrggbb/);
	});

	it('text: 4.5:1 on the background, on context areas and (white) on the highlight', () => {
		for (const fg of [PALETTE.text, PALETTE.muted]) {
			expect(contrast(fg, PALETTE.background), fg).toBeGreaterThanOrEqual(4.5);
			expect(contrast(fg, PALETTE.other), fg).toBeGreaterThanOrEqual(4.5);
		}
		expect(contrast(PALETTE.background, PALETTE.highlight)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(PALETTE.highlight, PALETTE.background)).toBeGreaterThanOrEqual(4.5);
	});

	it('graphics: 3:1 for the highlighted county against its neighbours and the page, and for spokes and frames', () => {
		expect(contrast(PALETTE.highlight, PALETTE.other)).toBeGreaterThanOrEqual(3);
		expect(contrast(PALETTE.highlight, PALETTE.background)).toBeGreaterThanOrEqual(3);
		expect(contrast(PALETTE.frame, PALETTE.background)).toBeGreaterThanOrEqual(3);
	});
});
