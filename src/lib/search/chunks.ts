// Which index chunks of a shard a search reads, known before Pagefind's WebAssembly has loaded.
// Pagefind (1.x) cuts a bundle's word index into chunks of ~20,000 word locations (~30–37 KB gzipped
// each), sorted by word, and lists them in its metadata file (`pf_meta`: from-word, to-word, file).
// It reads them only after its 54 KB WebAssembly has arrived and parsed that metadata: on a slow
// network the chunks, the largest files before a first result, then start a second or two late.
// The build copies the list into a small JSON file beside each shard (`chunks.json`,
// src/integrations/pagefind.ts); the search page reads it with the routing table and starts the
// chunk downloads at once, beside the WebAssembly (src/scripts/search-engine.ts). Pagefind's own
// requests for them are then answered by the browser's cache (the shard folders are immutable).

/** A shard's chunk list, in Pagefind's order: `[first word, last word, file hash]` (file `index/<hash>.pf_index`). */
export type ChunkTable = [from: string, to: string, hash: string][];

/** The chunk list's file in each shard's folder. */
export const CHUNK_TABLE = 'chunks.json';

/** Compares two strings by code point (Rust compares UTF-8 bytes, which orders as code points; JS `<` compares UTF-16 units). */
function compare(a: string, b: string): number {
	const x = Array.from(a, (c) => c.codePointAt(0)!);
	const y = Array.from(b, (c) => c.codePointAt(0)!);
	for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) return x[k]! - y[k]!;
	return x.length - y.length;
}

/** The first `n` code points of `s`. */
const head = (s: string, n: number) => Array.from(s).slice(0, n).join('');

/**
 * The words of a Pagefind query term as its search splits them: the exact-phrase quotes dropped,
 * split at spaces (our terms are encoded tokens, lower-case letters and digits: src/lib/search/tokens.ts).
 */
export function termWords(term: string): string[] {
	return term
		.replace(/"/g, '')
		.split(/\s+/)
		.filter((w) => w.length > 0);
}

/**
 * The chunk files (hashes, sorted, without repeats) Pagefind loads to search `words` in a shard with
 * chunk list `table`: for each word the first chunk whose range holds it; if no word falls in any
 * range, for each word the first chunk that may hold an extension of it (both rules as in
 * pagefind_web's `request_indexes`, Pagefind 1.x). Pure; an empty table gives [].
 */
export function chunksFor(table: ChunkTable, words: readonly string[]): string[] {
	const pick = (loose: boolean) => {
		const out = new Set<string>();
		for (const word of words) {
			const chunk = table.find(([from, to]) => {
				if (!loose) return compare(word, from) >= 0 && compare(word, to) <= 0;
				const length = Array.from(word).length;
				const fromLength = Math.min(length, Array.from(from).length);
				const toLength = Math.min(length, Array.from(to).length);
				return compare(head(word, fromLength), head(from, fromLength)) >= 0 && compare(head(word, toLength), head(to, toLength)) <= 0;
			});
			if (chunk) out.add(chunk[2]);
		}
		return out;
	};
	let hashes = pick(false);
	if (hashes.size === 0 && words.length > 0) hashes = pick(true);
	return [...hashes].sort();
}

/**
 * The chunk files (sorted, without repeats) a search of `terms` reads in a shard: Pagefind is asked
 * once per term (src/scripts/search-engine.ts), and each request picks its chunks by {@link chunksFor}.
 */
export function termChunks(table: ChunkTable, terms: readonly string[]): string[] {
	return [...new Set(terms.flatMap((term) => chunksFor(table, termWords(term))))].sort();
}

/** A first look at a shard that reads one chunk only: the words of that chunk, searched as plain words (all must occur). */
export interface Preview {
	/** The chunk it reads. */
	chunk: string;
	/** The Pagefind term: the query's words in that chunk, space-separated, not a phrase. */
	term: string;
}

/**
 * For a query whose words (`terms`, Pagefind terms as src/lib/search/tokens.ts writes them) lie in more
 * than one chunk of a shard: the chunk holding most of them (the first such in query order on a
 * tie) and a term of just those words. Searching it finds every record that matches the query and
 * some that hold the same pairs apart; checking each record's text against the query leaves exactly
 * the query's matches, in the same order, after one chunk instead of several (one chunk is ~30–37 KB).
 * Null when the query reads at most one chunk there (then the query itself is as cheap).
 */
export function previewOf(table: ChunkTable, terms: readonly string[]): Preview | null {
	if (termChunks(table, terms).length <= 1) return null;
	const words = [...new Set(terms.flatMap(termWords))];
	const held = new Map<string, string[]>();
	for (const word of words) {
		const [chunk] = chunksFor(table, [word]);
		if (chunk === undefined) continue;
		const list = held.get(chunk);
		if (list) list.push(word);
		else held.set(chunk, [word]);
	}
	let best: [string, string[]] | null = null;
	for (const entry of held) if (!best || entry[1].length > best[1].length) best = entry;
	return best ? { chunk: best[0], term: best[1].join(' ') } : null;
}
