import { createHash } from 'node:crypto';
import { planSchema, type Plan } from '../schema/plan.ts';
import { segmentBlocks } from './blocks.ts';
import { buildDocument, type DocNode, type TableKind } from './document.ts';
import { ConvertError } from './errors.ts';
import { extractFacilities } from './facilities.ts';
import { extractCommitments, mergeCommitments } from './commitments.ts';
import { readFront } from './front.ts';
import { extractIndicators } from './indicators.ts';
import { readLines } from './lines.ts';
import { joinWrappedLines } from './wrapped.ts';
import { CN_NUMERAL, parseNumeral } from './vocabulary.ts';
import { renderMdx } from './mdx.ts';
import { resolveMeta, type PlanMeta } from './metadata.ts';
import { extractProjects } from './projects.ts';
import { roleOf, type ColumnRole } from './rules/headers.ts';
import { cellText, type Grid } from './table.ts';

export interface Converted {
	plan: Plan;
	nodes: DocNode[];
	mdx: string;
}

const LABEL_ROLES = new Set<ColumnRole>(['serial', 'name', 'domain', 'project', 'institution', 'place', 'content', 'remark']);

/** Where the text itself looks wrong (a 合计 row that does not add up): said, never corrected. */
function checkTotals(nodes: DocNode[]): Plan['notes'] {
	const notes: Plan['notes'] = [];
	for (const node of nodes) {
		if (node.kind !== 'table') continue;
		const total = node.grid.rows.find((r) => r.isTotal);
		if (!total) continue;
		const body = node.grid.rows.filter((r) => !r.isTotal && !r.isGroupRow);
		for (const h of node.grid.header) {
			// Serial numbers, names and places are labels, not quantities to add up (header meanings: rules/headers.ts).
			const role = roleOf(h.text);
			if (role && LABEL_ROLES.has(role)) continue;
			const stated = cellText(total, h.start);
			const values = body.map((r) => cellText(r, h.start)).filter((t) => t !== '');
			if (!/^\d+(\.\d+)?$/.test(stated) || values.length === 0 || !values.every((v) => /^\d+(\.\d+)?$/.test(v))) continue;
			const sum = Math.round(values.reduce((a, v) => a + Number(v), 0) * 100) / 100;
			const label = h.text.replace(/\s/g, '');
			const count = /个数/.test(label) ? body.length : null;
			if (Number(stated) !== sum) notes.push({ line: total.line, message: `“${label}”合计为${stated}，但各行之和为${sum}${count !== null && count !== sum ? `（共${body.length}行）` : ''}；原文如此，未作更正。` });
		}
	}
	return notes;
}

/** Gaps in the text's own numbering (3、 then 5、; 专栏3 then 专栏6): something is missing or unnumbered there. */
function numberingNotes(nodes: DocNode[]): Plan['notes'] {
	const notes: Plan['notes'] = [];
	const last = new Map<string, number>();
	let lastBox: number | null = null;
	for (const node of nodes) {
		if (node.kind === 'box') {
			if (!node.block.titleLine) notes.push({ line: node.line, message: '此处为专栏内容，但原文缺少“专栏N”标题行；按无标题专栏处理。' });
			const n = node.block.number;
			if (n !== null && lastBox !== null && n > lastBox + 1) notes.push({ line: node.line, message: `专栏编号从${lastBox}跳到${n}，原文中间的专栏缺失或缺少标题。` });
			if (n !== null) lastBox = n;
			continue;
		}
		if (node.kind !== 'heading') continue;
		const mark = new RegExp(`^(第)?(${CN_NUMERAL}|\\d+)`).exec(node.text.replace(/^[（(]/, ''));
		const n = mark ? parseNumeral(mark[2] as string) : null;
		// Levels below this heading restart their numbering.
		for (const key of [...last.keys()]) if (Number(key.split('|')[0]) > node.level) last.delete(key);
		if (n === null) continue;
		const key = `${node.level}|${node.style}`;
		const previous = last.get(key);
		if (previous !== undefined && n > previous + 1) notes.push({ line: node.line, message: `“${node.style}”编号从${previous}跳到${n}，中间的条目可能缺少编号（原文如此）。` });
		last.set(key, n);
	}
	return notes;
}

/** Converts one seed text into the typed plan, its reading-order nodes, and the MDX file. */
export function convertPlan(file: string, text: string, meta: PlanMeta | undefined): Converted {
	const lines = readLines(text, file);
	if (!lines.some((l) => l.text !== '')) throw new ConvertError(file, null, 'the text is empty');
	const front = readFront(lines);
	const resolved = resolveMeta(file, lines, meta, front);
	const nodes = buildDocument(segmentBlocks(lines, front.roles), resolved.period);
	// Lines broken at a fixed width (a PDF copy) are read as the paragraphs they were; the page keeps them as printed.
	const reading = joinWrappedLines(nodes);
	const indicators = mergeCommitments(extractIndicators(reading, file, resolved.period), extractCommitments(reading, file, resolved.period));
	const projects = extractProjects(reading, file);
	const facilities = extractFacilities(reading, file);
	const headings = nodes.filter((n) => n.kind === 'heading');
	type TableEntry = { node: DocNode; grid: Grid; caption: { n: number; text: string }[]; kind: TableKind; line: number; endLine: number; id: string };
	const tables: TableEntry[] = nodes.flatMap((n): TableEntry[] => {
		if (n.kind === 'table') return [{ node: n, grid: n.grid, caption: n.block.caption, kind: n.tableKind, line: n.block.line, endLine: n.block.endLine, id: n.id }];
		if (n.kind === 'box' && n.grid && n.block.table) return [{ node: n, grid: n.grid, caption: [], kind: 'projects', line: n.block.table.line, endLine: n.block.endLine, id: `t-${n.block.table.line}` }];
		return [];
	});
	const plan: Plan = {
		slug: resolved.slug,
		title: resolved.title,
		title_source: resolved.title_source,
		title_en: resolved.title_en,
		region: resolved.region,
		status: resolved.status,
		period: resolved.period,
		date: resolved.date,
		source: { file, sha256: createHash('sha256').update(text).digest('hex'), lines: lines.length, note: resolved.note, ...(meta?.origin ? { origin: meta.origin } : {}) },
		inferred: resolved.inferred,
		counts: {
			headings: headings.length,
			paragraphs: nodes.filter((n) => n.kind === 'paragraph').length,
			tables: tables.length,
			indicators: indicators.length,
			projects: projects.length,
			facilities: facilities.length,
		},
		outline: headings.map((h) => ({ id: h.id, level: h.level, title: h.text, line: h.line, style: h.style })),
		tables: tables.map(({ id, line, endLine, grid, caption, kind }) => ({
			id,
			line,
			end_line: endLine,
			caption: caption.map((c) => c.text).join('') || null,
			kind,
			rows: grid.rows.length,
			columns: grid.width,
		})),
		indicators,
		projects,
		facilities,
		notes: [...resolved.notes, ...checkTotals(nodes), ...numberingNotes(nodes)].sort((a, b) => a.line - b.line),
	};
	const checked = planSchema.safeParse(plan);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		throw new ConvertError(file, null, `converter produced an invalid plan at ${issue?.path.join('.')}: ${issue?.message}`, { cause: checked.error });
	}
	return { plan: checked.data, nodes, mdx: renderMdx(checked.data, nodes) };
}
