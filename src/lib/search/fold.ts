// One normalisation for the index and for the query, so every spelling of a term finds what its
// canonical form finds: NFKC (full-width digits, letters and signs → ASCII: `１２０` → `120`,
// `（` → `(`, `＞` → `>`), traditional → simplified characters (`醫療` → `医疗`) and lower case.
// Character by character, one code point in and one out, so a match in the folded text is the same
// span of the printed text (the highlight marks what is printed). Runs in the browser: the
// traditional → simplified table comes from the build (src/shared/fold.ts, OpenCC), restricted
// to characters whose simplified form occurs in the corpus — any other cannot match anyway.

/** Maps one (already NFKC-normalised) character to its simplified form, or returns it unchanged. */
export type Simplify = (ch: string) => string;

/** One code point folded: NFKC when it gives one code point, then `simplify`, then lower case when that stays one code point. */
export function foldChar(ch: string, simplify: Simplify): string {
	let c = ch.normalize('NFKC');
	if (c.length === 0 || [...c].length !== 1) c = ch;
	c = simplify(c);
	const lower = c.toLowerCase();
	return [...lower].length === 1 ? lower : c;
}

/** The folded view of a text as code points, aligned one to one with the printed text's code points. */
export function foldChars(text: string, simplify: Simplify): string[] {
	return Array.from(text, (ch) => foldChar(ch, simplify));
}

/**
 * A simplifier from the build's table: a string of pairs, traditional character then simplified
 * (`醫医療疗…`), as the index manifest carries it.
 */
export function tableSimplifier(pairs: string): Simplify {
	const map = new Map<string, string>();
	const chars = [...pairs];
	for (let k = 0; k + 1 < chars.length; k += 2) map.set(chars[k]!, chars[k + 1]!);
	return (ch) => map.get(ch) ?? ch;
}

/** Where the folded `needle` occurs in the folded `haystack` (code point offsets), left to right, not overlapping. */
export function occurrences(haystack: string[], needle: string[]): number[] {
	const out: number[] = [];
	if (needle.length === 0) return out;
	for (let i = 0; i + needle.length <= haystack.length; i++) {
		let k = 0;
		while (k < needle.length && haystack[i + k] === needle[k]) k++;
		if (k === needle.length) {
			out.push(i);
			i += needle.length - 1;
		}
	}
	return out;
}
