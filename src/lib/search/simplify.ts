// Build side of the folding (fold.ts): the converter's OpenCC folding for one character, and the
// table of it the browser needs. Server only (src/shared/fold.ts loads OpenCC's dictionaries).
import { foldAligned } from '../../shared/fold.ts';
import type { Simplify } from './fold.ts';

/** Traditional → simplified for one character, as the converter folds it (OpenCC through src/shared/fold.ts), memoised. */
export function openccSimplifier(): Simplify {
	const memo = new Map<string, string>();
	return (ch) => {
		let s = memo.get(ch);
		if (s === undefined) {
			const folded = foldAligned(ch);
			s = [...folded].length === 1 ? folded : ch;
			memo.set(ch, s);
		}
		return s;
	};
}

/**
 * The folding table the browser needs (pairs `醫医療疗…`): every character of the CJK blocks, the
 * compatibility forms and the printed corpus that simplifies to another character which occurs in
 * the folded corpus. A character whose simplified form is not in the corpus cannot match either way.
 */
export function foldTable(printed: Iterable<string>, folded: ReadonlySet<string>, simplify: Simplify): string {
	const candidates = new Set<string>(printed);
	for (const [from, to] of [[0x2e80, 0x2fdf], [0x3000, 0x303f], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xff00, 0xffef]] as const) {
		for (let cp = from; cp <= to; cp++) candidates.add(String.fromCodePoint(cp));
	}
	let out = '';
	for (const ch of [...candidates].sort()) {
		const n = ch.normalize('NFKC');
		if ([...n].length !== 1) continue;
		const s = simplify(n);
		if (s !== n && folded.has(s)) out += n + s;
	}
	return out;
}
