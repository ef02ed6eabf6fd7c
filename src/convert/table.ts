import { joinCellText, type Grid, type GridCell, type GridRow, type HeaderColumn, type RawCell, type RawRow, type TableBlock } from './table-shapes.ts';

export { joinCellText, type Grid, type GridCell, type GridRow, type HeaderColumn } from './table-shapes.ts';
import { isLowerHeaderRow, mergeHeaderRows } from './header-rows.ts';
import { roleOf } from './rules/headers.ts';

function toGridCell(cell: RawCell): GridCell {
	return { text: joinCellText(cell.lines.map((l) => l.text)), lines: cell.lines.map((l) => l.n), carried: false };
}

const rawText = (cell: RawCell): string => joinCellText(cell.lines.map((l) => l.text));

/** A header of one row; a header narrower than its rows has a merged cell: the second header cell spans the extra columns. */
function oneRowHeader(first: RawRow | undefined, width: number): HeaderColumn[] {
	const headerCells = first ? first.cells.map(toGridCell) : [];
	const diff = width - headerCells.length;
	return headerCells.map((cell, k) => {
		const spanning = diff > 0 && k === Math.min(1, headerCells.length - 1);
		const start = k === 0 || diff <= 0 ? k : k <= 1 ? k : k + diff;
		return { text: cell.text, lines: cell.lines, start, span: spanning ? 1 + diff : 1 };
	});
}

/** A header of two rows (header-rows.ts): one column per grid column, named by its lower cell where it has one. */
function twoRowHeader(upper: RawRow, lower: RawRow, width: number): HeaderColumn[] {
	const merged = mergeHeaderRows(upper.cells.map(rawText), lower.cells.map(rawText), width);
	return merged.map((m, k) => {
		const lines = [...(upper.cells[m.upper]?.lines.map((l) => l.n) ?? []), ...(lower.cells[m.lower]?.lines.map((l) => l.n) ?? [])];
		return { text: m.text, lines, start: k, span: 1, ...(m.over ? { over: m.over } : {}) };
	});
}

/**
 * Lays raw rows out as a grid: the first row is the header (with the row below it when that row
 * holds only header words such as years: a header of two rows), lone cells are group rows, and the
 * leading empty cells of a row repeat the cell above (merged cells in the Word original).
 */
export function buildGrid(table: TableBlock): Grid {
	const [first, ...after] = table.rows;
	const width = Math.max(first?.cells.length ?? 0, ...after.map((r) => r.cells.length));
	const lower = after[0] && isLowerHeaderRow(after[0].cells.map(rawText)) ? after[0] : null;
	const rest = lower ? after.slice(1) : after;
	const header = lower && first ? twoRowHeader(first, lower, width) : oneRowHeader(first, width);
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
	return { header, headerLine: first?.line ?? table.line, ...(lower ? { lowerHeaderLine: lower.line } : {}), width, rows };
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
