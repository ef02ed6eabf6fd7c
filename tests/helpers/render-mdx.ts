import { evaluate } from '@mdx-js/mdx';
import remarkCjkFriendly from 'remark-cjk-friendly';

interface Element {
	type: string | ((props: Record<string, unknown>) => unknown);
	props: Record<string, unknown>;
}
const Fragment = Symbol('Fragment');

function jsx(type: Element['type'] | typeof Fragment, props: Record<string, unknown>) {
	return { type, props };
}

/** What an element tree would look like as HTML, plus every tag and attribute it used. */
export interface Rendered {
	html: string;
	text: string;
	tags: Set<string>;
	attributes: Set<string>;
}

function walk(node: unknown, out: { html: string[]; text: string[]; tags: Set<string>; attributes: Set<string> }): void {
	if (node === null || node === undefined || node === false) return;
	if (Array.isArray(node)) return node.forEach((n) => walk(n, out));
	if (typeof node === 'string' || typeof node === 'number') {
		const s = String(node);
		out.text.push(s);
		out.html.push(s.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
		return;
	}
	const el = node as { type: unknown; props: Record<string, unknown> };
	if (typeof el.type === 'function') return walk((el.type as (p: unknown) => unknown)(el.props), out);
	const { children, ...attrs } = el.props ?? {};
	if (el.type === Fragment || typeof el.type !== 'string') return walk(children, out);
	out.tags.add(el.type);
	for (const key of Object.keys(attrs)) out.attributes.add(key);
	out.html.push(`<${el.type}${Object.entries(attrs).map(([k, v]) => ` ${k}="${String(v)}"`).join('')}>`);
	walk(children, out);
	out.html.push(`</${el.type}>`);
}

/** Compiles MDX with the real MDX compiler (as @astrojs/mdx does) and renders it without a browser. */
export async function renderMdx(source: string): Promise<Rendered> {
	const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
	const mod = await evaluate(body, { Fragment, jsx, jsxs: jsx, remarkPlugins: [remarkCjkFriendly] } as never);
	const out = { html: [] as string[], text: [] as string[], tags: new Set<string>(), attributes: new Set<string>() };
	walk((mod.default as (p: unknown) => unknown)({}), out);
	return { html: out.html.join(''), text: out.text.join(''), tags: out.tags, attributes: out.attributes };
}
