import type { Indicator, Plan } from '../schema/plan.ts';
import type { DocNode, ParagraphNode, TableNode } from './document.ts';
import { canonicalFor } from './glossary.ts';
import { cellText, findColumn, type GridRow } from './table.ts';
import { parseValue } from './values.ts';

type Draft = Omit<Indicator, 'id' | 'related' | 'conflict'> & { line: number };

const UNIT_IN_NAME = /[（(]([^（）()]{1,16})[）)]$/;
const LOOKS_LIKE_UNIT = /^(岁|‰|%|％|‱|张|人|个|天|元|万元|亿元|.*\/.*|DDDs.*)$/;

/** Splits `人均预期寿命（岁）` into name and unit; parentheses that are not a unit stay in the name. */
export function splitNameUnit(printed: string): { name: string; unit: string | null } {
	const m = UNIT_IN_NAME.exec(printed);
	if (m && m[1] !== undefined && LOOKS_LIKE_UNIT.test(m[1])) return { name: printed.slice(0, m.index), unit: m[1] };
	return { name: printed, unit: null };
}

function attributeOf(text: string): Indicator['attribute'] {
	if (/约束/.test(text)) return 'binding';
	if (/预期/.test(text)) return 'expected';
	return null;
}

function yearOf(header: string | undefined, fallback: number | null): number | null {
	const m = header ? /(20\d\d)/.exec(header) : null;
	return m ? Number(m[1]) : fallback;
}

/** The row as printed, each cell labelled by its header; cells carried down from above are not part of it. */
function rowQuote(row: GridRow, headerText: (column: number) => string | undefined): string {
	return row.cells
		.map((c, k) => (c.carried || c.text === '' ? null : `${headerText(k)?.replace(/\s/g, '') ?? ''}${headerText(k) ? '：' : ''}${c.text}`))
		.filter((t): t is string => t !== null)
		.join(' | ');
}

/** Targets from an indicator table: one per row, with domain, unit, baseline, target and attribute. */
export function tableIndicators(node: TableNode, file: string, period: Plan['period']): Draft[] {
	const { grid } = node;
	const col = {
		name: findColumn(grid, /^二级指标$/, /^主要指标$/, /指标$/),
		domain: findColumn(grid, /^一级指标$/, /^领域$/),
		unit: findColumn(grid, /^单位$/),
		baseline: findColumn(grid, /^20(1\d|20)年?$/, /基期|现状/),
		target: findColumn(grid, /^目标值$/, /^2025年?$/, /目标/),
		attribute: findColumn(grid, /属性|性质/),
	};
	const headerText = (c: number) => grid.header.find((h) => c >= h.start && c < h.start + h.span)?.text;
	const out: Draft[] = [];
	for (const row of grid.rows) {
		if (row.isGroupRow || row.isTotal) continue;
		const printedName = cellText(row, col.name);
		if (!printedName) continue;
		const { name, unit: nameUnit } = splitNameUnit(printedName);
		const targetText = cellText(row, col.target);
		const target = parseValue(targetText);
		const baselineText = col.baseline === -1 ? null : cellText(row, col.baseline);
		const baseline = baselineText === null ? null : parseValue(baselineText);
		const attributeText = cellText(row, col.attribute);
		const canonical = canonicalFor(name);
		// Cite the line where the indicator's name is printed; the anchor is its table row.
		const nameLine = row.cells[col.name]?.lines[0] ?? row.line;
		out.push({
			line: nameLine,
			name,
			name_en: canonical?.en ?? null,
			canonical: canonical?.id ?? null,
			domain: cellText(row, col.domain) || row.group,
			unit: cellText(row, col.unit) || nameUnit || target.unit,
			baseline: baselineText === null || !baseline ? null : { year: yearOf(headerText(col.baseline), period.base_year), value: baseline.value, text: baselineText },
			target: { year: yearOf(headerText(col.target), period.end), value: target.value, comparator: target.comparator, range: target.range, text: targetText },
			attribute: attributeOf(attributeText),
			attribute_text: attributeText || null,
			kind: 'table',
			source: { file, line: nameLine, quote: rowQuote(row, headerText) },
			anchor: `p-${row.line}`,
			// A target table is cited by its caption (表1  主要发展指标) rather than the heading before it.
			section: node.block.caption.map((c) => c.text).join('') || (node.section?.title ?? null),
			note: target.note,
		});
	}
	return out;
}

const VERB = '(均要求达到|均达到|均不低于|均为|分别控制在|分别达到|分别为|控制在|保持在|稳定在|提高到|提高至|提升到|提升至|降低到|降低至|下降到|下降至|降至|增加到|增至|达到|不低于|不高于|不超过|不少于|超过|低于|高于|达|≥|≤|＞|＜|>|<)';
const ONE_VALUE = String.raw`[≥≤＞＜<>]?\s*\d+(?:\.\d+)?\s*(?:\/10万|%|％|‰|岁|个|张|人|天)?\s*(?:及以上|以上|以下|以内|之内|左右)?`;
const VALUE_LIST = new RegExp(String.raw`^\s*(${ONE_VALUE}(?:\s*(?:、|和|及)\s*${ONE_VALUE})*)`);
const CLAUSE = new RegExp(`^(.*?)${VERB}(.*)$`);
const INDICATOR_NOUN = /(率|数|寿命|水平|性别比|比例|比重|占比|强度|住院日)$/;
const LEADING_FILLER = /^(到20\d\d年|20\d\d年(末|底)?|确保|力争|使|要|全区|全县|全市|辖区内|并|且|同时)+/;
const SHARED_SUFFIX = /(及以上|以上|以下|以内|之内|左右)$/;

