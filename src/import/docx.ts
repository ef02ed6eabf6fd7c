import { openWordPackage } from './docx-package.ts';
import { ImportError } from './errors.ts';
import { formatNumber, symbolChar } from './number-formats.ts';
import { Tally, type ImportBlock, type ImportCell, type ImportedDocument, type ImportRow } from './text.ts';
import { WordNumbering } from './word-numbering.ts';
import { attr, elements, isOn, isW, MATH_NS, MC_NS, numAttr, wChild, wChildren, type Element } from './xml.ts';

/** Footnote/endnote texts by id, and how their reference marks are numbered. */
interface Notes {
	bodies: Map<string, Element>;
	format: string;
	start: number;
	count: number;
	/** Marks already given, so a second reference to one note prints the same mark. */
	marks: Map<string, string>;
}

interface Context {
	numbering: WordNumbering;
	tally: Tally;
	footnotes: Notes;
	endnotes: Notes;
	/** Footnotes referenced since the last top-level block: printed after it, as at the foot of its page. */
	pendingFootnotes: string[];
	endnoteOrder: string[];
	/** Blocks from text boxes met inside a paragraph: printed after that paragraph. */
	floating: ImportBlock[];
}

const notePr = (settings: Element | null, document: Element, name: 'footnotePr' | 'endnotePr', fallback: string): { format: string; start: number } => {
	const body = wChild(document, 'body');
	const sect = body ? wChild(body, 'sectPr') : null;
	const pr = wChild(sect, name) ?? wChild(settings, name);
	return { format: attr(wChild(pr, 'numFmt'), 'val') ?? fallback, start: numAttr(wChild(pr, 'numStart'), 'val') ?? 1 };
};

function readNotes(root: Element | null, settings: Element | null, document: Element, kind: 'footnote' | 'endnote'): Notes {
	const bodies = new Map<string, Element>();
	for (const el of root ? wChildren(root, kind) : []) {
		const type = attr(el, 'type');
		if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
		bodies.set(attr(el, 'id') ?? '', el);
	}
	const { format, start } = notePr(settings, document, kind === 'footnote' ? 'footnotePr' : 'endnotePr', kind === 'footnote' ? 'decimal' : 'lowerRoman');
	return { bodies, format, start, count: 0, marks: new Map() };
}

/** The printed mark of a note reference, `[1]`: numbered in order of first reference, as Word numbers them. */
function noteMark(notes: Notes, id: string): string {
	const known = notes.marks.get(id);
	if (known) return known;
	const mark = `[${formatNumber(notes.start + notes.count, notes.format).text}]`;
	notes.count++;
	notes.marks.set(id, mark);
	return mark;
}

/** Text of a w:r run: w:t, tabs, breaks, symbols and note references; hidden runs are skipped and counted. */
function runText(run: Element, ctx: Context, marks: { note: (kind: 'footnote' | 'endnote', id: string) => string }): string {
	const rPr = wChild(run, 'rPr');
	const fonts = wChild(rPr, 'rFonts');
	const font = attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi') ?? attr(fonts, 'eastAsia');
	let out = '';
	const hidden = isOn(wChild(rPr, 'vanish'));
	for (const el of elements(run)) {
		if (isW(el, 't')) {
			const text = el.textContent ?? '';
			out += /[\ue000-\uf8ff]/.test(text) ? privateUse(text, font, ctx) : text;
		} else if (isW(el, 'tab') || isW(el, 'ptab')) out += '\t';
		else if (isW(el, 'br') || isW(el, 'cr')) {
			const type = attr(el, 'type');
			if (type !== 'page' && type !== 'column') out += '\n';
		} else if (isW(el, 'noBreakHyphen')) out += '-';
		else if (isW(el, 'sym')) {
			const code = Number.parseInt(attr(el, 'char') ?? '', 16);
			const ch = Number.isNaN(code) ? null : symbolChar(code, attr(el, 'font'));
			if (ch) out += ch;
			else ctx.tally.add('symbols', 'a symbol-font character with no known Unicode equivalent was left out', `${attr(el, 'font')} ${attr(el, 'char')}`);
		} else if (isW(el, 'footnoteReference') || isW(el, 'endnoteReference')) {
			if (attr(el, 'customMarkFollows') === '1' || attr(el, 'customMarkFollows') === 'true') continue;
			out += marks.note(isW(el, 'footnoteReference') ? 'footnote' : 'endnote', attr(el, 'id') ?? '');
		} else if (isW(el, 'footnoteRef') || isW(el, 'endnoteRef')) out += marks.note(isW(el, 'footnoteRef') ? 'footnote' : 'endnote', '');
		else if (isW(el, 'drawing') || isW(el, 'pict') || isW(el, 'object')) drawing(el, ctx);
		else if (el.localName === 'AlternateContent' && el.namespaceURI === MC_NS) out += alternate(el, (chosen) => runText(chosen, ctx, marks));
	}
	if (hidden && out.trim() !== '') {
		ctx.tally.add('hidden text', 'text formatted as hidden (not printed) was left out', out);
		return '';
	}
	return out;
}

