import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { ImportError } from './errors.ts';
import { formatNumber } from './number-formats.ts';
import { Tally, type ImportBlock, type ImportCell, type ImportedDocument, type ImportRow } from './text.ts';

/** Options for reading a saved web page. */
export interface HtmlOptions {
	/** Encoding label to use instead of the page's own declaration (`gbk`, `gb18030`, `big5`, `utf-8`). */
	encoding?: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The encoding a page declares: byte-order mark, then `<meta charset>` / `http-equiv` in its first 4 KiB. */
function declaredEncoding(bytes: Uint8Array): string | null {
	if (UTF8_BOM.every((b, i) => bytes[i] === b)) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
		const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
		if (m?.[1]) return m[1].toLowerCase();
	}
	return null;
}

/** Decodes a saved page, honouring its declared encoding (GBK/GB2312 pages are common); fails clearly rather than guessing. */
export function decodeHtml(bytes: Uint8Array, file: string, override?: string): { text: string; encoding: string } {
	const declared = override ?? declaredEncoding(bytes);
	const label = declared ?? 'utf-8';
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(label, { fatal: true });
	} catch (cause) {
		throw new ImportError(file, `unknown text encoding “${label}”${override ? '' : ' declared by the page'}; pass --encoding with one of utf-8, gbk, gb18030, big5`, { cause });
	}
	try {
		return { text: decoder.decode(bytes), encoding: decoder.encoding };
	} catch (cause) {
		const hint = declared ? `the page says ${label} but its bytes are not valid ${decoder.encoding}` : 'the page declares no encoding and is not valid UTF-8';
		throw new ImportError(file, `${hint}; pass --encoding (a Chinese page is usually gbk)`, { cause });
	}
}

type Props = Element['properties'];
const classTokens = (props: Props): string[] => {
	const cls: unknown = props.className;
	const list = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? cls.split(/\s+/) : [];
	const id = typeof props.id === 'string' ? [props.id] : [];
	return [...list, ...id].map((t) => t.toLowerCase());
};
const parts = (tokens: string[]): string[] => tokens.flatMap((t) => t.split(/[-_]/));

/** Share of an element's text that sits inside links: navigation is mostly links. */
function linkDensity(el: Element): number {
	let all = 0;
	let linked = 0;
	const visit = (node: ElementContent, inLink: boolean): void => {
		if (node.type === 'text') {
			const n = node.value.replace(/\s/g, '').length;
			all += n;
			if (inLink) linked += n;
		} else if (node.type === 'element') for (const c of node.children) visit(c, inLink || node.tagName === 'a');
	};
	visit(el, false);
	return all === 0 ? 1 : linked / all;
}

/** A rule that marks an element as site chrome; each is clear-cut, and anything else is kept. */
interface ChromeRule {
	name: string;
	why: string;
	test: (el: Element, inArticle: boolean) => boolean;
}

/** Site chrome left out of an imported page. A newcomer meeting a new portal adds one rule and one test. */
export const CHROME_RULES: ChromeRule[] = [
	{ name: 'nav', why: 'site navigation (<nav>)', test: (el) => el.tagName === 'nav' },
	{ name: 'landmark', why: 'site banner, navigation, search or footer (ARIA role)', test: (el) => /^(navigation|banner|contentinfo|search)$/.test(String(el.properties.role ?? '')) },
	{ name: 'page header', why: 'the site header (<header> outside the article)', test: (el, inArticle) => el.tagName === 'header' && !inArticle },
	{ name: 'page footer', why: 'the site footer (<footer> outside the article)', test: (el, inArticle) => el.tagName === 'footer' && !inArticle },
	{ name: 'sidebar', why: 'a sidebar (<aside> outside the article)', test: (el, inArticle) => el.tagName === 'aside' && !inArticle },
	{ name: 'share buttons', why: 'share buttons', test: (el) => classTokens(el.properties).some((t) => /share|jiathis/.test(t)) },
	{ name: 'breadcrumb', why: 'the breadcrumb trail', test: (el) => parts(classTokens(el.properties)).some((t) => /^(breadcrumbs?|crumbs?)$/.test(t)) },
	{ name: 'menu', why: 'a navigation menu (class or id nav/menu, mostly links)', test: (el) => parts(classTokens(el.properties)).some((t) => /^(nav|navbar|navigation|menu|topnav|subnav|mainnav)$/.test(t)) && linkDensity(el) >= 0.5 },
	{ name: 'site header', why: 'the site header (class or id header/topbar outside the article)', test: (el, inArticle) => !inArticle && classTokens(el.properties).some((t) => /^(header|site-header|topbar|top-bar)$/.test(t)) },
	{ name: 'footer block', why: 'the site footer (class or id footer/copyright outside the article)', test: (el, inArticle) => !inArticle && classTokens(el.properties).some((t) => /^(footer|site-footer|copyright|page-footer)$/.test(t)) },
	{ name: 'hidden', why: 'hidden on the page (hidden, aria-hidden or display:none)', test: (el) => el.properties.hidden === true || el.properties.ariaHidden === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(String(el.properties.style ?? '')) },
];

