// Pagefind cuts Chinese into words twice: with jieba when it builds the index and with the
// browser's Intl.Segmenter when it reads a query. Where the two disagree, a word inside a longer
// word is never found: 第二节 holds 二节, but the query 二节 becomes 二 + 节 and no indexed word
// starts with 二. So the index holds Chinese one character per word, and a Chinese query is an
// exact phrase of its characters: a record matches when it holds those characters in that order,
// side by side — plain substring search, whatever either segmenter thinks a word is.

const HAN = /\p{Script=Han}/u;
const HAN_EACH = /(\p{Script=Han})/gu;

/** True if the text has a Chinese character. */
export function hasHan(text: string): boolean {
	return HAN.test(text);
}

/**
 * Text as Pagefind should index it: every Chinese character a word of its own, everything else as
 * it was. A space of the source becomes `|`, which Pagefind counts as a break between words, so a
 * phrase never runs across it (`第二节  存在` does not hold 节存); punctuation already breaks.
 */
export function indexText(text: string): string {
	return text
		.trim()
		.replace(/\s+/g, ' | ')
		.replace(HAN_EACH, ' $1 ')
		.replace(/ {2,}/g, ' ')
		.trim();
}

/** The Chinese runs of a query word (`120急救` → `急救`; `互联网+医疗健康` → `互联网`, `医疗健康`). */
export function hanRuns(word: string): string[] {
	return word.match(/\p{Script=Han}+/gu) ?? [];
}

/** A run of Chinese characters as a Pagefind exact phrase over the one-character words of the index. */
export function hanPhrase(run: string): string {
	return `"${[...run].join(' ')}"`;
}
