import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';

export type { Element };

/** WordprocessingML namespaces: transitional (what Word and WPS write) and strict ISO 29500. */
export const W_NS = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const MATH_NS = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math']);

/** Parses one XML part of a package; a malformed part is an error naming the part. */
export function parseXml(text: string, part: string): Element {
	try {
		const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
		const root = doc.documentElement;
		if (!root) throw new Error('no root element');
		return root;
	} catch (cause) {
		throw new Error(`${part} is not well-formed XML`, { cause });
	}
}

/** Element children of a node, in document order. */
export function elements(node: Element): Element[] {
	const out: Element[] = [];
	for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
	return out;
}

/** True when `el` is the WordprocessingML element `name` (either namespace). */
export function isW(el: Element, name: string): boolean {
	return el.localName === name && W_NS.has(el.namespaceURI ?? '');
}

/** First WordprocessingML child called `name`, or null. */
export function wChild(el: Element | null | undefined, name: string): Element | null {
	if (!el) return null;
	return elements(el).find((c) => isW(c, name)) ?? null;
}

/** All WordprocessingML children called `name`. */
export function wChildren(el: Element, name: string): Element[] {
	return elements(el).filter((c) => isW(c, name));
}

/** An attribute by local name (`w:val` → `val`), whatever its prefix; null when absent. */
export function attr(el: Element | null | undefined, name: string): string | null {
	if (!el) return null;
	const attrs = el.attributes;
	for (let i = 0; i < attrs.length; i++) {
		const a = attrs.item(i);
		if (a && (a.localName ?? a.name) === name) return a.value;
	}
	return null;
}

/** Word's on/off properties: `<w:b/>`, `<w:b w:val="true"/>` are on, `w:val="0|false|off"` is off. */
export function isOn(el: Element | null | undefined): boolean {
	if (!el) return false;
	const v = attr(el, 'val');
	return v === null || !/^(0|false|off)$/i.test(v);
}

/** A numeric attribute, or null when absent or not a number. */
export function numAttr(el: Element | null | undefined, name: string): number | null {
	const v = attr(el, name);
	if (v === null || !/^-?\d+$/.test(v)) return null;
	return Number(v);
}
