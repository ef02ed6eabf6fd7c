// The search page's engine over the sharded index (src/lib/search/shards.ts): a query is routed to
// the shards whose routing table says they hold its character pairs, and those shards are searched
// one by one, in result order, each through its own Pagefind instance. The page shows the first
// results as soon as the shards searched so far hold a page of them; the rest are searched after,
// for the counts and the "more" button.
import { type Simplify, tableSimplifier } from '../lib/search/fold.ts';
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
	manifest ??= json<ShardManifest>(MANIFEST).then((list) => {
		// Every search loads the WebAssembly, and most first results come from the first shard (results
		// list plan by plan in the site's order): their downloads start now, beside the routing files.
		warm(list.shards[0]);
		return list;
	});
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
/** Fetches what a shard's instance loads before it can search: its entry, its metadata and the WebAssembly, at once rather than one after another. */
export function warm(shard: Shard | undefined): void {
	if (!shard) return;
	early(entryUrl(shard.id));
	if (shard.meta) early(`${BASE}${SHARD_DIR}/${shard.id}/${shard.meta}`);
	if (shard.wasm) early(`${BASE}${SHARD_DIR}/${shard.wasm}`);
}
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
		this.results.push(...results.map(once));
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
	const tables = new Map(await Promise.all(files.map(async (file) => [file, await route(file)] as const)));
	const candidates = routeShards(words, tables, shards.length)
		.map((k) => shards[k]!)
		.filter((s) => (!filters.plan || s.plans.includes(filters.plan)) && (filters.province === undefined || s.provinces.includes(filters.province)));
	const terms = [...new Set(words.map(pagefindTerm))];
	warm(candidates[0]);
	return new Search(parsed, terms, candidates, filters);
}
