// The browser side of the search index (format.ts): reads only the files a query needs — the
// manifest, the dictionary shards of its tokens, then the postings pages that can hold results, in
// result order — and reports results page by page, so the first results of even the commonest word
// come from the first page while the rest is still being counted.
import { tableSimplifier, type Simplify } from './fold.ts';
import { decodePostings, indexPaths, type BlockRecord, type Dictionary, type Manifest, type ManifestPlan, type Postings } from './format.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { KINDS, type Kind } from './records.ts';
import { shardOf, tokenHead, wordQuery, type WordQuery } from './tokens.ts';

/** Reads one index file (a path of format.ts `indexPaths`) as its JSON value. */
export type Loader = (path: string) => Promise<unknown>;

/** Narrows a search: a plan's slug, a kind (指标 项目 正文), a province. */
export interface Filters {
	plan?: string;
	kind?: string;
	province?: string;
}

/** A search's answer so far. */
export interface Answer {
	query: ParsedQuery;
	/** Matching record numbers found so far, in result order. */
	ids: number[];
	/** Results per plan (index into the manifest's plans) so far. */
	byPlan: Map<number, number>;
	/** True once every page that could hold a result has been read. */
	done: boolean;
}

/** One result, ready to show. */
export interface Hit {
	id: number;
	plan: ManifestPlan;
	kind: Kind;
	line: number;
	text: string;
	section: string;
	/** An anchor on the plan page (`#p-89`) or a target's id. */
	opens: string;
}

/** Pages fetched ahead of the one being read. */
const AHEAD = 2;

