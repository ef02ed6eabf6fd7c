// Build side of the search index (format.ts): from the site's records to the files the browser
// reads. Server only (it folds with OpenCC through src/convert/fold.ts).
import { foldAligned } from '../../convert/fold.ts';
import { foldChars, type Simplify } from './fold.ts';
import { indexPaths, encodePostings, type BlockRecord, type Dictionary, type Manifest, type ManifestPlan, type Postings } from './format.ts';
import { KINDS, type SearchRecord } from './records.ts';
import { indexTokens, shardOf } from './tokens.ts';

/** A plan as the index names it. */
export interface IndexPlan {
	slug: string;
	title: string;
	region: string;
	province: string;
}

/** Traditional → simplified for one character, as the converter folds it (OpenCC through src/convert/fold.ts), memoised. */
export function openccSimplifier(): Simplify {
	const memo = new Map<string, string>();
	return (ch) => {
		let s = memo.get(ch);
		if (s === undefined) {
			const folded = foldAligned(ch);
			s = [...folded].length === 1 ? folded : ch;
			memo.set(ch, s);
		}
		return s;
	};
}

/**
 * The folding table the browser needs (pairs `醫医療疗…`): every character of the CJK blocks, the
 * compatibility forms and the printed corpus that simplifies to another character which occurs in
 * the folded corpus. A character whose simplified form is not in the corpus cannot match either way.
 */
export function foldTable(printed: Iterable<string>, folded: ReadonlySet<string>, simplify: Simplify): string {
	const candidates = new Set<string>(printed);
	for (const [from, to] of [[0x2e80, 0x2fdf], [0x3000, 0x303f], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xff00, 0xffef]] as const) {
		for (let cp = from; cp <= to; cp++) candidates.add(String.fromCodePoint(cp));
	}
	let out = '';
	for (const ch of [...candidates].sort()) {
		const n = ch.normalize('NFKC');
		if ([...n].length !== 1) continue;
		const s = simplify(n);
		if (s !== n && folded.has(s)) out += n + s;
	}
	return out;
}

/** Sizes of the index; the defaults keep a cold query's first fetches small at any corpus size. */
export interface IndexOptions {
	pageSize?: number;
	blockSize?: number;
	shards?: number;
}

/**
 * Every file of the index (path → JSON value) for `records`, which must already be in result
 * order (records.ts `sortRecords`) with `plans` in the same plan order.
 */
export function buildIndex(records: readonly SearchRecord[], plans: readonly IndexPlan[], simplify: Simplify, options: IndexOptions = {}): Map<string, unknown> {
	const pageSize = options.pageSize ?? 4096;
	const blockSize = options.blockSize ?? 8;
	// About eight records' worth of tokens per postings file: a few KiB, whatever the corpus size.
	const shards = options.shards ?? Math.min(1024, Math.max(32, 2 ** Math.round(Math.log2(Math.max(1, Math.min(records.length, pageSize) / 8)))));
	const files = new Map<string, unknown>();
	// Plans: record ranges by kind (records are grouped by plan, then kind).
	const manifestPlans: ManifestPlan[] = [];
	let id = 0;
	for (const plan of plans) {
		const start = id;
		let kind = 0;
		const bounds: number[] = [start];
		while (id < records.length && records[id]!.plan === plan.slug) {
			const k = KINDS.indexOf(records[id]!.kind);
			if (k < kind) throw new Error(`search records of ${plan.slug} are not in kind order at record ${id}`);
			while (kind < k) bounds[++kind] = id;
			id++;
		}
		while (kind < 3) bounds[++kind] = id;
		manifestPlans.push({ ...plan, ranges: bounds as ManifestPlan['ranges'] });
	}
	if (id !== records.length) throw new Error(`search record ${id} (${records[id]!.plan}) is out of plan order or belongs to no plan of the site`);

	const dictionary = Array.from({ length: shards }, (): Dictionary => ({}));
	const printed = new Set<string>();
	const folded = new Set<string>();
	const pages = Math.max(1, Math.ceil(records.length / pageSize));
	for (let page = 0; page < pages; page++) {
		const start = page * pageSize;
		const byShard = Array.from({ length: shards }, () => new Map<string, [number, number[]][]>());
		for (let id = start; id < Math.min(records.length, start + pageSize); id++) {
			const content = records[id]!.content;
			for (const ch of content) printed.add(ch);
			const chars = foldChars(content, simplify);
			for (const ch of chars) folded.add(ch);
			for (const [token, positions] of indexTokens(chars)) {
				const shard = byShard[shardOf(token, shards)]!;
				const list = shard.get(token);
				if (list) list.push([id, positions]);
				else shard.set(token, [[id, positions]]);
			}
		}
		byShard.forEach((tokens, shard) => {
			if (tokens.size === 0) return;
			const postings: Postings = {};
			for (const [token, list] of [...tokens].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
				postings[token] = encodePostings(list, start);
				(dictionary[shard]![token] ??= []).push(page, list.length);
			}
			files.set(indexPaths.postings(page, shard), postings);
		});
	}
	dictionary.forEach((d, shard) => files.set(indexPaths.dictionary(shard), d));

	for (let block = 0; block * blockSize < records.length; block++) {
		files.set(
			indexPaths.block(block),
			records.slice(block * blockSize, (block + 1) * blockSize).map((r): BlockRecord => [KINDS.indexOf(r.kind), r.line, r.text, r.section, 'anchor' in r.opens ? `#${r.opens.anchor}` : r.opens.indicator]),
		);
	}
	const manifest: Manifest = { version: 1, records: records.length, pageSize, pages, shards, blockSize, plans: manifestPlans, fold: foldTable(printed, folded, simplify) };
	files.set(indexPaths.manifest, manifest);
	return files;
}
