import { joinCellText } from '../convert/table.ts';

/**
 * The shared middle of every importer: a document read from Word or a web page as blocks, and the
 * writer that turns those blocks into the seed text form the converter reads (src/convert/lines.ts,
 * blocks.ts, table.ts): one paragraph a line; a table as one tab-indented line per cell, rows
 * separated by a blank line; an empty cell ("\t" alone) for the continuation of a vertically
 * merged cell, which the converter reads as "same as above".
 */

/** A table cell as read: its paragraphs in order, how many grid columns it spans, and whether it continues a merge from the row above. */
export interface ImportCell {
	paragraphs: string[];
	span: number;
	/** The lower part of a vertically merged cell (Word vMerge continue, HTML rowspan): written as an empty cell. */
	merged: boolean;
}
export interface ImportRow {
	cells: ImportCell[];
}
export type ImportBlock =
	| { type: 'paragraph'; text: string }
	| { type: 'table'; rows: ImportRow[] };

/** What an importer left out or changed, counted by kind so the summary can say it once. */
export interface Dropped {
	what: string;
	why: string;
	count: number;
	/** The first few instances (start of their text), so a person can check. */
	samples: string[];
}

/** A document read by an importer, before it is written as seed text. */
export interface ImportedDocument {
	format: 'docx' | 'html' | 'pdf';
	blocks: ImportBlock[];
	/** Pages of the original, when the format has pages (PDF). */
	pages?: number;
	dropped: Dropped[];
}

/** Collects Dropped entries by kind; samples are capped so the summary stays short. */
export class Tally {
	readonly #entries = new Map<string, Dropped>();
	/** Counts one instance of `what` (explained by `why`), keeping up to three samples. */
	add(what: string, why: string, sample?: string): void {
		const entry = this.#entries.get(what) ?? { what, why, count: 0, samples: [] };
		entry.count++;
		const s = sample?.replace(/\s+/g, ' ').trim();
		if (s && entry.samples.length < 3) entry.samples.push(s.length > 40 ? `${s.slice(0, 40)}…` : s);
		this.#entries.set(what, entry);
	}
	/** The entries in the order they were first met. */
	list(): Dropped[] {
		return [...this.#entries.values()];
	}
}

/** Summary of one table as written: first and last seed line, rows × columns. */
export interface WrittenTable {
	line: number;
	endLine: number;
	rows: number;
	columns: number;
}

/** The seed text and what went into it. */
export interface SeedText {
	text: string;
	/** Lines in the text (the converter's line numbers run 1..lines). */
	lines: number;
	/** First non-empty line: where the converter looks for a title. */
	title: string | null;
	tables: WrittenTable[];
	/** Changes the writer made (control characters removed, cell paragraphs joined…). */
	notes: Dropped[];
}

// Line breaks other than \n that would split or break a seed line, and C0/C1 controls the converter rejects.
const LINE_BREAKS = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;
// Zero-width characters web editors leave inside words (婴儿\u200b死亡率): invisible, and they break matching.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** One printed line made safe for the seed form: no controls, no zero-width characters, no tab (a leading tab would make it a table cell), no edge spaces. */
function cleanLine(text: string, tally: Tally): string {
	const withoutControls = text.replace(CONTROLS, '');
	if (withoutControls !== text) tally.add('control characters', 'invisible control characters removed (the converter rejects them)', text);
	const visible = withoutControls.replace(ZERO_WIDTH, '');
	if (visible !== withoutControls) tally.add('zero-width characters', 'invisible zero-width characters removed (they would break search and matching)', visible);
	return visible.replace(/\t+/g, ' ').replace(EDGE_SPACE, '');
}

/** Splits a paragraph on any line break it carries (Word's manual line break, HTML <br>). */
function printedLines(text: string, tally: Tally): string[] {
	return text.split(LINE_BREAKS).map((l) => cleanLine(l, tally));
}

/** Rows of a table whose every row has at most one cell: a frame (a 专栏 box, a layout table), written as paragraphs. */
function isFrame(rows: ImportRow[]): boolean {
	return rows.every((r) => r.cells.length <= 1);
}

/**
 * Writes blocks as seed text. Paragraph lines follow each other; a blank line stands for an empty
 * paragraph (at most one in a row); a table gets one blank line before it (so a 专栏 title line
 * above still reaches it), one between rows and two after (so a short line after the table is
 * never read as the tail of its last cell). A cell's paragraphs are joined as the converter joins
 * a split cell; a row of several cells keeps later columns in place by writing a spanning cell as
 * itself plus empty cells, except in the header row, which the converter expects narrower when
 * a header cell spans. A table of one-cell rows (a box) is written as its paragraphs.
 */
export function writeSeedText(blocks: ImportBlock[]): SeedText {
	const tally = new Tally();
	const out: string[] = [];
	const tables: WrittenTable[] = [];
	const trailingBlanks = (): number => {
		let k = 0;
		while (k < out.length && out[out.length - 1 - k] === '') k++;
		return k;
	};
	const blanks = (min: number, max = min): void => {
		if (out.length === 0) return;
		while (trailingBlanks() < min) out.push('');
		while (trailingBlanks() > max) out.pop();
	};
	const paragraph = (text: string): void => {
		for (const line of printedLines(text, tally)) {
			if (line === '') blanks(1, Math.max(1, trailingBlanks()));
			else out.push(line);
		}
	};
	for (const block of blocks) {
		if (block.type === 'paragraph') {
			paragraph(block.text);
			continue;
		}
		const rows = block.rows.filter((r) => r.cells.length > 0);
		if (rows.length === 0) continue;
		blanks(1);
		if (isFrame(rows)) {
			for (const row of rows) for (const p of row.cells[0]?.paragraphs ?? []) paragraph(p);
			blanks(2, Math.max(2, trailingBlanks()));
			continue;
		}
		const line = out.length + 1;
		let columns = 0;
		rows.forEach((row, r) => {
			if (r > 0) out.push('');
			const cells: string[] = [];
			for (const cell of row.cells) {
				const parts = cell.merged ? [] : cell.paragraphs.flatMap((p) => printedLines(p, tally)).filter((p) => p !== '');
				if (parts.length > 1) tally.add('cell line breaks', 'a cell printed over several lines is written on one line (the converter joins a split cell the same way)', parts.join(' / '));
				cells.push(joinCellText(parts));
				if (r > 0 && row.cells.length > 1) for (let k = 1; k < cell.span; k++) cells.push('');
			}
			for (const cell of cells) out.push(`\t${cell}`);
			columns = Math.max(columns, cells.length);
		});
		tables.push({ line, endLine: out.length, rows: rows.length, columns });
		blanks(2);
	}
	while (out.length > 0 && out[out.length - 1] === '') out.pop();
	const text = out.length === 0 ? '' : `${out.join('\n')}\n`;
	return { text, lines: out.length, title: out.find((l) => l !== '' && !l.startsWith('\t')) ?? null, tables, notes: tally.list() };
}
