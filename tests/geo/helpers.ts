import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '../..');
export const GEO = join(ROOT, 'src/data/geo');

/** The plan regions as curated in seeds/plans.yaml (what scripts/geo/extract.ts read). */
export function seedRegions(): { slug: string; code: string; name: string; city: string; province: string }[] {
	const plans = parse(readFileSync(join(ROOT, 'seeds/plans.yaml'), 'utf8')) as { slug: string; region: { code: string; name: string; city: string; province: string } }[];
	return plans.map((p) => ({ slug: p.slug, ...p.region }));
}

/** Every file under src/data/geo, relative paths. */
export function geoFiles(dir = GEO, prefix = ''): string[] {
	return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? geoFiles(join(dir, f), `${prefix}${f}/`) : [`${prefix}${f}`]));
}

export const readGeo = <T>(path: string): T => JSON.parse(readFileSync(join(GEO, path), 'utf8')) as T;
