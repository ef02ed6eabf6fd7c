// Skip-unchanged for `npm run convert`. Per seed the manifest remembers, under a key made of the
// seed's bytes, its plans.yaml entry and the converter's code: what the corpus-wide slug pass needs
// (the plan's slug candidates, curated flag and region code, `SlugInfo`), the plan's own MDX (as
// rendered under its own slug, stashed beside the manifest) and the output file last written for it.
// A seed whose key is unchanged is never converted again; its output is left alone when the slug
// pass gives it the same slug and the file is untouched since. The manifest lives in
// node_modules/.cache/plan-convert/ (a tool cache, never committed); `convert --check` never uses it.
// Deleting the folder forces a full conversion.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** What the corpus-wide slug pass (metadata.ts assignSlugs) needs of one converted plan. */
export interface SlugInfo {
	/** Slug candidates, most wanted first (a curated plan: just its slug). */
	slugs: string[];
	curated: boolean;
	/** The region's division code, or null. */
	code: string | null;
	/** The slug the converter gave the plan on its own (the slug its stashed MDX is rendered under). */
	own: string;
	/** For an earlier text of a plan, its version key (written to versions/); null for a plan's latest text. */
	version?: string | null;
}

/** What the manifest remembers of one seed: the key it was converted under, its slug facts and the file it wrote. */
export interface CacheEntry extends SlugInfo {
	key: string;
	output: string;
	size: number;
	mtimeMs: number;
}

/** Where the MDX of a converted plan waits for the slug pass: on disk (the cache) or in memory. */
export interface MdxStash {
	/** Keeps `mdx` (rendered under the plan's own slug) for the seed converted under `key`. */
	put(key: string, mdx: string): void;
	/** The MDX kept for `key`, or null. */
	get(key: string): string | null;
}

export interface ConvertCache extends MdxStash {
	/** The slug facts of `file` if it was converted under `key` before, else null. */
	lookup(file: string, key: string): SlugInfo | null;
	/** True if `outDir/output` is what was written for `file` under `key`, untouched since. */
	fresh(file: string, key: string, outDir: string, output: string): boolean;
	/** Records that `file` (under `key`, with `info`) was written to `outDir/output`. */
	record(file: string, key: string, info: SlugInfo, outDir: string, output: string): void;
	/** Writes the manifest, dropping seeds that are gone and stashed MDX nobody refers to. */
	save(seeds: string[]): void;
}

const ROOT = resolve(import.meta.dirname, '../..');
/** Code and data whose change changes every output: the converter (with its rules), the schema, the shared glossary, the gazetteer. */
const CODE_DIRS = ['src/convert', 'src/schema', 'src/shared', 'src/data/places'];
const CODE_FILE = /\.(ts|json)$/;

/** Every code file under `dir` (relative to ROOT), recursively, sorted. */
function codeFiles(dir: string): string[] {
	const abs = join(ROOT, dir);
	if (!existsSync(abs)) return [];
	return readdirSync(abs, { recursive: true, encoding: 'utf8' })
		.filter((n) => CODE_FILE.test(n))
		.sort()
		.map((n) => `${dir}/${n}`);
}

let version: string | null = null;
/** A digest of the converter's own sources (CODE_DIRS, recursively) and package-lock.json. */
export function converterVersion(): string {
	if (version) return version;
	const hash = createHash('sha256');
	for (const file of CODE_DIRS.flatMap(codeFiles)) hash.update(`${file}\0`).update(readFileSync(join(ROOT, file)));
	const lock = join(ROOT, 'package-lock.json');
	if (existsSync(lock)) hash.update(readFileSync(lock));
	version = hash.digest('hex');
	return version;
}

/** The cache key of one seed: its name, bytes, plans.yaml entry (as JSON) and the converter version. */
export function seedKey(file: string, bytes: Uint8Array, meta: unknown): string {
	return createHash('sha256').update(converterVersion()).update(`\0${file}\0`).update(bytes).update(`\0${JSON.stringify(meta ?? null)}`).digest('hex');
}

/** A stash in memory (for `--check` and runs without the cache). */
export function memoryStash(): MdxStash {
	const kept = new Map<string, string>();
	return { put: (key, mdx) => void kept.set(key, mdx), get: (key) => kept.get(key) ?? null };
}

/** The manifest for conversions into `outDir` (one manifest and one MDX stash folder per output folder). */
export function openCache(outDir: string, cacheDir = join(ROOT, 'node_modules/.cache/plan-convert')): ConvertCache {
	const base = join(cacheDir, createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16));
	const path = `${base}.json`;
	const stashDir = `${base}.mdx`;
	let entries: Record<string, CacheEntry> = {};
	try {
		entries = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, CacheEntry>) : {};
	} catch {
		entries = {}; // a damaged manifest only costs a full conversion
	}
	const valid = (file: string, key: string) => {
		const entry = entries[file];
		return entry && entry.key === key && Array.isArray(entry.slugs) ? entry : null;
	};
	return {
		lookup(file, key) {
			const entry = valid(file, key);
			return entry ? { slugs: entry.slugs, curated: entry.curated, code: entry.code, own: entry.own, version: entry.version ?? null } : null;
		},
		fresh(file, key, dir, output) {
			const entry = valid(file, key);
			if (!entry || entry.output !== output) return false;
			const out = join(dir, output);
			if (!existsSync(out)) return false;
			const stat = statSync(out);
			return stat.size === entry.size && stat.mtimeMs === entry.mtimeMs;
		},
		record(file, key, info, dir, output) {
			const stat = statSync(join(dir, output));
			entries[file] = { key, ...info, output, size: stat.size, mtimeMs: stat.mtimeMs };
		},
		put(key, mdx) {
			mkdirSync(stashDir, { recursive: true });
			writeFileSync(join(stashDir, `${key}.mdx`), mdx);
		},
		get(key) {
			const file = join(stashDir, `${key}.mdx`);
			return existsSync(file) ? readFileSync(file, 'utf8') : null;
		},
		save(seeds) {
			const keep = new Set(seeds);
			entries = Object.fromEntries(Object.entries(entries).filter(([file]) => keep.has(file)));
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, JSON.stringify(entries));
			const keys = new Set(Object.values(entries).map((e) => `${e.key}.mdx`));
			if (existsSync(stashDir)) for (const name of readdirSync(stashDir)) if (!keys.has(name)) rmSync(join(stashDir, name));
		},
	};
}