/** Text in a private-use code point is a symbol font's glyph: mapped when known, else left out and counted. */
function privateUse(text: string, font: string | null, ctx: Context): string {
	return text.replace(/[\ue000-\uf8ff]/g, (ch) => {
		const mapped = symbolChar(ch.codePointAt(0) as number, font);
		if (mapped === null) ctx.tally.add('symbols', 'a symbol-font character with no known Unicode equivalent was left out', `${font ?? ''} U+${ch.codePointAt(0)?.toString(16).toUpperCase()}`);
		return mapped ?? '';
	});
}

/** mc:AlternateContent: the first Choice (what Word shows), else the Fallback, never both. */
function alternate(el: Element, read: (chosen: Element) => string): string {
	const chosen = elements(el).find((c) => c.localName === 'Choice') ?? elements(el).find((c) => c.localName === 'Fallback');
	if (!chosen) return '';
	return elements(chosen).map(read).join('');
}

/** A picture or shape: its text boxes are read as blocks printed after the paragraph; a picture without text is counted. */
function drawing(el: Element, ctx: Context): void {
	const boxes: Element[] = [];
	const visit = (node: Element): void => {
		if (isW(node, 'txbxContent')) {
			boxes.push(node);
			return;
		}
		// A shape written twice (DrawingML choice + VML fallback) is read once.
		if (node.localName === 'AlternateContent' && node.namespaceURI === MC_NS) {
			const chosen = elements(node).find((c) => c.localName === 'Choice') ?? elements(node).find((c) => c.localName === 'Fallback');
			if (chosen) visit(chosen);
			return;
		}
		for (const c of elements(node)) visit(c);
	};
	visit(el);
	if (boxes.length === 0) {
		const props = findElement(el, (e) => e.localName === 'docPr');
		ctx.tally.add('pictures', 'pictures and charts carry no text the converter can read', attr(props, 'descr') || attr(props, 'title') || attr(props, 'name') || undefined);
		return;
	}
	ctx.tally.add('text boxes', 'text boxes are printed after the paragraph that anchors them');
	for (const box of boxes) ctx.floating.push(...readBlocks(box, ctx, false));
}

/** The first descendant (depth first) that passes `test`, or null. */
function findElement(node: Element, test: (e: Element) => boolean): Element | null {
	for (const c of elements(node)) {
		if (test(c)) return c;
		const hit = findElement(c, test);
		if (hit) return hit;
	}
	return null;
}

/** Text of paragraph content (runs inside hyperlinks, insertions, fields, content controls, smart tags). */
function inlineText(node: Element, ctx: Context, marks: { note: (kind: 'footnote' | 'endnote', id: string) => string }): string {
	let out = '';
	for (const el of elements(node)) {
		if (isW(el, 'r')) out += runText(el, ctx, marks);
		else if (isW(el, 'del') || isW(el, 'moveFrom')) ctx.tally.add('tracked deletions', 'text deleted with track changes on is not printed', el.textContent ?? '');
		else if (isW(el, 'hyperlink') || isW(el, 'ins') || isW(el, 'moveTo') || isW(el, 'smartTag') || isW(el, 'customXml') || isW(el, 'fldSimple') || isW(el, 'bdo') || isW(el, 'dir')) out += inlineText(el, ctx, marks);
		else if (isW(el, 'sdt')) out += inlineText(wChild(el, 'sdtContent') ?? el, ctx, marks);
		else if (el.localName === 'AlternateContent' && el.namespaceURI === MC_NS) out += alternate(el, (c) => inlineText(c, ctx, marks));
		else if (MATH_NS.has(el.namespaceURI ?? '') && (el.localName === 'oMath' || el.localName === 'oMathPara')) {
			const text = mathText(el);
			ctx.tally.add('equations', 'equations are written as their plain text', text);
			out += text;
		}
	}
	return out;
}

