import { boxAnchor, paragraphAnchor, tableAnchor } from '../shared/ids.ts';
import type { Plan } from '../schema/plan.ts';
import type { Block, BoxBlock, TableBlock } from './blocks.ts';
import { namesPastPeriod } from './periods.ts';
import type { LineRole } from './rules/roles.ts';
import { paragraphLead, splitLead, type HeadingMark } from './headings.ts';
import { assignLevels, sectionIds } from './outline.ts';
import { classifyTable, type TableKind } from './rules/headers.ts';
import { buildGrid, type Grid } from './table.ts';

export interface SectionRef {
	id: string;
	title: string;
	/** Titles from the top of the outline down to this section. */
	path: string[];
	/** Under a review / background heading or one about a past five-year plan: figures there are history, not targets. */
	background: boolean;
}
export interface HeadingNode {
	kind: 'heading';
	line: number;
	id: string;
	level: number;
	style: string;
	text: string;
	section: SectionRef;
}
/** A front-matter line's role (rules/roles.ts, set by front.ts); null for plan text. */
export type ParagraphRole = LineRole | null;
export interface ParagraphNode {
	kind: 'paragraph';
	line: number;
	id: string;
	text: string;
	/** Lead sentence shown bold (`——人民健康水平显著提高。`). */
	lead: string | null;
	role: ParagraphRole;
	section: SectionRef | null;
}
export type { TableKind };
export interface TableNode {
	kind: 'table';
	line: number;
	id: string;
	block: TableBlock;
	grid: Grid;
	tableKind: TableKind;
	section: SectionRef | null;
}
export interface BoxNode {
	kind: 'box';
	line: number;
	id: string;
	block: BoxBlock;
	grid: Grid | null;
	section: SectionRef | null;
}
export type DocNode = HeadingNode | ParagraphNode | TableNode | BoxNode;

const BACKGROUND = /回顾|成效|成就|发展基础|现实基础|现状|存在|问题|短板|形势|机遇|挑战|背景/;
/** The period every plan is read in when none is given (tests of single blocks). */
const DEFAULT_PERIOD: Plan['period'] = { start: 2021, end: 2025, base_year: 2020 };

/**
 * Turns blocks into the reading order of a plan: headings with levels and anchors, paragraphs,
 * tables, boxes. A heading about a past five-year plan (十三五 in a 十四五 plan, 十四五 in a 十五五
 * one: `period`) or a review opens background, whose figures are history.
 */
export function buildDocument(blocks: Block[], period: Plan['period'] = DEFAULT_PERIOD): DocNode[] {
	const marks: HeadingMark[] = [];
	const split = new Map<number, { heading: string; body: string }>();
	blocks.forEach((block, index) => {
		if (block.type !== 'line' || !block.mark) return;
		const parts = splitLead(block.text, block.mark);
		if (!parts) return;
		split.set(index, parts);
		marks.push(block.mark);
	});
	const levels = assignLevels(marks);
	const ids = sectionIds(levels);
	const path: string[] = [];
	const backgroundAt: boolean[] = [];
	let section: SectionRef | null = null;
	let h = 0;
	const nodes: DocNode[] = [];
	blocks.forEach((block, index) => {
		if (block.type === 'table') {
			const grid = buildGrid(block);
			nodes.push({ kind: 'table', line: block.line, id: tableAnchor(block.line), block, grid, tableKind: classifyTable(grid), section });
			return;
		}
		if (block.type === 'box') {
			nodes.push({ kind: 'box', line: block.line, id: boxAnchor(block.line), block, grid: block.table ? buildGrid(block.table) : null, section });
			return;
		}
		const parts = split.get(index);
		if (parts && block.mark) {
			const level = levels[h] as number;
			const id = ids[h] as string;
			h++;
			path.length = level - 1;
			backgroundAt.length = level - 1;
			path.push(parts.heading);
			backgroundAt.push(BACKGROUND.test(parts.heading) || namesPastPeriod(parts.heading, period));
			section = { id, title: parts.heading, path: [...path], background: backgroundAt.some(Boolean) };
			nodes.push({ kind: 'heading', line: block.line, id, level, style: block.mark.style, text: parts.heading, section });
			if (parts.body) nodes.push({ kind: 'paragraph', line: block.line, id: paragraphAnchor(block.line), text: parts.body, lead: null, role: null, section });
			return;
		}
		const role: ParagraphRole = block.role ?? null;
		nodes.push({ kind: 'paragraph', line: block.line, id: paragraphAnchor(block.line), text: block.text, lead: role ? null : paragraphLead(block.text), role, section });
	});
	return nodes;
}
