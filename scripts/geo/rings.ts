// Planar ring helpers in lon/lat degrees, for the extractor only (the site draws with d3-geo).
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Point = [number, number];
/** A closed ring: first point equals last point. */
export type Ring = Point[];
/** Exterior ring first, then holes. */
export type Rings = Ring[];

/** Shoelace area; positive when the ring runs counter-clockwise with north up (RFC 7946 exterior). */
export function signedArea(ring: Ring): number {
	let sum = 0;
	for (let k = 0; k + 1 < ring.length; k++) {
		const [x0, y0] = ring[k] as Point;
		const [x1, y1] = ring[k + 1] as Point;
		sum += x0 * y1 - x1 * y0;
	}
	return sum / 2;
}

/** The ring running clockwise (d3-geo's exterior) or counter-clockwise (d3-geo's hole). */
export function orient(ring: Ring, clockwise: boolean): Ring {
	const cw = signedArea(ring) < 0;
	return cw === clockwise ? ring : [...ring].reverse();
}

/** Polygons of a GeoJSON geometry as plain point arrays, each ring closed. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Rings[] {
	const all: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return all.map((rings) =>
		rings.map((ring) => {
			const points = ring.map((p) => [p[0] as number, p[1] as number] as Point);
			const first = points[0];
			const last = points[points.length - 1];
			if (first && last && (first[0] !== last[0] || first[1] !== last[1])) points.push([first[0], first[1]]);
			return points;
		}),
	);
}

/** Polygon when there is one part, MultiPolygon otherwise, null when nothing is left. */
export function geometryOf(polygons: Rings[]): Polygon | MultiPolygon | null {
	if (polygons.length === 0) return null;
	return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] as Rings } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Even-odd point in ring test. */
export function inRing(point: Point, ring: Ring): boolean {
	const [x, y] = point;
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i] as Point;
		const [xj, yj] = ring[j] as Point;
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** Area-weighted centroid of a ring (vertex mean for degenerate rings). */
export function ringCentroid(ring: Ring): Point {
	let a = 0;
	let cx = 0;
	let cy = 0;
	for (let k = 0; k + 1 < ring.length; k++) {
		const [x0, y0] = ring[k] as Point;
		const [x1, y1] = ring[k + 1] as Point;
		const f = x0 * y1 - x1 * y0;
		a += f;
		cx += (x0 + x1) * f;
		cy += (y0 + y1) * f;
	}
	if (Math.abs(a) < 1e-12) {
		const n = Math.max(ring.length, 1);
		return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
	}
	return [cx / (3 * a), cy / (3 * a)];
}

/** Largest side of a ring's bounding box, in degrees. */
export function extent(ring: Ring): number {
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const [x, y] of ring) {
		x0 = Math.min(x0, x);
		y0 = Math.min(y0, y);
		x1 = Math.max(x1, x);
		y1 = Math.max(y1, y);
	}
	return Math.max(x1 - x0, y1 - y0);
}

export const key = (p: Point): string => `${p[0]},${p[1]}`;
