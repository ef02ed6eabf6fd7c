import type { Element, Nodes, Root } from 'hast';

/** One searchable thing: a paragraph, table row, heading, 专栏 item, target or project. */
export interface SearchRecord {
	url: string;
	/** What Pagefind indexes. */
	content: string;
	meta: { title: string; section: string; text: string; kind: string; line: string };
	filters: { plan: string[]; kind: string[]; province: string[] };
	/** Pagefind sort key (see sortKey). */
	sort?: { order: string };
}

export interface PlanFacts {
	slug: string;
	title: string;
	region: string;
	province: string;
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
export function pageRecords(tree: Root, plan: PlanFacts, pagePath: string): SearchRecord[] {
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
		const text = textOf(el).replace(/\s+/g, ' ').trim();
		if (HEADING.test(el.tagName)) section = text;
		if (!text) return true;
		const line = id.startsWith('s-') ? String(el.properties.dataLine ?? '') : id.slice(2);
		out.push({
			url: `${pagePath}#${id}`,
			content: text,
			meta: { title: plan.title, section, text, kind: '正文', line },
			filters: { plan: [plan.region], kind: ['正文'], province: [plan.province] },
		});
		return true;
	});
	return out;
}

/** A record for a target or a project, built from the published data files. */
export function dataRecord(plan: PlanFacts, kind: '指标' | '项目', url: string, text: string, display: string, extra: string, line: number, section: string): SearchRecord {
	return {
		url,
		content: `${text} ${extra}`,
		meta: { title: plan.title, section, text: display, kind, line: String(line) },
		filters: { plan: [plan.region], kind: [kind], province: [plan.province] },
	};
}

const KIND_ORDER = ['指标', '项目', '正文'];

/**
 * The order results are listed in: targets, then projects, then plan text; within each, plan by
 * plan in the site's order, and in reading order within a plan. A fixed order, not relevance: with
 * the index holding single characters Pagefind's scores say little, and a reader checking "every
 * plan that says X" reads a list that does not reshuffle.
 */
export function sortKey(record: SearchRecord, planIndex: number): string {
	const kind = Math.max(0, KIND_ORDER.indexOf(record.meta.kind));
	return `${kind}${String(planIndex).padStart(4, '0')}${String(Number(record.meta.line) || 0).padStart(6, '0')}`;
}
