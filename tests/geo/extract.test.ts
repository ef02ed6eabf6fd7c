// The extractor's geometry steps on small hand-made shapes (the source packages are not needed).
import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type Point, type Ring, signedArea } from '../../scripts/geo/rings.ts';
import { douglasPeucker, simplifyShared, smooth } from '../../scripts/geo/simplify.ts';
import { decodeRing } from '../../scripts/geo/source.ts';
import { union } from '../../scripts/geo/union.ts';

/** A square [x, x+1] × [y, y+1], counter-clockwise (RFC 7946), with a wiggly right side of `n` points. */
function square(x: number, y: number, wiggle = 0): Ring {
	const right: Point[] = [];
	for (let k = 1; k < 10; k++) right.push([x + 1 + (k % 2 ? wiggle : 0), y + k / 10]);
	return [[x, y], [x + 1, y], ...right, [x + 1, y + 1], [x, y + 1], [x, y]];
}

const pointsOn = (ring: Ring, x: number) => [...new Set(ring.filter((p) => Math.abs(p[0] - x) < 0.01).map((p) => `${p[0]},${p[1]}`))].sort();

/** The square east of `square(x, y, wiggle)`, running back along its right side point for point. */
function eastNeighbour(left: Ring): Ring {
	const [x, y] = left[1] as Point;
	const shared = left.slice(1, 12);
	return [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], ...[...shared].reverse().slice(1)];
}

describe('simplifyShared', () => {
	it('rewinds for d3-geo: exterior clockwise, area below 2π', () => {
		const [[[ring]]] = simplifyShared([[[square(110, 30)]]], { tolerance: 0.01, digits: 3 }) as [[[Ring]]];
		expect(signedArea(ring)).toBeLessThan(0);
		const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
		expect(geoArea(polygon)).toBeLessThan(2 * Math.PI);
		// The same ring the RFC 7946 way round is the rest of the globe to d3-geo.
		expect(geoArea({ type: 'Polygon', coordinates: [[...ring].reverse()] })).toBeGreaterThan(2 * Math.PI);
	});

	it('simplifies a border two neighbours share the same way on both sides', () => {
		// Left square's right side wiggles by 0.004°; the right square runs along the same points backwards.
		const left = square(110, 30, 0.004);
		const right = eastNeighbour(left);
		const [[[a]], [[b]]] = simplifyShared([[[left]], [[right]]], { tolerance: 0.01, digits: 3 }) as [[[Ring]], [[Ring]]];
		// The wiggle is below tolerance: both sides keep only the ends, identically.
		expect(pointsOn(a, 111)).toEqual(['111,30', '111,31']);
		expect(pointsOn(a, 111)).toEqual(pointsOn(b, 111));
		// Above tolerance, the wiggle is kept — on both sides alike.
		const [[[c]], [[d]]] = simplifyShared([[[left]], [[right]]], { tolerance: 0.001, digits: 3 }) as [[[Ring]], [[Ring]]];
		expect(pointsOn(c, 111).length).toBeGreaterThan(5);
		expect(pointsOn(c, 111)).toEqual(pointsOn(d, 111));
	});

	it('drops small islands but never a feature’s largest part', () => {
		const island = square(120, 20).map(([x, y]) => [120 + (x - 120) * 0.01, 20 + (y - 20) * 0.01] as Point);
		const options = { tolerance: 0.0001, digits: 4, minExtent: 0.05 };
		expect(simplifyShared([[[square(110, 30)], [island]]], options)[0]).toHaveLength(1);
		expect(simplifyShared([[[island]]], options)[0]).toHaveLength(1);
	});

	it('smooth() joins a border one side draws with extra points', () => {
		expect(smooth(['0', '0', '0', '0,1', '0', '0,1', '0', '0', '0'], '0', 2)).toEqual(['0', '0', '0', '0,1', '0,1', '0,1', '0', '0', '0']);
		expect(smooth(['0', '0,1', '0', '0,2', '0'], '0', 3)).toEqual(['0', '0,1', '0', '0,2', '0']);
	});

	it('douglasPeucker keeps the ends and points beyond tolerance', () => {
		expect(douglasPeucker([[0, 0], [1, 0.001], [2, 0]], 0.01)).toEqual([[0, 0], [2, 0]]);
		expect(douglasPeucker([[0, 0], [1, 0.5], [2, 0]], 0.01)).toEqual([[0, 0], [1, 0.5], [2, 0]]);
	});
});

describe('union', () => {
	it('merges neighbours into one outline by cancelling their shared border', () => {
		const left = square(110, 30);
		const merged = union([[left], [eastNeighbour(left)]], { minArea: 1e-6 });
		expect(merged).toHaveLength(1);
		expect(Math.abs(signedArea(merged[0]?.[0] as Ring))).toBeCloseTo(2, 6);
		expect((merged[0]?.[0] as Ring).some(([x, y]) => x === 111 && y > 30 && y < 31)).toBe(false);
	});

	it('keeps a real hole and separate parts', () => {
		const ring: Ring[] = [];
		for (let x = 0; x < 3; x++) for (let y = 0; y < 3; y++) if (x !== 1 || y !== 1) ring.push(square(100 + x, 30 + y));
		const merged = union([...ring.map((r) => [r]), [square(105, 30)]], { minArea: 1e-6 });
		expect(merged).toHaveLength(2);
		const big = merged.find((p) => p.length === 2);
		expect(big).toBeDefined();
		expect(Math.abs(signedArea(big?.[1] as Ring))).toBeCloseTo(1, 6);
	});
});

describe('decodeRing', () => {
	it('reads ECharts-compressed coordinates (zigzag deltas in 1/1024 degree)', () => {
		// '@@' is a zero step; 'B' (66) → 2 → +1; 'A' (65) → 1 → −1.
		expect(decodeRing('@@BA', [121 * 1024, 31 * 1024])).toEqual([
			[121, 31],
			[121 + 1 / 1024, 31 - 1 / 1024],
		]);
	});
});