/** Elements that are never text: scripts, styles, form controls, embedded objects. */
const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'select', 'button', 'input', 'textarea', 'map']);
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'html', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot']);
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Collapses HTML white space as a browser lays it out; a line break between two Chinese characters disappears (CSS Text 3 segment breaks). */
function collapse(raw: string): string {
	return raw.replace(/[ \t\n\r\f]+/g, (ws: string, offset: number, s: string) => {
		const prev = s[offset - 1] ?? '';
		const next = s[offset + ws.length] ?? '';
		return /[\n\r]/.test(ws) && CJK.test(prev) && CJK.test(next) ? '' : ' ';
	});
}

/** Element children, looking through <thead>/<tbody>/<tfoot>. */
const kids = (el: Element, ...tags: string[]): Element[] => el.children.filter((c): c is Element => c.type === 'element' && tags.includes(c.tagName));
function tableRows(table: Element): Element[] {
	const head = kids(table, 'thead').flatMap((s) => kids(s, 'tr'));
	const body = table.children.flatMap((c) => (c.type !== 'element' ? [] : c.tagName === 'tr' ? [c] : c.tagName === 'tbody' ? kids(c, 'tr') : []));
	const foot = kids(table, 'tfoot').flatMap((s) => kids(s, 'tr'));
	return [...head, ...body, ...foot];
}

function contains(el: Element, test: (e: Element) => boolean): boolean {
	return el.children.some((c) => c.type === 'element' && (test(c) || contains(c, test)));
}

/** A table used for page layout (one cell a row, or holding other tables or headings) is read as flowing text. */
function isLayoutTable(table: Element): boolean {
	const rows = tableRows(table);
	if (rows.every((r) => kids(r, 'td', 'th').length <= 1)) return true;
	return contains(table, (e) => e.tagName === 'table' || /^h[1-6]$/.test(e.tagName));
}

const span = (el: Element, name: 'colSpan' | 'rowSpan'): number => {
	const v = Number(el.properties[name] ?? 1);
	return Number.isInteger(v) && v >= 1 ? Math.min(v, 1000) : 1;
};

/** Walks a page's tree into blocks: lines from block elements and <br>, tables cell by cell, chrome counted and left out. */
class Walker {
	readonly blocks: ImportBlock[] = [];
	readonly tally = new Tally();
	#line = '';
	/** An ordered-list number waiting for the item's first line (the item may start with a heading or paragraph). */
	#marker: string | null = null;

