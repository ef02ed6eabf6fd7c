import { roleOf } from './rules/headers.ts';
import { fold } from '../shared/fold.ts';

/**
 * Headers that take two rows: a cell of the upper row (指标值, 目标值) spans the columns whose own
 * headers stand in the lower row (2020年 / 2025年), as Word and web tables write merged cells.
 * The two rows are combined into one header whose columns carry their meaning: the lower cell
 * where it has one (`2025年` → target), else the upper cell (a 领域 merged down over both rows).
 *
 * Pure functions over cell texts: the table layouts (Word tabs, flattened, spaced) call them with
 * whatever rows they read, and `buildGrid` with the rows of a Word or imported table.
 */

/** One column of a combined header: the text that names it and the spanning cell printed above it, if any. */
export interface MergedHeader {
	text: string;
	/** The upper cell spanning this column and its neighbours (`指标值`); null for a one-row header cell. */
	over: string | null;
	/** Indexes of the upper and lower cells the column was made from (-1: none). */
	upper: number;
	lower: number;
}

const YEAR_HEADER = /^(?:19|20)\d\d年?/;

/** A header cell that is a year (`2025年`, `2025年目标值`): what a lower header row holds. */
export const isYearHeader = (text: string): boolean => YEAR_HEADER.test(fold(text).replace(/\s/g, ''));

/**
 * A row that continues the header above it: some cells filled, every filled cell a header word
 * (usually years), at least one of them a year, and none a number or a name of an indicator.
 */
export function isLowerHeaderRow(cells: string[]): boolean {
	const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
	return filled.length >= 1 && filled.some(isYearHeader) && filled.every((c) => roleOf(c) !== null || isYearHeader(c));
}

/**
 * Combines an upper and a lower header row into one header of `width` columns.
 * The upper row may be as wide as the table, with an empty cell after each spanning cell (how a
 * Word table copied as text writes a horizontal merge), or narrower (how `npm run import` writes
 * it: the spanning cell once). Lower cells under a cell that spans nothing are empty (a vertical
 * merge) and the upper cell names the column.
 */
export function mergeHeaderRows(upper: string[], lower: string[], width: number): MergedHeader[] {
	const low = (c: number) => (lower[c] ?? '').trim();
	// Spans of the upper cells: [start, end) in grid columns.
	const spans: { index: number; start: number; end: number }[] = [];
	let extra = Math.max(0, width - upper.length);
	let c = 0;
	for (let i = 0; i < upper.length && c < width; i++) {
		const text = (upper[i] ?? '').trim();
		if (text === '' && spans.length > 0 && low(c) !== '' && low(c - 1) !== '') {
			// An empty upper cell over a lower cell that continues a run: the merge of the cell before it.
			(spans.at(-1) as { end: number }).end = c + 1;
			c++;
			continue;
		}
		let end = c + 1;
		while (extra > 0 && low(c) !== '' && low(end) !== '' && end < width) {
			end++;
			extra--;
		}
		spans.push({ index: i, start: c, end });
		c = end;
	}
	const out: MergedHeader[] = [];
	for (const s of spans) {
		const upperText = (upper[s.index] ?? '').trim();
		const below = Array.from({ length: s.end - s.start }, (_, k) => s.start + k);
		if (below.every((k) => low(k) === '')) {
			for (let k = 0; k < below.length; k++) out.push({ text: upperText, over: null, upper: s.index, lower: -1 });
			continue;
		}
		for (const k of below) out.push({ text: low(k) || upperText, over: s.end - s.start > 1 || low(k) !== '' ? upperText || null : null, upper: s.index, lower: k });
	}
	// Columns past the upper row's last cell are named by the lower row alone.
	for (let k = out.length; k < width; k++) out.push({ text: low(k), over: null, upper: -1, lower: k });
	return out;
}

/** Two header rows laid out over the table's columns: for each column, the index into the printed run of its upper and lower cell (-1: none). */
export interface HeaderRun {
	upper: number[];
	lower: number[];
}

/**
 * A flattened or spaced header printed as one run of words where the lower row follows the upper
 * one (`领域 指标 单位 指标值 属性 2020年 2025年`): the trailing years stand under the cell that
 * spans them (a `values` word, rules/headers.ts). Returns both rows over the table's columns, or
 * null when the run is not of that shape.
 */
export function splitHeaderRun(run: string[]): HeaderRun | null {
	let years = 0;
	while (years < run.length && isYearHeader(run[run.length - 1 - years] as string)) years++;
	if (years < 2 || years === run.length) return null;
	const upperCount = run.length - years;
	const at = run.slice(0, upperCount).findIndex((t) => roleOf(t) === 'values');
	if (at === -1) return null;
	const upper: number[] = [];
	const lower: number[] = [];
	for (let k = 0; k < upperCount; k++) {
		if (k !== at) {
			upper.push(k);
			lower.push(-1);
			continue;
		}
		for (let y = 0; y < years; y++) {
			upper.push(y === 0 ? k : -1);
			lower.push(upperCount + y);
		}
	}
	return { upper, lower };
}

/** The combined header texts of a split run (see {@link splitHeaderRun}): each column named by its lower cell, else its upper. */
export function runHeaders(run: string[], split: HeaderRun): string[] {
	return split.upper.map((u, k) => run[split.lower[k] as number] ?? run[u] ?? '');
}
