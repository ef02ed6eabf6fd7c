import { joinCellText, type RawCell, type RawRow, type TableBlock } from './table-shapes.ts';
import { matchBoxTitle, matchHeadingMark } from './headings.ts';
import type { SourceLine } from './lines.ts';
import { fold } from '../shared/fold.ts';
import { isHeaderWord, kindOfHeaders, roleOf } from './rules/headers.ts';
import { isLowerHeaderRow, runHeaders, splitHeaderRun } from './header-rows.ts';
import { hasSentenceEnd } from './vocabulary.ts';

/**
 * Readers of the ways a table reaches a plain-text plan, one per layout (the table naming them is
 * `rules/layouts.ts`). Each takes the source lines and a start index and returns the table with
 * the index after it, or null when the lines there are not a table of its layout. Rows come out
 * as raw cells with their source lines; `buildGrid` (table.ts) lays them out.
 */
export interface ReadTable {
	table: TableBlock;
	next: number;
}

/** A blank line: nothing printed and no tab (a lone tab is an empty Word cell). */
export function isBlank(line: SourceLine): boolean {
	return !line.tab && line.text === '';
}

/** Count of blank lines from `from` on. */
export function blankRun(lines: SourceLine[], from: number): number {
	let count = 0;
	for (let i = from; i < lines.length && isBlank(lines[i] as SourceLine); i++) count++;
	return count;
}

function nextNonBlank(lines: SourceLine[], from: number): SourceLine | undefined {
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		if (line && !isBlank(line)) return line;
	}
	return undefined;
}

const CONTINUATION_MAX = 30;

/**
 * Word's tab-indented cells: one cell per line starting with a tab, rows separated by blank lines;
 * a long cell continues on lines without the tab (`指标\n性质`, `疾病预防与公共\n\n卫生`).
 */
export function readWordTable(lines: SourceLine[], start: number): ReadTable | null {
	const first = lines[start];
	if (!first || !first.tab || matchBoxTitle(first.text)) return null;
	const rows: RawRow[] = [];
	let row: RawRow | null = null;
	let lastCell: RawCell | null = null;
	let blanks = 0;
	let i = start;
	let endLine = first.n;
	for (; i < lines.length; i++) {
		const line = lines[i] as SourceLine;
		if (isBlank(line)) {
			blanks++;
			continue;
		}
		if (line.tab && !matchBoxTitle(line.text)) {
			if (row === null || blanks > 0) {
				row = { line: line.n, cells: [] };
				rows.push(row);
			}
			lastCell = { lines: [{ n: line.n, text: line.text }] };
			row.cells.push(lastCell);
			blanks = 0;
			endLine = line.n;
			continue;
		}
		const next = nextNonBlank(lines, i + 1);
		const short = line.text.length <= CONTINUATION_MAX && !hasSentenceEnd(line.text) && !matchHeadingMark(line.text);
		const continues = blanks === 0 || (blanks === 1 && next !== undefined && next.tab);
		if (lastCell && short && continues) {
			lastCell.lines.push({ n: line.n, text: line.text });
			blanks = 0;
			endLine = line.n;
			continue;
		}
		break;
	}
	// Leave trailing blank lines to the caller.
	let next = i;
	while (next > start && isBlank(lines[next - 1] as SourceLine)) next--;
	return { table: { type: 'table', line: first.n, endLine, caption: [], rows }, next };
}

type Cell = { n: number; text: string };
const cellOf = (parts: Cell[]): RawCell => ({ lines: parts });
const SERIAL_VALUE = /^\d{1,3}$/;
/** A cell that reads as a value (a number, a signed number, a dash for none). */
const VALUE_LIKE = /^([<>≤≥≦≧]?\s*\d|[-—－/]+$)/;
const CELL_MAX = 40;

/** A line that can be one cell of a flattened table: short, no sentence end, not a heading. */
function isCellLine(line: SourceLine): boolean {
	return !line.tab && line.text !== '' && line.text.length <= CELL_MAX && !hasSentenceEnd(line.text) && !matchHeadingMark(line.text) && !matchBoxTitle(line.text);
}

/** A header row: at least three cells, every one a known header meaning, together a known table kind. */
function isHeaderRow(texts: string[]): boolean {
	return texts.length >= 3 && texts.every(isHeaderWord) && kindOfHeaders(texts) !== 'other';
}

