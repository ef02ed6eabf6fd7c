// Skip-unchanged for `npm run convert`: a seed whose bytes, plans.yaml entry and converter code are
// what they were when its output was written, and whose output file is untouched since, is not
// converted again. The manifest lives in node_modules/.cache/plan-convert/ (a tool cache, never
// committed); `convert --check` never uses it. Deleting the folder forces a full conversion.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** What the manifest remembers of one seed: the key it was converted under and the file it wrote. */
export interface CacheEntry {
	key: string;
	output: string;
	size: number;
	mtimeMs: number;
}

export interface ConvertCache {
	/** The output file name of `file` if it can be reused as it is, else null. */
	reuse(file: string, key: string, outDir: string): string | null;
	/** Records that `file` (under `key`) was written to `outDir/output`. */
	record(file: string, key: string, outDir: string, output: string): void;
	/** Writes the manifest, dropping seeds that are gone. */
	save(seeds: string[]): void;
}

const ROOT = resolve(import.meta.dirname, '../..');
/** Code whose change changes every output: the converter, the schema, the locked dependency versions. */
const CODE_DIRS = ['src/convert', 'src/schema'];

let version: string | null = null;
/** A digest of the converter's own sources (src/convert, src/schema, package-lock.json). */
export function converterVersion(): string {
	if (version) return version;
	const hash = createHash('sha256');
	for (const dir of CODE_DIRS) {
		for (const name of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.ts')).sort()) hash.update(`${dir}/${name}\0`).update(readFileSync(join(ROOT, dir, name)));
	}
	const lock = join(ROOT, 'package-lock.json');
	if (existsSync(lock)) hash.update(readFileSync(lock));
	version = hash.digest('hex');
	return version;
}

/** The cache key of one seed: its name, bytes, plans.yaml entry (as JSON) and the converter version. */
export function seedKey(file: string, bytes: Uint8Array, meta: unknown): string {
	return createHash('sha256').update(converterVersion()).update(`\0${file}\0`).update(bytes).update(`\0${JSON.stringify(meta ?? null)}`).digest('hex');
}

/** The manifest for conversions into `outDir` (one manifest per output folder). */
export function openCache(outDir: string, cacheDir = join(ROOT, 'node_modules/.cache/plan-convert')): ConvertCache {
	const path = join(cacheDir, `${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}.json`);
	let entries: Record<string, CacheEntry> = {};
	try {
		entries = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, CacheEntry>) : {};
	} catch {
		entries = {}; // a damaged manifest only costs a full conversion
	}
	return {
		reuse(file, key, dir) {
			const entry = entries[file];
			if (!entry || entry.key !== key) return null;
			const out = join(dir, entry.output);
			if (!existsSync(out)) return null;
			const stat = statSync(out);
			return stat.size === entry.size && stat.mtimeMs === entry.mtimeMs ? entry.output : null;
		},
		record(file, key, dir, output) {
			const stat = statSync(join(dir, output));
			entries[file] = { key, output, size: stat.size, mtimeMs: stat.mtimeMs };
		},
		save(seeds) {
			const keep = new Set(seeds);
			entries = Object.fromEntries(Object.entries(entries).filter(([file]) => keep.has(file)));
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, JSON.stringify(entries));
		},
	};
}
