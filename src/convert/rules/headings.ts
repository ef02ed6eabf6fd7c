import { CN_NUMERAL, ORDINAL } from '../vocabulary.ts';

/**
 * Heading styles: the numbering prefixes that start a heading line, one named entry each, tried in
 * order. `style` is the name the outline uses to infer levels (a style seen before returns to its
 * level); group 1 of `re` is the number as printed (read with `parseNumeral`). A newcomer meeting a
 * new numbering adds one entry here and one five-line test in tests/convert/headings.test.ts.
 */
export interface HeadingStyle {
	style: string;
	example: string;
	re: RegExp;
}

const GAP = '[\\s\\u3000]*';

/** Numbered heading styles, most specific first. */
export const HEADING_STYLES: HeadingStyle[] = [
	{ style: '第一章', example: '第一章  规划背景', re: new RegExp(`^第(${CN_NUMERAL})章${GAP}`) },
	{ style: '第一节', example: '第二节 主要任务', re: new RegExp(`^第(${CN_NUMERAL})节${GAP}`) },
	{ style: '一、', example: '一、发展基础', re: new RegExp(`^(${CN_NUMERAL})、${GAP}`) },
	{ style: '（一）', example: '（一）健全公共卫生体系', re: new RegExp(`^[（(](${CN_NUMERAL})[）)]${GAP}`) },
	{ style: '1、', example: '1、医疗卫生服务体系不断完善。', re: new RegExp(`^(\\d{1,2})、${GAP}`) },
	{ style: '1．', example: '1．加强疾病预防', re: new RegExp(`^(\\d{1,2})．${GAP}`) },
	// `1.` but not a year or decimal (`2030.`, `1.5`).
	{ style: '1.', example: '1.实施健康知识普及行动。', re: new RegExp(`^(\\d{1,2})\\.(?!\\d)${GAP}`) },
	{ style: '（1）', example: '（1）社区卫生服务站建设', re: new RegExp(`^[（(](\\d{1,2})[）)]${GAP}`) },
];

/** Unnumbered lines that stand as a top-level heading by their words alone; `spaced` lines are matched with spaces removed (`前  言`). */
export const WORD_HEADINGS: { style: string; example: string; re: RegExp; spaced: boolean }[] = [
	{ style: '前言', example: '前  言', re: /^(前言|序言)$/, spaced: true },
	{ style: '附件', example: '附件2：', re: new RegExp(`^附件\\s*(${ORDINAL})?\\s*[：:]?$`), spaced: false },
];

/** A 专栏 box title line: `专栏1  公共卫生体系建设`, `专栏一  医疗卫生方面实施的重点项目`. */
export const BOX_TITLE = new RegExp(`^专栏\\s*(${ORDINAL})[\\s\\u3000]*(.*)$`);
