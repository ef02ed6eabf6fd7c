import { lineId, paragraphAnchor } from '../shared/ids.ts';
import type { Project, ProjectKind } from '../schema/plan.ts';
import type { BoxItem } from './blocks.ts';
import type { BoxNode, DocNode, HeadingNode, ParagraphNode, TableNode } from './document.ts';
import { fold, foldAligned } from '../shared/fold.ts';
import { columnFor, roleOf } from './rules/headers.ts';
import { stagePattern } from './rules/stages.ts';
import { cellText, type Grid, type GridRow } from './table.ts';
import { parseQuantities } from './values.ts';
import { CN_NUMERAL_CHARS, splitSentences } from './vocabulary.ts';

type Draft = Omit<Project, 'id'>;

/** What a project builds, read from its own words (IT before renovation before new building). */
export function projectKind(text: string): ProjectKind {
	if (/信息化|信息平台|信息系统|互联网|远程|智慧|智能化|数字|云平台|大数据/.test(text)) return 'it';
	if (/改建|改造|改扩建|维修|翻新|转型|提升改造/.test(text)) return 'renovation';
	if (/新建|扩建|拟建|建设.{0,12}(楼|用房|站|中心|卫生室|医院)|(楼|用房)建设|建成.{0,8}(中心|医院|站)/.test(text)) return 'new-building';
	if (/设备|购置|采购|救护车|配备/.test(text)) return 'equipment';
	return 'programme';
}

const TOWN = /([\u4e00-\u9fa5]{2,6}?(?:镇|乡|街道))/;

/** The town or street a text names (`绥东镇卫生院改建项目` → 绥东镇), if any. */
export function townOf(text: string): string | null {
	const m = TOWN.exec(text);
	if (!m || m[1] === undefined) return null;
	return /^(乡镇|各乡|全乡|城乡|各镇|街道|各街道)/.test(m[1]) ? null : m[1];
}

// Campaigns (行动) and reviews are not things that get built or run as projects.
const NOT_A_PROJECT = /行动$/;

function fromBoxItem(item: BoxItem, group: string | null, file: string, anchor: string): Draft | null {
	if (!item.name || NOT_A_PROJECT.test(item.name)) return null;
	const text = `${item.name}：${item.description}`;
	return {
		name: item.name,
		description: item.description,
		group,
		kind: projectKind(text),
		form: 'box',
		quantities: parseQuantities(item.description),
		town: townOf(item.name),
		stage: null,
		source: { file, line: item.n, quote: item.text },
		anchor,
	};
}

function fromProjectTable(grid: Grid, group: string | null, file: string): Draft[] {
	const name = columnFor(grid, 'project');
	const content = columnFor(grid, 'content');
	const stage = columnFor(grid, 'stage');
	const category = grid.header.find((h) => h.span > 1);
	const out: Draft[] = [];
	for (const row of grid.rows) {
		if (row.isGroupRow || row.isTotal) continue;
		const own = cellText(row, name);
		const parent = category ? cellText(row, category.start) : '';
		// `（1）社区卫生服务站建设`: the enumerator is layout, not part of the name (the quote keeps it).
		const projectName = (own || parent).replace(/^[（(]\d{1,2}[）)]\s*/, '');
		if (!projectName) continue;
		const description = cellText(row, content);
		const extra = row.cells
			.map((c, k) => ({ c, k }))
			.filter(({ k }) => k !== name && k !== content && (!category || k !== category.start) && grid.header.some((h) => h.start === k && roleOf(h.text) !== 'serial'))
			.map(({ c, k }) => `${grid.header.find((h) => h.start === k)?.text.replace(/\s/g, '') ?? ''}：${c.text}`)
			.filter((s) => !s.endsWith('：'));
		out.push({
			name: projectName,
			description: [description, ...extra].filter(Boolean).join('；'),
			group: own && parent && parent !== own ? parent : group,
			kind: projectKind(`${projectName}${description}`),
			form: 'table',
			quantities: parseQuantities(description),
			town: townOf(projectName),
			stage: cellText(row, stage) || null,
			source: { file, line: row.line, quote: row.cells.map((c) => c.text).filter(Boolean).join(' | ') },
			anchor: paragraphAnchor(row.line),
		});
	}
	return out;
}

/** Each planned facility row of a 规划一览表 (name, 街道, beds, floor area, population served). */
export function facilityTableRows(grid: Grid): { row: GridRow; name: string; town: string | null; fields: { label: string; text: string }[] }[] {
	const name = columnFor(grid, 'institution');
	const place = columnFor(grid, 'place');
	return grid.rows
		.filter((row) => !row.isGroupRow && !row.isTotal && cellText(row, name))
		.map((row) => ({
			row,
			name: cellText(row, name),
			town: cellText(row, place) || null,
			fields: grid.header
				.filter((h) => h.start !== name && roleOf(h.text) !== 'serial')
				.map((h) => ({ label: h.text, text: cellText(row, h.start) })),
		}));
}

