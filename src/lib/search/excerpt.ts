// The part of a search result's text the result list quotes: around the first match, starting and
// ending where a reader expects a quote to (a sentence or clause boundary), never inside a number
// (2697人 quoted as …697人), a Latin word or a pair of brackets or quotes. Pure: the page and the tests use it.

/** Letters and digits a number or a Latin word is made of (full-width ones too). */
const WORD = /[\p{Nd}\p{Script=Latin}]/u;
/** Signs inside a number or a word when a letter or digit stands on both sides: 0.98, 1-2, 2,697, 8:30, 10/10万. */
const JOIN = /[.．,:：\-－–~～/／]/u;
/** Signs that end a number: 30%, 3‰. */
const TAIL = /[%％‰]/u;
/** Ends of a sentence, then of a clause: a quote may start after one and end with one. */
const SENTENCE = /[。！？；!?;\n]/u;
const CLAUSE = /[，、：,:\t ]/u;
/** Opening and closing marks of the pairs a quote should not split. */
const PAIRS: Record<string, string> = { '（': '）', '(': ')', '“': '”', '‘': '’', '《': '》', '【': '】', '「': '」', '〔': '〕', '[': ']' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

export interface ExcerptWindow {
	/** First code point quoted. */
	start: number;
	/** One past the last code point quoted. */
	end: number;
}

/** Whether a cut between code points `at - 1` and `at` falls inside a number or a Latin word. */
export function cutsWord(chars: readonly string[], at: number): boolean {
	if (at <= 0 || at >= chars.length) return false;
	const [a, b] = [chars[at - 1]!, chars[at]!];
	const word = (k: number) => k >= 0 && k < chars.length && WORD.test(chars[k]!);
	if (WORD.test(a) && (WORD.test(b) || TAIL.test(b))) return true;
	if (JOIN.test(a) && WORD.test(b) && word(at - 2)) return true;
	return WORD.test(a) && JOIN.test(b) && word(at + 1);
}

/** Where the open pair around code point `at` starts (its opening mark), or -1 when `at` is not inside a pair. */
function openPairBefore(chars: readonly string[], at: number, within: number): number {
	const stack: number[] = [];
	for (let k = Math.max(0, at - within); k < at; k++) {
		const c = chars[k]!;
		if (c in PAIRS) stack.push(k);
		else if (CLOSERS.has(c) && stack.length > 0 && chars[stack.at(-1)!] === CLOSERS.get(c)) stack.pop();
	}
	return stack.length > 0 ? stack[0]! : -1;
}

/** A start for a quote that should begin near `wanted` and hold code point `first`: after a boundary, else at the start of the number or pair it would cut. */
function startNear(chars: readonly string[], wanted: number, first: number): number {
	if (wanted <= 0) return 0;
	// The nearest sentence end, then clause end, at or after `wanted` (more context is better than less), else up to 20 before it.
	for (const boundary of [SENTENCE, CLAUSE]) {
		for (let k = wanted - 1; k < first - 1; k++) if (k >= 0 && boundary.test(chars[k]!)) return k + 1;
		for (let k = wanted - 2; k >= Math.max(0, wanted - 20); k--) if (boundary.test(chars[k]!)) return k + 1;
	}
	let start = wanted;
	while (start > 0 && cutsWord(chars, start)) start--;
	const open = openPairBefore(chars, start, 30);
	return open >= 0 && start - open <= 20 ? open : start;
}

/** An end for a quote that should stop near `wanted` and hold code points up to `last`: after a boundary, else after the number or word it would cut. */
function endNear(chars: readonly string[], wanted: number, last: number): number {
	if (wanted >= chars.length) return chars.length;
	for (const boundary of [SENTENCE, CLAUSE]) for (let k = wanted - 1; k >= Math.max(last, wanted - 40); k--) if (boundary.test(chars[k]!)) return k + 1;
	let end = wanted;
	while (end < chars.length && end - wanted < 20 && cutsWord(chars, end)) end++;
	while (end > last && cutsWord(chars, end)) end--;
	return end;
}

/**
 * The quoted span of a result's printed text (as code points) with its matches `marked`: about
 * `before` code points before the first match and `length` in all, moved to the nearest sentence or
 * clause boundary, else widened to the whole number, word or bracketed pair it would have cut.
 */
export function excerptWindow(chars: readonly string[], marked: readonly boolean[], opts: { before?: number; length?: number } = {}): ExcerptWindow {
	const { before = 40, length = 140 } = opts;
	const first = Math.max(0, marked.indexOf(true));
	let firstEnd = first;
	while (firstEnd < chars.length && marked[firstEnd]) firstEnd++;
	const start = startNear(chars, first - before, first);
	let end = endNear(chars, Math.min(chars.length, start + length), Math.max(firstEnd, start + 1));
	// Never cut a match in two.
	while (end < chars.length && marked[end] && marked[end - 1]) end++;
	return { start, end };
}
