import { BOX_TITLE, HEADING_STYLES, WORD_HEADINGS } from './rules/headings.ts';
import { parseNumeral } from './vocabulary.ts';

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

/** Recognises a heading-style numbering prefix; null for ordinary text. */
export function matchHeadingMark(text: string): HeadingMark | null {
	for (const { style, re } of HEADING_STYLES) {
		const m = re.exec(text);
		if (m && m[1] !== undefined) {
			const rest = text.slice(m[0].length);
			if (rest.length === 0) return null;
			return { style, number: parseNumeral(m[1]), prefix: m[0], rest };
		}
	}
	const compact = text.replace(/[\s\u3000]/g, '');
	for (const { style, re, spaced } of WORD_HEADINGS) {
		const m = re.exec(spaced ? compact : text);
		if (m) return { style, number: m[1] ? parseNumeral(m[1]) : null, prefix: '', rest: text };
	}
	return null;
}

/** A 专栏 box title line: `专栏1  公共卫生体系建设`, `专栏一  医疗卫生方面实施的重点项目`. */
export function matchBoxTitle(text: string): { number: number | null; title: string } | null {
	const m = BOX_TITLE.exec(text);
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