function unitFromHeader(label: string): string | null {
	if (/床位/.test(label)) return '张';
	if (/面积|建筑积/.test(label)) return 'm²';
	if (/服务人口/.test(label)) return '万人';
	if (/个数/.test(label)) return '个';
	return null;
}

function fromFacilityTable(node: TableNode, file: string): Draft[] {
	const group = node.block.caption.map((c) => c.text).join('') || null;
	return facilityTableRows(node.grid).map(({ row, name, town, fields }) => ({
		name,
		description: fields.filter((f) => f.text).map((f) => `${f.label}：${f.text}`).join('；'),
		group,
		kind: /社区医院/.test(group ?? '') ? 'renovation' : 'new-building',
		form: 'facility-table' as const,
		quantities: fields
			.map((f) => ({ unit: unitFromHeader(f.label), f }))
			.filter((q): q is { unit: string; f: { label: string; text: string } } => q.unit !== null && /^\d+(\.\d+)?$/.test(q.f.text))
			.map(({ unit, f }) => ({ value: Number(f.text), unit, text: `${f.label}${f.text}` })),
		town,
		stage: null,
		source: { file, line: row.line, quote: row.cells.map((c) => c.text).filter(Boolean).join(' | ') },
		anchor: paragraphAnchor(row.line),
	}));
}

/**
 * Project forms in running text, one named entry each: group 1 of `re` (on the folded view) is
 * the project's name. Campaign 行动 and 十三五 achievements are never projects.
 */
export const PROSE_PROJECT_FORMS: { name: string; example: string; re: RegExp }[] = [
	{ name: 'programme', example: '实施基层医疗卫生服务能力提升工程', re: /(?:实施|推进|启动|开展)((?:[^，。；、“”（）,;()]|“[^”]{1,12}”){2,24}?(?:工程|计划|项目))/g },
	{ name: 'building-project', example: '绥东镇卫生院改建项目', re: /([^，。；、“”（）,;()]{2,24}?建设项目)/g },
	{ name: 'named-building', example: '建设县人民医院内科综合楼', re: /(?:新建|改扩建|扩建|迁建|改建|建设)([^，。；、“”（）,;()]{1,20}?(?:医院|卫生院|保健院|中心)[^，。；、“”（）,;()]{0,12}?(?:综合楼|大楼|楼|用房|院区))/g },
];

/** A stage list may open with a headline's tag (`速览｜`), when and who (`五年内将启动建设…`, `今年新开工…`) and trail off (`谋划…二期……`). */
const STAGE_LIST = new RegExp(`^(?:[^,，；;:：|｜]{1,8}[|｜])?[,，]?(?:[^,，；;:：]{0,6}?(?:将|拟|计划|其中|重点|今年|明年|年内|期间)|计划|拟|其中|重点)?(${stagePattern()})(?:项目)?(?:\\d+个)?[:：]?(.+?)(?:等(?:\\d+个)?(?:项目)?)?(?:……|…|\\.\\.\\.)?[。；;]?$`);
const LIST_NAME = /^[^,，：:（）()“”]{2,40}$/;
/** How a listed project's name ends: a project, a building, a phase, an institution. */
const PROJECT_END = new RegExp(`(项目|工程|综合楼|大楼|楼|用房|院区|[${CN_NUMERAL_CHARS}\\d]期|医院|卫生院|保健院|中心|站)$`);

/** Projects listed by stage (`新开工A、B等；续建C等；谋划D、E。`), also after a lead clause: one each, named without the verb, the stage word kept as printed. */
export function stageListProjects(text: string): { name: string; stage: string }[] {
	const out: { name: string; stage: string }[] = [];
	for (const whole of splitSentences(text)) {
		// The list may follow a lead clause (`据市卫健委消息，五年内将新开工…`): tried from the sentence's start, then after each comma.
		const trimmed = whole.trim();
		const starts = [0, ...[...foldAligned(trimmed).matchAll(/,/g)].map((c) => (c.index as number) + 1)];
		const start = starts.find((k) => STAGE_LIST.test(foldAligned(trimmed.slice(k).trim())));
		if (start === undefined) continue;
		const sentence = trimmed.slice(start);
		const aligned = foldAligned(sentence.trim());
		const m = STAGE_LIST.exec(aligned);
		if (!m || m[1] === undefined || m[2] === undefined) continue;
		const printed = sentence.trim();
		const stage = printed.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length);
		const listStart = aligned.indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
		let at = listStart;
		const names: { name: string; stage: string }[] = [];
		for (const piece of m[2].split('、')) {
			const name = printed.slice(at, at + piece.length).trim();
			at += piece.length + 1;
			if (!LIST_NAME.test(fold(name)) || !PROJECT_END.test(fold(name))) return out;
			names.push({ name, stage });
		}
		out.push(...names);
	}
	return out;
}

