import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { csvParse } from 'd3-dsv';
import { describe, expect, inject, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { FORMULA_GUARD, formulaRule } from '../../src/lib/csv.ts';
import { dict } from '../../src/lib/i18n/index.ts';

type Json = Record<string, unknown>;
const at = (record: Json, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v === null || v === undefined ? null : (v as Json)[k]), record);

/** How each CSV column is read back into its JSON field: a dotted path, or a decoder for a column that flattens a list. */
type Column = string | { path: string; decode: (cell: string) => unknown; pick?: number };

/** `1200 m²; 5 台` → `[{ value: 1200, unit: 'm²' }, { value: 5, unit: '台' }]` (the format /data/ states for projects.csv). */
const quantities = (cell: string) =>
	cell === ''
		? []
		: cell.split('; ').map((q) => {
				const [, value, unit] = /^(\S+) (.+)$/.exec(q) ?? [];
				return { value: Number(value), unit };
			});

/** Each CSV file, the JSON it flattens, and where every CSV column comes from in it. Written here, independently of src/lib/data.ts. */
const FILES: Record<string, { json: string; columns: Record<string, Column> }> = {
	'indicators.csv': {
		json: 'indicators.json',
		columns: {
			plan: 'plan', id: 'id', url: 'url', name: 'name', name_en: 'name_en', canonical: 'canonical', domain: 'domain', unit: 'unit',
			baseline_year: 'baseline.year', baseline_value: 'baseline.value', baseline_text: 'baseline.text',
			target_year: 'target.year', target_value: 'target.value', target_comparator: 'target.comparator', target_text: 'target.text',
			attribute: 'attribute', attribute_text: 'attribute_text', kind: 'kind', commitment: 'commitment',
			source_file: 'source.file', source_line: 'source.line', source_quote: 'source.quote', conflict: 'conflict', note: 'note',
			// Added 2026-12 after the first 24, so readers that go by position keep working.
			target_range_low: { path: 'target.range', decode: (cell) => (cell === '' ? null : Number(cell)), pick: 0 },
			target_range_high: { path: 'target.range', decode: (cell) => (cell === '' ? null : Number(cell)), pick: 1 },
			source_url: 'source.url',
			related: { path: 'related', decode: (cell) => (cell === '' ? [] : cell.split(';')) },
			parent: 'parent',
			version: 'version',
		},
	},
	'projects.csv': {
		json: 'projects.json',
		columns: {
			plan: 'plan', id: 'id', url: 'url', name: 'name', description: 'description', group: 'group', kind: 'kind', form: 'form', town: 'town', stage: 'stage',
			quantities: { path: 'quantities', decode: quantities }, source_file: 'source.file', source_line: 'source.line', version: 'version',
		},
	},
};

/**
 * Compares one CSV cell with its JSON value, as a CSV reader sees it: null is an empty cell, a number prints as JS
 * prints it, a string is the same characters, except that a string a spreadsheet would run as a formula carries the
 * guard apostrophe /data/ announces. Returns a message, or null when they agree; counts guarded cells.
 */
function differs(cell: string, value: unknown, column: Column, guarded: { n: number }): string | null {
	if (typeof column !== 'string' && column.pick !== undefined) value = Array.isArray(value) ? (value[column.pick] ?? null) : null;
	if (typeof column !== 'string') return JSON.stringify(column.decode(cell)) === JSON.stringify(value) ? null : `${JSON.stringify(cell)} decodes to ${JSON.stringify(column.decode(cell))}, JSON has ${JSON.stringify(value)}`;
	if (value === null || value === undefined) return cell === '' ? null : `${JSON.stringify(cell)} where JSON has null`;
	if (typeof value === 'number') return cell !== '' && Number(cell) === value ? null : `${JSON.stringify(cell)} where JSON has ${value}`;
	if (typeof value !== 'string') return `JSON holds ${typeof value}, not a CSV value`;
	if (cell === value) return formulaRule(value) ? `${JSON.stringify(cell)} would run as a formula, unguarded` : null;
	if (cell === `${FORMULA_GUARD}${value}` && formulaRule(value)) return guarded.n++, null;
	return `${JSON.stringify(cell)} where JSON has ${JSON.stringify(value)}`;
}

