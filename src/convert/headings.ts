import { parseNumeral } from './numerals.ts';

/** A numbering prefix as printed at the start of a line. */
export interface HeadingMark {
	/** Numbering style, used to infer levels: 第一章, 第一节, 一、, （一）, 1、, 1．, 1., （1）, 前言, 附件. */
	style: string;
	number: number | null;
	/** The prefix exactly as printed (`（一）`, `1、 `). */
	prefix: string;
	/** The text after the prefix. */
	rest: string;
}

const CN = '[一二三四五六七八九十]+';
const PATTERNS: { style: string; re: RegExp }[] = [
	{ style: '第一章', re: new RegExp(`^第(${CN})章[\\s\\u3000]*`) },
	{ style: '第一节', re: new RegExp(`^第(${CN})节[\\s\\u3000]*`) },
	{ style: '一、', re: new RegExp(`^(${CN})、[\\s\\u3000]*`) },
	{ style: '（一）', re: new RegExp(`^[（(](${CN})[）)][\\s\\u3000]*`) },
	{ style: '1、', re: /^(\d{1,2})、[\s\u3000]*/ },
	{ style: '1．', re: /^(\d{1,2})．[\s\u3000]*/ },
	// `1.` but not a year or decimal (`2030.`, `1.5`).
	{ style: '1.', re: /^(\d{1,2})\.(?!\d)[\s\u3000]*/ },
	{ style: '（1）', re: /^[（(](\d{1,2})[）)][\s\u3000]*/ },
];

/** Recognises a heading-style numbering prefix; null for ordinary text. */
export function matchHeadingMark(text: string): HeadingMark | null {
	for (const { style, re } of PATTERNS) {
		const m = re.exec(text);
		if (m && m[1] !== undefined) {
			const rest = text.slice(m[0].length);
			if (rest.length === 0) return null;
			return { style, number: parseNumeral(m[1]), prefix: m[0], rest };
		}
	}
	const compact = text.replace(/[\s\u3000]/g, '');
	if (compact === '前言' || compact === '序言') return { style: '前言', number: null, prefix: '', rest: text };
	const annex = /^附件\s*(\d{1,2}|[一二三四五六七八九十]+)?\s*[：:]?$/.exec(text);
	if (annex) return { style: '附件', number: annex[1] ? parseNumeral(annex[1]) : null, prefix: '', rest: text };
	return null;
}

/** A 专栏 box title line: `专栏1  公共卫生体系建设`, `专栏一  医疗卫生方面实施的重点项目`. */
export function matchBoxTitle(text: string): { number: number | null; title: string } | null {
	const m = /^专栏\s*(\d{1,2}|[一二三四五六七八九十]+)[\s\u3000]*(.*)$/.exec(text);
	if (!m || m[1] === undefined) return null;
	return { number: parseNumeral(m[1]), title: (m[2] ?? '').trim() };
}

const SHORT_HEADING = 40;
const LEAD_MAX = 50;

/**
 * Splits a numbered line into heading and body: short lines are headings; long ones keep
 * their lead sentence (`1、医疗卫生服务体系不断完善。`) as heading and the rest as a paragraph.
 * Returns null when the line is a numbered paragraph with no lead sentence.
 */
export function splitLead(text: string, mark: HeadingMark): { heading: string; body: string } | null {
	const rest = mark.rest;
	if (rest.length <= SHORT_HEADING && !/[。；][^。；]/.test(rest)) return { heading: text, body: '' };
	const end = firstSentenceEnd(rest);
	if (end === -1 || end > LEAD_MAX) return null;
	const cut = text.length - rest.length + end + 1;
	return { heading: text.slice(0, cut), body: text.slice(cut) };
}

function firstSentenceEnd(text: string): number {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '“' || ch === '（' || ch === '《') depth++;
		else if ((ch === '”' || ch === '）' || ch === '》') && depth > 0) depth--;
		else if (depth === 0 && (ch === '。' || ch === '：')) return i;
	}
	return -1;
}

/** Bold-able lead of an unnumbered paragraph (`——人民健康水平显著提高。`, `构筑健康促进社会网络。`). */
export function paragraphLead(text: string): string | null {
	const end = firstSentenceEnd(text);
	if (end < 2 || end > 30 || end === text.length - 1) return null;
	const lead = text.slice(0, end + 1);
	if (/[，,；]/.test(lead) || text[end] !== '。') return null;
	return lead;
}