	/** Ends the current line; `force` writes it even when empty (a <br>). */
	flush(force = false): void {
		const raw = this.#line;
		this.#line = '';
		const text = collapse(raw);
		if (text.trim() === '' && !force && !/[\u00a0\u3000]/.test(text)) return;
		if (this.#marker !== null && text.trim() !== '') {
			this.blocks.push({ type: 'paragraph', text: this.#marker + text.trimStart() });
			this.#marker = null;
			return;
		}
		this.blocks.push({ type: 'paragraph', text });
	}

	walk(node: RootContent | Root | ElementContent, inArticle: boolean, pre: boolean): void {
		if (node.type === 'text') {
			this.#line += pre ? node.value.replace(/\r\n?/g, '\n') : node.value;
			if (pre && this.#line.includes('\n')) {
				const lines = this.#line.split('\n');
				this.#line = lines.pop() ?? '';
				for (const l of lines) this.blocks.push({ type: 'paragraph', text: l });
			}
			return;
		}
		if (node.type === 'root') {
			for (const c of node.children) this.walk(c, inArticle, pre);
			return;
		}
		if (node.type !== 'element') return;
		const el = node;
		const tag = el.tagName;
		if (SKIP.has(tag)) return;
		const rule = CHROME_RULES.find((r) => r.test(el, inArticle));
		if (rule) {
			const sample = textOf(el);
			if (sample.trim() !== '') this.tally.add(rule.name, `left out as ${rule.why}`, sample);
			return;
		}
		if (tag === 'img') {
			this.tally.add('pictures', 'pictures carry no text the converter can read', String(el.properties.alt ?? el.properties.src ?? ''));
			return;
		}
		if (tag === 'br') {
			this.flush(true);
			return;
		}
		if (tag === 'table') {
			this.flush();
			this.table(el, inArticle);
			return;
		}
		// Word's “Save as web page” prints a list number in a span marked mso-list:Ignore, padded with
		// no-break spaces that stand for the tab after the number: written as Word prints the number.
		if (/mso-list\s*:\s*ignore/i.test(String(el.properties.style ?? ''))) {
			const number = textOf(el).replace(/[\s\u00a0]+$/, '').trimStart();
			this.#line += number + (/[、．。，：）】〕］]$/.test(number) || number === '' ? '' : ' ');
			return;
		}
		const note = noteMark(el);
		if (note !== null) {
			this.#line += note;
			return;
		}
		const article = inArticle || tag === 'article' || tag === 'main' || el.properties.role === 'main';
		const block = BLOCK.has(tag);
		if (block) this.flush();
		const marker = tag === 'li' ? ((el.data as { marker?: string } | undefined)?.marker ?? null) : null;
		if (marker !== null) this.#marker = marker;
		for (const c of el.children) this.walk(c, article, pre || tag === 'pre');
		if (block) this.flush();
		if (marker !== null) this.#marker = null;
	}

	table(table: Element, inArticle: boolean): void {
		const caption = kids(table, 'caption')[0];
		if (caption) {
			this.walk(caption, inArticle, false);
			this.flush();
		}
		const rows = tableRows(table);
		if (isLayoutTable(table)) {
			// A frame of one-cell rows with no table inside (a 专栏 box) stays a block of its own, set off by blank lines.
			if (!contains(table, (e) => e.tagName === 'table') && rows.every((r) => kids(r, 'td', 'th').length <= 1)) {
				this.blocks.push({ type: 'table', rows: rows.map((r) => ({ cells: kids(r, 'td', 'th').map((td) => ({ paragraphs: this.cellParagraphs(td, inArticle), span: 1, merged: false })) })) });
				return;
			}
			if (rows.some((r) => kids(r, 'td', 'th').length > 1)) this.tally.add('layout tables', 'a table holding other tables or headings is page layout: its cells are written as paragraphs');
			for (const row of rows) for (const cell of kids(row, 'td', 'th')) {
				this.walk(cell, inArticle, false);
				this.flush();
			}
			return;
		}
		// Rowspans carried down: pending[c] = rows still covered, and the width of the spanning cell.
		const pending: { rows: number; width: number }[] = [];
		const out: ImportRow[] = [];
		for (const tr of rows) {
			const cells: ImportCell[] = [];
			const tds = kids(tr, 'td', 'th');
			let c = 0;
			const takeMerged = (): boolean => {
				const p = pending[c];
				if (!p || p.rows <= 0) return false;
				cells.push({ paragraphs: [], span: p.width, merged: true });
				p.rows--;
				c += p.width;
				return true;
			};
			for (const td of tds) {
				while (takeMerged());
				const width = span(td, 'colSpan');
				const down = span(td, 'rowSpan');
				cells.push({ paragraphs: this.cellParagraphs(td, inArticle), span: width, merged: false });
				for (let k = 0; k < width; k++) pending[c + k] = k === 0 ? { rows: down - 1, width } : { rows: 0, width: 1 };
				c += width;
			}
			while (c < pending.length) if (!takeMerged()) c++;
			out.push({ cells });
		}
		this.blocks.push({ type: 'table', rows: out });
	}

	/** A cell's lines, read with a walker of its own so its paragraphs stay in the cell. */
	cellParagraphs(td: Element, inArticle: boolean): string[] {
		const inner = new Walker();
		for (const c of td.children) inner.walk(c, inArticle, false);
		inner.flush();
		for (const d of inner.tally.list()) for (let k = 0; k < d.count; k++) this.tally.add(d.what, d.why, d.samples[k]);
		return inner.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.cells.flatMap((cell) => cell.paragraphs))));
	}
}

