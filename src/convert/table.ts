import type { RawCell, TableBlock } from './blocks.ts';
import { roleOf } from './rules/headers.ts';

export interface GridCell {
	text: string;
	/** Source lines the cell was printed on. */
	lines: number[];
	/** An empty cell filled from the row above ("same as above" in a group column). */
	carried: boolean;
}
export interface GridRow {
	line: number;
	cells: GridCell[];
	/** Domain label from a lone group row (`健康水平`) above this row. */
	group: string | null;
	/** The row is itself a lone group label. */
	isGroupRow: boolean;
	/** A totals row (合计/总计). */
	isTotal: boolean;
}
export interface HeaderColumn {
	text: string;
	lines: number[];
	/** First grid column this header cell labels, and how many it spans. */
	start: number;
	span: number;
}
export interface Grid {
	header: HeaderColumn[];
	headerLine: number;
	width: number;
	rows: GridRow[];
}

/** Joins the lines of a split cell; Chinese joins without a space, Latin words keep one. */
export function joinCellText(parts: string[]): string {
	return parts.reduce((acc, part) => {
		if (acc === '' || part === '') return acc + part;
		const spaced = /[A-Za-z0-9]$/.test(acc) && /^[A-Za-z0-9]/.test(part);
		return acc + (spaced ? ' ' : '') + part;
	}, '');
}

function toGridCell(cell: RawCell): GridCell {
	return { text: joinCellText(cell.lines.map((l) => l.text)), lines: cell.lines.map((l) => l.n), carried: false };
}

/**
 * Lays raw rows out as a grid: first row is the header, lone cells are group rows, and the
 * leading empty cells of a row repeat the cell above (merged cells in the Word original).
 */
export function buildGrid(table: TableBlock): Grid {
	const [first, ...rest] = table.rows;
	const headerCells = first ? first.cells.map(toGridCell) : [];
	const width = Math.max(headerCells.length, ...rest.map((r) => r.cells.length));
	const diff = width - headerCells.length;
	// A header narrower than its rows has a merged cell; the second header cell spans the extra columns.
	const header: HeaderColumn[] = headerCells.map((cell, k) => {
		const spanning = diff > 0 && k === Math.min(1, headerCells.length - 1);
		const start = k === 0 || diff <= 0 ? k : k <= 1 ? k : k + diff;
		return { text: cell.text, lines: cell.lines, start, span: spanning ? 1 + diff : 1 };
	});
	const serialColumns = new Set(header.filter((h) => roleOf(h.text) === 'serial').map((h) => h.start));
	const rows: GridRow[] = [];
	let group: string | null = null;
	let previous: GridCell[] | null = null;
	for (const raw of rest) {
		const cells = raw.cells.map(toGridCell);
		const filled = cells.filter((c) => c.text !== '');
		if (width >= 3 && cells.length === 1 && filled.length === 1) {
			group = (cells[0] as GridCell).text;
			rows.push({ line: raw.line, cells, group, isGroupRow: true, isTotal: false });
			previous = null;
			continue;
		}
		const isTotal = cells.some((c) => /^(合计|总计|小计)$/.test(c.text.replace(/\s/g, '')));
		if (previous && !isTotal) {
			for (let c = 0; c < cells.length; c++) {
				const cell = cells[c] as GridCell;
				if (cell.text !== '') break;
				if (serialColumns.has(c)) continue;
				const above = previous[c];
				if (above && above.text !== '') cells[c] = { text: above.text, lines: above.lines, carried: true };
			}
		}
		rows.push({ line: raw.line, cells, group, isGroupRow: false, isTotal });
		if (!isTotal) previous = cells;
	}
	return { header, headerLine: first?.line ?? table.line, width, rows };
}

/** Grid column whose header matches, preferring earlier patterns; -1 if none. */
export function findColumn(grid: Grid, ...patterns: RegExp[]): number {
	for (const re of patterns) {
		const hit = grid.header.find((h) => re.test(h.text.replace(/\s/g, '')));
		if (hit) return hit.start + hit.span - 1;
	}
	return -1;
}

/** Text of a row's cell at a grid column, '' when the row is shorter. */
export function cellText(row: GridRow, column: number): string {
	return column < 0 ? '' : (row.cells[column]?.text ?? '');
}
