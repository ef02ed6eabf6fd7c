import { stringify } from 'yaml';
import type { Plan } from '../schema/plan.ts';
import type { BoxNode, DocNode, HeadingNode, ParagraphNode, TableNode } from './document.ts';
import { splitPageNumber } from './front.ts';
import { matchHeadingMark } from './headings.ts';
import { ROLE_GROUP, ROLE_GROUPS, type RoleGroup } from './rules/roles.ts';
import type { Grid, GridCell } from './table.ts';
import { paragraphAnchor, rekeyAnchor, tableAnchor } from '../shared/ids.ts';

/**
 * How the body names its anchors: `unit(line)` is the anchor of a citable line (`p-<serial>`),
 * `heading(line)` a heading's section id, `serial(line)` the line's lasting serial. The default
 * (`LINE_ANCHORS`) is a first text's: serials are line numbers.
 */
export interface BodyAnchors {
	serial: (line: number) => number;
	heading: (line: number, positional: string) => string;
}
export const LINE_ANCHORS: BodyAnchors = { serial: (line) => line, heading: (_line, positional) => positional };

/** A unit a later text dropped, shown where it stood so its anchor still resolves and says what became of it. */
export interface Tombstone {
	/** Its anchor (`p-3`). */
	id: string;
	/** Line (in this text) of the unit it followed, or null when it stood first. */
	afterLine: number | null;
	/** What to show, plain text (escaped here). */
	message: string;
	/** Where the unit still stands: its anchor on the page of the last version that had it, or null when that text is not kept. */
	href: string | null;
}

// Characters that MDX or Markdown would read as syntax, written as references so they stay text.
const SYNTAX = /[&<>{}*_`[\]\\~#|!$^]/g;

/** Plan text as MDX phrasing that renders the same characters and never becomes markup. */
export function escapeText(text: string): string {
	return text.replace(SYNTAX, (ch) => `&#${ch.charCodeAt(0)};`).replace(/^(\d{1,9})\.(?=\s|$)/, '$1&#46;');
}

