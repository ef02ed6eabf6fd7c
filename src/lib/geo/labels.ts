// Greedy label placement: a label is drawn only where it does not cover another, so small urban
// districts do not end up as a pile of overlapping names.

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface Candidate {
	/** Anchor point of the text (baseline). */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

/** The box a one-line label covers, with `pad` px around it. */
export function labelBox(c: Candidate, width: number, size: number, pad = 1): Box {
	const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - width : c.x - width / 2;
	return { x0: x0 - pad, x1: x0 + width + pad, y0: c.y - size * 0.9 - pad, y1: c.y + size * 0.25 + pad };
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const inside = (a: Box, bounds: Box): boolean => a.x0 >= bounds.x0 && a.x1 <= bounds.x1 && a.y0 >= bounds.y0 && a.y1 <= bounds.y1;

/** The first candidate whose box stays in bounds and clear of `taken`; null if none. */
export function place(candidates: Candidate[], width: number, size: number, taken: Box[], bounds: Box): { at: Candidate; box: Box } | null {
	for (const at of candidates) {
		const box = labelBox(at, width, size);
		if (inside(box, bounds) && taken.every((t) => !overlaps(t, box))) return { at, box };
	}
	return null;
}
