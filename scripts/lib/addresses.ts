import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * The citable addresses of a built site and a fingerprint of what each shows, so a test can hold
 * that an address published once keeps showing the same thing (issue 20).
 *
 * - `anchors`: every `#p-…`, `#s-…`, `#t-…`, `#b-…` on a plan page (zh and en): `{ url, fp, text }`,
 *   where `text` is the first 24 characters of the element's text (the enclosing element's for an
 *   empty marker) and `fp` the first 16 hex digits of the SHA-256 of the whole normalised text.
 * - `targets`: every `/plans/<slug>/indicators/<id>/` page (zh and en): `fp` of its `<h1>` and its
 *   facts list (`dl.facts`: unit, baseline, target, attribute, source line).
 */
export interface AddressList {
	anchors: { url: string; fp: string; text: string }[];
	targets: { url: string; fp: string; text: string }[];
}

const ANCHOR = /^[pstb]-/;

/** The text a reader sees in an element: whitespace collapsed, the ¶ permalink left out. */
export function visibleText(node: Element | Root | RootContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' && node.type !== 'root') return '';
	if (node.type === 'element' && node.properties?.className && String(node.properties.className).split(/[ ,]/).includes('pl')) return '';
	return node.children.map((c) => visibleText(c)).join('');
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const fingerprint = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Every element with an `id`, with its parent chain, in document order. */
export function elementsWithId(tree: Root): { el: Element; parents: Element[] }[] {
	const out: { el: Element; parents: Element[] }[] = [];
	const walk = (node: Root | Element, parents: Element[]) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (typeof child.properties?.id === 'string') out.push({ el: child, parents });
			walk(child, [...parents, child]);
		}
	};
	walk(tree, []);
	return out;
}

/** What an anchor shows: its own text, or for an empty marker the text of the element it sits in. */
export function anchorText(el: Element, parents: Element[]): string {
	const own = normalise(visibleText(el));
	if (own !== '') return own;
	const parent = parents[parents.length - 1];
	return parent ? normalise(visibleText(parent)) : '';
}

/** What a target page shows: its title and its facts. */
export function targetText(tree: Root): string {
	const parts: string[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			const cls = String(child.properties?.className ?? '');
			if (child.tagName === 'h1' || (child.tagName === 'dl' && cls.split(/[ ,]/).includes('facts'))) parts.push(normalise(visibleText(child)));
			else walk(child);
		}
	};
	walk(tree);
	return parts.join(' | ');
}

/** Reads the address list off a built site (`dist`). */
export function collectAddresses(dist: string): AddressList {
	const list: AddressList = { anchors: [], targets: [] };
	for (const prefix of ['', 'en/']) {
		const plansDir = join(dist, prefix, 'plans');
		for (const slug of readdirSync(plansDir).sort()) {
			const page = join(plansDir, slug, 'index.html');
			if (slug === 'page' || !existsSync(page)) continue;
			const tree = fromHtml(readFileSync(page, 'utf8'));
			const seen = new Set<string>();
			for (const { el, parents } of elementsWithId(tree)) {
				const id = String(el.properties.id);
				if (!ANCHOR.test(id) || seen.has(id)) continue;
				seen.add(id);
				const text = anchorText(el, parents);
				list.anchors.push({ url: `/${prefix}plans/${slug}/#${id}`, fp: fingerprint(text), text: text.slice(0, 24) });
			}
			const indicators = join(plansDir, slug, 'indicators');
			if (!existsSync(indicators)) continue;
			for (const id of readdirSync(indicators).sort()) {
				const file = join(indicators, id, 'index.html');
				if (!existsSync(file)) continue;
				const text = targetText(fromHtml(readFileSync(file, 'utf8')));
				list.targets.push({ url: `/${prefix}plans/${slug}/indicators/${id}/`, fp: fingerprint(text), text: text.slice(0, 24) });
			}
		}
	}
	return list;
}

/** The fingerprint of a text as `collectAddresses` computes it. */
export { fingerprint, normalise };
