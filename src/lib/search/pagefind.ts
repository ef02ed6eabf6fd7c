// What the site hands Pagefind for each record, and reads back from a result: shared by the
// integration (build) and the search page (browser).
import { urls } from '../urls.ts';
import type { Kind, SearchRecord } from './records.ts';

/** File next to Pagefind's index holding the traditional → simplified pairs the browser folds a query with. */
export const FOLD_TABLE = 'fold-table.json';

/** A plan as a record names it. */
export interface RecordPlan {
	slug: string;
	title: string;
	province: string;
}

/** Metadata of a Pagefind record (strings only): the printed text and where it opens. */
export interface RecordMeta {
	/** The plan's title. */
	title: string;
	/** The plan's slug. */
	plan: string;
	kind: Kind;
	/** 1-based seed line. */
	line: string;
	/** The printed text (shown and highlighted). */
	text: string;
	section: string;
	/** `#p-89` (an anchor of the plan page) or a target's id. */
	opens: string;
}

/**
 * A Pagefind custom record: `words` (tokens.ts `indexWords`) indexed; plan, kind and province as
 * filters; `order` (the record's place in result order) as the sort key, so results come plan by
 * plan, targets and projects first, in reading order.
 */
export function pagefindRecord(record: SearchRecord, plan: RecordPlan, order: number, words: string) {
	const opens = 'anchor' in record.opens ? `#${record.opens.anchor}` : record.opens.indicator;
	const meta: RecordMeta = { title: plan.title, plan: plan.slug, kind: record.kind, line: String(record.line), text: record.text, section: record.section, opens };
	return {
		// Pagefind keeps one record per URL (unique per record); the page links through meta.opens in its own language.
		url: 'anchor' in record.opens ? urls.anchor(plan.slug, record.opens.anchor) : urls.indicator(plan.slug, record.opens.indicator),
		content: words,
		language: 'zh-cn',
		meta: { ...meta },
		filters: { plan: [plan.slug], kind: [record.kind], province: [plan.province] },
		sort: { order: String(order).padStart(8, '0') },
	};
}
