import { formatNumber, symbolChar } from './number-formats.ts';
import { attr, elements, isW, numAttr, wChild, wChildren, type Element } from './xml.ts';

/** One level of a Word list definition (w:lvl). */
interface Level {
	start: number;
	format: string;
	/** lvlText template: `%1、`, `（%2）`, `第%1章`. */
	text: string | null;
	/** Font of the level's run properties (bullets in Symbol/Wingdings are private-use code points). */
	font: string | null;
	/** w:suff: what follows the number — tab (default), space or nothing. */
	suffix: 'tab' | 'space' | 'nothing';
	/** w:isLgl: every %n prints as a decimal. */
	legal: boolean;
	/** w:lvlRestart: restart after a level < this (1-based); 0 never; null means after any higher level. */
	restart: number | null;
	/** w:pStyle: the paragraph style bound to this level (heading styles). */
	style: string | null;
}

interface StyleInfo {
	basedOn: string | null;
	numId: string | null;
	ilvl: number | null;
}

/** What a numbered paragraph prints before its text, and anything the printing could not honour. */
export interface NumberText {
	text: string;
	/** A number format not in NUMBER_FORMATS (printed as decimal), or a bullet glyph with no known character. */
	problem: string | null;
}

/** Word 2010+ writes a custom number format as mc:AlternateContent; its Fallback holds the classic format Word prints elsewhere. */
function fallbackNumFmt(lvl: Element): Element | null {
	const alternate = elements(lvl).find((c) => c.localName === 'AlternateContent');
	const fallback = alternate ? elements(alternate).find((c) => c.localName === 'Fallback') : undefined;
	return fallback ? wChild(fallback, 'numFmt') : null;
}

function readLevel(lvl: Element): Level {
	const suff = attr(wChild(lvl, 'suff'), 'val');
	const fonts = wChild(wChild(lvl, 'rPr'), 'rFonts');
	return {
		start: numAttr(wChild(lvl, 'start'), 'val') ?? 0,
		format: attr(wChild(lvl, 'numFmt') ?? fallbackNumFmt(lvl), 'val') ?? 'decimal',
		text: attr(wChild(lvl, 'lvlText'), 'val'),
		font: attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi'),
		suffix: suff === 'space' || suff === 'nothing' ? suff : 'tab',
		legal: wChild(lvl, 'isLgl') !== null && attr(wChild(lvl, 'isLgl'), 'val') !== '0',
		restart: numAttr(wChild(lvl, 'lvlRestart'), 'val'),
		style: attr(wChild(lvl, 'pStyle'), 'val'),
	};
}

const LEVELS = new WeakMap<Element, Map<number, Level>>();
/** The levels of an abstractNum by ilvl (read once per element). */
function levelsOf(abstract: Element): Map<number, Level> {
	let levels = LEVELS.get(abstract);
	if (!levels) {
		levels = new Map(wChildren(abstract, 'lvl').map((l) => [numAttr(l, 'ilvl') ?? 0, readLevel(l)]));
		LEVELS.set(abstract, levels);
	}
	return levels;
}

/**
 * Word's automatic numbering, replayed paragraph by paragraph in reading order: the list
 * definitions of numbering.xml (abstractNum, num with lvlOverride/startOverride, numStyleLink),
 * numbering inherited from paragraph styles (basedOn chains; heading styles bound to a level by
 * w:pStyle), and counters shared by every num of one abstractNum, as Word keeps them.
 */
export class WordNumbering {
	readonly #abstracts = new Map<string, Element>();
	readonly #nums = new Map<string, { abstractId: string; overrides: Map<number, { start: number | null; level: Level | null }> }>();
	readonly #styles = new Map<string, StyleInfo>();
	/** Numbering styles (w:type="numbering"), which a numStyleLink names. */
	readonly #numberingStyles = new Map<string, StyleInfo>();
	readonly #defaultStyle: string | null;
	readonly #counters = new Map<string, (number | undefined)[]>();
	readonly #startedNums = new Set<string>();

