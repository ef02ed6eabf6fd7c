// Reads the geography written by scripts/geo/extract.ts. Read from the project at build time (by path,
// not bundled): the maps are drawn at build time and ship as static SVG.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPoint, MultiPolygon, Polygon } from 'geojson';

export interface Area {
	code: string;
	name: string;
}
export type Areas = FeatureCollection<Polygon | MultiPolygon, Area> & { name?: string };
export type Points = FeatureCollection<MultiPoint, Area>;

/** Where the extracted files live; tests may point elsewhere. */
export const GEO_DIR = join(process.cwd(), 'src/data/geo');

function load<T>(path: string, dir = GEO_DIR): T | null {
	const file = join(dir, path);
	if (!existsSync(file)) return null;
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch (cause) {
		throw new Error(`cannot read ${file}; regenerate with scripts/geo/extract.ts`, { cause });
	}
}

const code6 = (code: string | null | undefined): code is string => typeof code === 'string' && /^\d{6}$/.test(code);

/** The counties of the city a county belongs to (by GB/T 2260 code), or null if none is extracted. */
export const cityAreas = (countyCode: string | null | undefined): Areas | null => (code6(countyCode) ? load<Areas>(`cities/${countyCode.slice(0, 4)}.json`) : null);
/** The cities of the province a county belongs to. */
export const provinceAreas = (countyCode: string | null | undefined): Areas | null => (code6(countyCode) ? load<Areas>(`provinces/${countyCode.slice(0, 2)}.json`) : null);
/** Every province of China, simplified for a national overview. */
export const chinaAreas = (): Areas | null => load<Areas>('china.json');
/** The South China Sea islands (南海诸岛) as points, for the national map's inset. */
export const southSea = (): Points | null => load<Points>('south-sea.json');
/** Towns and streets (乡镇/街道) of a county, from the official division list, joined by code. */
export const townsOf = (countyCode: string | null | undefined): Area[] => (code6(countyCode) ? (load<Area[]>(`towns/${countyCode}.json`) ?? []) : []);
