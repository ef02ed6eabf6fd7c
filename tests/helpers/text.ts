/** Text as a reader compares it: no whitespace at all (cells and leads are joined without spaces). */
export const squash = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, '');

/** Every non-empty line of a seed as it should be findable on its page (bookmarks removed). */
export function readableLines(text: string): { n: number; text: string }[] {
	return text
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n/)
		.map((line, i) => ({ n: i + 1, text: squash(line.replace(/\[bookmark:[^\]\n]*\]/g, '')) }))
		.filter((l) => l.text !== '');
}
