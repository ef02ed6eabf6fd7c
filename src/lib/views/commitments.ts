import type { CommitmentKindName, Indicator, Plan } from '../../schema/plan.ts';

/** The order kinds are shown in: what is built first, then who gets what share, access, grades, change, beds. */
export const COMMITMENT_KINDS: CommitmentKindName[] = ['count', 'capacity', 'share', 'access', 'level', 'change'];

export interface CommitmentGroup {
	kind: CommitmentKindName;
	items: Indicator[];
}

/** The plan's quantified commitments (indicator records with `commitment` set), grouped by kind in COMMITMENT_KINDS order, each group in reading order; empty groups are left out. */
export function commitmentGroups(plan: Plan): CommitmentGroup[] {
	return COMMITMENT_KINDS.map((kind) => ({
		kind,
		items: plan.indicators.filter((i) => i.commitment === kind).sort((a, b) => a.source.line - b.source.line),
	})).filter((g) => g.items.length > 0);
}

/** How many commitments a plan has (for the page's jump list). */
export function commitmentCount(plan: Plan): number {
	return plan.indicators.filter((i) => i.commitment).length;
}
