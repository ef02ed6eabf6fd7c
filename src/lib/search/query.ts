import { hanPhrase, hanRuns, hasHan } from './tokens.ts';

// A query is words separated by spaces; a result must contain every word exactly (case-insensitive
// for Latin letters). Each word becomes Pagefind searches whose results are intersected: a Chinese
// run is an exact phrase of its characters (see tokens.ts), anything else is asked as typed.

/** What to ask Pagefind for one query. */
export interface QueryPlan {
	/** The words every result must contain, as typed. */
	words: string[];
	/** Pagefind search terms; a result must be found by all of them. */
	searches: string[];
	/**
	 * True when Pagefind's answer is exactly the records that contain every word, so results need
	 * not be loaded to be checked: a single word made only of Chinese characters.
	 */
	exact: boolean;
}

/** The words every result must contain, exactly (case-insensitive for Latin letters); quotes around a word are dropped. */
export function queryWords(query: string): string[] {
	return query
		.trim()
		.split(/\s+/)
		.map((w) => w.replace(/^["“”「」『』]+|["“”「」『』]+$/g, ''))
		.filter(Boolean);
}

/** Turns what a reader typed into Pagefind searches (婴儿死亡率 → `"婴 儿 死 亡 率"`). */
export function planQuery(query: string): QueryPlan {
	const words = queryWords(query);
	const searches = words.flatMap((word) => (hasHan(word) ? hanRuns(word).map(hanPhrase) : [word]));
	const exact = words.length === 1 && /^\p{Script=Han}+$/u.test(words[0] ?? '');
	return { words, searches: [...new Set(searches)], exact };
}

/** True if the text contains every word of the query (what a result must satisfy). */
export function containsAll(text: string, words: string[]): boolean {
	const lower = text.toLowerCase();
	return words.every((w) => lower.includes(w.toLowerCase()));
}
