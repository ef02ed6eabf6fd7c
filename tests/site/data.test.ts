import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { converted, SEED, seedFiles } from '../helpers/seeds.ts';

const read = (file: string) => readFileSync(join(inject('dist'), 'data', file), 'utf8');
const json = <T,>(file: string) => JSON.parse(read(file)) as T;

describe('public data downloads (the contract in DESIGN.md)', () => {
	it('plans.json: one record per seed with region, period, source hash, version and counts', () => {
		const plans = json<Record<string, unknown>[]>('plans.json');
		expect(plans).toHaveLength(seedFiles().length);
		const gulou = plans.find((p) => p.slug === 'gulou-fuzhou');
		expect(gulou).toEqual({
			slug: 'gulou-fuzhou',
			title: '福州市鼓楼区“十四五”卫生健康事业发展专项规划',
			title_source: 'curated',
			region: { name: '鼓楼区', city: '福州市', province: '福建省', level: 'district', code: '350102', name_en: 'Gulou District', city_en: 'Fuzhou', province_en: 'Fujian' },
			status: null,
			period: { start: 2021, end: 2025, base_year: 2020 },
			date: null,
			source: { file: SEED.gulou, sha256: converted(SEED.gulou).plan.source.sha256 },
			url: expect.stringMatching(/\/plans\/gulou-fuzhou\/$/),
			// One text so far: its version names the seed, with its permanent page; no changes page.
			version: { key: 'undated-text', status: null, date: null, file: SEED.gulou, sha256: converted(SEED.gulou).plan.source.sha256, url: expect.stringMatching(/\/plans\/gulou-fuzhou\/v\/undated-text\/$/) },
			versions: [expect.objectContaining({ key: 'undated-text' })],
			changes_url: null,
			inferred: [],
			counts: expect.objectContaining({ indicators: converted(SEED.gulou).plan.indicators.length }),
		});
	});

	it('indicators.json: every indicator of every plan, with exact source text and line', () => {
		type Row = { plan: string; id: string; target: { text: string; value: number | null; comparator: string | null }; source: { file: string; line: number; quote: string } };
		const rows = json<Row[]>('indicators.json');
		const total = seedFiles().reduce((n, f) => n + converted(f).plan.indicators.length, 0);
		expect(rows).toHaveLength(total);
		const infant = rows.find((r) => r.plan === 'yongqiao' && r.id === 'infant-mortality');
		expect(infant).toMatchObject({ target: { text: '＜5.2', value: 5.2, comparator: '<' }, source: { file: SEED.yongqiao, line: 66 } });
		for (const r of rows) {
			const line = readFileSync(join(import.meta.dirname, '../../seeds', r.source.file), 'utf8').split('\n')[r.source.line - 1] ?? '';
			// The cited line really holds the indicator (its name cell or its sentence).
			expect(r.source.quote.length).toBeGreaterThan(0);
			expect(line.replace(/\[bookmark:[^\]]*\]/g, '').trim().length).toBeGreaterThan(0);
		}
	});

	it('indicators.json: every record says whether it is a commitment and which kind; a commitment’s value is printed on its line', () => {
		type Row = { plan: string; id: string; kind: string; commitment: string | null; target: { text: string }; source: { file: string; line: number } };
		const rows = json<Row[]>('indicators.json');
		expect(rows.every((r) => 'commitment' in r)).toBe(true);
		const commitments = rows.filter((r) => r.commitment !== null);
		expect(commitments.length).toBe(seedFiles().reduce((n, f) => n + converted(f).plan.indicators.filter((i) => i.commitment).length, 0));
		expect(commitments.find((r) => r.plan === 'changle-weifang' && r.target.text === '2.5公里')).toMatchObject({ kind: 'prose', commitment: 'access', source: { line: 341 } });
		for (const r of commitments) {
			const line = readFileSync(join(import.meta.dirname, '../../seeds', r.source.file), 'utf8').split('\n')[r.source.line - 1] ?? '';
			expect(line, `${r.plan} ${r.id}`).toContain(r.target.text);
		}
		expect(read('indicators.csv')).toContain(',prose,access,');
	});

	it('indicators.csv opens in Excel: UTF-8 BOM, one header row, one row per indicator', () => {
		const csv = read('indicators.csv');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toBe('plan,id,url,name,name_en,canonical,domain,unit,baseline_year,baseline_value,baseline_text,target_year,target_value,target_comparator,target_text,attribute,attribute_text,kind,commitment,source_file,source_line,source_quote,conflict,note,target_range_low,target_range_high,source_url,related,parent,version');
		expect(lines.filter((l) => l.startsWith('yongqiao,')).length).toBe(converted(SEED.yongqiao).plan.indicators.length);
	});

	it('projects.json and projects.csv: scale as numbers with units', () => {
		const projects = json<{ plan: string; name: string; quantities: { value: number; unit: string }[]; source: { line: number } }[]>('projects.json');
		expect(projects.find((p) => p.name === '120急救中心建设项目')).toMatchObject({ plan: 'suibin', quantities: [{ value: 1200, unit: 'm²' }, { value: 5, unit: '台' }], source: { line: 83 } });
		const csv = read('projects.csv');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv).toContain('1200 m²; 5 台');
	});

	it('facilities.json: counts by type and named institutions, each with its line', () => {
		const rows = json<{ plan: string; name: string | null; kind: string; count: number | null; source: { line: number } }[]>('facilities.json');
		expect(rows).toContainEqual(expect.objectContaining({ plan: 'huaiyin-jinan', name: null, kind: '村卫生室', count: 87, source: expect.objectContaining({ line: 221 }) }));
		expect(rows).toContainEqual(expect.objectContaining({ plan: 'suibin', name: '忠仁镇卫生院' }));
	});

	it('each JSON file validates against the JSON Schema published beside it at /data/schema/, linked from /data/', () => {
		const page = readFileSync(join(inject('dist'), 'data', 'index.html'), 'utf8');
		for (const file of ['plans.json', 'indicators.json', 'projects.json', 'facilities.json']) {
			const schema = json<{ $id: string; items: { properties: Record<string, unknown> } }>(`schema/${file}`);
			expect(schema.$id).toMatch(new RegExp(`/data/schema/${file.replace('.', '\\.')}$`));
			// As an outside user runs it: Ajv's defaults (strict mode), no keywords or formats declared.
			const validate = new Ajv2020().compile(schema);
			expect(validate(json(file)) ? [] : validate.errors, file).toEqual([]);
			expect(page).toContain(`href="/data/schema/${file}"`);
			// Every top-level field has a row in the page's field table.
			for (const field of Object.keys(schema.items.properties)) expect(page, `${file} ${field}`).toContain(`<code>${field}</code>`);
		}
	});
});
