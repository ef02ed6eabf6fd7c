import type { DocNode, ParagraphNode } from './document.ts';
import { matchHeadingMark } from './headings.ts';
import { hasSentenceEnd } from './vocabulary.ts';

/**
 * Text copied from a PDF arrives broken at the printed line end, inside words and numbers
 * (`…注册护士数达到3.` / `9人，…`). The page shows those lines as printed; the readers of targets,
 * commitments, projects and facilities read the paragraphs they were, joined here.
 */

/** Width of a line as printed: a Han character or full-width sign takes two columns, ASCII one. */
export function printedWidth(text: string): number {
	let w = 0;
	for (const ch of text) w += (ch.codePointAt(0) as number) < 0x80 ? 1 : 2;
	return w;
}

/** Narrowest printed width of a wrapped line (about twelve Han characters), and how far widths in one run may differ. */
const MIN_WIDTH = 24;
const WIDTH_SLACK = 0.15;
const ENDS_SENTENCE = /[。；;！？!?:：]$/;
/** A line that starts something new, never the tail of the line before it: a bullet, or a caption (图2 …, 表1 …). */
const STARTS_ITEM = /^(?:——|—|●|○|■|□|◆|·|•|-\s|(?:附?[图表]|附件)\s*[\d一二三四五六七八九十])/;

const plain = (n: DocNode | undefined): n is ParagraphNode => n?.kind === 'paragraph' && n.role === null;

/**
 * Joins runs of paragraph lines broken at one width into one paragraph each: every line but the
 * last is about as wide as the widest (within 15%), at least twelve characters wide, ends
 * mid-sentence, and the next line starts no heading or bullet. The joined paragraph keeps the
 * first line's number and anchor. Other nodes come back as they are.
 */
export function joinWrappedLines(nodes: DocNode[]): DocNode[] {
	const out: DocNode[] = [];
	for (let i = 0; i < nodes.length; i++) {
		const first = nodes[i];
		if (!plain(first)) {
			out.push(first as DocNode);
			continue;
		}
		let j = i;
		let widest = 0;
		let narrowest = Number.POSITIVE_INFINITY;
		// Widths are kept as the run grows, so a long run costs one look per line.
		while (true) {
			const cur = nodes[j] as ParagraphNode;
			const next = nodes[j + 1];
			const width = printedWidth(cur.text);
			if (!plain(next) || next.section !== cur.section || width < MIN_WIDTH || ENDS_SENTENCE.test(cur.text) || STARTS_ITEM.test(cur.text) || STARTS_ITEM.test(next.text) || matchHeadingMark(next.text)) break;
			widest = Math.max(widest, width);
			narrowest = Math.min(narrowest, width);
			if (narrowest < widest * (1 - WIDTH_SLACK) || printedWidth(next.text) > widest * (1 + WIDTH_SLACK)) break;
			j++;
		}
		if (j === i) {
			out.push(first);
			continue;
		}
		const run = nodes.slice(i, j + 1) as ParagraphNode[];
		// A one-line break of two complete-looking lines is not a wrap unless the first stops mid-clause.
		const text = run.map((n) => n.text).join('');
		if (run.length === 2 && hasSentenceEnd((run[0] as ParagraphNode).text)) {
			out.push(first);
			continue;
		}
		out.push({ ...first, text, lead: null });
		i = j;
	}
	return out;
}
