import { Converter } from 'opencc-js/t2cn';

/**
 * Traditional → simplified (mainland) characters, through OpenCC's dictionaries (opencc-js).
 * `t` is OpenCC's standard traditional; Taiwan and Hong Kong variants fold well enough for
 * matching. One converter per process: building it loads the dictionary (~100 KB).
 */
const toSimplified = Converter({ from: 't', to: 'cn' });

/**
 * The matching view of a printed string: NFKC (full-width digits, letters and signs to their
 * ASCII forms: `＞９８` → `>98`, `％` → `%`, `（` → `(`, `，` → `,`, `：` → `:`), then traditional →
 * simplified with OpenCC's phrase dictionary (`醫療機構` → `医疗机构`).
 *
 * For matching and parsing only: pages always show the text as printed. Rules written against
 * the folded view use ASCII punctuation. The length can change (`㎡` → `m2`); when offsets must
 * map back to the printed string, use {@link foldAligned}.
 */
export function fold(text: string): string {
	return toSimplified(text.normalize('NFKC'));
}

// Each character folds alone, so its result is kept: a plan uses a few thousand distinct characters.
const ALIGNED = new Map<string, string>();

/**
 * Like {@link fold} but one UTF-16 unit in, one out, so an offset in the result is the same
 * offset in the printed string (for highlighting and quoting). Each character is folded alone:
 * NFKC where it gives exactly one unit, then OpenCC's character table.
 */
export function foldAligned(text: string): string {
	let out = '';
	for (const ch of text) {
		let folded = ALIGNED.get(ch);
		if (folded === undefined) {
			const n = ch.normalize('NFKC');
			const c = n.length === ch.length ? n : ch;
			const s = toSimplified(c);
			folded = s.length === c.length ? s : c;
			ALIGNED.set(ch, folded);
		}
		out += folded;
	}
	return out;
}