/** Both parsers: d3-dsv (the writer's own library) and csv-parse (independent), the latter holding records to CRLF. */
function parseBoth(text: string): { d3: Record<string, string>[]; csvParse: Record<string, string>[]; header: string[] } {
	const d3 = csvParse(text.replace(/^\uFEFF/, ''));
	const other = parse(text, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
	return { d3: d3.map((r) => ({ ...r }) as Record<string, string>), csvParse: other, header: d3.columns };
}

for (const site of ['dist', 'hostileDist'] as const) {
	describe(`CSV downloads read back as the JSON, field by field (${site === 'dist' ? 'the real site' : 'a site with a hostile plan'})`, () => {
		for (const [file, spec] of Object.entries(FILES)) {
			it(`${file}: UTF-8 BOM, CRLF records, and every cell equal to ${spec.json} under d3-dsv and csv-parse`, () => {
				const dir = join(inject(site), 'data');
				const text = readFileSync(join(dir, file), 'utf8');
				const json = JSON.parse(readFileSync(join(dir, spec.json), 'utf8')) as Json[];
				expect(text.charCodeAt(0)).toBe(0xfeff);
				expect(text.endsWith('\r\n')).toBe(true);
				const { d3, csvParse: other, header } = parseBoth(text);
				expect(other).toEqual(d3);
				expect(header).toEqual(Object.keys(spec.columns));
				expect(d3).toHaveLength(json.length);
				if (site === 'dist') expect(json.length).toBeGreaterThan(0);
				const guarded = { n: 0 };
				const problems: string[] = [];
				d3.forEach((row, k) => {
					const record = json[k] as Json;
					for (const [name, column] of Object.entries(spec.columns)) {
						const problem = differs(row[name] ?? '', at(record, typeof column === 'string' ? column : column.path), column, guarded);
						if (problem) problems.push(`row ${k + 2} ${record.plan}/${record.id} ${name}: ${problem}`);
					}
				});
				expect(problems).toEqual([]);
				// Guarded cells are exactly the JSON strings a spreadsheet would run as formulas (none in today's plans).
				const formulas = json.flatMap((r) => Object.values(spec.columns).map((c) => at(r, typeof c === 'string' ? c : c.path))).filter((v) => typeof v === 'string' && formulaRule(v)).length;
				expect(guarded.n).toBe(formulas);
			});
		}
	});
}

describe('indicators.csv keeps the values a spreadsheet would not compute', () => {
	it('comparator "=" and text "-" are written as they are (they were written as \'= and \'- before)', () => {
		const dir = join(inject('dist'), 'data');
		const json = JSON.parse(readFileSync(join(dir, 'indicators.json'), 'utf8')) as { target: { comparator: string | null; text: string } }[];
		const rows = csvParse(readFileSync(join(dir, 'indicators.csv'), 'utf8').slice(1));
		const equals = json.filter((r) => r.target.comparator === '=').length;
		expect(equals).toBeGreaterThan(0);
		expect(rows.filter((r) => r.target_comparator === '=')).toHaveLength(equals);
		expect(rows.filter((r) => r.target_comparator?.startsWith(FORMULA_GUARD))).toHaveLength(0);
	});
});

/** The text of a built page (all text nodes joined). */
const pageText = (node: { type: string; value?: string; children?: unknown[] }): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map((c) => pageText(c as typeof node)).join(''));

describe('/data/ says how CSV cells are written', () => {
	for (const [locale, path] of [['zh', 'data/index.html'], ['en', 'en/data/index.html']] as const) {
		it(`${locale}: the page carries the CSV note`, () => {
			expect(pageText(fromHtml(readFileSync(join(inject('dist'), path), 'utf8')))).toContain(dict(locale).data.csv);
		});
	}
});
