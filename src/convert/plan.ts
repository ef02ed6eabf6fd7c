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
import { LINE_ANCHORS, renderBody, renderMdx, type BodyAnchors } from './mdx.ts';
import { paragraphAnchor, parseAnchor, rekeyAnchor, tableAnchor, versionKey } from '../shared/ids.ts';
import { emptyLedger, type Ledger } from './ledger.ts';
import { assignIdentity, type ItemIn, type VersionInfo } from './identity.ts';
import { aliasesFrom, retiredFrom, tombstones, versionList } from './history.ts';
import { resolveMeta, type PlanMeta } from './metadata.ts';
import { extractProjects } from './projects.ts';
import { roleOf, type ColumnRole } from './rules/headers.ts';
import { cellText, type Grid } from './table.ts';

export interface Converted {
	plan: Plan;
	nodes: DocNode[];
	mdx: string;
	/** The plan's id ledger with this text recorded (src/convert/ledger.ts). */
	ledger: Ledger;
	/** The anchors the body is written with; `lineOf` gives a serial's line in this text (null if absent). */
	anchors: BodyAnchors & { lineOf: (serial: number) => number | null };
	/** This text's citable units with their serials, for comparing versions (changes.ts). */
	units: { serial: number; line: number; text: string }[];
}

/** Anchored lines of a rendered body, in order (every `id="p-<n>"` a first text's body writes). */
function unitLines(nodes: DocNode[]): number[] {
	const lines = new Set<number>();
	for (const m of renderBody(nodes, LINE_ANCHORS).matchAll(/ id="p-(\d+)"/g)) lines.add(Number(m[1]));
	return [...lines].sort((a, b) => a - b);
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

/**
 * Converts one seed text into the typed plan, its reading-order nodes, and the MDX file, with the
 * lasting ids of the plan's `ledger` (src/convert/identity.ts; a fresh ledger when none: a first
 * text, whose paragraph anchors are its line numbers). The text is treated as the plan's latest;
 * `withHistory` places it among the plan's other versions.
 */
export function convertPlan(file: string, text: string, meta: PlanMeta | undefined, ledger: Ledger | null = null, options: { publishedBefore?: boolean } = {}): Converted {
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
		if (n.kind === 'box' && n.grid && n.block.table) return [{ node: n, grid: n.grid, caption: [], kind: 'projects', line: n.block.table.line, endLine: n.block.endLine, id: tableAnchor(n.block.table.line) }];
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
		version: null,
		versions: [],
		retired: { paragraphs: [], targets: [], projects: [] },
		changes: [],
		aliases: [],
	};
	const checked = planSchema.safeParse(plan);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		throw new ConvertError(file, null, `converter produced an invalid plan at ${issue?.path.join('.')}: ${issue?.message}`, { cause: checked.error });
	}
	return identify(checked.data, nodes, lines, ledger ?? emptyLedger(checked.data.slug), options.publishedBefore === true);
}