/** The characters of an Office Math object in reading order (m:t), without layout. */
function mathText(el: Element): string {
	if (el.localName === 't' && MATH_NS.has(el.namespaceURI ?? '')) return el.textContent ?? '';
	return elements(el).map(mathText).join('');
}

/** A w:p as printed: its automatic number (一、 （一） 1．) then its text. */
function paragraphText(p: Element, ctx: Context, inNote: 'footnote' | 'endnote' | null, noteId: string): string {
	const pPr = wChild(p, 'pPr');
	const number = ctx.numbering.next(pPr);
	if (number?.problem) ctx.tally.add('numbering', number.problem);
	const marks = {
		note: (kind: 'footnote' | 'endnote', id: string): string => {
			// Inside a note body, w:footnoteRef prints that note's own mark.
			const noteIdNow = id === '' && inNote === kind ? noteId : id;
			const notes = kind === 'footnote' ? ctx.footnotes : ctx.endnotes;
			if (!notes.bodies.has(noteIdNow)) return '';
			const known = notes.marks.has(noteIdNow);
			const mark = noteMark(notes, noteIdNow);
			if (!known && id !== '') (kind === 'footnote' ? ctx.pendingFootnotes : ctx.endnoteOrder).push(noteIdNow);
			return mark;
		},
	};
	return (number?.text ?? '') + inlineText(p, ctx, marks);
}

/** The blocks of a note body (its paragraphs, the first carrying the `[1]` mark). */
function noteBlocks(kind: 'footnote' | 'endnote', id: string, ctx: Context): ImportBlock[] {
	const notes = kind === 'footnote' ? ctx.footnotes : ctx.endnotes;
	const body = notes.bodies.get(id);
	if (!body) return [];
	const blocks: ImportBlock[] = [];
	for (const el of elements(body)) {
		if (isW(el, 'p')) {
			const text = paragraphText(el, ctx, kind, id);
			if (text.trim() !== '') blocks.push({ type: 'paragraph', text });
		} else if (isW(el, 'tbl')) blocks.push(readTable(el, ctx));
	}
	const first = blocks[0];
	const mark = notes.marks.get(id) ?? '';
	// A note whose body has no w:footnoteRef still gets its mark in front.
	if (first && first.type === 'paragraph' && !first.text.trimStart().startsWith(mark)) first.text = `${mark} ${first.text.trimStart()}`;
	return blocks;
}

/** Cells of a table row, reaching into row-level content controls. */
function rowCells(tr: Element): Element[] {
	return elements(tr).flatMap((el) => (isW(el, 'tc') ? [el] : isW(el, 'sdt') || isW(el, 'customXml') ? rowCells(wChild(el, 'sdtContent') ?? el) : []));
}

function tableRows(tbl: Element): Element[] {
	return elements(tbl).flatMap((el) => (isW(el, 'tr') ? [el] : isW(el, 'sdt') || isW(el, 'customXml') ? tableRows(wChild(el, 'sdtContent') ?? el) : []));
}