interface ProseHit {
	name: string;
	text: string;
}

/** Reads `A、B和C控制在x、y和z以下` style clauses into (name, value text) pairs. */
export function readTargetClause(clause: string): ProseHit[] {
	const m = CLAUSE.exec(clause);
	if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return [];
	const verb = m[2];
	const names = m[1].replace(LEADING_FILLER, '').replace(/(均|要求|分别)+$/, '').trim();
	const values = VALUE_LIST.exec(m[3]);
	if (!names || names.length > 40) return [];
	if (!values || values[1] === undefined) {
		const qualitative = m[3].trim();
		return canonicalFor(names) && qualitative && !/\d/.test(qualitative) ? [{ name: names, text: `${verb}${qualitative}` }] : [];
	}
	const items = values[1].split(/、|和|及(?!以)/).map((s) => s.trim()).filter(Boolean);
	const suffix = SHARED_SUFFIX.exec(items.at(-1) ?? '')?.[1];
	const texts = items.map((t) => (suffix && !SHARED_SUFFIX.test(t) ? `${t}${suffix}` : t));
	const prefix = /^[≥≤＞＜<>]$/.test(verb) ? verb : '';
	const parts = names.split(/、|和/).map((s) => s.trim());
	const together = /^均|^分别/.test(verb) || /均$/.test(m[1]);
	if (texts.length > 1 && parts.length === texts.length && parts.every((p) => INDICATOR_NOUN.test(p))) {
		return parts.map((name, k) => ({ name, text: `${prefix}${texts[k]}` }));
	}
	if (texts.length === 1 && together && parts.length > 1 && parts.every((p) => INDICATOR_NOUN.test(p))) {
		return parts.map((name) => ({ name, text: `${prefix}${texts[0]}` }));
	}
	if (texts.length === 1 && INDICATOR_NOUN.test(names)) return [{ name: names, text: `${prefix}${texts[0]}` }];
	return [];
}

const DATED = /(?:到|至)(20\d\d)年|(20\d\d)年(?:末|底)/g;

/** Quantitative targets stated in running text, outside background (十三五 review) sections. */
export function proseIndicators(node: ParagraphNode, file: string): Draft[] {
	if (node.role || !node.section || node.section.background) return [];
	const out: Draft[] = [];
	let year: number | null = null;
	for (const sentence of node.text.split(/(?<=[。；;])/)) {
		for (const clause of sentence.split(/[，,：:]/)) {
			for (const m of clause.matchAll(DATED)) year = Number(m[1] ?? m[2]);
			for (const hit of readTargetClause(clause.replace(/[。；;]$/, ''))) {
				const parsed = parseValue(hit.text);
				const canonical = canonicalFor(hit.name);
				out.push({
					line: node.line,
					name: hit.name,
					name_en: canonical?.en ?? null,
					canonical: canonical?.id ?? null,
					domain: null,
					unit: parsed.unit,
					baseline: null,
					target: { year, value: parsed.value, comparator: parsed.comparator, range: parsed.range, text: hit.text },
					attribute: null,
					attribute_text: null,
					kind: 'prose',
					source: { file, line: node.line, quote: sentence.trim() },
					anchor: node.id,
					section: node.section.title,
					note: parsed.note,
				});
			}
		}
	}
	return out;
}

function describe(d: Draft): string {
	return `${d.kind === 'table' ? '表格' : '正文'}第${d.line}行：${d.name} ${d.target.text}`;
}

/** All targets of a plan with stable ids; restatements are linked and disagreements flagged. */
export function extractIndicators(nodes: DocNode[], file: string, period: Plan['period']): Indicator[] {
	const drafts: Draft[] = [];
	for (const node of nodes) {
		if (node.kind === 'table' && node.tableKind === 'indicators') drafts.push(...tableIndicators(node, file, period));
	}
	for (const node of nodes) {
		if (node.kind === 'paragraph') drafts.push(...proseIndicators(node, file));
	}
	const used = new Set<string>();
	const perLine = new Map<number, number>();
	const withIds = drafts.map((d) => {
		const k = (perLine.get(d.line) ?? 0) + 1;
		perLine.set(d.line, k);
		const local = `l${d.line}${k > 1 ? `-${k}` : ''}`;
		const id = d.canonical && !used.has(d.canonical) ? d.canonical : d.canonical ? `${d.canonical}-${local}` : local;
		used.add(id);
		return { draft: d, id };
	});
	const key = (d: Draft) => d.canonical ?? d.name.replace(/^(全区|全县|居民)/, '');
	return withIds.map(({ draft, id }) => {
		const peers = withIds.filter((o) => o.id !== id && key(o.draft) === key(draft));
		// Only statements for the same year can disagree (2.4 by 2023 and 4.5 by 2025 are a path).
		const yearOf = (d: Draft) => d.target.year ?? period.end;
		const sameYear = [draft, ...peers.map((p) => p.draft)].filter((d) => yearOf(d) === yearOf(draft));
		const values = new Set(sameYear.map((d) => d.target.value).filter((v) => v !== null));
		const conflict = values.size > 1 ? `目标值不一致：${sameYear.map(describe).join('；')}` : null;
		const { line: _line, ...rest } = draft;
		return { id, ...rest, related: peers.map((p) => p.id), conflict };
	});
}
