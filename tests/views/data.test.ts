// src/lib/views/data.ts: the /data/ field tables, generated from the published JSON Schema.
import { describe, expect, it } from 'vitest';
import { dataFiles, fieldRows, languageRuns, typeLabel } from '../../src/lib/views/data.ts';

describe('languageRuns', () => {
	it('marks the Chinese examples inside English text, CJK punctuation and figures between them included', () => {
		expect(languageRuns('binding (约束性) or as printed (≤3, 80.15以上, ＜5.2)', 'en')).toEqual([
			{ text: 'binding (' },
			{ text: '约束性', lang: 'zh-CN' },
			{ text: ') or as printed (≤3, 80.15' },
			{ text: '以上', lang: 'zh-CN' },
			{ text: ', ' },
			{ text: '＜', lang: 'zh-CN' },
			{ text: '5.2)' },
		]);
		expect(languageRuns('以下/以内', 'en')).toEqual([{ text: '以下', lang: 'zh-CN' }, { text: '/' }, { text: '以内', lang: 'zh-CN' }]);
	});

	it('leaves text on Chinese pages as one run', () => {
		expect(languageRuns('原文中的写法（≤3）', 'zh')).toEqual([{ text: '原文中的写法（≤3）' }]);
	});
});

describe('typeLabel', () => {
	it('names types, unions, enums, tuples and arrays in JSON words', () => {
		expect(typeLabel({ type: ['string', 'null'] })).toBe('string | null');
		expect(typeLabel({ anyOf: [{ type: 'string', enum: ['binding', 'expected'] }, { type: 'null' }] })).toBe('"binding" | "expected" | null');
		expect(typeLabel({ anyOf: [{ type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }] }, { type: 'null' }] })).toBe('[number, number] | null');
		expect(typeLabel({ type: 'array', items: { type: 'object' } })).toBe('object[]');
		expect(typeLabel({ type: 'string', format: 'uri' })).toBe('string (URL)');
	});
});

describe('fieldRows', () => {
	const schema = {
		type: 'object',
		properties: {
			a: { type: 'string', description: 'A', 'x-description-zh': '甲' },
			b: { anyOf: [{ type: 'object', properties: { c: { type: 'integer', description: 'C' } }, required: ['c'] }, { type: 'null' }], description: 'B' },
			d: { type: 'array', items: { type: 'object', properties: { e: { type: 'number', description: 'E' } } }, description: 'D' },
		},
		required: ['a', 'b'],
	};

	it('lists nested fields after their object, with [] for array items, optional where not required', () => {
		expect(fieldRows(schema, 'en').map((r) => [r.path, r.type, r.optional])).toEqual([
			['a', 'string', false],
			['b', 'object | null', false],
			['b.c', 'integer', false],
			['d', 'object[]', true],
			['d[].e', 'number', true],
		]);
	});

	it('takes the Chinese description on Chinese pages and falls back to the English one', () => {
		expect(fieldRows(schema, 'zh').map((r) => r.description[0]?.text)).toEqual(['甲', 'B', 'C', 'D', 'E']);
		expect(fieldRows(schema, 'en')[0]?.description).toEqual([{ text: 'A' }]);
	});
});

describe('dataFiles', () => {
	it('documents the five JSON files with a schema link and a summary of their fields', () => {
		const files = dataFiles('zh', (f) => `/data/schema/${f}`);
		expect(files.map((f) => f.file)).toEqual(['plans.json', 'indicators.json', 'projects.json', 'facilities.json', 'changes.json']);
		const projects = files.find((f) => f.file === 'projects.json');
		expect(projects?.schema).toBe('/data/schema/projects.json');
		expect(projects?.summary).toMatch(/quantities\[\{value, unit\}\], source\{file, line\}$/);
		expect(projects?.fields.map((r) => r.path)).toContain('quantities[].unit');
		expect(files[0]?.summary).toMatch(/^slug, title, title_source, region\{name, city, province/);
	});
});
