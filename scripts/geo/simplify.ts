// Simplifies neighbouring polygons together so shared borders stay shared (no slivers or gaps
// between counties): points where the set of rings through a border changes are kept, and each
// stretch between them is simplified once, the same way from both sides.
import { type Point, type Ring, type Rings, extent, orient, signedArea } from './rings.ts';

export interface SimplifyOptions {
	/** Douglas–Peucker tolerance in degrees. */
	tolerance: number;
	/** Decimal places kept after simplifying (3 ≈ 100 m). */
	digits: number;
	/** Parts whose outer ring spans less than this many degrees are dropped (never a feature's largest part). */
	minExtent?: number;
}

/** A point's identity, to 1e-5 degrees (about 1 m), as a safe integer. */
export function pointId(p: Point): number {
	return (Math.round(p[0] * 1e5) + 18_000_000) * 2 ** 25 + (Math.round(p[1] * 1e5) + 9_000_000);
}

/** Ring without its closing point and without repeated consecutive points. */
function open(ring: Ring): Point[] {
	const out: Point[] = [];
	for (const p of ring) {
		const last = out[out.length - 1];
		if (!last || pointId(last) !== pointId(p)) out.push(p);
	}
	while (out.length > 1 && pointId(out[0] as Point) === pointId(out[out.length - 1] as Point)) out.pop();
	return out;
}

function distance(p: Point, a: Point, b: Point): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len = Math.hypot(dx, dy);
	if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
	return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

/** Douglas–Peucker on an open line; both ends are kept. */
export function douglasPeucker(line: Point[], tolerance: number): Point[] {
	if (line.length <= 2) return line;
	const keep = new Uint8Array(line.length);
	keep[0] = keep[line.length - 1] = 1;
	const stack: [number, number][] = [[0, line.length - 1]];
	while (stack.length > 0) {
		const [a, b] = stack.pop() as [number, number];
		let best = -1;
		let far = tolerance;
		for (let k = a + 1; k < b; k++) {
			const d = distance(line[k] as Point, line[a] as Point, line[b] as Point);
			if (d > far) {
				far = d;
				best = k;
			}
		}
		if (best >= 0) {
			keep[best] = 1;
			stack.push([a, best], [best, b]);
		}
	}
	return line.filter((_, k) => keep[k] === 1);
}

/** Simplifies a stretch the same way whichever direction a ring runs along it. */
function stretch(line: Point[], tolerance: number): Point[] {
	const first = pointId(line[0] as Point);
	const last = pointId(line[line.length - 1] as Point);
	const second = pointId(line[1] ?? (line[0] as Point));
	const penultimate = pointId(line[line.length - 2] ?? (line[0] as Point));
	const flip = first > last || (first === last && second > penultimate);
	if (!flip) return douglasPeucker(line, tolerance);
	return douglasPeucker([...line].reverse(), tolerance).reverse();
}

/**
 * Runs of up to `gap` points of the ring's own (unshared) between two runs with the same neighbours
 * take those neighbours' signature (cyclic): one source often draws a border with every point of the
 * other plus a few more of its own (河北 around 北京 has four points for each of 北京's).
 */
export function smooth(sigs: string[], own: string, gap = 12): string[] {
	const n = sigs.length;
	const out = [...sigs];
	const runs: { start: number; length: number; sig: string }[] = [];
	let start = 0;
	while (start < n && sigs[start] === sigs[(start + n - 1) % n]) start++;
	if (start === n) return out;
	for (let k = 0; k < n; ) {
		const i = (start + k) % n;
		let length = 1;
		while (k + length < n && sigs[(start + k + length) % n] === sigs[i]) length++;
		runs.push({ start: i, length, sig: sigs[i] as string });
		k += length;
	}
	if (runs.length < 3) return out;
	runs.forEach((run, r) => {
		const before = runs[(r + runs.length - 1) % runs.length] as (typeof runs)[number];
		const after = runs[(r + 1) % runs.length] as (typeof runs)[number];
		if (run.sig === own && run.length <= gap && before.sig === after.sig && before.sig !== own) {
			for (let k = 0; k < run.length; k++) out[(run.start + k) % n] = before.sig;
		}
	});
	return out;
}

