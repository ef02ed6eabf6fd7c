// The search page's engine over the sharded index (src/lib/search/shards.ts): a query is routed to
// the shards whose routing table says they hold its character pairs, and those shards are searched
// one by one, in result order, each through its own Pagefind instance. The page shows the first
// results as soon as the shards searched so far hold a page of them; the rest are searched after,
// for the counts and the "more" button.
import { CHUNK_TABLE, previewOf, termChunks, type ChunkTable } from '../lib/search/chunks.ts';
import { foldChars, occurrences, type Simplify, tableSimplifier } from '../lib/search/fold.ts';
import { FOLD_TABLE, type RecordMeta } from '../lib/search/pagefind.ts';
import { parseQuery, type ParsedQuery } from '../lib/search/query.ts';
import { MANIFEST, routeFilesFor, routeShards, SHARD_DIR, type RouteTable, type Shard, type ShardManifest } from '../lib/search/shards.ts';
import { pagefindTerm, wordQuery } from '../lib/search/tokens.ts';

const BASE = '/pagefind/';

/** A result as Pagefind gives it: its data (the record's metadata) fetched on demand, once. */
export interface Result {
	id: string;
	data(): Promise<{ meta: RecordMeta }>;
}
interface Response {
	results: Result[];
	/** Per filter value, how many of these results carry it (once the filter data is loaded). */
	filters: Record<string, Record<string, number>>;
}
/** One Pagefind instance (pagefind.js `createInstance`). */
interface Instance {
	init(): Promise<void>;
	filters(): Promise<unknown>;
	search(term: string, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<Response>;
}
interface PagefindModule {
	createInstance(options: { basePath: string; noWorker?: boolean; metaCacheTag?: string }): Instance;
}
export type Filters = Partial<Record<'plan' | 'kind' | 'province', string>>;

const SORT = { order: 'asc' } as const;
/** Above this many results of a several-word query, counting them by plan would read every result: the total is given alone. */
const COUNT_BY_READING = 400;

let module: Promise<PagefindModule> | null = null;
let simplifier: Promise<Simplify> | null = null;
let manifest: Promise<ShardManifest> | null = null;
const instances = new Map<string, Promise<Instance>>();
const routes = new Map<string, Promise<RouteTable>>();
const filterData = new Map<string, Promise<unknown>>();
const chunkTables = new Map<string, Promise<ChunkTable>>();

/** A JSON file of the index; `fallback` when the host has no such file (a routing file for a character no plan holds), if given. */
const json = async <T>(path: string, fallback?: T): Promise<T> => {
	const response = await fetch(`${BASE}${path}`);
	if (response.status === 404 && fallback !== undefined) return fallback;
	if (!response.ok) throw new Error(`The search index file ${path} could not be loaded (HTTP ${response.status}).`);
	return (await response.json()) as T;
};

/** The folding table, as a simplifier (fetched once). */
export function folding(): Promise<Simplify> {
	simplifier ??= json<string>(FOLD_TABLE, '').then(tableSimplifier);
	return simplifier;
}
function shardList(): Promise<ShardManifest> {
	// No shard list means no index: the page says search is unavailable rather than "nothing found".
	manifest ??= json<ShardManifest>(MANIFEST);
	return manifest;
}

const started = new Set<string>();
/**
 * Starts fetching a file of the index that Pagefind will ask for a round trip later (the shard files
 * are immutable and cacheable, so its own request is answered from the browser's cache, or waits for
 * this one): on a slow network each round trip saved is 150–400 ms before the first results.
 */
function early(url: string): void {
	if (started.has(url)) return;
	started.add(url);
	void fetch(url)
		.then((response) => response.arrayBuffer())
		.catch(() => undefined);
}
/** The URL of a shard's entry file as its instance asks for it (`metaCacheTag`: the shard's id, so it can be cached). */
const entryUrl = (id: string) => `${BASE}${SHARD_DIR}/${id}/pagefind-entry.json?ts=${id}`;
/** Fetches what a shard's instance loads before it can search: its entry, its metadata and the WebAssembly, at once rather than one after another; and its chunk list. */
export function warm(shard: Shard | undefined): void {
	if (!shard) return;
	early(entryUrl(shard.id));
	if (shard.meta) early(`${BASE}${SHARD_DIR}/${shard.id}/${shard.meta}`);
	if (shard.wasm) early(`${BASE}${SHARD_DIR}/${shard.wasm}`);
	void chunkTable(shard.id);
}
/** A shard's chunk list (src/lib/search/chunks.ts); empty when the shard has none (then nothing is fetched ahead). */
function chunkTable(id: string): Promise<ChunkTable> {
	let table = chunkTables.get(id);
	if (!table) {
		// The first shard's list is in the shard list (already loaded); the others' beside their shard.
		table = shardList()
			.then(({ shards }) => shards.find((s) => s.id === id)?.chunks ?? json<ChunkTable>(`${SHARD_DIR}/${id}/${CHUNK_TABLE}`, []))
			.catch(() => []);
		chunkTables.set(id, table);
	}
	return table;
}
/**
 * Starts the downloads of the index chunks a search of `terms` reads in `shard`, as soon as its chunk
 * list is in: beside the WebAssembly instead of after it (on slow 3G ~1 s sooner before a first result).
 */
function fetchChunks(shard: Shard | undefined, terms: readonly string[]): void {
	if (!shard) return;
	void chunkTable(shard.id).then((table) => {
		// A query that reads several chunks shows its first results from one (Search.preview): that one first.
		const preview = previewOf(table, terms);
		for (const hash of preview ? [preview.chunk] : termChunks(table, terms)) early(chunkUrl(shard.id, hash));
	});
}
const chunkUrl = (id: string, hash: string) => `${BASE}${SHARD_DIR}/${id}/index/${hash}.pf_index`;
function route(file: string): Promise<RouteTable> {
	let table = routes.get(file);
	if (!table) routes.set(file, (table = json<RouteTable>(file, {})));
	return table;
}
/** The Pagefind instance of one shard; it runs on the page's thread (a shard is small, and its bundle ships no worker). */
function shardInstance(id: string): Promise<Instance> {
	let instance = instances.get(id);
	if (!instance) {
		module ??= import(/* @vite-ignore */ `${BASE}pagefind.js`) as Promise<PagefindModule>;
		instance = module.then(async (m) => {
			const made = m.createInstance({ basePath: `${BASE}${SHARD_DIR}/${id}/`, noWorker: true, metaCacheTag: id });
			await made.init();
			return made;
		});
		instances.set(id, instance);
	}
	return instance;
}

const once = (result: Result): Result => {
	let data: ReturnType<Result['data']> | null = null;
	return { id: result.id, data: () => (data ??= result.data()) };
};

/**
 * One query over the sharded index: the matching records found so far (in result order), their
 * counts per plan, and the shards still to search. Created by {@link startSearch}.
 */
export class Search {
	/** Matching records of the shards searched so far, in result order. */
	readonly results: Result[] = [];
	/** Shards searched so far that hold a match. */
	private readonly holding: string[] = [];
	/** Shards searched so far, of {@link Search.shards}. */
	searched = 0;

