import { canonicalById, GLOSSARY, type CanonicalIndicator } from '../shared/glossary.ts';
import type { Indicator, Plan } from '../schema/plan.ts';

export interface Statement {
	plan: Plan;
	indicator: Indicator;
}

/** Every statement of one canonical indicator across plans, table statements first. */
export function statementsOf(plans: Plan[], canonical: string): Statement[] {
	return plans.flatMap((plan) =>
		plan.indicators
			.filter((i) => i.canonical === canonical)
			.sort((a, b) => (a.kind === b.kind ? a.source.line - b.source.line : a.kind === 'table' ? -1 : 1))
			.map((indicator) => ({ plan, indicator })),
	);
}

/** Canonical indicators that at least one plan sets, most widely set first. */
export function canonicalInUse(plans: Plan[]): { entry: CanonicalIndicator; plans: number; statements: number }[] {
	return GLOSSARY.map((entry) => {
		const statements = statementsOf(plans, entry.id);
		return { entry, plans: new Set(statements.map((s) => s.plan.slug)).size, statements: statements.length };
	})
		.filter((row) => row.statements > 0)
		.sort((a, b) => b.plans - a.plans || b.statements - a.statements);
}

/** The plan's headline statement of a canonical indicator: its table row if any, else its first numeric prose target (a change such as `每年降低1个百分点` is not a level and never the headline). */
export function headline(plan: Plan, canonical: string): Indicator | undefined {
	const all = plan.indicators.filter((i) => i.canonical === canonical && i.commitment !== 'change');
	return all.find((i) => i.kind === 'table') ?? all.find((i) => i.target.value !== null) ?? all[0];
}

/** Indicators of a plan grouped by domain in table order; prose targets under one heading. Commitments (src/lib/views/commitments.ts) have their own list. */
export function byDomain(plan: Plan): { domain: string; indicators: Indicator[] }[] {
	const groups = new Map<string, Indicator[]>();
	for (const i of plan.indicators) {
		if (i.commitment) continue;
		const key = i.kind === 'prose' ? '正文中提出的目标' : (i.domain ?? '其他指标');
		groups.set(key, [...(groups.get(key) ?? []), i]);
	}
	return [...groups].map(([domain, indicators]) => ({ domain, indicators: partsUnderParents(indicators) }));
}

/** Targets in order with each part (`…床位数（公立医院）`, indicator.parent) right under the target it is part of. */
export function partsUnderParents(indicators: Indicator[]): Indicator[] {
	const ids = new Set(indicators.map((i) => i.id));
	const out: Indicator[] = [];
	for (const i of indicators) {
		if (i.parent && ids.has(i.parent)) continue;
		out.push(i, ...indicators.filter((p) => p.parent === i.id));
	}
	return out;
}

export { canonicalById };
