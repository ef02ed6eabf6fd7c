// The page a search result opens: the printed forms of the result's matches, which its link carries
// (`?hl=…`, src/lib/search/highlight.ts), are marked with <mark class="hit"> in the paragraph the
// link points to (else anywhere in the main content), and the first is scrolled into view.
import { findTerms, HIGHLIGHT_PARAM } from '../lib/search/highlight.ts';

/** Wraps every occurrence of `terms` in the text under `root` in a mark; returns the marks. */
function markTerms(root: Element, terms: string[]): HTMLElement[] {
	const marks: HTMLElement[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('script, style, mark, title, [hidden]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes: Text[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
	for (const node of nodes) {
		const text = node.data;
		const found = findTerms(text, terms);
		if (found.length === 0) continue;
		const parts = document.createDocumentFragment();
		let k = 0;
		for (const { start, end } of found) {
			if (start > k) parts.append(text.slice(k, start));
			const mark = document.createElement('mark');
			mark.className = 'hit';
			mark.textContent = text.slice(start, end);
			parts.append(mark);
			marks.push(mark);
			k = end;
		}
		if (k < text.length) parts.append(text.slice(k));
		node.replaceWith(parts);
	}
	return marks;
}

const terms = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).filter(Boolean);
if (terms.length > 0) {
	const id = decodeURIComponent(location.hash.slice(1));
	const target = id ? document.getElementById(id) : null;
	// A table row's record starts at its first line: its cells may follow the anchor's element.
	const scope = target?.closest('tr, li, table, .box') ?? target;
	let marks = scope ? markTerms(scope, terms) : [];
	if (marks.length === 0) marks = markTerms(document.querySelector('main') ?? document.body, terms);
	const first = marks[0];
	if (first) {
		const box = first.getBoundingClientRect();
		if (box.top < 0 || box.bottom > innerHeight) first.scrollIntoView({ block: 'center' });
	}
}
