// Marking a search's words on the page a result opens: the result link carries the printed forms
// of its matches (`?hl=医疗机构`, so a traditional or full-width query marks the text as printed),
// and the opened page wraps each occurrence in the target paragraph (or the whole text) in <mark>.

/** The query parameter of a result link that names a printed form to mark (repeated for several). */
export const HIGHLIGHT_PARAM = 'hl';

/** Where the printed `terms` occur in `text` (UTF-16 offsets, left to right, not overlapping; a longer term first at a place). */
export function findTerms(text: string, terms: readonly string[]): { start: number; end: number }[] {
	const wanted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
	const out: { start: number; end: number }[] = [];
	for (let k = 0; k < text.length; ) {
		const term = wanted.find((t) => text.startsWith(t, k));
		if (term) {
			out.push({ start: k, end: k + term.length });
			k += term.length;
		} else k++;
	}
	return out;
}