function attr(value: string): string {
	return value.replace(/[&"<>{}]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

let A: BodyAnchors = LINE_ANCHORS;
const unit = (line: number): string => paragraphAnchor(A.serial(line));
/** `id="p-<serial>"`, with the line in this text when it differs from the serial (a later text's unit). */
const unitAttr = (line: number): string => (A.serial(line) === line ? `id="${unit(line)}"` : `id="${unit(line)}" data-line="${line}"`);

function permalink(id: string, line: number): string {
	return `<a class="pl" href="#${id}" aria-label="链接到第${line}行"></a>`;
}

function heading(node: HeadingNode, lineHasParagraph: boolean): string {
	const tag = `h${node.level + 1}`;
	// Every source line is addressable as #p-<line>; a heading line without its own paragraph gets a marker.
	const marker = lineHasParagraph ? '' : `<span ${unitAttr(node.line)}></span>`;
	const id = A.heading(node.line, node.id);
	return `<${tag} id="${id}" data-line="${node.line}">${marker}${escapeText(node.text)}${permalink(id, node.line)}</${tag}>`;
}

function paragraph(node: ParagraphNode): string {
	const cls = node.role ? ` class="doc-${node.role}"` : '';
	const body = node.lead ? `**${escapeText(node.lead)}**${escapeText(node.text.slice(node.lead.length))}` : escapeText(node.text);
	const id = unit(node.line);
	return `<p ${unitAttr(node.line)}${cls}>${body}${permalink(id, node.line)}</p>`;
}

function cell(tag: 'td' | 'th', c: GridCell | undefined, extra = ''): string {
	if (!c) return `<${tag}${extra}></${tag}>`;
	const carried = c.carried ? ' class="carried" title="同上"' : '';
	return `<${tag}${extra}${carried}>${escapeText(c.text)}</${tag}>`;
}

/** The header as printed: one row, or two when a cell spans the years below it (指标值 over 2020年 / 2025年). */
function headerRows(grid: Grid): string[] {
	const th = (text: string, attrs = '') => `<th scope="col"${attrs}>${escapeText(text)}</th>`;
	if (grid.lowerHeaderLine === undefined) {
		return [`<tr ${unitAttr(grid.headerLine)}>${grid.header.map((h) => th(h.text, h.span > 1 ? ` colSpan="${h.span}"` : '')).join('')}</tr>`];
	}
	const upper: string[] = [];
	const lower: string[] = [];
	for (let k = 0; k < grid.header.length; k++) {
		const h = grid.header[k] as Grid['header'][number];
		if (!h.over) {
			upper.push(th(h.text, ' rowSpan="2"'));
			continue;
		}
		if (grid.header[k - 1]?.over !== h.over) {
			let span = 1;
			while (grid.header[k + span]?.over === h.over) span++;
			upper.push(th(h.over, span > 1 ? ` colSpan="${span}"` : ''));
		}
		lower.push(th(h.text));
	}
	return [`<tr ${unitAttr(grid.headerLine)}>${upper.join('')}</tr>`, `<tr ${unitAttr(grid.lowerHeaderLine)}>${lower.join('')}</tr>`];
}

function table(node: TableNode | BoxNode, caption: { n: number; text: string }[]): string {
	const grid = node.kind === 'table' ? node.grid : node.grid;
	if (!grid) return '';
	const id = rekeyAnchor(node.kind === 'table' ? node.id : tableAnchor(node.block.table?.line ?? node.line), A.serial);
	const out: string[] = [`<div class="table-wrap" id="${id}" tabindex="0">`, '<table>'];
	if (caption.length > 0) {
		out.push(`<caption>${caption.map((c) => `<span ${unitAttr(c.n)}>${escapeText(c.text)}</span>`).join('')}</caption>`);
	}
	out.push('<thead>', ...headerRows(grid), '</thead>', '<tbody>');
	for (const row of grid.rows) {
		if (row.isGroupRow) {
			out.push(`<tr ${unitAttr(row.line)} class="group"><th scope="rowgroup" colSpan="${grid.width}">${escapeText(row.cells[0]?.text ?? '')}</th></tr>`);
			continue;
		}
		const cells: string[] = [];
		for (let k = 0; k < Math.max(row.cells.length, grid.width); k++) cells.push(cell('td', row.cells[k]));
		out.push(`<tr ${unitAttr(row.line)}${row.isTotal ? ' class="total"' : ''}>${cells.join('')}</tr>`);
	}
	out.push('</tbody>', '</table>', '</div>');
	return out.join('\n');
}

function box(node: BoxNode): string {
	const { block } = node;
	const out: string[] = [`<aside class="box" id="${rekeyAnchor(node.id, A.serial)}" aria-label="${attr(block.titleLine?.text ?? `专栏（原文缺标题，第${block.line}行起）`)}">`];
	if (block.titleLine) out.push(`<p class="box-title" ${unitAttr(block.titleLine.n)}>${escapeText(block.titleLine.text)}${permalink(unit(block.titleLine.n), block.titleLine.n)}</p>`);
	else out.push('<p class="box-title box-title-missing">专栏（原文此处缺少专栏标题）</p>');
	if (block.items.length > 0) {
		out.push('<ul>');
		for (const item of block.items) {
			const body = item.name ? `**${escapeText(item.name)}**：${escapeText(item.description)}` : escapeText(item.text);
			out.push(`<li ${unitAttr(item.n)}>${body}${permalink(unit(item.n), item.n)}</li>`);
		}
		out.push('</ul>');
	}
	if (node.grid) out.push(table(node, []));
	out.push('</aside>');
	return out.join('\n');
}

const compact = (text: string): string => text.replace(/[\s\u3000]+/g, '');

/** Indent of a contents entry by its numbering (第一章 → 1, 一、/第一节 → 2, deeper → 3). */
const CONTENTS_DEPTH: Record<string, number> = { 第一章: 1, 第一节: 2, '一、': 2, '（一）': 3, '1、': 3, '1．': 3, '1.': 3, '（1）': 3 };

/**
 * A printed contents list (目录): a list whose entries link to the body's headings where the text
 * matches one; the printed page number stays, muted, after the entry (findable, not a heading).
 */
function contents(group: ParagraphNode[], headings: HeadingNode[]): string {
	const out: string[] = ['<nav class="doc-contents" aria-label="原文目录">'];
	const entries = group.filter((n) => n.role === 'contents');
	for (const n of group.filter((g) => g.role === 'contents-title')) out.push(paragraph(n));
	if (entries.length > 0) {
		out.push('<ol class="contents-list">');
		for (const n of entries) {
			const { text, page } = splitPageNumber(n.text);
			const target = headings.find((h) => h.line > n.line && compact(h.text) === compact(text));
			const label = target ? `<a href="#${A.heading(target.line, target.id)}">${escapeText(text)}</a>` : escapeText(text);
			const number = page ? `<span class="contents-page" title="原文页码">${escapeText(page)}</span>` : '';
			const depth = CONTENTS_DEPTH[matchHeadingMark(text)?.style ?? ''] ?? 1;
			out.push(`<li ${unitAttr(n.line)}${depth > 1 ? ` class="contents-${depth}"` : ''}>${label}${number}${permalink(unit(n.line), n.line)}</li>`);
		}
		out.push('</ol>');
	}
	out.push('</nav>');
	return out.join('\n');
}

/** Front-matter lines of one labelled group (印发通知, 网页信息, 新闻标题), kept together and marked as what they are. */
function frontGroup(group: ParagraphNode[], kind: RoleGroup): string {
	const label = ROLE_GROUPS[kind].label;
	return [`<div class="front front-${kind}">`, label ? `<p class="front-label">${label}</p>` : '', ...group.map(paragraph), '</div>'].filter(Boolean).join('\n');
}

const groupOf = (node: DocNode): RoleGroup | null => (node.kind === 'paragraph' && node.role ? ROLE_GROUP[node.role] : null);

/**
 * The MDX body: every heading, paragraph, table and box of the plan, each with its anchor
 * (`anchors`, default: a first text's), and each tombstone after the node holding the unit it followed.
 */
export function renderBody(nodes: DocNode[], anchors: BodyAnchors = LINE_ANCHORS, tombstones: Tombstone[] = []): string {
	A = anchors;
	try {
		return withTombstones(renderNodes(nodes), tombstones);
	} finally {
		A = LINE_ANCHORS;
	}
}

/** A dropped unit's marker: its old anchor, what it showed and where it went; visible, muted. */
function tombstone(t: Tombstone): string {
	const link = t.href ? `<a href="${attr(t.href)}">${escapeText(t.message)}</a>` : escapeText(t.message);
	return `<p class="retired" id="${t.id}">${link}</p>`;
}

/** Puts each tombstone after the rendered node whose lines hold the unit it followed (at the end if none does). */
function withTombstones(parts: { line: number; html: string }[], tombstones: Tombstone[]): string {
	if (tombstones.length === 0) return parts.map((p) => p.html).join('\n\n');
	const placed = new Set<Tombstone>(tombstones.filter((t) => t.afterLine === null));
	const out: string[] = [...placed].map(tombstone);
	parts.forEach((part, k) => {
		out.push(part.html);
		const end = parts[k + 1]?.line ?? Number.POSITIVE_INFINITY;
		for (const t of tombstones) {
			if (placed.has(t) || t.afterLine === null || t.afterLine < part.line || t.afterLine >= end) continue;
			placed.add(t);
			out.push(tombstone(t));
		}
	});
	for (const t of tombstones) if (!placed.has(t)) out.push(tombstone(t));
	return out.join('\n\n');
}

function renderNodes(nodes: DocNode[]): { line: number; html: string }[] {
	const paragraphLines = new Set(nodes.filter((n) => n.kind === 'paragraph').map((n) => n.line));
	const headings = nodes.filter((n): n is HeadingNode => n.kind === 'heading');
	const parts: { line: number; html: string }[] = [];
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i] as DocNode;
		const group = groupOf(node);
		if (group === 'contents' || (group && ROLE_GROUPS[group].label)) {
			const run: ParagraphNode[] = [];
			// A notice's issuer and date lines are part of the notice.
			const joins = (n: DocNode) => groupOf(n) === group || (group === 'notice' && groupOf(n) === 'closing');
			while (i < nodes.length && joins(nodes[i] as DocNode)) run.push(nodes[i++] as ParagraphNode);
			i--;
			parts.push({ line: run[0]?.line ?? node.line, html: group === 'contents' ? contents(run, headings) : frontGroup(run, group) });
			continue;
		}
		switch (node.kind) {
			case 'heading':
				parts.push({ line: node.line, html: heading(node, paragraphLines.has(node.line)) });
				break;
			case 'paragraph':
				parts.push({ line: node.line, html: paragraph(node) });
				break;
			case 'table':
				parts.push({ line: Math.min(node.line, ...node.block.caption.map((c) => c.n)), html: table(node, node.block.caption) });
				break;
			case 'box':
				parts.push({ line: node.line, html: box(node) });
				break;
		}
	}
	return parts;
}

/** A whole MDX file: YAML frontmatter (the typed plan) and the body. */
export function renderMdx(plan: Plan, nodes: DocNode[], anchors: BodyAnchors = LINE_ANCHORS, tombstones: Tombstone[] = []): string {
	const frontmatter = stringify(plan, { lineWidth: 0, minContentWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
	return `---\n${frontmatter}---\n\n${renderBody(nodes, anchors, tombstones)}\n`;
}
