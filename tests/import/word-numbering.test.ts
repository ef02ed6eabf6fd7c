import { describe, expect, it } from 'vitest';
import { WordNumbering } from '../../src/import/word-numbering.ts';
import { parseXml, wChild, type Element } from '../../src/import/xml.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, format: string, text: string, extra = ''): string =>
	`<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const numbering = (body: string): Element => parseXml(`<w:numbering ${W}>${body}</w:numbering>`, 'numbering.xml');
const styles = (body: string): Element => parseXml(`<w:styles ${W}>${body}</w:styles>`, 'styles.xml');
/** A paragraph's w:pPr with direct numbering (numId, ilvl) and/or a style. */
const pPr = (numId: string | null, ilvl: number | null, style: string | null = null): Element =>
	wChild(
		parseXml(`<w:p ${W}><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId !== null ? `<w:numPr>${ilvl !== null ? `<w:ilvl w:val="${ilvl}"/>` : ''}<w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr></w:p>`, 'p'),
		'pPr',
	) as Element;

const OUTLINE = numbering(`
	<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3．')}${lvl(3, 'decimal', '（%4）')}</w:abstractNum>
	<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);

describe('Word automatic numbering', () => {
	it('counts chineseCounting past ten as printed (九、 十、 十一、) and restarts lower levels under a new heading', () => {
		const n = new WordNumbering(OUTLINE, null);
		const printed: string[] = [];
		for (let k = 0; k < 11; k++) printed.push(n.next(pPr('1', 0))?.text ?? '');
		expect(printed.slice(8)).toEqual(['九、', '十、', '十一、']);
		expect(n.next(pPr('1', 1))?.text).toBe('（一）');
		expect(n.next(pPr('1', 1))?.text).toBe('（二）');
		expect(n.next(pPr('1', 2))?.text).toBe('1．');
		expect(n.next(pPr('1', 3))?.text).toBe('（1）');
		expect(n.next(pPr('1', 0))?.text).toBe('十二、');
		expect(n.next(pPr('1', 1))?.text).toBe('（一）');
		expect(n.next(pPr('1', 2))?.text).toBe('1．');
	});

	it('fills a multi-level template (%1.%2) from the counters of each level', () => {
		const n = new WordNumbering(numbering(`<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '第%1章')}${lvl(1, 'decimal', '%1.%2')}</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>`), null);
		expect(n.next(pPr('7', 0))?.text).toBe('第1章 ');
		expect(n.next(pPr('7', 1))?.text).toBe('1.1 ');
		expect(n.next(pPr('7', 1))?.text).toBe('1.2 ');
		expect(n.next(pPr('7', 0))?.text).toBe('第2章 ');
		expect(n.next(pPr('7', 1))?.text).toBe('2.1 ');
	});

	it('honours w:suff (nothing, space) and never prints a tab', () => {
		const n = new WordNumbering(numbering(`<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')}${lvl(1, 'ideographTraditional', '%2、', '<w:suff w:val="space"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`), null);
		expect(n.next(pPr('1', 0))?.text).toBe('1.');
		expect(n.next(pPr('1', 1))?.text).toBe('甲、 ');
		expect(n.next(pPr('1', 1))?.text).toBe('乙、 ');
	});

	it('restarts at a num’s startOverride and shares counters between nums of one list', () => {
		const n = new WordNumbering(
			numbering(`<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1、')}</w:abstractNum>
				<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
				<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
				<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`),
			null,
		);
		expect([n.next(pPr('1', 0)), n.next(pPr('1', 0)), n.next(pPr('2', 0)), n.next(pPr('3', 0)), n.next(pPr('3', 0))].map((x) => x?.text)).toEqual(['1、', '2、', '3、', '1、', '2、']);
	});

	it('numbers heading styles bound to a level by w:pStyle, through basedOn, and lets numId 0 switch numbering off', () => {
		const n = new WordNumbering(
			numbering(`<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="Heading1"/>')}${lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="Heading2"/>')}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>`),
			styles(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
				<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
				<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
				<w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>`),
		);
		expect(n.next(pPr(null, null, 'Heading1'))?.text).toBe('一、');
		expect(n.next(pPr(null, null, 'Heading2'))?.text).toBe('（一）');
		expect(n.next(pPr(null, null, 'MyHeading'))?.text).toBe('二、');
		expect(n.next(pPr('0', null, 'Heading1'))).toBeNull();
		expect(n.next(pPr(null, null, null))).toBeNull();
		expect(n.next(pPr(null, null, 'Heading1'))?.text).toBe('三、');
	});

	it('follows a numStyleLink to the numbering style’s list', () => {
		const n = new WordNumbering(
			numbering(`<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum>
				<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>
				<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
				<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`),
			styles(`<w:style w:type="numbering" w:styleId="PlanList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`),
		);
		// Numbering styles are w:type="numbering"; the link still resolves through their numPr.
		expect(n.next(pPr('2', 0))?.text ?? null).toBe('一、');
	});

	it('reads a custom format written as mc:AlternateContent through its Fallback', () => {
		const alt = '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>';
		const n = new WordNumbering(numbering(`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>${alt}<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`), null);
		expect(n.next(pPr('1', 0))?.text).toBe('01、');
	});

	it('prints a bullet in a symbol font as its character, and says when a format is unknown', () => {
		const n = new WordNumbering(numbering(`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>${lvl(1, 'hebrew2', '%2)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`), null);
		expect(n.next(pPr('1', 0))).toEqual({ text: '• ', problem: null });
		expect(n.next(pPr('1', 1))).toEqual({ text: '1) ', problem: 'number format “hebrew2” printed as decimal' });
	});
});
