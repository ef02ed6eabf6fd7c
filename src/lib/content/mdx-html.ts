// The plan body (the MDX that src/convert/mdx.ts writes) rendered to an HTML string, once, while the
// content layer loads it, so no plan becomes a Vite module (see src/lib/content/plan-loader.ts).
// The body is markdown inside plain JSX elements with literal attributes: no imports, no expressions,
// no components. It is parsed by the same micromark MDX syntax as @astrojs/mdx, with the site's remark
// plugin (remark-cjk-friendly, so `**——…。**2020年` bolds), and each JSX element becomes the HTML
// element of the same name.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Paragraph, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import type { State } from 'mdast-util-to-hast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** A JSX element with literal attributes as the hast element of the same name; anything dynamic is an error. */
function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
	if (!node.name || !/^[a-z][a-z0-9]*$/.test(node.name)) throw new Error(`line ${node.position?.start.line}: <${node.name ?? ''}> is not an HTML element; plan bodies hold HTML elements only`);
	const properties: Record<string, string | true> = {};
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) {
			throw new Error(`line ${node.position?.start.line}: <${node.name}> has an expression attribute; plan bodies hold literal attributes only`);
		}
		properties[attribute.name] = attribute.value ?? true;
	}
	const element = h(node.name, properties);
	element.children = state.all(node) as ElementContent[];
	state.patch(node, element);
	return element;
}

/**
 * MDX's own first step (remarkMarkAndUnravel in @mdx-js/mdx, not exported): a paragraph made only of
 * JSX elements and white space is replaced by those elements, so `<p id="p-3">…</p>` on its own line is
 * that <p>, not a <p> inside a <p>.
 */
function unravel() {
	return (tree: MdastRoot) => {
		visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
			if (!parent || index === undefined) return;
			const jsx = node.children.some((c) => c.type === 'mdxJsxTextElement');
			const only = node.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && c.value.trim() === ''));
			if (!jsx || !only) return;
			const children = node.children.filter((c) => c.type === 'mdxJsxTextElement').map((c) => ({ ...c, type: 'mdxJsxFlowElement' }) as unknown as MdxJsxFlowElement);
			parent.children.splice(index, 1, ...children);
			return index;
		});
	};
}

const processor = unified()
	.use(remarkParse)
	.use(remarkMdx)
	.use(unravel)
	.use(remarkCjkFriendly)
	.use(remarkRehype, { handlers: { mdxJsxFlowElement: jsxElement, mdxJsxTextElement: jsxElement } });

/**
 * The HTML of a plan body (MDX without imports or expressions), e.g. `<p id="p-3">**a**b</p>` →
 * `<p id="p-3"><strong>a</strong>b</p>`. `file` names the source in errors.
 */
export function mdxBodyToHtml(body: string, file: string): string {
	try {
		const tree = processor.runSync(processor.parse(body) as MdastRoot) as HastRoot;
		return toHtml(tree, { characterReferences: { useNamedReferences: true } });
	} catch (cause) {
		throw new Error(`${file}: cannot render the plan body: ${(cause as Error).message}`, { cause });
	}
}
