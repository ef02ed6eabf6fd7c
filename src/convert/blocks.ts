import type { SourceLine } from './lines.ts';
import { matchBoxTitle, matchHeadingMark, type HeadingMark } from './headings.ts';
import type { LineRole } from './rules/roles.ts';

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
export interface BoxItem {
	n: number;
	text: string;
	name: string | null;
	description: string;
}
export interface BoxBlock {
	type: 'box';
	line: number;
	endLine: number;
	number: number | null;
	/** The title line as printed; null for an orphan box whose title line is missing from the text. */
	titleLine: { n: number; text: string; title: string } | null;
	items: BoxItem[];
	table: TableBlock | null;
}
export interface LineBlock {
	type: 'line';
	line: number;
	text: string;
	mark: HeadingMark | null;
	/** Front-matter role (src/convert/front.ts): such a line is never a heading, table or box. */
	role?: LineRole;
}
export type Block = TableBlock | BoxBlock | LineBlock;

const CONTINUATION_MAX = 30;
const ITEM = /^([^，。：:；、“”（）\s]{2,24})[：:](.+)$/;

function isBlank(line: SourceLine): boolean {
	return !line.tab && line.text === '';
}

function nextNonBlank(lines: SourceLine[], from: number): SourceLine | undefined {
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		if (line && !isBlank(line)) return line;
	}
	return undefined;
}

function blankRun(lines: SourceLine[], from: number): number {
	let count = 0;
	for (let i = from; i < lines.length && isBlank(lines[i] as SourceLine); i++) count++;
	return count;
}

/** Rebuilds rows of cells from tab-indented lines; returns the table and the index after it. */
function readTable(lines: SourceLine[], start: number): { table: TableBlock; next: number } {
	const rows: RawRow[] = [];
	let row: RawRow | null = null;
	let lastCell: RawCell | null = null;
	let blanks = 0;
	let i = start;
	let endLine = (lines[start] as SourceLine).n;
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
		// Word splits a long cell over lines without the tab: `指标\n性质`, `疾病预防与公共\n\n卫生`.
		const next = nextNonBlank(lines, i + 1);
		const short = line.text.length <= CONTINUATION_MAX && !/[。；]/.test(line.text) && !matchHeadingMark(line.text);
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
	return { table: { type: 'table', line: (lines[start] as SourceLine).n, endLine, caption: [], rows }, next };
}

function toItem(line: SourceLine): BoxItem {
	const m = ITEM.exec(line.text);
	return m && m[1] !== undefined && m[2] !== undefined
		? { n: line.n, text: line.text, name: m[1], description: m[2] }
		: { n: line.n, text: line.text, name: null, description: line.text };
}

function readBox(lines: SourceLine[], start: number): { box: BoxBlock; next: number } {
	const head = lines[start] as SourceLine;
	const title = matchBoxTitle(head.text);
	const items: BoxItem[] = [];
	let i = start + 1;
	for (; i < lines.length; i++) {
		const line = lines[i] as SourceLine;
		if (isBlank(line) || line.tab || matchHeadingMark(line.text) || matchBoxTitle(line.text)) break;
		items.push(toItem(line));
	}
	let table: TableBlock | null = null;
	const gap = blankRun(lines, i);
	const after = lines[i + gap];
	if (items.length === 0 && gap <= 1 && after && after.tab && !matchBoxTitle(after.text)) {
		const read = readTable(lines, i + gap);
		table = read.table;
		i = read.next;
	}
	const endLine = table ? table.endLine : (items.at(-1)?.n ?? head.n);
	return {
		box: {
			type: 'box',
			line: head.n,
			endLine,
			number: title?.number ?? null,
			titleLine: { n: head.n, text: head.text, title: title?.title ?? '' },
			items,
			table,
		},
		next: i,
	};
}

/** A run of `name：description` lines closed by a double blank: a 专栏 box whose title line was lost. */
function readOrphanBox(lines: SourceLine[], start: number): { box: BoxBlock; next: number } | null {
	let i = start;
	const run: SourceLine[] = [];
	for (; i < lines.length; i++) {
		const line = lines[i] as SourceLine;
		if (isBlank(line) || line.tab || matchHeadingMark(line.text) || !ITEM.test(line.text)) break;
		run.push(line);
	}
	const closed = i >= lines.length || blankRun(lines, i) >= 2;
	if (run.length < 2 || !closed) return null;
	return {
		box: {
			type: 'box',
			line: (run[0] as SourceLine).n,
			endLine: (run.at(-1) as SourceLine).n,
			number: null,
			titleLine: null,
			items: run.map(toItem),
			table: null,
		},
		next: i,
	};
}

const CAPTION_HINT = /表|一览|清单|指标|目标/;

/** Moves the short title lines printed just above a table (`表1  主要发展指标`) into its caption. */
function attachCaption(blocks: Block[], table: TableBlock): void {
	const candidates: LineBlock[] = [];
	for (let k = blocks.length - 1; k >= 0 && candidates.length < 2; k--) {
		const block = blocks[k];
		if (!block || block.type !== 'line' || block.mark || block.role || block.text.length > 40 || /[。；：:]$|。/.test(block.text)) break;
		candidates.unshift(block);
	}
	const last = candidates.at(-1);
	if (!last || !CAPTION_HINT.test(last.text)) return;
	const used = candidates.length === 2 && (candidates[0] as LineBlock).text.length <= 24 ? candidates : [last];
	blocks.splice(blocks.length - used.length, used.length);
	table.caption = used.map((b) => ({ n: b.line, text: b.text }));
}

/**
 * Segments numbered source lines into tables, 专栏 boxes and single lines, dropping only blank lines.
 * Lines with a front-matter role (`roles`, from readFront) stay single lines carrying their role.
 */
export function segmentBlocks(lines: SourceLine[], roles?: ReadonlyMap<number, LineRole>): Block[] {
	const blocks: Block[] = [];
	let i = 0;
	while (i < lines.length) {
		const line = lines[i] as SourceLine;
		if (isBlank(line)) {
			i++;
			continue;
		}
		const role = roles?.get(line.n);
		if (role) {
			blocks.push({ type: 'line', line: line.n, text: line.text, mark: null, role });
			i++;
			continue;
		}
		if (matchBoxTitle(line.text)) {
			const { box, next } = readBox(lines, i);
			blocks.push(box);
			i = next;
			continue;
		}
		if (line.tab) {
			const { table, next } = readTable(lines, i);
			attachCaption(blocks, table);
			blocks.push(table);
			i = next;
			continue;
		}
		const orphan = readOrphanBox(lines, i);
		if (orphan) {
			blocks.push(orphan.box);
			i = orphan.next;
			continue;
		}
		blocks.push({ type: 'line', line: line.n, text: line.text, mark: matchHeadingMark(line.text) });
		i++;
	}
	return blocks;
}
