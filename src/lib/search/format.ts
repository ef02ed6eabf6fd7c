// The files of the search index under /search-index/, written by the build (build.ts) and read by
// the browser (engine.ts). Every file is JSON, gzipped (the browser inflates it with
// DecompressionStream, so no host setting is needed). Records are numbered in the order results
// are listed (records.ts: plan by plan; targets, projects, then text; reading order), so the first
// results of any query come from the first postings pages, and a plan is a range of numbers.
//
//   manifest.json.gz      Manifest: the plans with their record ranges, the folding table, sizes
//   d/<shard>.json.gz     Dictionary: token → [page, records holding it in that page, page, …]
//   p/<page>/<shard>.json.gz  Postings of one page: token → [record gap, n, position gaps × n, …]
//   b/<block>.json.gz     Display data of `blockSize` consecutive records

/** Folder of the index in the built site. */
export const INDEX_DIR = 'search-index';

/** A plan in the manifest: who it is and which record numbers are its. */
export interface ManifestPlan {
	slug: string;
	title: string;
	region: string;
	province: string;
	/** First record number of its targets, its projects, its text, and one past its last record. */
	ranges: [number, number, number, number];
}

export interface Manifest {
	version: 1;
	records: number;
	/** Records per postings page. */
	pageSize: number;
	pages: number;
	shards: number;
	/** Records per display block. */
	blockSize: number;
	plans: ManifestPlan[];
	/** Traditional → simplified pairs for the query's folding (fold.ts `tableSimplifier`). */
	fold: string;
}

/** token → [page, count, page, count, …] (pages ascending). */
export type Dictionary = Record<string, number[]>;
/** token → flat [gap from the previous record (the first from the page's start − 1), n, first position, gaps to the next n − 1 positions, …]. */
export type Postings = Record<string, number[]>;
/** One record's display data: kind (index into KINDS), line, printed text, section, where it opens (`#p-89` or an indicator id). */
export type BlockRecord = [number, number, string, string, string];

/** Paths of the index files, relative to the index folder. */
export const indexPaths = {
	manifest: 'manifest.json.gz',
	dictionary: (shard: number) => `d/${shard}.json.gz`,
	postings: (page: number, shard: number) => `p/${page}/${shard}.json.gz`,
	block: (block: number) => `b/${block}.json.gz`,
};

/** Decodes a token's postings into record number → positions (record numbers absolute). */
export function decodePostings(flat: readonly number[], pageStart: number): Map<number, number[]> {
	const out = new Map<number, number[]>();
	let record = pageStart - 1;
	for (let k = 0; k < flat.length; ) {
		record += flat[k++]!;
		const n = flat[k++]!;
		const positions: number[] = [];
		let pos = 0;
		for (let j = 0; j < n; j++) {
			pos = j === 0 ? flat[k++]! : pos + flat[k++]!;
			positions.push(pos);
		}
		out.set(record, positions);
	}
	return out;
}

/** Encodes record number → positions (ascending records) as {@link Postings} values. */
export function encodePostings(byRecord: Iterable<[number, readonly number[]]>, pageStart: number): number[] {
	const out: number[] = [];
	let prev = pageStart - 1;
	for (const [record, positions] of byRecord) {
		out.push(record - prev, positions.length);
		positions.forEach((p, j) => out.push(j === 0 ? p : p - positions[j - 1]!));
		prev = record;
	}
	return out;
}
