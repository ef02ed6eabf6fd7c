// All targets of a plan: the table reader (table-indicators.ts) and the prose reader
// (prose-indicators.ts) give drafts; here they get stable ids, restatements are linked and
// disagreements flagged, and a part (其中…) is linked to its parent.
import { lineId } from '../shared/ids.ts';
import type { Indicator, Plan } from '../schema/plan.ts';
import type { DocNode } from './document.ts';
import { fold } from '../shared/fold.ts';
import type { IndicatorDraft as Draft } from './indicator-draft.ts';
import { proseIndicators } from './prose-indicators.ts';
import { tableIndicators } from './table-indicators.ts';

export { readTargetClause, proseIndicators } from './prose-indicators.ts';
export { splitNameUnit, tableIndicators, valueColumns } from './table-indicators.ts';

function describe(d: Draft): string {
	return `${d.kind === 'table' ? '表格' : '正文'}第${d.line}行：${d.name} ${d.target.text}`;
}

/** All targets of a plan with stable ids; restatements are linked and disagreements (same year, other value) flagged. */
export function extractIndicators(nodes: DocNode[], file: string, period: Plan['period']): Indicator[] {
	const drafts: Draft[] = [];
	for (const node of nodes) {
		if (node.kind === 'table' && node.tableKind === 'indicators') drafts.push(...tableIndicators(node, file, period));
	}
	for (const node of nodes) {
		if (node.kind === 'paragraph') drafts.push(...proseIndicators(node, file, period));
	}
	const used = new Set<string>();
	const perLine = new Map<number, number>();
	const withIds = drafts.map((d) => {
		const k = (perLine.get(d.line) ?? 0) + 1;
		perLine.set(d.line, k);
		const local = lineId('l', d.line, k);
		const id = d.canonical && !used.has(d.canonical) ? d.canonical : d.canonical ? `${d.canonical}-${local}` : local;
		used.add(id);
		return { draft: d, id };
	});
	const key = (d: Draft) => d.canonical ?? fold(d.name).replace(/^(全区|全县|居民)/, '');
	return withIds.map(({ draft, id }) => {
		const peers = withIds.filter((o) => o.id !== id && key(o.draft) === key(draft));
		// Only statements for the same year can disagree (2.4 by 2023 and 4.5 by 2025 are a path).
		const yearOf = (d: Draft) => d.target.year ?? period.end;
		const sameYear = [draft, ...peers.map((p) => p.draft)].filter((d) => yearOf(d) === yearOf(draft));
		const values = new Set(sameYear.map((d) => d.target.value).filter((v) => v !== null));
		const conflict = values.size > 1 ? `目标值不一致：${sameYear.map(describe).join('；')}` : null;
		const { line: _line, of, ...rest } = draft;
		const parent = of ? (withIds.find((o) => o.draft === of)?.id ?? null) : null;
		return { id, ...rest, related: peers.map((p) => p.id), conflict, ...(parent ? { parent } : {}) };
	});
}
