import { csvFormatRow } from 'd3-dsv';

/** One way a spreadsheet reads a CSV cell as a formula; `test` sees the cell without blanks around it (see {@link formulaRule}). */
export interface FormulaRule {
	name: string;
	test: RegExp;
	/** Which spreadsheets do this, and how we know. */
	why: string;
}

/**
 * A signed plain number: `-5`, `+5`, `-0.5`, `-.5`, `-1,000`, `-1e3`, `-5%`. Every spreadsheet reads it as a
 * number (or keeps it as text), never as a formula, so it is written unchanged.
 */
const SIGNED_NUMBER = /^[+-](?:\d+(?:[.,]\d+)*\.?|\.\d+)(?:e[+-]?\d+)?%?$/i;

/**
 * The cells a spreadsheet would run as a formula when it opens a CSV file (CWE-1236, "CSV injection").
 * The trigger characters are the ones OWASP and ASVS 1.2.10 list (`=` `+` `-` `@`, also after a tab or NUL), but
 * only where a formula can follow: a lone `=`, `-`, `+` or `@` has nothing to compute and stays text everywhere,
 * and a signed number is a number. Checked in LibreOffice Calc 7.4 (CSV import with "Evaluate formulas"):
 * `=1+2` → 3, `=5` → 5, `=HYPERLINK(…)` → a link; `=`, `-`, `+`, `@`, `-5%`, `-5`, `-1e3` stay what they are.
 * Excel and Google Sheets also start a formula at `+`/`-` (`+A1`, `-2+3`) and Excel at `@` (`@SUM(1,2)`).
 * Full-width `＝` starts no formula in any of them.
 */
export const FORMULA_RULES: readonly FormulaRule[] = [
	{ name: 'equals', test: /^=[^]/, why: 'Excel, LibreOffice and Google Sheets evaluate = followed by anything (=1+2, =5, =HYPERLINK(…)); a lone = is text' },
	{ name: 'at', test: /^@[^]/, why: 'Excel reads @ as the Lotus-style start of a function (@SUM(1,2)); a lone @ is text' },
	{ name: 'signed-expression', test: /^[+-][^]/, why: 'Excel and Google Sheets evaluate + or - followed by anything but a plain signed number (+A1, -2+3); a lone sign is text' },
];

/** Blanks around a cell that a spreadsheet may skip before it looks for a formula: spaces, tabs, line breaks, NUL (ASVS 1.2.10 lists tab and NUL). */
const BLANKS = /^[\s\0]+|[\s\0]+$/g;

/**
 * The rule under which a spreadsheet would run `text` as a formula, or undefined when it would keep the value.
 * `-`, `=`, `-5%`, `+5` → undefined; `=1+2`, `+A1`, `-2+3`, `@SUM(1,2)` → a rule.
 */
export function formulaRule(text: string): FormulaRule | undefined {
	const look = text.replace(BLANKS, '');
	if (SIGNED_NUMBER.test(look)) return undefined;
	return FORMULA_RULES.find((rule) => rule.test.test(look));
}

/** The prefix written before a cell a spreadsheet would run as a formula: an apostrophe makes it text. */
export const FORMULA_GUARD = "'";

/** The cell as written: `text` unchanged, or with {@link FORMULA_GUARD} in front when {@link formulaRule} finds a formula. */
export function guardFormula(text: string): string {
	return formulaRule(text) ? `${FORMULA_GUARD}${text}` : text;
}

/** One value as CSV cell text: null/undefined → empty, numbers and strings as they print; objects are a caller's mistake. */
function cellText(value: unknown, column: string): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'object') throw new Error(`CSV column "${column}" holds ${Array.isArray(value) ? 'an array' : 'an object'}; flatten it to text first`);
	return guardFormula(String(value));
}

/**
 * CSV text of `rows` under a header of `columns` (RFC 4180 quoting by d3-dsv): UTF-8 byte-order mark first so Excel
 * reads Chinese correctly, CRLF line ends, null as an empty cell, formula-looking text guarded ({@link guardFormula}).
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
	const lines = [csvFormatRow([...columns]), ...rows.map((row) => csvFormatRow(columns.map((c) => cellText(row[c], c))))];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
