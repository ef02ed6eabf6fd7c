// Merges neighbouring polygons into one outline (cities → province) by cancelling the borders they
// share: the sources draw a shared border with the same points from both sides, so every edge that
// appears once in each direction is interior. No geometry library needed.
import { type Point, type Ring, type Rings, inRing, orient, ringCentroid, signedArea } from './rings.ts';
import { pointId } from './simplify.ts';

export interface UnionOptions {
	/** Rings smaller than this (square degrees) are slivers where the sources disagree by a few metres: dropped. */
	minArea: number;
}

/** The union of the given polygons (exterior first, then holes), as polygons. */
export function union(polygons: Rings[], options: UnionOptions): Rings[] {
	// Directed edges, exterior rings counter-clockwise and holes clockwise (interior on the left).
	const edges = new Map<string, number>();
	const points = new Map<number, Point>();
	const edgeKey = (a: number, b: number) => `${a}>${b}`;
	for (const rings of polygons) {
		rings.forEach((ring, k) => {
			const oriented = orient(ring, k !== 0);
			for (let i = 0; i + 1 < oriented.length; i++) {
				const a = oriented[i] as Point;
				const b = oriented[i + 1] as Point;
				const ia = pointId(a);
				const ib = pointId(b);
				if (ia === ib) continue;
				points.set(ia, a);
				points.set(ib, b);
				const back = edgeKey(ib, ia);
				const backCount = edges.get(back) ?? 0;
				if (backCount > 0) {
					if (backCount === 1) edges.delete(back);
					else edges.set(back, backCount - 1);
				} else edges.set(edgeKey(ia, ib), (edges.get(edgeKey(ia, ib)) ?? 0) + 1);
			}
		});
	}
	// Outgoing edges per point.
	const out = new Map<number, number[]>();
	for (const [k, count] of edges) {
		const [a, b] = k.split('>').map(Number) as [number, number];
		for (let c = 0; c < count; c++) {
			const list = out.get(a);
			if (list) list.push(b);
			else out.set(a, [b]);
		}
	}
	const angle = (from: number, to: number) => {
		const p = points.get(from) as Point;
		const q = points.get(to) as Point;
		return Math.atan2(q[1] - p[1], q[0] - p[0]);
	};
	// Walk the remaining edges into rings; where several leave a point, turn most to the left so
	// parts that touch at a corner come out as separate rings.
	const rings: Ring[] = [];
	for (const start of [...out.keys()].sort((a, b) => a - b)) {
		while ((out.get(start)?.length ?? 0) > 0) {
			const ring: number[] = [start];
			let previous = start;
			let current = (out.get(start) as number[]).shift() as number;
			let guard = edges.size + 2;
			while (current !== start && guard-- > 0) {
				ring.push(current);
				const options = out.get(current) ?? [];
				if (options.length === 0) break;
				let pick = 0;
				if (options.length > 1) {
					const incoming = angle(previous, current);
					let best = -Infinity;
					options.forEach((next, k) => {
						let turn = angle(current, next) - incoming;
						while (turn <= -Math.PI) turn += 2 * Math.PI;
						while (turn > Math.PI) turn -= 2 * Math.PI;
						if (turn > best) {
							best = turn;
							pick = k;
						}
					});
				}
				const [next] = options.splice(pick, 1) as [number];
				previous = current;
				current = next;
			}
			if (current !== start || ring.length < 3) continue;
			ring.push(start);
			rings.push(ring.map((id) => points.get(id) as Point));
		}
	}
	// Counter-clockwise rings are outlines, clockwise ones holes; each hole goes to the smallest outline around it.
	const outlines = rings.filter((r) => signedArea(r) >= options.minArea).sort((a, b) => signedArea(a) - signedArea(b));
	const holes = rings.filter((r) => signedArea(r) <= -options.minArea);
	const result: Rings[] = outlines.map((r) => [orient(r, true)]);
	for (const hole of holes) {
		const probe = ringCentroid(hole);
		const k = outlines.findIndex((outline) => inRing(probe, outline));
		if (k >= 0) (result[k] as Rings).push(orient(hole, false));
	}
	return result;
}
