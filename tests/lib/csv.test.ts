import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FORMULA_GUARD, formulaRule, guardFormula, toCsv } from '../../src/lib/csv.ts';

describe('formulaRule: only cells a spreadsheet would run as a formula are guarded', () => {
	// Values: a lone sign has nothing to compute; a signed number is a number (LibreOffice 7.4 keeps all of these as they are).
	const values = ['', '=', '-', '+', '@', '-5%', '+5', '-5', '+5%', '-0.5', '-.5', '-1e3', '-1,000', '5-3', 'a=b', '80.15以上', '≤3', '＜5.2', '＝1+2', '- ', '\t-', '-5 '];
	for (const text of values) {
		it(`${JSON.stringify(text)} is a value, written unchanged`, () => {
			expect(formulaRule(text)).toBeUndefined();
			expect(guardFormula(text)).toBe(text);
		});
	}
	const formulas: [string, string][] = [
		['=1+2', 'equals'],
		['=5', 'equals'],
		['=HYPERLINK("http://example.org","x")', 'equals'],
		["=cmd|' /C calc'!A0", 'equals'],
		['=-', 'equals'],
		['@SUM(1,2)', 'at'],
		['+A1', 'signed-expression'],
		['-2+3', 'signed-expression'],
		['-A1', 'signed-expression'],
		['--5', 'signed-expression'],
		['- 5', 'signed-expression'],
		['-5天', 'signed-expression'],
		[' =1+2', 'equals'],
		['\t=1+2', 'equals'],
		['\r\n@A1', 'at'],
		['\0+A1', 'signed-expression'],
	];
	for (const [text, rule] of formulas) {
		it(`${JSON.stringify(text)} would run as a formula (${rule}): written with a leading apostrophe`, () => {
			expect(formulaRule(text)?.name).toBe(rule);
			expect(guardFormula(text)).toBe(`${FORMULA_GUARD}${text}`);
		});
	}
});

describe('toCsv: RFC 4180 text a CSV reader reads back exactly', () => {
	const columns = ['text', 'number', 'empty'];
	const rows = [
		{ text: 'a, "quoted"\nsecond line', number: -5, empty: null },
		{ text: '=', number: 80.15, empty: undefined },
		{ text: '=1+2', number: 0, empty: '' },
	];
	const csv = toCsv(columns, rows);

	it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
	});

	it('parses back (csv-parse, CRLF records) to the same cells; null is empty; only the formula is guarded', () => {
		const back = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
		expect(back).toEqual([
			{ text: 'a, "quoted"\nsecond line', number: '-5', empty: '' },
			{ text: '=', number: '80.15', empty: '' },
			{ text: "'=1+2", number: '0', empty: '' },
		]);
	});

	it('refuses a nested value, naming the column', () => {
		expect(() => toCsv(['quantities'], [{ quantities: [{ value: 1 }] }])).toThrow(/"quantities" holds an array/);
	});
});