/** Gives a converted text its lasting ids from the ledger and renders it as the plan's latest text. */
function identify(draft: Plan, nodes: DocNode[], lines: { n: number; text: string }[], before: Ledger, publishedBefore: boolean): Converted {
	const units = unitLines(nodes);
	const textAt = new Map(lines.map((l) => [l.n, l.text]));
	// A line inside a unit (a table cell's second line) belongs to the unit holding it.
	const holding = (line: number) => {
		let best: number | null = null;
		for (const u of units) if (u <= line) best = u;
		return best;
	};
	const unitTexts = units.map((line, k) => {
		const end = units[k + 1] ?? lines.length + 1;
		const parts: string[] = [];
		for (let n = line; n < end; n++) if (textAt.get(n)) parts.push(textAt.get(n) as string);
		return { line, text: parts.join('\n') };
	});
	// An item belongs to the unit its anchor names (a table row: the row's first line, not its name cell's).
	const unitOf = (anchor: string, line: number) => parseAnchor(anchor)?.serial ?? holding(line) ?? line;
	const item = (draftId: string, anchor: string, line: number, kind: string, canonical: string | null, name: string, value: string, year: number | null, quote: string): ItemIn => ({ draftId, line: unitOf(anchor, line), kind, canonical, seen: { name, text: value, year, file: draft.source.file, line, quote } });
	const version: VersionInfo = { key: versionKey(draft.date, draft.status), file: draft.source.file, sha256: draft.source.sha256, status: draft.status, date: draft.date };
	const identity = assignIdentity({
		ledger: before,
		version,
		lineCount: lines.length,
		units: unitTexts,
		headings: nodes.flatMap((n) => (n.kind === 'heading' ? [{ line: n.line, positional: n.id }] : [])),
		targets: draft.indicators.map((i) => item(i.id, i.anchor, i.source.line, i.kind, i.canonical, i.name, i.target.text, i.target.year, i.source.quote)),
		projects: draft.projects.map((p) => item(p.id, p.anchor, p.source.line, p.form, null, p.name, p.description, null, p.source.quote)),
		publishedBefore,
	});
	const { serialOf } = identity;
	const unitSet = new Set(units);
	const lineOfSerial = new Map(units.map((l) => [serialOf(l), l]));
	const target = (id: string) => identity.targetIds.get(id) ?? id;
	const plan: Plan = {
		...draft,
		outline: draft.outline.map((h) => ({ ...h, id: identity.headingId(h.line) })),
		tables: draft.tables.map((t) => ({ ...t, id: rekeyAnchor(t.id, serialOf) })),
		indicators: draft.indicators.map((i) => ({ ...i, id: target(i.id), related: i.related.map(target), ...(i.parent ? { parent: target(i.parent) } : {}), anchor: rekeyAnchor(i.anchor, serialOf) })),
		projects: draft.projects.map((p) => ({ ...p, id: identity.projectIds.get(p.id) ?? p.id, anchor: rekeyAnchor(p.anchor, serialOf) })),
		facilities: draft.facilities.map((f) => ({ ...f, anchor: rekeyAnchor(f.anchor, serialOf) })),
		notes: draft.notes.map((n) => {
			const u = unitSet.has(n.line) ? n.line : holding(n.line);
			return u === null ? n : { ...n, anchor: paragraphAnchor(serialOf(u)) };
		}),
	};
	const anchors = { serial: serialOf, heading: (line: number) => identity.headingId(line), lineOf: (s: number) => lineOfSerial.get(s) ?? null };
	const converted: Converted = { plan, nodes, mdx: '', ledger: identity.ledger, anchors, units: unitTexts.map((u) => ({ serial: serialOf(u.line), line: u.line, text: u.text })) };
	return withHistory(converted, versionList(identity.ledger, (file, sha) => file === draft.source.file && sha === draft.source.sha256));
}

/**
 * Places a converted text among its plan's versions (`versions`, oldest first, from history.ts
 * versionList over the plan's final ledger): its own version, the list, and — when it is the latest —
 * what earlier versions had that it does not (retired paragraphs as tombstones in the body, targets
 * and projects) and what changed between its kept versions (`changes`), and the line-based addresses
 * published before ids were lasting. Renders the MDX.
 */
export function withHistory(converted: Converted, versions: Plan['versions'], ledger: Ledger = converted.ledger, changes: Plan['changes'] = []): Converted {
	const { plan: draft, nodes, anchors } = converted;
	const own = versions.find((v) => v.sha256 === draft.source.sha256 && v.file === draft.source.file) ?? null;
	const latest = own !== null && versions[versions.length - 1]?.key === own.key;
	const live = new Set(converted.units.map((u) => u.serial));
	const retired = latest ? retiredFrom(ledger, draft, live, versions) : { paragraphs: [], targets: [], projects: [] };
	const plan: Plan = { ...draft, version: own, versions, retired, changes: latest ? changes : [], aliases: aliasesFrom(ledger) };
	const stones = own ? tombstones(retired.paragraphs, anchors.lineOf, versions, own, draft.slug) : [];
	return { ...converted, plan, mdx: renderMdx(plan, nodes, anchors, stones) };
}