	constructor(numbering: Element | null, styles: Element | null) {
		for (const el of numbering ? elements(numbering) : []) {
			if (isW(el, 'abstractNum')) this.#abstracts.set(attr(el, 'abstractNumId') ?? '', el);
			if (isW(el, 'num')) {
				const overrides = new Map<number, { start: number | null; level: Level | null }>();
				for (const o of wChildren(el, 'lvlOverride')) {
					const lvl = wChild(o, 'lvl');
					overrides.set(numAttr(o, 'ilvl') ?? 0, { start: numAttr(wChild(o, 'startOverride'), 'val'), level: lvl ? readLevel(lvl) : null });
				}
				this.#nums.set(attr(el, 'numId') ?? '', { abstractId: attr(wChild(el, 'abstractNumId'), 'val') ?? '', overrides });
			}
		}
		let defaultStyle: string | null = null;
		for (const el of styles ? wChildren(styles, 'style') : []) {
			const type = attr(el, 'type');
			if (type !== 'paragraph' && type !== 'numbering') continue;
			const id = attr(el, 'styleId') ?? '';
			const numPr = wChild(wChild(el, 'pPr'), 'numPr');
			(type === 'paragraph' ? this.#styles : this.#numberingStyles).set(id, {
				basedOn: attr(wChild(el, 'basedOn'), 'val'),
				numId: attr(wChild(numPr, 'numId'), 'val'),
				ilvl: numAttr(wChild(numPr, 'ilvl'), 'val'),
			});
			if (type === 'paragraph' && (attr(el, 'default') === '1' || attr(el, 'default') === 'true')) defaultStyle = id;
		}
		this.#defaultStyle = defaultStyle;
	}

	/** The abstractNum behind a num, following a numStyleLink to the numbering style's own num. */
	#abstractOf(numId: string, depth = 0): { id: string; el: Element } | null {
		const num = this.#nums.get(numId);
		const el = num ? this.#abstracts.get(num.abstractId) : undefined;
		if (!num || !el) return null;
		const link = attr(wChild(el, 'numStyleLink'), 'val');
		if (link && depth < 4) {
			const linked = this.#numberingStyles.get(link)?.numId ?? null;
			if (linked && linked !== numId) return this.#abstractOf(linked, depth + 1);
		}
		return { id: num.abstractId, el };
	}

	/** numId/ilvl a style gives its paragraphs, through its basedOn chain. */
	#styleNumbering(styleId: string | null): { numId: string | null; ilvl: number | null; style: string | null } {
		let id = styleId ?? this.#defaultStyle;
		const seen = new Set<string>();
		let ilvl: number | null = null;
		while (id && !seen.has(id)) {
			seen.add(id);
			const s = this.#styles.get(id);
			if (!s) break;
			ilvl ??= s.ilvl;
			if (s.numId !== null) return { numId: s.numId, ilvl, style: styleId };
			id = s.basedOn;
		}
		return { numId: null, ilvl, style: styleId };
	}

	/** The level definition in force for a num at ilvl (a lvlOverride's w:lvl wins). */
	#level(numId: string, abstract: Element, ilvl: number): Level | null {
		return this.#nums.get(numId)?.overrides.get(ilvl)?.level ?? levelsOf(abstract).get(ilvl) ?? null;
	}

	/**
	 * Advances the counters for one paragraph and returns the number text it prints (with its
	 * suffix), or null when the paragraph is not numbered. `pPr` is the paragraph's w:pPr.
	 */
	next(pPr: Element | null): NumberText | null {
		const numPr = wChild(pPr, 'numPr');
		const styleId = attr(wChild(pPr, 'pStyle'), 'val');
		const fromStyle = this.#styleNumbering(styleId);
		const numId = attr(wChild(numPr, 'numId'), 'val') ?? fromStyle.numId;
		if (numId === null || numId === '0') return null;
		const abstract = this.#abstractOf(numId);
		if (!abstract) return null;
		const levels = levelsOf(abstract.el);
		let ilvl = numAttr(wChild(numPr, 'ilvl'), 'val') ?? fromStyle.ilvl;
		if (ilvl === null) ilvl = [...levels].find(([, l]) => l.style !== null && l.style === (styleId ?? this.#defaultStyle))?.[0] ?? 0;
		const level = this.#level(numId, abstract.el, ilvl);
		if (!level) return null;
		const counters = this.#counters.get(abstract.id) ?? [];
		this.#counters.set(abstract.id, counters);
		// The first paragraph of a num with startOverride restarts its levels there.
		if (!this.#startedNums.has(numId)) {
			this.#startedNums.add(numId);
			for (const [k, o] of this.#nums.get(numId)?.overrides ?? []) if (o.start !== null) counters[k] = o.start - 1;
		}
		const current = counters[ilvl];
		counters[ilvl] = current === undefined ? level.start : current + 1;
		// Deeper levels restart after a higher level unless their lvlRestart says otherwise.
		for (let deeper = ilvl + 1; deeper < 9; deeper++) {
			const restart = this.#level(numId, abstract.el, deeper)?.restart ?? null;
			if (restart === 0) continue;
			if (restart === null || ilvl < restart) counters[deeper] = undefined;
		}
		if (level.format === 'bullet') return this.#bullet(level);
		let problem: string | null = null;
		const text = (level.text ?? '').replace(/%([1-9])/g, (_, d: string) => {
			const k = Number(d) - 1;
			const def = this.#level(numId, abstract.el, k);
			const value = counters[k] ?? def?.start ?? 1;
			const format = level.legal ? 'decimal' : (def?.format ?? 'decimal');
			const printed = formatNumber(value, format);
			if (!printed.known) problem = `number format “${format}” printed as decimal`;
			return printed.text;
		});
		return { text: text === '' ? '' : text + suffix(level.suffix, text), problem };
	}

	#bullet(level: Level): NumberText {
		const glyph = [...(level.text ?? '')]
			.map((ch) => {
				const code = ch.codePointAt(0) as number;
				return code >= 0xe000 && code <= 0xf8ff ? symbolChar(code, level.font) : ch;
			})
			.join('');
		if ((level.text ?? '') !== '' && glyph === '') return { text: '', problem: `bullet in font ${level.font ?? '?'} (U+${(level.text ?? '').codePointAt(0)?.toString(16).toUpperCase()}) has no known character` };
		return { text: glyph === '' ? '' : glyph + suffix(level.suffix, glyph), problem: null };
	}
}

/** What Word prints after the number: a tab shows as a gap, written as a space except after a full-width closing mark (一、 （一） 1．). */
function suffix(kind: Level['suffix'], text: string): string {
	if (kind === 'nothing') return '';
	if (kind === 'space') return ' ';
	return /[、．。，：）】〕］]$/.test(text) ? '' : ' ';
}
