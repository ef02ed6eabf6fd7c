import type { Indicator } from '../schema/plan.ts';

/**
 * A target as the table and prose readers find it, before extractIndicators (indicators.ts) gives
 * it its id, links restatements and flags disagreements: the line it was read on, and for a part
 * (其中…) the target it is part of.
 */
export type IndicatorDraft = Omit<Indicator, 'id' | 'related' | 'conflict' | 'parent'> & {
	line: number;
	/** The target this one is a part of (其中…). */
	of?: IndicatorDraft;
};
