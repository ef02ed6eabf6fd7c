import type { Element, Nodes, Root } from 'hast';

/** What a record is, in the order results list them within a plan: targets, projects, plan text. */
export const KINDS = ['指标', '项目', '正文'] as const;
export type Kind = (typeof KINDS)[number];

/** One searchable thing: a paragraph, table row, heading, 专栏 item, target or project. */
export interface SearchRecord {
	/** The plan's slug. */
	plan: string;
	kind: Kind;
	/** The 1-based line of the seed file it comes from. */
	line: number;
	/** Where a result opens: an anchor on the plan page (`p-89`, `s-2-3`) or a target's page. */
	opens: { anchor: string } | { indicator: string };
	/** What is searched (the printed text, plus an English name for targets). */
	content: string;
	/** What a result shows, as printed. */
	text: string;
	/** The heading it stands under (or, for a target, its source sentence). */
	section: string;
}

function textOf(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' || node.type === 'root') {
		// ¶ permalinks and screen-reader-only labels are not plan text.
		if (node.type === 'element' && ([] as unknown[]).concat(node.properties.className ?? []).includes('pl')) return '';
		// Table cells read as separate values, not one run-on word.
		const joiner = node.type === 'element' && node.tagName === 'tr' ? ' | ' : '';
		return node.children.map((c) => textOf(c as Nodes)).filter((t) => !joiner || t.trim() !== '').join(joiner);
	}
	return '';
}

const HEADING = /^h[2-5]$/;

function walk(node: Nodes, visit: (el: Element) => boolean): void {
	if (node.type !== 'element' && node.type !== 'root') return;
	if (node.type === 'element' && visit(node)) return;
	for (const child of node.children) walk(child as Nodes, visit);
}

/** Records of a built plan page: every element of the plan text that carries a p-/s- anchor. */
export function pageRecords(tree: Root, slug: string): SearchRecord[] {
	const out: SearchRecord[] = [];
	let article: Element | null = null;
	walk(tree, (el) => {
		if (el.tagName === 'article' && 'dataPagefindBody' in el.properties) {
			article = el;
			return true;
		}
		return false;
	});
	if (!article) return out;
	let section = '';
	walk(article, (el) => {
		const id = String(el.properties.id ?? '');
		if (!/^(p|s)-/.test(id)) return false;
		// A dropped paragraph's marker (src/convert/mdx.ts tombstone) is not plan text.
		if (([] as unknown[]).concat(el.properties.className ?? []).includes('retired')) return true;
		const text = textOf(el).replace(/\s+/g, ' ').trim();
		if (HEADING.test(el.tagName)) section = text;
		if (!text) return true;
		// A unit of a later text carries its line (data-line) when it differs from its lasting serial.
		const line = Number(el.properties.dataLine ?? id.slice(2)) || 0;
		out.push({ plan: slug, kind: '正文', line, opens: { anchor: id }, content: text, text, section });
		return true;
	});
	return out;
}

/**
 * The order results are listed in: plan by plan in the site's order; within a plan targets, then
 * projects, then plan text, each in reading order. A fixed order, not relevance: a reader checking
 * "every plan that says X" reads a list that does not reshuffle. Sorts `records` in place.
 */
export function sortRecords(records: SearchRecord[], planOrder: readonly string[]): SearchRecord[] {
	const at = new Map(planOrder.map((slug, k) => [slug, k]));
	const planOf = (r: SearchRecord) => at.get(r.plan) ?? planOrder.length;
	return records.sort((a, b) => planOf(a) - planOf(b) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.line - b.line);
}