/**
 * The header rows of a run of header words printed one after another: one row, or two when the
 * years of a lower header row follow the upper one (`指标值 属性 2020年 2025年`, header-rows.ts).
 * `headers` are the column meanings the rows are cut by.
 */
function headerOfRun(run: SourceLine[]): { headers: string[]; rows: RawRow[] } {
	const texts = run.map((c) => c.text);
	const split = splitHeaderRun(texts);
	if (!split) return { headers: texts, rows: run.length ? [{ line: (run[0] as SourceLine).n, cells: run.map((c) => cellOf([{ n: c.n, text: c.text }])) }] : [] };
	const row = (at: number[]): RawRow => {
		const cells = at.map((k) => (k === -1 ? cellOf([]) : cellOf([{ n: (run[k] as SourceLine).n, text: (run[k] as SourceLine).text }])));
		const line = at.find((k) => k !== -1);
		return { line: line === undefined ? (run[0] as SourceLine).n : (run[line] as SourceLine).n, cells };
	};
	return { headers: runHeaders(texts, split), rows: [row(split.upper), row(split.lower)] };
}

/**
 * Lays one row's cells out under `width` headers whose serial (序号) column is `serial` (-1: none):
 * leading group cells missing in the text become empty cells (carried down from the row above by
 * `buildGrid`), extra leading pieces join into the group cell (`健康 水平`), extra pieces after
 * the serial join into the cell after it (the name), and a short row is padded at its end.
 */
function alignRow(pieces: Cell[][], width: number, serial: number): RawCell[] {
	const at = serial === -1 ? -1 : pieces.findIndex((p, k) => k <= serial + 1 && p.length === 1 && SERIAL_VALUE.test(fold((p[0] as Cell).text)));
	let lead: Cell[][];
	let rest: Cell[][];
	let leadWidth: number;
	if (at === -1) {
		const extra = pieces.length - width;
		lead = extra > 0 ? pieces.slice(0, extra + 1) : extra < 0 ? [] : pieces.slice(0, 1);
		rest = extra > 0 ? pieces.slice(extra + 1) : extra < 0 ? pieces : pieces.slice(1);
		leadWidth = extra < 0 ? -extra : 1;
		if (extra < 0) return [...Array.from({ length: leadWidth }, () => cellOf([])), ...rest.map(cellOf)];
	} else {
		lead = pieces.slice(0, at);
		rest = pieces.slice(at);
		leadWidth = serial;
	}
	const leadCells: RawCell[] = [];
	if (lead.length <= leadWidth) {
		for (let k = lead.length; k < leadWidth; k++) leadCells.push(cellOf([]));
		leadCells.push(...lead.map(cellOf));
	} else {
		const joined = lead.slice(0, lead.length - leadWidth + 1).flat();
		leadCells.push(cellOf(joined), ...lead.slice(lead.length - leadWidth + 1).map(cellOf));
	}
	const restWidth = width - leadWidth;
	let restCells = rest.map(cellOf);
	if (rest.length > restWidth && restWidth >= 2) {
		const keep = at === -1 ? 0 : 1;
		const over = rest.length - restWidth + 1;
		restCells = [...rest.slice(0, keep).map(cellOf), cellOf(rest.slice(keep, keep + over).flat()), ...rest.slice(keep + over).map(cellOf)];
	}
	return [...leadCells, ...restCells];
}

/** Joined text of a cell's pieces, for display and matching (`健康`+`水平` → `健康水平`). */
export const piecesText = (cell: RawCell): string => joinCellText(cell.lines.map((l) => l.text));

/**
 * An HTML table flattened to text: one cell per line, a blank line between cells, no tabs, nothing
 * marking where a row ends. Recognised by a header row of known header words; rows are cut at the
 * serial number (序号) when the table has one, else every `width` cells.
 */