	readonly query: ParsedQuery;
	/** The Pagefind query terms, one per word. */
	readonly terms: string[];
	/** The shards that may hold a match, in result order. */
	readonly shards: Shard[];
	readonly filters: Filters;

	constructor(query: ParsedQuery, terms: string[], shards: Shard[], filters: Filters) {
		this.query = query;
		this.terms = terms;
		this.shards = shards;
		this.filters = filters;
	}

	/** True once every shard that may hold a match has been searched. */
	get done(): boolean {
		return this.searched >= this.shards.length;
	}

	/** The first shard's first matches as {@link Search.preview} found them (their data loaded), until that shard is searched. */
	private previewed: Result[] = [];
	/** False when the first shard's search did not begin with the previewed matches (the list shown must be drawn again). */
	previewHeld = true;

	/**
	 * The first `n` matches of the first shard, found by reading one index chunk where the query
	 * needs several (src/lib/search/chunks.ts `previewOf`): that chunk's words are searched, and each
	 * record found is checked against the query's words in its text, in order, until `n` match (at
	 * most 3n records read). Null when the query reads one chunk anyway, or the first shard was searched.
	 * The shard's full search (`next`) then gives the same matches first, and the rest.
	 */
	async preview(n: number): Promise<Result[] | null> {
		const shard = this.shards[0];
		if (!shard || this.searched > 0 || this.terms.length === 0) return null;
		const plan = previewOf(await chunkTable(shard.id), this.terms);
		if (!plan) return null;
		const [pf, simplify] = await Promise.all([shardInstance(shard.id), folding()]);
		const found = (await pf.search(plan.term, { filters: this.filters, sort: SORT })).results.map(once);
		const holds = (text: string) => {
			const folded = foldChars(text, simplify);
			return this.query.words.every((word) => occurrences(folded, word).length > 0);
		};
		const out: Result[] = [];
		for (let at = 0; at < found.length && at < 3 * n && out.length < n; at += n) {
			const batch = found.slice(at, at + n);
			for (const r of batch) void r.data();
			for (const r of batch) if (out.length < n && holds((await r.data()).meta.text)) out.push(r);
		}
		this.previewed = out;
		return out;
	}

