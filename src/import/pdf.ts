import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportError } from './errors.ts';
import { Tally, type ImportBlock, type ImportCell, type ImportedDocument, type ImportRow } from './text.ts';

/**
 * Reads a text PDF into blocks by geometry. pdf.js gives each text run with its position, size
 * and font; from them this module rebuilds printed lines, removes page furniture (running heads,
 * page numbers, repeated footers: by repetition across pages and position in the top or bottom
 * band), turns footnote marks into `[1]` with the note after its paragraph, rebuilds tables cell
 * by cell from their ruling lines (or, without rules, from the columns their text lines up in),
 * and joins lines into paragraphs: a line that reaches the right margin continues on the next
 * unless that one is indented, in another size or another Chinese typeface. No space is put
 * between CJK characters, nor between Chinese and digits. One column of text is assumed.
 */

/** One text run as pdf.js reports it, in page space (y up, baseline). */
interface Run {
	str: string;
	x: number;
	y: number;
	w: number;
	size: number;
	font: string;
}
/** A printed line: its runs left to right. */
interface Line {
	page: number;
	runs: Run[];
	x0: number;
	x1: number;
	y: number;
	/** Size of most of its characters. */
	size: number;
}
interface Segment {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}
/** A ruled table on one page: column and row boundaries, and the rules that exist between them. */
interface Grid {
	page: number;
	xs: number[];
	ys: number[];
	h: Segment[];
	v: Segment[];
	top: number;
	bottom: number;
}
interface PageText {
	n: number;
	width: number;
	height: number;
	lines: Line[];
	grids: Grid[];
}

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
/** pdf.js's legacy build (the one meant for Node), loaded once on first use. */
function loadPdfJs(): Promise<PdfJs> {
	pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
	return pdfjs;
}

const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef“”‘’]/;
const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
const PAGE_NUMBER = [/^[-—–－~～\s]*\d{1,4}[-—–－~～\s]*$/, /^第\s*\d{1,4}\s*页(\s*[，,]?\s*共\s*\d{1,4}\s*页)?$/, /^\d{1,4}\s*\/\s*\d{1,4}$/, /^page\s*\d{1,4}(\s*of\s*\d{1,4})?$/i];
const MARK = /^(\d{1,3}|[*†‡§]|[\u2460-\u2473])$/;

/**
 * Joins two pieces of one printed line. A space is kept only where the PDF shows a real gap
 * between Latin letters or digits, or a wide gap (a deliberate space) next to CJK: the narrow
 * gap a typesetter puts between Chinese and digits is not a space.
 */
function joinPieces(left: string, right: string, gapEm: number): string {
	if (left === '' || right === '') return left + right;
	const a = left.at(-1) as string;
	const b = right[0] as string;
	const cjk = isCjk(a) || isCjk(b);
	const space = cjk ? (isCjk(a) && isCjk(b) ? gapEm >= 0.9 : gapEm >= 0.4) : gapEm >= 0.15;
	return space ? `${left} ${right}` : left + right;
}

/** A run's text with pdf.js's own spaces resolved: one kept between Latin words, dropped next to CJK unless doubled. */
function runText(str: string): string {
	return str.replace(/ +/g, (spaces: string, at: number) => {
		const a = str[at - 1];
		const b = str[at + spaces.length];
		if (a === undefined || b === undefined) return '';
		return (isCjk(a) || isCjk(b)) && spaces.length < 2 ? '' : ' ';
	});
}

/** Text of a line (or of the runs of one cell), with footnote marks written `[n]` when `marks` says the run is one. */
function lineText(runs: Run[], isMark: (run: Run) => boolean): string {
	let out = '';
	let prev: Run | null = null;
	for (const run of runs) {
		const text = isMark(run) ? `[${run.str.trim()}]` : runText(run.str);
		if (text === '') continue;
		// The gap after a printed number (`（一）`, `1．`, `第一章`: Word's tab after the number) is not a space.
		if (prev !== null && NUMBER_ONLY.test(out)) out += text.trimStart();
		else out = prev === null ? text : joinPieces(out, text, (run.x - (prev.x + prev.w)) / Math.max(prev.size, run.size));
		prev = run;
	}
	return out.trim().replace(NUMBER_GAP, '$1');
}

/** A heading number as printed at the start of a line (the converter's forms), and one followed by the gap of a tab. */
const NUMBER = String.raw`(?:第[一二三四五六七八九十百零〇]+[章节篇部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、．.]|[（(]\d{1,2}[）)])`;
const NUMBER_ONLY = new RegExp(`^${NUMBER}$`);
const NUMBER_GAP = new RegExp(`^(${NUMBER}) +(?=\\S)`);

/** The list kept under `key`, made empty on first use. */
function listAt<K, V>(map: Map<K, V[]>, key: K): V[] {
	let list = map.get(key);
	if (!list) map.set(key, (list = []));
	return list;
}

