// What Pagefind indexes: overlapping pairs of characters (bigrams), the unit of Lucene's CJK
// bigram analyser, taken over the folded text (fold.ts) of every record, for every script alike:
// `婴儿死亡率` → 婴儿 儿死 死亡 亡率, `≥90%` → ≥9 90 0%. A run of text ends at white space, and its
// last character is indexed alone too (率), so that every character starts some token: a
// one-character query is a prefix over tokens. A query word of n ≥ 2 characters is its n−1 bigrams
// at consecutive positions — plain substring search, whatever anyone thinks a word is. The lone
// last character takes a position of its own, so a phrase never runs from one run into the next.

/** The tokens of a folded text, each with the positions where it occurs (ascending). */
export function indexTokens(chars: readonly string[]): Map<string, number[]> {
	const out = new Map<string, number[]>();
	const add = (token: string, at: number) => {
		const list = out.get(token);
		if (list) list.push(at);
		else out.set(token, [at]);
	};
	let pos = 0;
	let run: string[] = [];
	const flush = () => {
		for (let k = 0; k + 1 < run.length; k++) add(run[k]! + run[k + 1]!, pos++);
		if (run.length > 0) add(run[run.length - 1]!, pos++);
		run = [];
	};
	for (const ch of chars) {
		if (/\s/u.test(ch)) flush();
		else run.push(ch);
	}
	flush();
	return out;
}

/** What one query word asks of the index. */
export type WordQuery =
	/** Records holding these bigrams at consecutive positions (one bigram: holding it anywhere). */
	| { kind: 'phrase'; tokens: string[] }
	/** Records holding any token that starts with this character (a one-character word). */
	| { kind: 'prefix'; char: string };

/** A folded query word (no white space) as a question to the index: 胸痛中心 → phrase 胸痛 痛中 中心; 健 → prefix 健. */
export function wordQuery(word: readonly string[]): WordQuery {
	if (word.length === 1) return { kind: 'prefix', char: word[0]! };
	return { kind: 'phrase', tokens: word.slice(0, -1).map((ch, k) => ch + word[k + 1]!) };
}


/** Code points below this get three base-36 letters (all of CJK Unified Ideographs and Extension A); others `z` and four. */
const SHORT = 35 * 36 * 36;

/** One code point as a word piece: three base-36 letters, or `z` and four; no code is a prefix of another. */
function encodeChar(cp: number): string {
	return cp < SHORT ? cp.toString(36).padStart(3, '0') : `z${cp.toString(36).padStart(4, '0')}`;
}

/**
 * A token as a word Pagefind keeps intact: each code point as a fixed code of lower-case letters
 * and digits (`婴儿` → `hv8g1r`). Such a word is never cut by a segmenter, never stripped as
 * punctuation and (the index is Chinese) never stemmed, and since no code is a prefix of another,
 * a one-character token is a prefix of exactly the pairs that start with that character.
 */
export function encodeToken(token: string): string {
	return Array.from(token, (ch) => encodeChar(ch.codePointAt(0) ?? 0)).join('');
}

/** The folded text as Pagefind should index it: its tokens (indexTokens) encoded, in position order, separated by spaces. */
export function indexWords(chars: readonly string[]): string {
	const byPosition: string[] = [];
	for (const [token, positions] of indexTokens(chars)) for (const p of positions) byPosition[p] = encodeToken(token);
	return byPosition.join(' ');
}

/** A query word as a Pagefind search: its pairs as an exact phrase, or one character's code as a prefix. */
export function pagefindTerm(q: WordQuery): string {
	return q.kind === 'prefix' ? encodeToken(q.char) : `"${q.tokens.map(encodeToken).join(' ')}"`;
}
