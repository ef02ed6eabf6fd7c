import type { SourceLine } from './lines.ts';
import type { TableBlock } from './table-shapes.ts';

export type { RawCell, RawRow, TableBlock } from './table-shapes.ts';
import { matchBoxTitle, matchHeadingMark, type HeadingMark } from './headings.ts';
import { blankRun, isBlank, readWordTable } from './layouts.ts';
import { TABLE_LAYOUTS } from './rules/layouts.ts';
import type { LineRole } from './rules/roles.ts';

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

const ITEM = /^([^，。：:；、“”（）\s]{2,24})[：:](.+)$/;

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
	const read = items.length === 0 && gap <= 1 ? readWordTable(lines, i + gap) : null;
	if (read) {
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

/** A table starting at `start` in the first layout of rules/layouts.ts that reads one there. */
function readLayout(lines: SourceLine[], start: number): { table: TableBlock; next: number } | null {
	for (const layout of TABLE_LAYOUTS) {
		const read = layout.read(lines, start);
		if (read) return read;
	}
	return null;
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
		const read = readLayout(lines, i);
		if (read) {
			attachCaption(blocks, read.table);
			blocks.push(read.table);
			i = read.next;
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
