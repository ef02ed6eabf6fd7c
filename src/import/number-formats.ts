/**
 * Word's number formats (ST_NumberFormat, ECMA-376 §17.18.59) as printed: one entry per format
 * name, each turning a counter into its printed digits. A format met in a real file and missing
 * here falls back to decimal and is reported; adding it is one line here and one test.
 */

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

/** Chinese counting numerals: 1→一, 10→十, 11→十一, 20→二十, 101→一百零一 (10–19 without a leading 一 unless `legal`). */
function chineseCounting(n: number, digits: string, units: [string, string, string], zero: string, legal = false): string {
	if (n <= 0 || n >= 10000) return String(n);
	const parts: string[] = [];
	const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
	const names = [units[2], units[1], units[0], ''];
	let pendingZero = false;
	let started = false;
	places.forEach((d, i) => {
		if (d === 0) {
			if (started) pendingZero = true;
			return;
		}
		if (pendingZero) parts.push(zero);
		pendingZero = false;
		// 十一 rather than 一十一 when the number starts at the tens.
		if (!(i === 2 && d === 1 && !started && !legal)) parts.push(digits[d] as string);
		parts.push(names[i] as string);
		started = true;
	});
	return parts.join('');
}

const letters = (n: number, base: string): string => {
	if (n <= 0) return String(n);
	// Word repeats the letter: a…z, aa…zz, aaa…
	const letter = base[(n - 1) % 26] as string;
	return letter.repeat(Math.floor((n - 1) / 26) + 1);
};

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
const roman = (n: number): string => {
	if (n <= 0 || n >= 4000) return String(n);
	let rest = n;
	let out = '';
	for (const [value, text] of ROMAN) while (rest >= value) { out += text; rest -= value; }
	return out;
};

/** A cycle of symbols for 1..N; past N Word prints the decimal number. */
const cycle = (symbols: string) => (n: number): string => (n >= 1 && n <= [...symbols].length ? ([...symbols][n - 1] as string) : String(n));
/** Unicode's enclosed/parenthesised digit blocks cover 1–20 (circled up to 50); past them, decimal. */
const enclosed = (first: number, count: number) => (n: number): string => (n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n));

const CIRCLED = (n: number): string => {
	if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
	if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
	if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
	return String(n);
};

/** Printed digits of counter `n` in each Word number format. */
export const NUMBER_FORMATS: Record<string, (n: number) => string> = {
	decimal: (n) => String(n),
	decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
	decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
	decimalFullWidth2: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
	decimalHalfWidth: (n) => String(n),
	decimalEnclosedCircle: CIRCLED,
	decimalEnclosedCircleChinese: CIRCLED,
	decimalEnclosedFullstop: enclosed(0x2488, 20),
	decimalEnclosedParen: enclosed(0x2474, 20),
	chineseCounting: (n) => chineseCounting(n, CN_DIGITS, ['十', '百', '千'], '零'),
	chineseCountingThousand: (n) => chineseCounting(n, CN_DIGITS, ['十', '百', '千'], '零'),
	japaneseCounting: (n) => chineseCounting(n, CN_DIGITS, ['十', '百', '千'], '〇'),
	taiwaneseCounting: (n) => chineseCounting(n, CN_DIGITS, ['十', '百', '千'], '〇'),
	taiwaneseCountingThousand: (n) => chineseCounting(n, CN_DIGITS, ['十', '百', '千'], '零'),
	chineseLegalSimplified: (n) => chineseCounting(n, CN_LEGAL_DIGITS, ['拾', '佰', '仟'], '零', true),
	ideographLegalTraditional: (n) => chineseCounting(n, '零壹貳參肆伍陸柒捌玖', ['拾', '佰', '仟'], '零', true),
	ideographDigital: (n) => String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)] as string),
	taiwaneseDigital: (n) => String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)] as string),
	ideographTraditional: cycle('甲乙丙丁戊己庚辛壬癸'),
	ideographZodiac: cycle('子丑寅卯辰巳午未申酉戌亥'),
	ideographEnclosedCircle: enclosed(0x3280, 10),
	lowerLetter: (n) => letters(n, 'abcdefghijklmnopqrstuvwxyz'),
	upperLetter: (n) => letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
	lowerRoman: roman,
	upperRoman: (n) => roman(n).toUpperCase(),
	none: () => '',
};

/** Printed digits of `n` in `format`; `known` is false when the format is not in the table (decimal is printed). */
export function formatNumber(n: number, format: string): { text: string; known: boolean } {
	const rule = NUMBER_FORMATS[format];
	return rule ? { text: rule(n), known: true } : { text: String(n), known: false };
}

/**
 * Symbol-font characters Word stores as private-use code points (w:sym, or text in a Symbol or
 * Wingdings font): the ones plans print as signs and bullets. Key: the low byte (F0xx → xx).
 */
export const SYMBOL_FONT: Record<string, Record<number, string>> = {
	symbol: { 0xa3: '≤', 0xb3: '≥', 0xb1: '±', 0xb4: '×', 0xb8: '÷', 0xb0: '°', 0xb9: '≠', 0xbb: '≈', 0xae: '→', 0xac: '←', 0xa5: '∞', 0xb7: '•', 0xd6: '√', 0x3c: '<', 0x3e: '>', 0x2d: '−', 0x2b: '+', 0x3d: '=', 0x25: '%', 0x61: 'α', 0x62: 'β', 0x67: 'γ', 0x6d: 'μ' },
	wingdings: { 0x6c: '●', 0x6e: '■', 0x71: '❑', 0x75: '◆', 0x76: '❖', 0xa7: '▪', 0xa8: '◻', 0xd8: '➢', 0xfc: '✓', 0xfb: '✗', 0x9f: '•', 0x77: '⬥' },
};

/** The printed character for a symbol-font code (`F0B3` in Symbol → `≥`), or null when unknown. */
export function symbolChar(code: number, font: string | null): string | null {
	const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
	const family = (font ?? '').toLowerCase();
	const table = family.startsWith('wingdings') ? SYMBOL_FONT.wingdings : family === 'symbol' || family === '' ? SYMBOL_FONT.symbol : null;
	return table?.[low] ?? null;
}