export function readFlattenedTable(lines: SourceLine[], start: number): ReadTable | null {
	const first = lines[start];
	if (!first || !isCellLine(first) || !isHeaderWord(first.text)) return null;
	const cells: SourceLine[] = [];
	const at: number[] = [];
	let i = start;
	while (i < lines.length && isCellLine(lines[i] as SourceLine)) {
		cells.push(lines[i] as SourceLine);
		at.push(i);
		const gap = blankRun(lines, i + 1);
		i += 1;
		if (gap !== 1) break;
		i += 1;
	}
	let run = 0;
	while (run < cells.length && isHeaderWord((cells[run] as SourceLine).text)) run++;
	const head = headerOfRun(cells.slice(0, run));
	const { headers } = head;
	const width = headers.length;
	if (!isHeaderRow(headers) || cells.length <= run) return null;
	const serial = headers.findIndex((h) => roleOf(h) === 'serial');
	const rows: RawRow[] = [...head.rows];
	const data = cells.slice(run).map((c): Cell[] => [{ n: c.n, text: c.text }]);
	// Without a serial column, a leading group cell (领域) may be printed only on its group's first row:
	// a row is then one cell short, which shows where the target column's value falls.
	const target = headers.findIndex((h) => roleOf(h) === 'target');
	const grouped = serial === -1 && roleOf(headers[0] as string) === 'domain' && target > 0;
	const valueAt = (i: number) => i < data.length && VALUE_LIKE.test(fold((data[i]?.[0] as Cell).text));
	let k = 0;
	while (k < data.length) {
		let take = width;
		if (serial !== -1) {
			const at = data.slice(k, k + serial + 1).findIndex((p) => SERIAL_VALUE.test(fold((p[0] as Cell).text)));
			if (at === -1) break;
			take = at + (width - serial);
		} else if (grouped && !valueAt(k + target) && valueAt(k + target - 1)) {
			take = width - 1;
		}
		const pieces = data.slice(k, k + take);
		rows.push({ line: (pieces[0]?.[0] as Cell).n, cells: alignRow(pieces, width, serial) });
		k += pieces.length;
	}
	const used = run + k;
	const last = cells[used - 1] as SourceLine;
	// Cells after the last full row are not part of the table: hand them back as lines.
	const next = (at[used - 1] as number) + 1;
	return { table: { type: 'table', line: first.n, endLine: last.n, caption: [], rows }, next };
}

const SPACES = /[ \u3000]+/;

function spacedPieces(line: SourceLine): Cell[][] {
	return line.text.split(SPACES).filter(Boolean).map((text) => [{ n: line.n, text }]);
}

/** A line that can be a row of a spaced table: at least two pieces, no sentence end, not a heading. */
function isSpacedRow(line: SourceLine, width: number): boolean {
	if (line.tab || line.text === '' || hasSentenceEnd(line.text) || /[，,]/.test(line.text) || matchHeadingMark(line.text) || matchBoxTitle(line.text)) return false;
	const n = line.text.split(SPACES).filter(Boolean).length;
	return n >= 2 && n <= width + 4;
}

/**
 * Cells separated by spaces on one line, one row a line: recognised by a header line of known
 * header words. A cell printed with a space inside (`健康 水平`) is rejoined by its place in the row.
 */
export function readSpacedTable(lines: SourceLine[], start: number): ReadTable | null {
	const first = lines[start];
	if (!first || first.tab || !SPACES.test(first.text) || hasSentenceEnd(first.text) || /[，,]/.test(first.text)) return null;
	const upper = first.text.split(SPACES).filter(Boolean);
	// A second header line of years under a spanning cell (`指标值`): both lines make the header.
	const below = lines[start + 1];
	const lowerWords = below && !below.tab && below.text !== '' ? below.text.split(SPACES).filter(Boolean) : [];
	const twoRows = lowerWords.length >= 2 && isLowerHeaderRow(lowerWords) && lowerWords.every(isHeaderWord);
	const words = twoRows ? [...upper.map((text) => ({ n: first.n, text })), ...lowerWords.map((text) => ({ n: (below as SourceLine).n, text }))] : upper.map((text) => ({ n: first.n, text }));
	const head = headerOfRun(words.map((w) => ({ ...first, n: w.n, text: w.text })));
	if (twoRows && head.rows.length < 2) return null;
	const { headers } = head;
	if (!isHeaderRow(headers)) return null;
	const width = headers.length;
	const serial = headers.findIndex((h) => roleOf(h) === 'serial');
	const rows: RawRow[] = [...head.rows];
	let i = start + (twoRows ? 2 : 1);
	let end = i;
	while (i < lines.length) {
		const line = lines[i] as SourceLine;
		if (isBlank(line)) {
			if (blankRun(lines, i) > 1) break;
			i++;
			continue;
		}
		if (!isSpacedRow(line, width)) break;
		rows.push({ line: line.n, cells: alignRow(spacedPieces(line), width, serial) });
		i++;
		end = i;
	}
	if (rows.length < head.rows.length + 1) return null;
	return { table: { type: 'table', line: first.n, endLine: (lines[end - 1] as SourceLine).n, caption: [], rows }, next: end };
}
