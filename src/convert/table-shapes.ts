// The shapes of a table as it is read: raw cells and rows with their source lines (what a layout
// reader in layouts.ts returns), and the grid laid out from them (table.ts). Types and one pure
// helper only, imported by the readers and the rules, never importing them: the table modules
// depend on this file in one direction (rules/headers.ts needs the Grid type, layouts.ts the raw
// shapes, blocks.ts and table.ts both).

/** A table cell: one tab-indented line plus any continuation lines the cell was split over. */
export interface RawCell {
	lines: { n: number; text: string }[];
}
export interface RawRow {
	line: number;
	cells: RawCell[];
}
export interface TableBlock {
	type: 'table';
	line: number;
	endLine: number;
	caption: { n: number; text: string }[];
	rows: RawRow[];
}
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
	/** A header of two rows: the upper cell spanning this column (`指标值` over `2025年`); absent otherwise. */
	over?: string;
}
export interface Grid {
	header: HeaderColumn[];
	headerLine: number;
	/** Source line of the header's second row (years under a spanning cell); absent for a one-row header. */
	lowerHeaderLine?: number;
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