function round(p: Point, digits: number): Point {
	const f = 10 ** digits;
	return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

/**
 * Simplifies every feature's polygons (each a list of rings, exterior first) as one topology.
 * Returns the same features, exterior rings clockwise and holes counter-clockwise as d3-geo reads them.
 */
export function simplifyShared(features: Rings[][], options: SimplifyOptions): Rings[][] {
	const { tolerance, digits, minExtent = 0 } = options;
	// 1. Drop small parts and tidy every ring.
	const kept = features.map((polygons) => {
		const largest = Math.max(0, ...polygons.map((rings) => extent(rings[0] ?? [])));
		return polygons
			.filter((rings) => extent(rings[0] ?? []) >= Math.min(minExtent, largest))
			.map((rings) => rings.map(open).filter((ring) => ring.length >= 3))
			.filter((rings) => rings.length > 0);
	});
	// 2. Which rings pass through each point.
	const rings: Point[][] = kept.flatMap((polygons) => polygons.flat());
	const through = new Map<number, number[]>();
	rings.forEach((ring, r) => {
		for (const p of ring) {
			const id = pointId(p);
			const list = through.get(id);
			if (!list) through.set(id, [r]);
			else if (list[list.length - 1] !== r) list.push(r);
		}
	});
	// 3. Fixed points: where the rings alongside change (ends of shared borders, junctions of three),
	// or where a ring touches itself. Where the sources draw a border with a few extra points on one
	// side, those points take the border's signature so they do not break it into many stretches.
	const simplified = new Map<Point[], Point[]>();
	rings.forEach((ring, r) => {
		const n = ring.length;
		const sigs = smooth(
			ring.map((p) => (through.get(pointId(p)) as number[]).join(',')),
			String(r),
		);
		const seen = new Map<number, number>();
		for (const p of ring) seen.set(pointId(p), (seen.get(pointId(p)) ?? 0) + 1);
		const fixed: number[] = [];
		for (let k = 0; k < n; k++) {
			const here = sigs[k];
			if (here !== sigs[(k + n - 1) % n] || here !== sigs[(k + 1) % n] || (seen.get(pointId(ring[k] as Point)) ?? 0) > 1) fixed.push(k);
		}
		if (fixed.length === 0) {
			// A ring shared all round (an enclave) or not at all: start from its lowest point, the same from either side.
			let low = 0;
			ring.forEach((p, k) => {
				const q = ring[low] as Point;
				if (p[0] < q[0] || (p[0] === q[0] && p[1] < q[1])) low = k;
			});
			fixed.push(low);
		}
		if (fixed.length === 1) {
			const from = ring[fixed[0] as number] as Point;
			let far = (fixed[0] as number);
			let best = -1;
			ring.forEach((p, k) => {
				const d = Math.hypot(p[0] - from[0], p[1] - from[1]);
				if (d > best) {
					best = d;
					far = k;
				}
			});
			if (far !== fixed[0]) fixed.push(far);
			fixed.sort((a, b) => a - b);
		}
		const out: Point[] = [];
		for (let f = 0; f < fixed.length; f++) {
			const a = fixed[f] as number;
			const b = fixed[(f + 1) % fixed.length] as number;
			const line: Point[] = [];
			for (let k = a; ; k = (k + 1) % n) {
				line.push(ring[k] as Point);
				if (k === b && line.length > 1) break;
				if (line.length > n + 1) break;
			}
			out.push(...stretch(line, tolerance).slice(0, -1));
		}
		simplified.set(ring, out);
	});
	// 4. Round, drop repeats and collapsed rings, close and orient for d3-geo.
	return kept.map((polygons) =>
		polygons
			.map((polygon) =>
				polygon
					.map((ring) => {
						const points: Point[] = [];
						for (const p of (simplified.get(ring) as Point[]).map((q) => round(q, digits))) {
							const last = points[points.length - 1];
							if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
						}
						while (points.length > 1 && (points[0] as Point)[0] === (points[points.length - 1] as Point)[0] && (points[0] as Point)[1] === (points[points.length - 1] as Point)[1]) points.pop();
						if (points.length < 3) return null;
						const closed: Ring = [...points, [(points[0] as Point)[0], (points[0] as Point)[1]]];
						return signedArea(closed) === 0 ? null : closed;
					})
					.map((ring, k) => (ring ? orient(ring, k === 0) : null)),
			)
			.filter((polygon) => polygon[0] !== null)
			.map((polygon) => polygon.filter((ring): ring is Ring => ring !== null)),
	);
}