	/** Searches the next shard; false when there is none left. */
	async next(): Promise<boolean> {
		if (this.done) return false;
		const { id } = this.shards[this.searched]!;
		const pf = await shardInstance(id);
		const [first, ...rest] = await Promise.all(this.terms.map((term) => pf.search(term, { filters: this.filters, sort: SORT })));
		let results = first!.results;
		for (const other of rest) {
			const ids = new Set(other.results.map((r) => r.id));
			results = results.filter((r) => ids.has(r.id));
		}
		if (results.length > 0) this.holding.push(id);
		if (this.searched === 0 && this.previewed.length > 0) {
			// The previewed matches keep their loaded data; the list shown holds if they came first.
			const kept = new Map(this.previewed.map((r) => [r.id, r]));
			this.previewHeld = this.previewed.every((r, k) => results[k]?.id === r.id);
			this.results.push(...results.map((r) => kept.get(r.id) ?? once(r)));
			this.previewed = [];
		} else this.results.push(...results.map(once));
		this.searched++;
		// The next shard's files load while these results are read (not before: on a slow network they
		// would share the bandwidth with this shard's index, which the first results wait for).
		warm(this.shards[this.searched]);
		return true;
	}

	/** Plans in the shards searched so far, and in those still to search. */
	plans(): { searched: number; rest: number } {
		const count = (shards: Shard[]) => shards.reduce((n, s) => n + s.plans.length, 0);
		return { searched: count(this.shards.slice(0, this.searched)), rest: count(this.shards.slice(this.searched)) };
	}

	/** Until at least `n` results are known or every shard is searched. */
	async ensure(n: number): Promise<void> {
		while (this.results.length < n && (await this.next()));
	}

	/** Until every shard is searched. */
	async finish(): Promise<void> {
		while (await this.next());
	}

	/**
	 * Results per plan slug in the shards searched so far (null for a several-word query with more
	 * than {@link COUNT_BY_READING} results): for one word from Pagefind's filter counts (each shard's
	 * filter data is loaded only now, after the first results); for several words by reading the results.
	 */
	async counts(): Promise<Map<string, number> | null> {
		const counts = new Map<string, number>();
		const add = (plan: string, n: number) => counts.set(plan, (counts.get(plan) ?? 0) + n);
		if (this.terms.length === 1) {
			for (const id of this.holding) {
				const pf = await shardInstance(id);
				let loaded = filterData.get(id);
				if (!loaded) filterData.set(id, (loaded = pf.filters()));
				await loaded;
				for (const [plan, n] of Object.entries((await pf.search(this.terms[0]!, { filters: this.filters, sort: SORT })).filters.plan ?? {})) if (n > 0) add(plan, n);
			}
			return counts;
		}
		if (this.results.length > COUNT_BY_READING) return null;
		for (const { meta } of await Promise.all(this.results.map((r) => r.data()))) add(meta.plan, 1);
		return counts;
	}
}

/**
 * Starts a search: folds and parses the query, reads the shard list and the routing files its
 * words need, and returns a {@link Search} over the shards that may hold every word (and match the
 * plan and province filters). Nothing is searched yet: call `ensure`/`next`/`finish`.
 */
export async function startSearch(query: string, filters: Filters = {}): Promise<Search> {
	const [simplify, { shards }] = await Promise.all([folding(), shardList()]);
	const parsed = parseQuery(query, simplify);
	if (parsed.words.length === 0 || parsed.symbolsOnly) return new Search(parsed, [], [], filters);
	const words = parsed.words.map(wordQuery);
	const files = routeFilesFor(words);
	const asked = files.map(async (file) => [file, await route(file)] as const);
	// Most first results come from the first shard (results list plan by plan in the site's order): its
	// files are asked for now, after the routing files (on HTTP/1.1 a browser opens six connections to a host).
	warm(shards[0]);
	const tables = new Map(await Promise.all(asked));
	const candidates = routeShards(words, tables, shards.length)
		.map((k) => shards[k]!)
		.filter((s) => (!filters.plan || s.plans.includes(filters.plan)) && (filters.province === undefined || s.provinces.includes(filters.province)));
	const terms = [...new Set(words.map(pagefindTerm))];
	warm(candidates[0]);
	fetchChunks(candidates[0], terms);
	return new Search(parsed, terms, candidates, filters);
}

/**
 * For tests and tools: the first shard a query searches, the chunks its search reads there (as
 * Pagefind would ask for them, src/lib/search/chunks.ts) and the one chunk its preview reads (null if none).
 */
export async function chunkPlan(query: string, filters: Filters = {}): Promise<{ shard: string; chunks: string[]; preview: string | null } | null> {
	const search = await startSearch(query, filters);
	const shard = search.shards[0];
	if (!shard) return null;
	const table = await chunkTable(shard.id);
	return { shard: shard.id, chunks: termChunks(table, search.terms), preview: previewOf(table, search.terms)?.chunk ?? null };
}