/**
 * A note reference or back-link: a link to an anchor on the same page whose text is only a number
 * (`<a href="#_ftn1"><sup>[1]</sup></a>`, LibreOffice's `#sdfootnote1sym`). Written `[1]` so the
 * mark never runs into a number printed before it (`78.5岁[1]`, not `78.5岁1`); null for anything else.
 */
function noteMark(el: Element): string | null {
	if (el.tagName !== 'a' || !String(el.properties.href ?? '').startsWith('#')) return null;
	const m = /^[\[［(（]?(\d{1,3})[\]］)）]?$/.exec(textOf(el).trim());
	return m ? `[${m[1]}]` : null;
}

/** Plain text of an element, for samples in the summary. */
function textOf(el: Element): string {
	let out = '';
	const visit = (n: ElementContent): void => {
		if (n.type === 'text') out += n.value;
		else if (n.type === 'element' && !SKIP.has(n.tagName)) for (const c of n.children) visit(c);
	};
	visit(el);
	return collapse(out);
}

/** Numbers ordered-list items (hast has no parent links): `<ol start=3 type=a>` → `c. `, kept on the item for the walker to print before its first line. */
function numberLists(node: Root | Element): void {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === 'ol') {
			const type = String(child.properties.type ?? '1');
			const format = { a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' }[type] ?? 'decimal';
			const items = kids(child, 'li');
			const reversed = child.properties.reversed === true;
			let n = Number(child.properties.start ?? (reversed ? items.length : 1));
			for (const li of items) {
				if (li.properties.value !== undefined && !Number.isNaN(Number(li.properties.value))) n = Number(li.properties.value);
				li.data = { ...li.data, marker: `${formatNumber(n, format).text}. ` } as Element['data'];
				n += reversed ? -1 : 1;
			}
		}
		numberLists(child);
	}
}

/**
 * Reads a saved web page into blocks: the text in reading order, one line per block element or
 * <br>, data tables cell by cell (colspan/rowspan carried as the converter expects), layout tables
 * as paragraphs, ordered lists numbered as a browser prints them. Site chrome matched by
 * CHROME_RULES is left out and counted; everything else is kept. Throws ImportError for an empty
 * file, an undecodable one, or a page with no text.
 */
export function readHtml(bytes: Uint8Array, file: string, options: HtmlOptions = {}): ImportedDocument {
	if (bytes.length === 0) throw new ImportError(file, 'the file is empty (0 bytes)');
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new ImportError(file, 'a zip archive (a .docx?), not a web page: import it as .docx');
	const { text } = decodeHtml(bytes, file, options.encoding);
	const tree = fromHtml(text);
	numberLists(tree);
	const walker = new Walker();
	walker.walk(tree, false, false);
	walker.flush();
	const hasText = walker.blocks.some((b) => (b.type === 'paragraph' ? b.text.trim() !== '' : b.rows.length > 0));
	if (!hasText) throw new ImportError(file, 'the page has no text (left out as chrome or empty)');
	return { format: 'html', blocks: walker.blocks, dropped: walker.tally.list() };
}