/** A w:tbl: one ImportCell per w:tc; gridSpan as span, vMerge continue as a merged (empty) cell; a table nested in a cell is flattened into the cell's lines. */
function readTable(tbl: Element, ctx: Context): ImportBlock {
	const rows: ImportRow[] = [];
	for (const tr of tableRows(tbl)) {
		const cells: ImportCell[] = [];
		for (const tc of rowCells(tr)) {
			const tcPr = wChild(tc, 'tcPr');
			if (attr(wChild(tcPr, 'hMerge'), 'val') === 'continue') continue;
			const vMerge = wChild(tcPr, 'vMerge');
			const merged = vMerge !== null && attr(vMerge, 'val') !== 'restart';
			const paragraphs: string[] = [];
			for (const block of readBlocks(tc, ctx, false)) {
				if (block.type === 'paragraph') paragraphs.push(block.text);
				else {
					ctx.tally.add('nested tables', 'a table inside a table cell is written into that cell, cell by cell');
					for (const row of block.rows) for (const cell of row.cells) paragraphs.push(...cell.paragraphs);
				}
			}
			cells.push({ paragraphs, span: numAttr(wChild(tcPr, 'gridSpan'), 'val') ?? 1, merged });
		}
		rows.push({ cells });
	}
	return { type: 'table', rows };
}

/** Block content of a body, cell, text box or content control, in reading order. */
function readBlocks(container: Element, ctx: Context, top: boolean): ImportBlock[] {
	const blocks: ImportBlock[] = [];
	const flush = (): void => {
		if (!top) return;
		blocks.push(...ctx.floating.splice(0));
		for (const id of ctx.pendingFootnotes.splice(0)) blocks.push(...noteBlocks('footnote', id, ctx));
	};
	for (const el of elements(container)) {
		if (isW(el, 'p')) {
			blocks.push({ type: 'paragraph', text: paragraphText(el, ctx, null, '') });
			if (!top) blocks.push(...ctx.floating.splice(0));
		} else if (isW(el, 'tbl')) blocks.push(readTable(el, ctx));
		else if (isW(el, 'sdt')) blocks.push(...readBlocks(wChild(el, 'sdtContent') ?? el, ctx, false));
		else if (isW(el, 'customXml')) blocks.push(...readBlocks(el, ctx, false));
		else if (el.localName === 'AlternateContent' && el.namespaceURI === MC_NS) {
			const chosen = elements(el).find((c) => c.localName === 'Choice') ?? elements(el).find((c) => c.localName === 'Fallback');
			if (chosen) blocks.push(...readBlocks(chosen, ctx, false));
		} else if (isW(el, 'altChunk')) ctx.tally.add('embedded documents', 'a document embedded as an altChunk (HTML/RTF inside the .docx) is not read; paste its text into the document instead');
		flush();
	}
	return blocks;
}

/**
 * Reads a .docx into blocks: paragraphs with Word's automatic numbering printed (一、 （一） 1．),
 * tables cell by cell, footnotes after the paragraph (or table) that cites them as `[1] …`,
 * endnotes at the end, text boxes after their anchor paragraph. Pictures, hidden text and
 * tracked deletions are counted in `dropped`. Throws ImportError for an encrypted, old-format,
 * damaged, non-Word or empty file.
 */
export function readDocx(bytes: Uint8Array, file: string): ImportedDocument {
	const pkg = openWordPackage(bytes, file);
	const body = wChild(pkg.document, 'body');
	if (!body) throw new ImportError(file, 'not a Word document (word/document.xml has no w:body)');
	const ctx: Context = {
		numbering: new WordNumbering(pkg.numbering, pkg.styles),
		tally: new Tally(),
		footnotes: readNotes(pkg.footnotes, pkg.settings, pkg.document, 'footnote'),
		endnotes: readNotes(pkg.endnotes, pkg.settings, pkg.document, 'endnote'),
		pendingFootnotes: [],
		endnoteOrder: [],
		floating: [],
	};
	const blocks = readBlocks(body, ctx, true);
	for (const id of ctx.endnoteOrder) blocks.push(...noteBlocks('endnote', id, ctx));
	const hasText = blocks.some((b) => (b.type === 'paragraph' ? b.text.trim() !== '' : b.rows.some((r) => r.cells.some((c) => c.paragraphs.some((p) => p.trim() !== '')))));
	if (!hasText) throw new ImportError(file, 'the document has no text (empty, or only pictures: a scanned plan needs OCR first)');
	return { format: 'docx', blocks, dropped: ctx.tally.list() };
}