/** The plan (index into `plans`) a record number belongs to. */
export function planOf(plans: readonly ManifestPlan[], id: number): number {
	let lo = 0;
	let hi = plans.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (plans[mid]!.ranges[0] <= id) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Record ranges [from, to) a search may return under `filters`. */
export function allowedRanges(plans: readonly ManifestPlan[], filters: Filters): [number, number][] {
	const kind = filters.kind ? KINDS.indexOf(filters.kind as Kind) : -1;
	const out: [number, number][] = [];
	for (const p of plans) {
		if (filters.plan && p.slug !== filters.plan) continue;
		if (filters.province && p.province !== filters.province) continue;
		const range: [number, number] = kind >= 0 ? [p.ranges[kind]!, p.ranges[kind + 1]!] : [p.ranges[0], p.ranges[3]];
		if (range[1] <= range[0]) continue;
		// Neighbouring ranges merge (no filter: one range, every record).
		const last = out[out.length - 1];
		if (last && last[1] === range[0]) last[1] = range[1];
		else out.push(range);
	}
	return out;
}

const intersectSorted = (a: readonly number[], b: readonly number[]): number[] => {
	const set = new Set(b);
	return a.filter((x) => set.has(x));
};

/** Records of one page that hold a word, ascending. */
function matchWord(q: WordQuery, postings: (token: string) => Map<number, number[]> | undefined, prefixTokens: () => string[]): number[] {
	if (q.kind === 'prefix') {
		const ids = new Set<number>();
		for (const token of prefixTokens()) for (const id of postings(token)?.keys() ?? []) ids.add(id);
		return [...ids].sort((a, b) => a - b);
	}
	const lists = q.tokens.map(postings);
	if (lists.some((l) => !l)) return [];
	const maps = lists as Map<number, number[]>[];
	if (maps.length === 1) return [...maps[0]!.keys()];
	// Start from the rarest token; a record matches when the bigrams stand side by side.
	const rarest = maps.reduce((best, m, k) => (m.size < maps[best]!.size ? k : best), 0);
	const out: number[] = [];
	for (const [id, positions] of maps[rarest]!) {
		const sets = maps.map((m) => m.get(id));
		if (sets.some((s) => !s)) continue;
		const lookups = sets.map((s) => new Set(s));
		if (positions.some((p) => lookups.every((set, k) => set.has(p - rarest + k)))) out.push(id);
	}
	return out.sort((a, b) => a - b);
}

/** Opens the index: reads its manifest and returns the search over it. */
export async function openIndex(load: Loader): Promise<SearchIndex> {
	return new SearchIndex((await load(indexPaths.manifest)) as Manifest, load);
}

/** A search index opened in the browser (or in a test, with a loader reading files). */
export class SearchIndex {
	readonly manifest: Manifest;
	readonly simplify: Simplify;
	private readonly load: Loader;
	private readonly files = new Map<string, Promise<unknown>>();

	constructor(manifest: Manifest, load: Loader) {
		this.manifest = manifest;
		this.simplify = tableSimplifier(manifest.fold);
		this.load = load;
	}

	private file<T>(path: string): Promise<T> {
		let hit = this.files.get(path);
		if (!hit) {
			hit = this.load(path).catch((cause: unknown) => {
				this.files.delete(path);
				throw new Error(`The search index file ${path} could not be read.`, { cause });
			});
			this.files.set(path, hit);
		}
		return hit as Promise<T>;
	}

	/** Folds and parses a query the way the index was folded. */
	parse(query: string): ParsedQuery {
		return parseQuery(query, this.simplify);
	}

	/**
	 * Every record holding all the query's words, in result order. `progress` is called after each
	 * postings page with the answer so far (first results while the rest is counted).
	 */
	async search(query: string, filters: Filters = {}, progress?: (answer: Answer) => void): Promise<Answer> {
		const { manifest } = this;
		const parsed = this.parse(query);
		const answer: Answer = { query: parsed, ids: [], byPlan: new Map(), done: false };
		if (parsed.words.length === 0 || parsed.symbolsOnly) return { ...answer, done: true };
		const asks = parsed.words.map(wordQuery);
		const shardsOf = (q: WordQuery) => (q.kind === 'prefix' ? [shardOf(q.char, manifest.shards)] : q.tokens.map((t) => shardOf(t, manifest.shards)));
		const dictionaries = new Map<number, Dictionary>();
		await Promise.all([...new Set(asks.flatMap(shardsOf))].map(async (s) => dictionaries.set(s, await this.file<Dictionary>(indexPaths.dictionary(s)))));

		// Pages that can hold a result: for each word, pages holding all its tokens (a prefix: any).
		const pagesOf = (token: string) => {
			const entry = dictionaries.get(shardOf(token, manifest.shards))?.[token] ?? [];
			const pages = new Set<number>();
			for (let k = 0; k < entry.length; k += 2) pages.add(entry[k]!);
			return pages;
		};
		const prefixTokens = (q: Extract<WordQuery, { kind: 'prefix' }>) => Object.keys(dictionaries.get(shardOf(q.char, manifest.shards)) ?? {}).filter((t) => tokenHead(t) === q.char);
		const perWord = asks.map((q) => {
			const mine = new Set<number>();
			if (q.kind === 'prefix') for (const t of prefixTokens(q)) for (const p of pagesOf(t)) mine.add(p);
			else {
				const [first, ...rest] = q.tokens.map(pagesOf);
				for (const p of first!) if (rest.every((r) => r.has(p))) mine.add(p);
			}
			return mine;
		});
		const pages = [...perWord[0]!].filter((p) => perWord.every((set) => set.has(p)));
		const ranges = allowedRanges(manifest.plans, filters);
		// Record numbers arrive ascending, so the ranges are walked once.
		let at = 0;
		const inRanges = (id: number) => {
			while (at < ranges.length && ranges[at]![1] <= id) at++;
			return at < ranges.length && ranges[at]![0] <= id;
		};
		const order = pages
			.filter((p) => ranges.some(([from, to]) => from < (p + 1) * manifest.pageSize && to > p * manifest.pageSize))
			.sort((a, b) => a - b);

		const shards = [...new Set(asks.flatMap(shardsOf))];
		const fetchPage = (page: number) => Promise.all(shards.map(async (s) => [s, await this.file<Postings>(indexPaths.postings(page, s)).catch(() => ({}) as Postings)] as const));
		const inFlight = new Map<number, ReturnType<typeof fetchPage>>();
		const request = (k: number) => {
			const page = order[k];
			if (page !== undefined && !inFlight.has(page)) inFlight.set(page, fetchPage(page));
		};
		for (let k = 0; k < order.length; k++) {
			for (let j = k; j <= k + AHEAD; j++) request(j);
			const page = order[k]!;
			const files = new Map(await inFlight.get(page)!);
			inFlight.delete(page);
			const decoded = new Map<string, Map<number, number[]> | undefined>();
			const postings = (token: string) => {
				if (!decoded.has(token)) {
					const flat = files.get(shardOf(token, manifest.shards))?.[token];
					decoded.set(token, flat ? decodePostings(flat, page * manifest.pageSize) : undefined);
				}
				return decoded.get(token);
			};
			let ids: number[] | null = null;
			for (const q of asks) {
				const mine = matchWord(q, postings, () => (q.kind === 'prefix' ? Object.keys(files.get(shardOf(q.char, manifest.shards)) ?? {}).filter((t) => tokenHead(t) === q.char) : []));
				ids = ids ? intersectSorted(ids, mine) : mine;
				if (ids.length === 0) break;
			}
			for (const id of ids ?? []) {
				if (!inRanges(id)) continue;
				answer.ids.push(id);
				const plan = planOf(manifest.plans, id);
				answer.byPlan.set(plan, (answer.byPlan.get(plan) ?? 0) + 1);
			}
			if (k < order.length - 1) progress?.({ ...answer, ids: [...answer.ids], byPlan: new Map(answer.byPlan) });
		}
		answer.done = true;
		progress?.(answer);
		return answer;
	}

	/** The display data of records (by number), in the order asked. */
	async hits(ids: readonly number[]): Promise<Hit[]> {
		const { blockSize, plans } = this.manifest;
		const blocks = await Promise.all([...new Set(ids.map((id) => Math.floor(id / blockSize)))].map(async (b) => [b, await this.file<BlockRecord[]>(indexPaths.block(b))] as const));
		const byBlock = new Map(blocks);
		return ids.map((id) => {
			const [kind, line, text, section, opens] = byBlock.get(Math.floor(id / blockSize))![id % blockSize]!;
			return { id, plan: plans[planOf(plans, id)]!, kind: KINDS[kind]!, line, text, section, opens };
		});
	}
}