const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Groups a page's runs into printed lines by baseline; a small raised run (a footnote mark, a superscript) joins the line it sits on. */
function buildLines(runs: Run[], page: number): Line[] {
	const body = median(runs.map((r) => r.size));
	const big = runs.filter((r) => r.size >= body * 0.75).sort((a, b) => b.y - a.y || a.x - b.x);
	const small = runs.filter((r) => r.size < body * 0.75);
	const lines: { y: number; size: number; runs: Run[] }[] = [];
	for (const run of big) {
		const line = lines.find((l) => Math.abs(l.y - run.y) <= 0.3 * Math.min(l.size, run.size));
		if (line) line.runs.push(run);
		else lines.push({ y: run.y, size: run.size, runs: [run] });
	}
	for (const run of small) {
		// A superscript sits above its line's baseline, within the line's height.
		const line = lines
			.filter((l) => run.y >= l.y - 0.3 * l.size && run.y <= l.y + 0.8 * l.size)
			.sort((a, b) => Math.abs(a.y - run.y) - Math.abs(b.y - run.y))[0];
		if (line) line.runs.push(run);
		else lines.push({ y: run.y, size: run.size, runs: [run] });
	}
	return lines
		.map((l) => {
			const sorted = l.runs.sort((a, b) => a.x - b.x);
			const bySize = new Map<number, number>();
			for (const r of sorted) bySize.set(Math.round(r.size * 2) / 2, (bySize.get(Math.round(r.size * 2) / 2) ?? 0) + r.str.length);
			const size = [...bySize.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? l.size;
			return { page, runs: sorted, x0: sorted[0]?.x ?? 0, x1: Math.max(...sorted.map((r) => r.x + r.w)), y: Math.max(...sorted.filter((r) => r.size >= size * 0.75).map((r) => r.y)), size };
		})
		.sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
	m[0] * n[0] + m[1] * n[2],
	m[0] * n[1] + m[1] * n[3],
	m[2] * n[0] + m[3] * n[2],
	m[2] * n[1] + m[3] * n[3],
	m[4] * n[0] + m[5] * n[2] + n[4],
	m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Horizontal and vertical rules drawn on a page (stroked lines and thin filled rectangles), in page space. */
function readRules(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: PdfJs['OPS']): { h: Segment[]; v: Segment[] } {
	const h: Segment[] = [];
	const v: Segment[] = [];
	let ctm: Matrix = [1, 0, 0, 1, 0, 0];
	const stack: Matrix[] = [];
	const add = (x0: number, y0: number, x1: number, y1: number): void => {
		const [ax, ay] = [Math.min(x0, x1), Math.min(y0, y1)];
		const [bx, by] = [Math.max(x0, x1), Math.max(y0, y1)];
		if (by - ay <= 2 && bx - ax > 3) h.push({ x0: ax, y0: (ay + by) / 2, x1: bx, y1: (ay + by) / 2 });
		else if (bx - ax <= 2 && by - ay > 3) v.push({ x0: (ax + bx) / 2, y0: ay, x1: (ax + bx) / 2, y1: by });
	};
	ops.fnArray.forEach((fn, i) => {
		const args = ops.argsArray[i] as unknown[];
		if (fn === OPS.save) stack.push(ctm);
		else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
		else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
		else if (fn === OPS.constructPath) {
			const path = (args[1] as (Float32Array | null)[])[0];
			if (!path) return;
			let start: [number, number] | null = null;
			let current: [number, number] | null = null;
			const points: [number, number][] = [];
			for (let k = 0; k < path.length; ) {
				const op = path[k] as number;
				if (op === 0 || op === 1) {
					const p = apply(ctm, path[k + 1] as number, path[k + 2] as number);
					if (op === 0) {
						start = p;
						points.length = 0;
					} else if (current) add(current[0], current[1], p[0], p[1]);
					points.push(p);
					current = p;
					k += 3;
				} else if (op === 2) k += 7;
				else if (op === 3) k += 5;
				else {
					// A closed thin rectangle (a rule drawn as a filled box): its bounding box.
					if (points.length >= 4) {
						const xs = points.map((p) => p[0]);
						const ys = points.map((p) => p[1]);
						add(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
					}
					current = start;
					k += 1;
				}
			}
		}
	});
	return { h, v };
}

/** Values within `tolerance` of each other merged into one (their mean), sorted. */
function cluster(values: number[], tolerance: number): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	const groups: number[][] = [];
	for (const value of sorted) {
		const last = groups.at(-1);
		if (last && value - (last.at(-1) as number) <= tolerance) last.push(value);
		else groups.push([value]);
	}
	return groups.map((g) => g.reduce((s, x) => s + x, 0) / g.length);
}

/** Ruled tables on a page: rules that touch each other form one grid; a grid needs two rules each way. */
function findGrids(rules: { h: Segment[]; v: Segment[] }, page: number): Grid[] {
	const all = [...rules.h.map((s) => ({ s, kind: 'h' as const })), ...rules.v.map((s) => ({ s, kind: 'v' as const }))];
	const parent = all.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
	const touch = (a: Segment, b: Segment): boolean => a.x0 - 2 <= b.x1 && b.x0 - 2 <= a.x1 && a.y0 - 2 <= b.y1 && b.y0 - 2 <= a.y1;
	for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (touch((all[i] as (typeof all)[0]).s, (all[j] as (typeof all)[0]).s)) parent[find(i)] = find(j);
	const groups = new Map<number, typeof all>();
	all.forEach((item, i) => listAt(groups, find(i)).push(item));
	const grids: Grid[] = [];
	for (const group of groups.values()) {
		const h = group.filter((g) => g.kind === 'h').map((g) => g.s);
		const v = group.filter((g) => g.kind === 'v').map((g) => g.s);
		if (h.length < 2 || v.length < 2) continue;
		const xs = cluster(v.map((s) => s.x0), 2);
		const ys = cluster(h.map((s) => s.y0), 2).reverse();
		if (xs.length < 2 || ys.length < 2) continue;
		grids.push({ page, xs, ys, h, v, top: ys[0] as number, bottom: ys.at(-1) as number });
	}
	return grids.sort((a, b) => b.top - a.top);
}

/** Whether a rule covers the point (x, y) along its length: a cell border that is really drawn. */
const ruleAt = (segments: Segment[], x: number, y: number, vertical: boolean): boolean =>
	segments.some((s) => (vertical ? Math.abs(s.x0 - x) <= 2 && s.y0 - 1 <= y && y <= s.y1 + 1 : Math.abs(s.y0 - y) <= 2 && s.x0 - 1 <= x && x <= s.x1 + 1));

/** What decides whether a printed line continues on the next: the body's left and right margins and usual line pitch by size. */
interface Measure {
	left: number;
	right: number;
}

const OPENING = /^[“‘（《〈【「『〔(\[]/;
const CLOSING = /^[，。、；：？！）》」』”’〕】…—,.;:?!)\]%‰]/;

/**
 * A line reaches the right margin when the room left at its end would not hold what the next
 * line starts with: its first character (with a closing punctuation that may not start a line),
 * or its first Latin word. This is how the line was broken, so a short last line ends its paragraph.
 */
function reachesMargin(line: Line, next: Line, measure: Measure): boolean {
	const room = measure.right - line.x1;
	const first = next.runs.find((r) => r.str.trim() !== '');
	if (!first) return false;
	// The start of the next line across its first runs (one character may be a run of its own).
	const str = next.runs.slice(0, 4).map((r) => r.str).join('').trimStart();
	const per = first.w / Math.max(1, [...first.str].length);
	// An opening quote or bracket is never left at a line end: it moved down with the character after it.
	const opening = OPENING.test(str) ? 1 : 0;
	const rest = str.slice(opening);
	// A closing punctuation after the first character or word may not start a line either: it went down with them.
	const unit = isCjk(rest[0]) ? 1 : (/^[^\s\u2e80-\u9fff\uff00-\uffef]+/.exec(rest)?.[0].length ?? 1);
	const closing = CLOSING.test(rest.slice(unit)) ? next.size : 0;
	const need = opening * next.size + (isCjk(rest[0]) ? next.size : unit * per) + closing;
	return room < Math.min(need, 3 * next.size) + 0.1 * next.size;
}

/** Where a line's text ends, not counting a closing punctuation the typesetter let hang into the margin. */
function inkEnd(line: Line): number {
	const last = line.runs.at(-1);
	if (!last) return line.x1;
	const chars = [...last.str.trimEnd()];
	return /[，。、；：！？”’）,.;:!?)]/.test(chars.at(-1) ?? '') ? line.x1 - last.w / Math.max(1, chars.length) : line.x1;
}

/** Printed in the middle of the measure (a title), as far from one margin as from the other. */
const centred = (line: Line, m: Measure): boolean => Math.abs(line.x0 - m.left - (m.right - line.x1)) <= Math.max(2, 0.5 * line.size);

/** Whether `next` continues the paragraph that `line` is printed in (geometry only). */
function continues(line: Line, next: Line, measure: Measure, pitch: number): boolean {
	if (Math.abs(line.size - next.size) > 0.1 * line.size) return false;
	// Another typeface for the Chinese text (a heading in 黑体 after body text in 仿宋). Latin and digits often come in a second font within one paragraph, so only the CJK face counts.
	const before = line.runs.findLast((r) => CJK.test(r.str))?.font;
	const after = next.runs.find((r) => CJK.test(r.str))?.font;
	if (before !== undefined && after !== undefined && before !== after) return false;
	if (next.page === line.page && line.y - next.y > pitch * 1.35 + 0.5) return false;
	if (!reachesMargin(line, next, measure)) return false;
	if (next.x0 <= measure.left + 0.5 * next.size) return true;
	// A centred title printed over two lines.
	return centred(line, measure) && centred(next, measure) && next.x0 - measure.left > next.size;
}

/** Joins a paragraph's printed lines: no space across a line end between CJK characters, one between Latin words. */
function joinLines(texts: string[]): string {
	let out = '';
	for (const t of texts) {
		if (out === '') out = t;
		else {
			const a = out.at(-1) as string;
			const b = t[0] as string;
			// A line end is a space only between Latin words; a number or a Chinese word broken at the margin is joined.
			out = (/[A-Za-z,;:.!?)]/.test(a) && /[A-Za-z0-9(]/.test(b)) || (/[0-9]/.test(a) && /[A-Za-z]/.test(b)) ? `${out} ${t}` : out + t;
		}
	}
	return out;
}

/** Most common value of rounded numbers (ties: the larger). */
function mode(values: number[], step = 1): number {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(Math.round(v / step) * step, (counts.get(Math.round(v / step) * step) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/** Lines (or cell lines) into paragraphs by geometry within one measure. */
function paragraphs(lines: Line[], measure: Measure, pitch: (size: number) => number, text: (l: Line) => string): { text: string; lines: Line[] }[] {
	const out: { text: string; lines: Line[] }[] = [];
	let current: Line[] = [];
	const flush = (): void => {
		if (current.length === 0) return;
		out.push({ text: joinLines(current.map(text)), lines: current });
		current = [];
	};
	for (const line of lines) {
		const last = current.at(-1);
		if (last && !continues(last, line, measure, pitch(last.size))) flush();
		current.push(line);
	}
	flush();
	return out;
}

/** The blocks of a ruled table: one cell per grid cell, a cell spanning columns where a rule is missing, the lower part of a vertical merge as a merged cell. */
function gridTable(grid: Grid, lines: Line[], text: (runs: Run[]) => string, pitch: (size: number) => number): { rows: ImportRow[]; boxes: { lines: Line[]; measure: Measure }[] } {
	const rows: ImportRow[] = [];
	// For a box (one column): each row's lines and measure, so a box continued on the next page can be read as one.
	const boxes: { lines: Line[]; measure: Measure }[] = [];
	const runsIn = (x0: number, x1: number, y0: number, y1: number): Run[] => lines.flatMap((l) => l.runs).filter((r) => r.x + r.w / 2 > x0 && r.x + r.w / 2 < x1 && r.y > y1 && r.y < y0);
	const bands = grid.ys.length - 1;
	// Grid cells covered by a cell merged down from a row above: `${row}:${column}`.
	const covered = new Set<string>();
	for (let r = 0; r < bands; r++) {
		const top = grid.ys[r] as number;
		const mid = (top + (grid.ys[r + 1] as number)) / 2;
		const cells: ImportCell[] = [];
		for (let c = 0; c + 1 < grid.xs.length; ) {
			let end = c + 1;
			while (end + 1 < grid.xs.length && !ruleAt(grid.v, grid.xs[end] as number, mid, true)) end++;
			const x0 = grid.xs[c] as number;
			const x1 = grid.xs[end] as number;
			if (covered.has(`${r}:${c}`)) {
				cells.push({ paragraphs: [], span: end - c, merged: true });
				c = end;
				continue;
			}
			// A cell reaches down over the bands below it while the rule under it is not drawn.
			let down = r;
			while (down + 1 < bands && !ruleAt(grid.h, (x0 + x1) / 2, grid.ys[down + 1] as number, false)) down++;
			for (let k = r + 1; k <= down; k++) covered.add(`${k}:${c}`);
			const cellLines = buildLines(runsIn(x0, x1, top, grid.ys[down + 1] as number), grid.page);
			const pad = cellLines.length > 0 ? Math.max(0, Math.min(...cellLines.map((l) => l.x0)) - x0) : 0;
			// A box (one column) keeps its paragraphs; a data cell is one text, as the converter joins a split cell (a number the writer broke inside, `10|0、100`, is joined).
			const box = { lines: cellLines, measure: { left: x0 + pad, right: x1 - pad } };
			if (grid.xs.length === 2) boxes.push(box);
			const paras = grid.xs.length === 2 ? paragraphs(cellLines, box.measure, pitch, (l) => text(l.runs)).map((p) => p.text) : cellLines.length > 0 ? [joinLines(cellLines.map((l) => text(l.runs)))] : [];
			cells.push({ paragraphs: paras, span: end - c, merged: false });
			c = end;
		}
		// A band that only continues cells merged from above (a rule drawn in one column only) is not a row.
		if (r > 0 && cells.every((cell) => cell.merged)) continue;
		rows.push({ cells });
	}
	return { rows, boxes };
}

/** A line's runs cut where the gap between them is wide (most of a character or more): the cells of a table row printed without rules. A heading number and its tab stay one piece. */
function segments(line: Line, text: (runs: Run[]) => string): { x0: number; x1: number; runs: Run[] }[] {
	const out: { x0: number; x1: number; runs: Run[] }[] = [];
	for (const run of line.runs) {
		const last = out.at(-1);
		if (last && (run.x - last.x1 < 0.8 * line.size || (out.length === 1 && NUMBER_ONLY.test(text(last.runs))))) {
			last.runs.push(run);
			last.x1 = Math.max(last.x1, run.x + run.w);
		} else out.push({ x0: run.x, x1: run.x + run.w, runs: [run] });
	}
	return out;
}

/** The Chinese typeface a line is printed in (its first run with CJK text). */
const face = (line: Line): string | undefined => line.runs.find((r) => CJK.test(r.str))?.font;

/**
 * Tables printed without ruling lines, found in a run of body lines: at least two lines close
 * together cut into two or more cells by wide gaps, whose cells start at shared column positions,
 * with the lines between them that hold a wrapped cell. A line starts a row when its first column
 * has text and it fills at least half the columns, or when it fills all columns but one (the
 * first left empty as "same as above"); other lines continue the cells of the row above.
 */
function alignedTables(lines: Line[], pitch: (size: number) => number, text: (runs: Run[]) => string): { start: number; end: number; rows: ImportRow[] }[] {
	const found: { start: number; end: number; rows: ImportRow[] }[] = [];
	const cut = lines.map((l) => segments(l, text));
	let i = 0;
	while (i < lines.length) {
		if ((cut[i] as unknown[]).length < 2) {
			i++;
			continue;
		}
		const first = lines[i] as Line;
		const tol = 0.6 * first.size;
		const starts = (cut[i] as { x0: number }[]).map((g) => g.x0);
		const span = (): number => Math.max(...cut.slice(i, end).flatMap((c) => c.map((g) => g.x1))) - Math.min(...starts);
		let end = i + 1;
		while (end < lines.length) {
			const prev = lines[end - 1] as Line;
			const line = lines[end] as Line;
			if (line.page !== prev.page || prev.y - line.y > pitch(prev.size) * 1.3 + 0.5 || Math.abs(line.size - prev.size) > 0.1 * prev.size || face(line) !== face(prev)) break;
			const parts = cut[end] as { x0: number; x1: number }[];
			if (parts.length < 2) {
				// A lone piece belongs to the table when it starts at a column and is no wider than a cell can be.
				const only = parts[0];
				if (!only || !starts.some((x) => Math.abs(x - only.x0) <= tol) || only.x1 - only.x0 > 0.6 * span()) break;
			} else starts.push(...parts.map((g) => g.x0));
			end++;
		}
		if (cut.slice(i, end).filter((c) => c.length >= 2).length < 2) {
			i = end;
			continue;
		}
		const columns = cluster(starts, tol);
		const columnOf = (x: number): number => {
			let k = 0;
			columns.forEach((c, j) => {
				if (c <= x + tol) k = j;
			});
			return k;
		};
		// How far right each column's text reaches: a piece ending there filled its cell's width and wrapped.
		const reach = columns.map(() => -Infinity);
		for (const c of cut.slice(i, end)) for (const g of c) reach[columnOf(g.x0)] = Math.max(reach[columnOf(g.x0)] as number, g.x1);
		const rows: string[][][] = [];
		let above = new Map<number, number>();
		for (let k = i; k < end; k++) {
			const parts = cut[k] as { runs: Run[]; x0: number; x1: number }[];
			const filled = new Set(parts.map((g) => columnOf(g.x0)));
			// Every piece sits under a cell that was full on the line above: the wrapped rest of that cell.
			const wraps = [...filled].every((c) => above.has(c) && (reach[c] as number) - (above.get(c) as number) < 1.6 * (lines[k] as Line).size);
			const startsRow = !wraps && ((filled.has(0) && filled.size >= Math.ceil(columns.length / 2)) || filled.size >= columns.length - 1);
			above = new Map(parts.map((g) => [columnOf(g.x0), g.x1]));
			if (rows.length === 0 || startsRow) rows.push(columns.map(() => []));
			const row = rows.at(-1) as string[][];
			for (const part of parts) (row[columnOf(part.x0)] as string[]).push(text(part.runs));
		}
		found.push({ start: i, end, rows: rows.map((r) => ({ cells: r.map((parts) => ({ paragraphs: parts.length > 0 ? [joinLines(parts)] : [], span: 1, merged: false })) })) });
		i = end;
	}
	return found;
}

/** A line in the top or bottom band of the page, where running heads, footers and page numbers are printed. */
const inBand = (line: Line, page: PageText): 'top' | 'bottom' | null => (line.y > page.height * 0.88 ? 'top' : line.y < page.height * 0.12 ? 'bottom' : null);

const furnitureKey = (text: string): string => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** Running heads, page numbers and repeated footers: by position in the top or bottom band and by repetition across pages (or the form of a page number). */
function findFurniture(pages: PageText[], text: (l: Line) => string, tally: Tally): Set<Line> {
	const furniture = new Set<Line>();
	const seen = new Map<string, { line: Line; page: PageText }[]>();
	for (const page of pages)
		for (const line of page.lines) {
			const band = inBand(line, page);
			if (!band || page.grids.some((g) => line.y <= g.top + 1 && line.y >= g.bottom - 1)) continue;
			const key = `${band}:${furnitureKey(text(line))}`;
			listAt(seen, key).push({ line, page });
		}
	const pageCount = pages.filter((p) => p.lines.length > 0).length;
	for (const [key, hits] of seen) {
		const sample = text((hits[0] as { line: Line }).line);
		const isNumber = PAGE_NUMBER.some((re) => re.test(sample.replace(/\s+/g, ' ').trim()));
		const distinctPages = new Set(hits.map((h) => h.page.n)).size;
		const sameY = hits.filter((h) => Math.abs(h.line.y - (hits[0] as { line: Line }).line.y) <= 3).length;
		const repeated = distinctPages >= 2 && sameY >= Math.max(2, Math.ceil(pageCount / 3));
		if (!isNumber && !repeated) continue;
		const what = isNumber ? 'page numbers' : key.startsWith('top:') ? 'running heads' : 'repeated footers';
		hits.forEach((hit, k) => {
			furniture.add(hit.line);
			// One sample per printed form (a running head repeats the same words; page numbers differ).
			tally.add(what, `page furniture printed on ${distinctPages} of ${pageCount} pages (${key.startsWith('top:') ? 'top' : 'bottom'} of the page) is not part of the plan's text`, k === 0 || isNumber ? text(hit.line) : undefined);
		});
	}
	return furniture;
}

/** A PDF font's face name without its subset tag (`BAAAAA+WenQuanYiMicroHei` → `WenQuanYiMicroHei`); the font's id when pdf.js has no name. */
function faceName(objs: { has: (id: string) => boolean; get: (id: string) => unknown }, id: string): string {
	const font = objs.has(id) ? (objs.get(id) as { name?: string } | null) : null;
	return font?.name?.replace(/^[A-Z]{6}\+/, '') ?? id;
}

/** pdf.js operators that paint a picture: a page with them and no text is a scan. */
function paintsImage(fnArray: number[], OPS: PdfJs['OPS']): boolean {
	const images = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup, OPS.paintSolidColorImageMask]);
	return fnArray.some((fn) => images.has(fn));
}

/** Page numbers as a short list: `1–3, 7`. */
function pageList(pages: number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < pages.length; ) {
		let j = i;
		while (j + 1 < pages.length && (pages[j + 1] as number) === (pages[j] as number) + 1) j++;
		parts.push(i === j ? String(pages[i]) : `${pages[i]}–${pages[j]}`);
		i = j + 1;
	}
	return parts.join(', ');
}

/** Opens the PDF with pdf.js, turning its failures into the reasons a person can act on. */
async function open(bytes: Uint8Array, file: string): Promise<{ lib: PdfJs; task: ReturnType<PdfJs['getDocument']>; doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']> }> {
	const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
	if (!tail.includes('%%EOF')) throw new ImportError(file, 'the PDF is damaged or incomplete (it does not end with %%EOF, as a download cut short does); download it again');
	const lib = await loadPdfJs();
	const task = lib.getDocument({
		// pdf.js takes the buffer over (and wants a plain Uint8Array, not a Buffer): it gets a copy, so the caller's bytes stay intact.
		data: new Uint8Array(bytes),
		verbosity: 0,
		disableFontFace: true,
		// Font names, for telling a heading's typeface from the body's.
		fontExtraProperties: true,
		useSystemFonts: false,
		stopAtErrors: true,
		cMapUrl: `${pathToFileURL(join(PDFJS_DIR, 'cmaps')).href}/`,
		cMapPacked: true,
		standardFontDataUrl: `${pathToFileURL(join(PDFJS_DIR, 'standard_fonts')).href}/`,
	});
	try {
		return { lib, task, doc: await task.promise };
	} catch (error) {
		await task.destroy();
		const name = (error as Error).name;
		if (name === 'PasswordException') throw new ImportError(file, 'the PDF is encrypted and needs a password to open; open it with the password and print it to a new PDF without one (or find the Word or web version)', { cause: error });
		throw new ImportError(file, `the PDF is damaged and cannot be read (${(error as Error).message}); download it again`, { cause: error });
	}
}

/**
 * Reads a PDF into blocks (paragraphs and ruled tables in reading order), listing the page
 * furniture it removed. Throws ImportError for a damaged or truncated file, one that needs a
 * password, and a scan (pages with pictures but no text), naming the pages: nothing is guessed.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<ImportedDocument & { pages: number }> {
	const { lib, task, doc } = await open(bytes, file);
	const tally = new Tally();
	const pages: PageText[] = [];
	const scanned: number[] = [];
	try {
		if (doc.isPureXfa) throw new ImportError(file, 'an XFA form (its text is not in the pages); open it in Adobe Reader and print it to PDF');
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const [x0, y0, x1, y1] = page.view as [number, number, number, number];
			const content = await page.getTextContent();
			const runs: Run[] = [];
			for (const item of content.items) {
				if (!('str' in item) || item.str.trim() === '') continue;
				const [a, b, c, d, e, f] = item.transform as Matrix;
				if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) tally.add('rotated text', 'text printed at an angle (a stamp, a side note) is read in place as if it were level', item.str);
				runs.push({ str: item.str.normalize('NFC'), x: e - x0, y: f - y0, w: item.width, size: Math.hypot(c, d) || Math.hypot(a, b), font: item.fontName });
			}
			const ops = await page.getOperatorList();
			// The typeface's own name (a writer may split one face into several subsets, each its own PDF font).
			for (const run of runs) run.font = faceName(page.commonObjs, run.font);
			if (runs.length === 0 && paintsImage(ops.fnArray, lib.OPS)) scanned.push(n);
			const lines = buildLines(runs, n);
			// A frame drawn round the whole page, out into the margins, is a border, not a table.
			const grids = findGrids(readRules(ops, lib.OPS), n).filter((g) => !(g.top - y0 > 0.94 * (y1 - y0) && g.bottom - y0 < 0.06 * (y1 - y0)));
			pages.push({ n, width: x1 - x0, height: y1 - y0, lines, grids });
			page.cleanup();
		}
	} catch (error) {
		if (error instanceof ImportError) throw error;
		throw new ImportError(file, `the PDF is damaged and cannot be read (${(error as Error).message}); download it again`, { cause: error });
	} finally {
		await task.destroy();
	}
	if (scanned.length > 0) throw new ImportError(file, `page${scanned.length > 1 ? 's' : ''} ${pageList(scanned)} of ${pages.length} ${scanned.length > 1 ? 'are' : 'is a'} scanned picture${scanned.length > 1 ? 's' : ''} with no text layer; run OCR first or find the Word or web version of the plan`);
	if (pages.every((p) => p.lines.length === 0)) throw new ImportError(file, 'the PDF has no text: its pages are empty or their content cannot be read (a damaged file?)');
	const undecodable = pages.flatMap((p) => p.lines.flatMap((l) => l.runs.map((r) => r.str))).join('');
	const bad = [...undecodable].filter((ch) => ch === '\ufffd' || /[\ue000-\uf8ff]/.test(ch)).length;
	if (bad > undecodable.length * 0.05) throw new ImportError(file, `the text layer cannot be decoded (${bad} of ${undecodable.length} characters have no Unicode meaning: fonts without a ToUnicode map); find the Word or web version of the plan`);
	return { format: 'pdf', ...layout(pages, tally), pages: pages.length };
}

/** Footnote marks of a page: small raised runs in the body whose number starts a note line lower on the same page. */
function footnotes(page: PageText, furniture: Set<Line>): { marks: Set<Run>; notes: Map<string, Line[]>; noteLines: Set<Line> } {
	const marks = new Set<Run>();
	const notes = new Map<string, Line[]>();
	const noteLines = new Set<Line>();
	const raised = (run: Run, line: Line): boolean => run.size < line.size * 0.8 && run.y > line.y + 0.15 * line.size && MARK.test(run.str.trim());
	const body = page.lines.filter((l) => !furniture.has(l));
	// Note lines: from the first line that starts with a raised mark, in the lower half of the page, to the page's end.
	let start = -1;
	for (let i = body.length - 1; i >= 0; i--) {
		const line = body[i] as Line;
		if (line.y > page.height * 0.5) break;
		const first = line.runs[0];
		if (first && (raised(first, line) || (first.size < line.size * 0.8 && MARK.test(first.str.trim())))) start = i;
	}
	if (start < 0) return { marks, notes, noteLines };
	let current: string | null = null;
	for (const line of body.slice(start)) {
		const first = line.runs[0] as Run;
		if (first.size < line.size * 0.8 && MARK.test(first.str.trim())) current = first.str.trim();
		if (current === null) continue;
		listAt(notes, current).push(line);
		noteLines.add(line);
	}
	for (const line of body.slice(0, start))
		for (const run of line.runs) if (raised(run, line) && notes.has(run.str.trim())) marks.add(run);
	// A note whose mark is not found in the body is still a note (its mark may sit in a table cell).
	return { marks, notes, noteLines };
}

/** Two rows that are the parts of one row broken by a page end: same cells, and the lower part leaves a cell empty that the upper part filled. */
function splitRow(upper: ImportRow, lower: ImportRow): boolean {
	if (upper.cells.length !== lower.cells.length || upper.cells.some((c, i) => c.span !== (lower.cells[i] as ImportCell).span)) return false;
	return lower.cells.some((c, i) => c.paragraphs.length === 0 && (upper.cells[i] as ImportCell).paragraphs.length > 0);
}

/** Lays the pages out as blocks: furniture removed, notes after the paragraph that cites them, tables in place. */
function layout(pages: PageText[], tally: Tally): { blocks: ImportBlock[]; dropped: ImportedDocument['dropped'] } {
	const plain = (l: Line): string => lineText(l.runs, () => false);
	const furniture = findFurniture(pages, plain, tally);
	const allMarks = new Set<Run>();
	const noteText = new Map<number, Map<string, Line[]>>();
	const noteLines = new Set<Line>();
	for (const page of pages) {
		const f = footnotes(page, furniture);
		for (const m of f.marks) allMarks.add(m);
		noteText.set(page.n, f.notes);
		for (const l of f.noteLines) noteLines.add(l);
	}
	const runText = (runs: Run[]): string => lineText(runs, (r) => allMarks.has(r));
	const text = (l: Line): string => runText(l.runs);
	const bodyLines = pages.flatMap((p) => p.lines.filter((l) => !furniture.has(l) && !noteLines.has(l) && !p.grids.some((g) => l.y <= g.top + 1 && l.y >= g.bottom - 1)));
	// The measure: the usual left edge, and on the right the edge where many lines end (justified text) or the farthest any line reaches (ragged text).
	const ends = bodyLines.map(inkEnd);
	const far = ends.filter((x) => x >= Math.max(...ends) - 2 * mode(bodyLines.map((l) => l.size), 0.5));
	const edge = mode(far, 0.5);
	// With no full line to go by, a table's right border marks the text's right edge.
	const right = far.filter((x) => Math.abs(x - edge) <= 0.5).length >= 3 ? edge : Math.max(...ends, ...pages.flatMap((p) => p.grids.map((g) => (g.xs.at(-1) as number) - 2)));
	const measure: Measure = { left: mode(bodyLines.map((l) => l.x0)), right };
	// Usual distance between lines of one size on a page.
	const pitches = new Map<number, number[]>();
	for (const page of pages)
		page.lines.forEach((l, i) => {
			const next = page.lines[i + 1];
			if (next && Math.abs(next.size - l.size) < 0.5) listAt(pitches, Math.round(l.size)).push(l.y - next.y);
		});
	const pitch = (size: number): number => {
		const list = pitches.get(Math.round(size));
		return list && list.length > 0 ? mode(list, 0.5) : size * 1.5;
	};
	// The lowest a page's content reaches (furniture and notes aside): where a page end cuts text.
	const floor = Math.min(...pages.flatMap((p) => [...p.lines.filter((l) => !furniture.has(l) && !noteLines.has(l)).map((l) => l.y), ...p.grids.map((g) => g.bottom)]));
	const measureSize = mode(bodyLines.map((l) => l.size), 0.5);
	// Reading order: tables and lines by page, top to bottom.
	type Item = { kind: 'line'; line: Line } | { kind: 'grid'; grid: Grid; lines: Line[] };
	const items: Item[] = [];
	for (const page of pages) {
		const inGrid = (l: Line, g: Grid): boolean => l.y <= g.top + 1 && l.y >= g.bottom - 1;
		const pageItems: (Item & { y: number })[] = [];
		for (const grid of page.grids) pageItems.push({ kind: 'grid', grid, lines: page.lines.filter((l) => inGrid(l, grid)), y: grid.top });
		for (const line of page.lines) if (!furniture.has(line) && !noteLines.has(line) && !page.grids.some((g) => inGrid(line, g))) pageItems.push({ kind: 'line', line, y: line.y });
		pageItems.sort((a, b) => b.y - a.y);
		items.push(...pageItems);
	}
	const blocks: ImportBlock[] = [];
	const pendingNotes: string[] = [];
	const noteDone = new Set<string>();
	const flushNotes = (): void => {
		for (const key of pendingNotes.splice(0)) {
			const [pageN, mark] = key.split(':') as [string, string];
			const lines = noteText.get(Number(pageN))?.get(mark) ?? [];
			const paras = paragraphs(lines, measure, pitch, text);
			const first = paras[0];
			if (!first) continue;
			// The note's own mark (a raised digit) becomes `[n]`.
			const body = lineText((first.lines[0] as Line).runs.slice(1), () => false);
			const rest = [body, ...first.lines.slice(1).map(text)];
			blocks.push({ type: 'paragraph', text: `[${mark}]${joinLines(rest)}` });
			for (const p of paras.slice(1)) blocks.push({ type: 'paragraph', text: p.text });
			noteDone.add(key);
		}
	};
	const cite = (lines: Line[]): void => {
		for (const line of lines)
			for (const run of line.runs)
				if (allMarks.has(run)) {
					const key = `${line.page}:${run.str.trim()}`;
					if (!noteDone.has(key) && !pendingNotes.includes(key)) pendingNotes.push(key);
				}
	};
	let run: Line[] = [];
	let previousGrid: { grid: Grid; block: { type: 'table'; rows: ImportRow[] }; boxes: { lines: Line[]; measure: Measure }[] } | null = null;
	const flushLines = (): void => {
		let from = 0;
		const prose = (to: number): void => {
			for (const p of paragraphs(run.slice(from, to), measure, pitch, text)) {
				blocks.push({ type: 'paragraph', text: p.text });
				cite(p.lines);
				flushNotes();
			}
		};
		for (const table of alignedTables(run, pitch, runText)) {
			prose(table.start);
			blocks.push({ type: 'table', rows: table.rows });
			tally.add('tables without rules', 'a table printed without ruling lines was rebuilt from the columns its text lines up in', table.rows[0]?.cells.map((c) => c.paragraphs.join('')).join(' | '));
			cite(run.slice(table.start, table.end));
			flushNotes();
			from = table.end;
		}
		prose(run.length);
		run = [];
	};
	for (const item of items) {
		if (item.kind === 'line') {
			run.push(item.line);
			previousGrid = null;
			continue;
		}
		flushLines();
		const { rows, boxes } = gridTable(item.grid, item.lines, runText, pitch);
		// A table continued on the next page (same columns, nothing between): one table.
		const prev = previousGrid;
		if (prev && prev.grid.page + 1 === item.grid.page && prev.grid.xs.length === item.grid.xs.length && prev.grid.xs.every((x, i) => Math.abs(x - (item.grid.xs[i] as number)) <= 2)) {
			const last = prev.block.rows.at(-1);
			const first = rows[0];
			const tail = prev.boxes.at(-1);
			const head = boxes[0];
			if (last && first && tail && head && item.grid.xs.length === 2) {
				// A box broken by the page end: its lines read again as one run, so a paragraph cut by the page is joined.
				const both = { lines: [...tail.lines, ...head.lines], measure: tail.measure };
				(last.cells[0] as ImportCell).paragraphs = paragraphs(both.lines, both.measure, pitch, text).map((p) => p.text);
				rows.shift();
				boxes[0] = both;
			}
			// A row broken by the page end: the part above fills the page to its lowest line, and the part below leaves cells empty.
			else if (last && first && prev.grid.bottom <= floor + pitch(measureSize) && splitRow(last, first)) {
				last.cells.forEach((cell, c) => {
					const more = first.cells[c] as ImportCell;
					if (!more.merged && more.paragraphs.length > 0) cell.paragraphs = cell.paragraphs.length > 0 ? [joinLines([cell.paragraphs.join(''), ...more.paragraphs])] : more.paragraphs;
				});
				rows.shift();
				tally.add('rows over pages', 'a table row broken by a page end is written as one row', last.cells.map((c) => c.paragraphs.join('')).join(' | '));
			}
			prev.block.rows.push(...rows);
			prev.grid = item.grid;
			prev.boxes = boxes.length > 0 ? boxes : prev.boxes;
			tally.add('tables over pages', 'a table continued on the next page is written as one table', undefined);
		} else {
			const block = { type: 'table' as const, rows };
			blocks.push(block);
			previousGrid = { grid: item.grid, block, boxes };
		}
		cite(item.lines);
		flushNotes();
	}
	flushLines();
	// A note whose mark was not found (printed in a way not recognised) is still text: written at the end, and said.
	for (const [pageN, notes] of noteText)
		for (const mark of notes.keys())
			if (!noteDone.has(`${pageN}:${mark}`)) {
				pendingNotes.push(`${pageN}:${mark}`);
				tally.add('footnotes without a mark', 'a footnote whose mark was not found in the text is written at the end', `p. ${pageN}: [${mark}]`);
			}
	flushNotes();
	return { blocks, dropped: tally.list() };
}
