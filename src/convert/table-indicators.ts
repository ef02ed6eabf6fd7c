// Targets from an indicator table: one per row and target column, columns found by what their
// headers mean (rules/headers.ts) and, for years, by the plan's period (periods.ts).
import { paragraphAnchor } from '../shared/ids.ts';
import type { Indicator, Plan } from '../schema/plan.ts';
import { canonicalFor } from '../shared/glossary.ts';
import type { TableNode } from './document.ts';
import { fold } from '../shared/fold.ts';
import type { IndicatorDraft as Draft } from './indicator-draft.ts';
import { yearRole } from './periods.ts';
import { BARE_YEAR, columnFor, columnsFor, headerKey, type RoleColumn } from './rules/headers.ts';
import { cellText, type Grid, type GridRow } from './table.ts';
import { parseValue } from './values.ts';
import { unitPattern } from './vocabulary.ts';

const UNIT_IN_NAME = /[（(]([^（）()]{1,16})[）)]$/;
const NAME_UNIT = new RegExp(`^(${unitPattern('name')}|.*/.*|DDDs.*)$`);

/** Splits `人均预期寿命（岁）` into name and unit; parentheses that are not a unit stay in the name. */
export function splitNameUnit(printed: string): { name: string; unit: string | null } {
	const m = UNIT_IN_NAME.exec(printed);
	if (m && m[1] !== undefined && NAME_UNIT.test(fold(m[1]))) return { name: printed.slice(0, m.index), unit: m[1] };
	return { name: printed, unit: null };
}

/** 约束性 → binding, 预期性 → expected; anything else (倡导性) null, its text kept by the caller. */
function attributeOf(text: string): Indicator['attribute'] {
	const folded = fold(text);
	if (/约束/.test(folded)) return 'binding';
	if (/预期/.test(folded)) return 'expected';
	return null;
}

function yearOf(header: string | undefined, fallback: number | null): number | null {
	const m = header ? /((?:19|20)\d\d)/.exec(fold(header)) : null;
	return m ? Number(m[1]) : fallback;
}

/** The row as printed, each cell labelled by its header; cells carried down from above are not part of it. */
function rowQuote(row: GridRow, headerText: (column: number) => string | undefined): string {
	return row.cells
		.map((c, k) => (c.carried || c.text === '' ? null : `${headerText(k)?.replace(/\s/g, '') ?? ''}${headerText(k) ? '：' : ''}${c.text}`))
		.filter((t): t is string => t !== null)
		.join(' | ');
}

/**
 * The baseline column and the target columns of an indicator table in the plan's own period: a
 * column headed by a year is the baseline up to the base year and a target after it (2025年 is the
 * baseline of a 2026–2030 plan, periods.ts); worded columns (基期值, 目标值) keep their meaning.
 * Of several baseline columns the latest year wins.
 */
export function valueColumns(grid: Grid, period: Plan['period']): { baseline: number; targets: RoleColumn[] } {
	const baselines: (RoleColumn & { year: number | null })[] = [];
	const targets: RoleColumn[] = [];
	const worded = [...columnsFor(grid, 'baseline').map((c) => ({ c, role: 'baseline' as const })), ...columnsFor(grid, 'target').map((c) => ({ c, role: 'target' as const }))];
	for (const { c, role: printed } of worded) {
		const year = yearOf(c.header, null);
		// A bare year (2025年) is what the plan's period makes it; a worded one (2025年基数) says so itself.
		const role = year === null || !BARE_YEAR.test(headerKey(c.header)) ? printed : yearRole(year, period);
		if (role === 'baseline') baselines.push({ ...c, year });
		else targets.push(c);
	}
	baselines.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.rank - b.rank);
	return { baseline: baselines[0]?.column ?? -1, targets: targets.sort((a, b) => a.column - b.column) };
}

/** A table row that is a part of the row above it: `其中：公立医院`, `（其中）中医类别`, `其中公立医院床位数`. */
const PART_ROW = /^[（(]?其中[)）:：\s]*(.+?)[)）]?$/;

/**
 * Targets from an indicator table: one per row and target column (a table with 2022年目标值 and
 * 2030年目标值 gives two targets a row, linked as one indicator over time), with domain, unit,
 * baseline and attribute. Columns are found by what their headers mean (rules/headers.ts). A
 * `其中…` row is a part of the row above it: its own target, named with and linked to it.
 */
export function tableIndicators(node: TableNode, file: string, period: Plan['period']): Draft[] {
	const { grid } = node;
	const col: Record<'name' | 'domain' | 'unit' | 'attribute' | 'baseline', number> = {
		baseline: -1,
		name: columnFor(grid, 'name'),
		domain: columnFor(grid, 'domain'),
		unit: columnFor(grid, 'unit'),
		attribute: columnFor(grid, 'attribute'),
	};
	const { baseline: baselineColumn, targets } = valueColumns(grid, period);
	col.baseline = baselineColumn;
	const headerText = (c: number) => grid.header.find((h) => c >= h.start && c < h.start + h.span)?.text;
	const out: Draft[] = [];
	// The last whole target of each target column: a `其中：公立医院` row below it is its part.
	const whole = new Map<number, Draft>();
	for (const row of grid.rows) {
		if (row.isGroupRow || row.isTotal) continue;
		const printedName = cellText(row, col.name);
		if (!printedName) continue;
		const part = PART_ROW.exec(printedName);
		const split = splitNameUnit(part ? (part[1] as string) : printedName);
		const nameUnit = split.unit;
		const baselineText = col.baseline === -1 ? null : cellText(row, col.baseline);
		const baseline = baselineText === null ? null : parseValue(baselineText);
		const attributeText = cellText(row, col.attribute);
		const parentOf = (column: number) => (part ? whole.get(column) : undefined);
		const canonical = part ? null : canonicalFor(fold(split.name));
		// Cite the line where the indicator's name is printed; the anchor is its table row.
		const nameLine = row.cells[col.name]?.lines[0] ?? row.line;
		for (const t of targets) {
			const targetText = cellText(row, t.column);
			const target = parseValue(targetText);
			// With several target years, a year left empty has no target; a single target column keeps its row.
			if (targets.length > 1 && target.value === null && target.range === null && target.note === null) continue;
			const parent = parentOf(t.column);
			// A part is named with its parent (`每千人口床位数（公立医院）`); a part row with nothing above it keeps its printed name.
			const name = parent ? `${parent.name}（${split.name}）` : part ? printedName : split.name;
			const draft: Draft = {
				line: nameLine,
				name,
				name_en: canonical?.en ?? null,
				canonical: canonical?.id ?? null,
				domain: cellText(row, col.domain) || row.group,
				unit: cellText(row, col.unit) || nameUnit || target.unit,
				baseline: baselineText === null || !baseline ? null : { year: yearOf(headerText(col.baseline), period.base_year), value: baseline.value, text: baselineText },
				target: { year: yearOf(headerText(t.column), period.end), value: target.value, comparator: target.comparator, range: target.range, text: targetText },
				attribute: attributeOf(attributeText),
				attribute_text: attributeText || null,
				kind: 'table',
				source: { file, line: nameLine, quote: rowQuote(row, headerText) },
				anchor: paragraphAnchor(row.line),
				// A target table is cited by its caption (表1  主要发展指标) rather than the heading before it.
				section: node.block.caption.map((c) => c.text).join('') || (node.section?.title ?? null),
				note: target.note,
				...(parent ? { of: parent } : {}),
			};
			out.push(draft);
			if (!part) whole.set(t.column, draft);
		}
	}
	return out;
}
