import { foldChars, type Simplify } from './fold.ts';

// A query is words separated by white space; a result must contain every word (after folding,
// fold.ts). Quotes a reader puts around a word are dropped: every word is already exact.

/** What a reader typed, ready for the index. */
export interface ParsedQuery {
	/** The words as typed (quotes dropped). */
	printed: string[];
	/** Each word folded, as code points (no white space inside). */
	words: string[][];
	/** True when no word has a letter, a digit or a Chinese character (`%`, `‰ +`): signs alone say nothing to search for. */
	symbolsOnly: boolean;
}

const QUOTES = /^["'“”‘’「」『』《》]+|["'“”‘’「」『』《》]+$/gu;

/** The words of a query, as typed, quotes around them dropped (`“医共体” 「胸痛中心」` → 医共体, 胸痛中心). */
export function queryWords(query: string): string[] {
	return query
		.trim()
		.split(/\s+/u)
		.map((w) => w.replace(QUOTES, ''))
		.filter(Boolean);
}

/** Parses and folds a query: `醫療機構` → [医疗机构], `≥９０％` → [≥90%], `执业(助理)医师` = `执业（助理）医师`. */
export function parseQuery(query: string, simplify: Simplify): ParsedQuery {
	const printed: string[] = [];
	const words: string[][] = [];
	const seen = new Set<string>();
	for (const word of queryWords(query)) {
		// Folding can open a space inside a word (NFKC of an ideographic space): split again.
		for (const part of foldChars(word, simplify).join('').split(/\s+/u).filter(Boolean)) {
			if (seen.has(part)) continue;
			seen.add(part);
			printed.push(word);
			words.push([...part]);
		}
	}
	const symbolsOnly = words.length > 0 && words.every((w) => !/[\p{L}\p{N}]/u.test(w.join('')));
	return { printed, words, symbolsOnly };
}

/** True if the folded text holds every folded word (what a result must satisfy). */
export function containsAll(text: readonly string[], words: readonly (readonly string[])[]): boolean {
	const joined = text.join('');
	return words.every((w) => joined.includes(w.join('')));
}
