// The search index in shards: the plans, in the site's order, are cut into groups of consecutive
// plans (a new group at each province and every MAX_PLANS plans); each group is its own Pagefind
// bundle under /pagefind/s/<shard id>/. A reader's first results come from the first shard that holds
// a match, so what the browser fetches before showing them depends on a shard's size, not on the
// corpus. A routing table says which shards hold each character pair (the index's unit, tokens.ts),
// so a rare word opens only the shards that hold it. Shared by the build (src/integrations/pagefind.ts)
// and the search page (src/scripts/search.ts).
import type { ChunkTable } from './chunks.ts';
import { encodeToken } from './tokens.ts';

/**
 * Most plans in one shard. A shard of 12 plans holds ~2,000–3,600 records: ~20–35 KB of Pagefind page
 * list before a reader's first results, and ~10 s to re-index when one of its plans changes (25 plans
 * measured 27 s of a 59 s incremental rebuild at 500 plans on a busy machine).
 */
export const MAX_PLANS = 12;

/** The shard list, beside the shards: `/pagefind/<MANIFEST>`. */
export const MANIFEST = 'shards.json';

/** Folder of the shards under /pagefind/ (each a Pagefind bundle named by its digest, beside the shared WebAssembly): never changes once written. */
export const SHARD_DIR = 's';

/** Folder of the routing table under /pagefind/: one file per leading character. */
export const ROUTE_DIR = 'route';

/** One shard as the search page knows it. */
export interface Shard {
	/** Folder name under /pagefind/s/: a digest of what the shard was built from. */
	id: string;
	/** Slugs of its plans, in the site's order. */
	plans: string[];
	/** Provinces of its plans (for the province filter); '' for a plan whose province is unknown. */
	provinces: string[];
	/** Its Pagefind metadata file (in its folder) and the WebAssembly it loads (in /pagefind/s/): fetched early, beside its entry. */
	meta?: string;
	wasm?: string;
	/**
	 * The first shard's index chunk list (src/lib/search/chunks.ts), written into the shard list itself:
	 * most first results come from it, and its chunks can then be asked for as soon as the routing
	 * files are in (the other shards' lists are files beside them, `chunks.json`: one round trip more).
	 */
	chunks?: ChunkTable;
}

/** `/pagefind/shards.json`: the shards in result order (results list plan by plan in the site's order). */
export interface ShardManifest {
	shards: Shard[];
}

/** A plan as the sharding sees it. */
export interface ShardPlan {
	slug: string;
	province: string;
}

/**
 * Cuts the plans (in the site's order) into runs of consecutive plans of one province, each at most
 * `maxPlans` long. Grouping by province keeps a new or removed plan from shifting every later shard
 * (only its own province's shards change, so an incremental build re-indexes those alone).
 * Returns the plans of each group (the objects given), in order; every plan is in exactly one group.
 */
export function groupShards<T extends ShardPlan>(plans: readonly T[], maxPlans = MAX_PLANS): T[][] {
	if (maxPlans < 1) throw new Error(`A shard must hold at least one plan (asked for ${maxPlans}).`);
	const groups: T[][] = [];
	let current: T[] = [];
	for (const plan of plans) {
		if (current.length > 0 && (current.length >= maxPlans || current[0]!.province !== plan.province)) {
			groups.push(current);
			current = [];
		}
		current.push(plan);
	}
	if (current.length > 0) groups.push(current);
	return groups;
}

/** The routing file of the tokens that start with `char`: `route/<code>.json` (codes from tokens.ts, safe as file names). */
export const routeFile = (char: string): string => `${ROUTE_DIR}/${encodeToken(char)}.json`;

/**
 * A routing file's content: token (a folded character pair, or one character) → the shards holding
 * it, as a bit set written in hexadecimal (bit k = shard k of the manifest; most significant digit
 * first, 4 shards per digit).
 */
export type RouteTable = Record<string, string>;

/** Shard indices as the hexadecimal bit set of a {@link RouteTable}. */
export function encodeShardSet(shards: Iterable<number>, count: number): string {
	const digits = new Array<number>(Math.max(1, Math.ceil(count / 4))).fill(0);
	for (const k of shards) {
		if (k < 0 || k >= count) throw new Error(`Shard ${k} is outside 0…${count - 1}.`);
		digits[digits.length - 1 - Math.floor(k / 4)]! |= 1 << (k % 4);
	}
	return digits.map((d) => d.toString(16)).join('');
}

/** The shard indices of a hexadecimal bit set (ascending). */
export function decodeShardSet(hex: string): number[] {
	const out: number[] = [];
	for (let d = hex.length - 1, base = 0; d >= 0; d--, base += 4) {
		const digit = Number.parseInt(hex[d]!, 16);
		for (let bit = 0; bit < 4; bit++) if (digit & (1 << bit)) out.push(base + bit);
	}
	return out;
}

/**
 * The routing table of a corpus: for each shard, the set of tokens it holds (pairs and single
 * characters, folded) → file name → table. Every token is filed under its first character.
 */
export function routeTables(tokensByShard: readonly Iterable<string>[]): Map<string, RouteTable> {
	const holders = new Map<string, number[]>();
	for (const [k, tokens] of tokensByShard.entries()) {
		for (const token of tokens) {
			const list = holders.get(token);
			if (list) list.push(k);
			else holders.set(token, [k]);
		}
	}
	const files = new Map<string, RouteTable>();
	for (const token of [...holders.keys()].sort()) {
		const file = routeFile(Array.from(token)[0]!);
		let table = files.get(file);
		if (!table) files.set(file, (table = {}));
		table[token] = encodeShardSet(holders.get(token)!, tokensByShard.length);
	}
	return files;
}

/** What one query word needs from the routing table: a phrase's pairs (all held) or a character (any token starting with it). */
export type RouteWord = { kind: 'phrase'; tokens: string[] } | { kind: 'prefix'; char: string };

/**
 * The shards that may hold every word of a query, ascending: for a phrase, the shards holding all
 * its pairs (a shard holding them apart is searched in vain, never missed); for one character, the
 * shards holding any token that starts with it. `tables` maps a routing file name to its table
 * (a file that does not exist maps to an empty table).
 */
export function routeShards(words: readonly RouteWord[], tables: ReadonlyMap<string, RouteTable>, count: number): number[] {
	let result: Set<number> | null = null;
	const intersect = (shards: Iterable<number>) => {
		const next = new Set(shards);
		result = result === null ? next : new Set([...result].filter((k) => next.has(k)));
	};
	for (const word of words) {
		if (word.kind === 'prefix') {
			const table = tables.get(routeFile(word.char)) ?? {};
			const any = new Set<number>();
			for (const hex of Object.values(table)) for (const k of decodeShardSet(hex)) any.add(k);
			intersect(any);
		} else {
			for (const token of word.tokens) intersect(decodeShardSet(tables.get(routeFile(Array.from(token)[0]!))?.[token] ?? '0'));
		}
	}
	const found: Set<number> = result ?? new Set(Array.from({ length: count }, (_, k) => k));
	return [...found].filter((k) => k < count).sort((a, b) => a - b);
}

/** The routing files a query needs (one per leading character of its tokens). */
export function routeFilesFor(words: readonly RouteWord[]): string[] {
	const files = new Set<string>();
	for (const word of words) {
		if (word.kind === 'prefix') files.add(routeFile(word.char));
		else for (const token of word.tokens) files.add(routeFile(Array.from(token)[0]!));
	}
	return [...files];
}