function proseDraft(name: string, sentence: string, node: ParagraphNode | HeadingNode, file: string, stage: string | null): Draft {
	return {
		name,
		description: sentence.trim(),
		group: node.section?.title ?? null,
		kind: projectKind(fold(name)) === 'programme' ? projectKind(fold(sentence)) : projectKind(fold(name)),
		form: 'prose',
		quantities: parseQuantities(sentence),
		town: townOf(fold(name)),
		stage,
		source: { file, line: node.line, quote: sentence.trim() },
		anchor: node.kind === 'paragraph' ? node.id : paragraphAnchor(node.line),
	};
}

function fromProse(node: ParagraphNode | HeadingNode, file: string): Draft[] {
	// A news headline is not plan text, but one that lists projects by stage names them (好消息！五年内将启动建设A等；续建B…).
	const headline = node.kind === 'paragraph' && node.role === 'headline';
	if ((node.kind === 'paragraph' && node.role && !headline) || node.section?.background) return [];
	const out: Draft[] = [];
	for (const sentence of splitSentences(node.text)) {
		const staged = stageListProjects(sentence);
		if (staged.length > 0) {
			for (const { name, stage } of staged) out.push(proseDraft(name, sentence, node, file, stage));
			continue;
		}
		if (headline) continue;
		const aligned = foldAligned(sentence);
		for (const form of PROSE_PROJECT_FORMS) {
			// A building named in a heading is a task's project; outside any section (a headline) it is not.
			if (form.name === 'named-building' ? !node.section : node.kind === 'heading') continue;
			for (const m of aligned.matchAll(form.re)) {
				const start = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
				const raw = sentence.slice(start, start + (m[1] ?? '').length);
				const lead = /^(了|好|的|完成|加快|推进|启动|实施)+/.exec(fold(raw))?.[0].length ?? 0;
				const name = raw.slice(lead);
				const folded = fold(name);
				if (name.length < 4 || NOT_A_PROJECT.test(folded) || /^(各项|重大|重点)?(工程|项目|计划)$|基本公共卫生服务/.test(folded)) continue;
				if (out.some((d) => d.name.includes(name) || name.includes(d.name))) continue;
				out.push(proseDraft(name, sentence, node, file, null));
			}
		}
	}
	return out;
}

function boxGroup(node: BoxNode): string | null {
	return node.block.titleLine ? node.block.titleLine.title || node.block.titleLine.text : null;
}

/** Key projects of a plan: 专栏 boxes, project tables, facility planning tables, named programmes in prose. */
export function extractProjects(nodes: DocNode[], file: string): Project[] {
	const drafts: Draft[] = [];
	for (const node of nodes) {
		if (node.kind === 'box') {
			const group = boxGroup(node);
			for (const item of node.block.items) {
				const d = fromBoxItem(item, group, file, paragraphAnchor(item.n));
				if (d) drafts.push(d);
			}
			if (node.grid) drafts.push(...fromProjectTable(node.grid, group, file));
		} else if (node.kind === 'table' && node.tableKind === 'projects') {
			drafts.push(...fromProjectTable(node.grid, node.block.caption.map((c) => c.text).join('') || null, file));
		} else if (node.kind === 'table' && node.tableKind === 'facilities') {
			drafts.push(...fromFacilityTable(node, file));
		}
	}
	// Prose names a programme again after its box or table did; keep the first, richer statement.
	const seen = new Set(drafts.map((d) => d.name));
	for (const node of nodes) {
		if (node.kind !== 'paragraph' && node.kind !== 'heading') continue;
		for (const d of fromProse(node, file)) {
			// A project listed by stage is its own entry unless the very same name came before.
			if (d.stage !== null ? seen.has(d.name) : [...seen].some((s) => s.includes(d.name) || d.name.includes(s))) continue;
			seen.add(d.name);
			drafts.push(d);
		}
	}
	const perLine = new Map<number, number>();
	return drafts.map((d) => {
		const k = (perLine.get(d.source.line) ?? 0) + 1;
		perLine.set(d.source.line, k);
		return { id: lineId('pr-', d.source.line, k), ...d };
	});
}
