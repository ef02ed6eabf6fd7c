import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type Areas = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; province?: string }>;

// Read from the project at build time (not bundled): the files are written by scripts/geo/extract.ts.
const GEO = join(process.cwd(), 'src/data/geo');

function load<T>(path: string): T | null {
	const file = join(GEO, path);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

/** The counties of the city a county belongs to (by GB/T 2260 code), or null if none is extracted. */
export const cityAreas = (countyCode: string): Areas | null => load<Areas>(`cities/${countyCode.slice(0, 4)}.json`);
/** The cities of the province a county belongs to. */
export const provinceAreas = (countyCode: string): Areas | null => load<Areas>(`provinces/${countyCode.slice(0, 2)}.json`);
/** Every city of China, simplified for a national overview. */
export const chinaAreas = (): Areas | null => load<Areas>('china.json');
/** Towns and streets (乡镇/街道) of a county, from the official division list. */
export const townsOf = (countyCode: string): { code: string; name: string }[] => load<{ code: string; name: string }[]>(`towns/${countyCode}.json`) ?? [];
