// Reused in spreadsheets and scripts (issue 24): the Data Package, its Table Schemas against the CSV
// files, the .xlsx files read back (by read-excel-file and by LibreOffice), and the schema.org Dataset
// descriptions. Read from the real build (tests/site/global-setup.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, inject, it } from 'vitest';
import { cellOf, LIST_DELIMITER, TABLES, type TableName } from '../../src/lib/columns.ts';
import { DOWNLOADS, LICENCE, type TableField } from '../../src/lib/open-data.ts';
import { PLACEHOLDER_SITE } from '../../src/lib/build-info.ts';
import { jsonSchemaOf } from '../../src/schema/data.ts';
import { seedFiles } from '../helpers/seeds.ts';

const dist = () => inject('dist');
const data = (file: string) => join(dist(), 'data', file);
const json = <T,>(file: string) => JSON.parse(readFileSync(data(file), 'utf8')) as T;

interface Resource {
	name: string;
	path: string;
	format: string;
	mediatype: string;
	encoding?: string;
	type?: string;
	schema?: { fields: TableField[]; primaryKey: string[] };
	licenses: unknown[];
}
interface Package {
	name: string;
	version: string;
	created: string;
	licenses: { name: string; path: string }[];
	sources: { title: string; path: string }[];
	contributors: { title: string }[];
	resources: Resource[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('datapackage.json (Frictionless Data Package 2.0)', () => {
	it('validates against the standard’s own profile (tests/fixtures/frictionless/datapackage.json)', () => {
		const profile = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/frictionless/datapackage.json'), 'utf8')) as object;
		// The profile carries editor keywords (propertyOrder, context, options) and the textarea format: not strict.
		const ajv = new Ajv({ strict: false, allErrors: true, formats: { 'date-time': RFC3339, uri: (s: string) => URL.canParse(s), email: /^\S+@\S+$/, textarea: true } });
		const validate = ajv.compile(profile);
		const pkg = json<Package>('datapackage.json');
		expect(validate(pkg) ? [] : validate.errors).toEqual([]);
		// And a broken one fails: the profile is really applied.
		expect(validate({ ...pkg, resources: [{ path: 'x.csv' }] })).toBe(false);
	});

	it('names every file /data/ serves, with format, media type, encoding and licence; licence, sources, version and build date at the top', () => {
		const pkg = json<Package>('datapackage.json');
		expect(pkg.licenses).toEqual([LICENCE]);
		expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
		expect(pkg.created).toMatch(RFC3339);
		expect(pkg.sources).toHaveLength(seedFiles().length);
		for (const source of pkg.sources) expect(source.path.startsWith(`${PLACEHOLDER_SITE}/plans/`)).toBe(true);
		expect(pkg.contributors.length).toBeGreaterThan(0);
		const served = readdirSync(join(dist(), 'data')).filter((f) => /\.(json|csv|xlsx)$/.test(f) && f !== 'datapackage.json');
		expect(pkg.resources.map((r) => r.path).sort()).toEqual(served.sort());
		for (const r of pkg.resources) {
			expect(existsSync(data(r.path)), r.path).toBe(true);
			expect(r.format, r.path).toBe(r.path.split('.').pop());
			expect(r.mediatype, r.path).toMatch(/^(application|text)\//);
			if (r.format !== 'xlsx') expect(r.encoding, r.path).toBe('utf-8');
			expect(r.licenses, r.path).toEqual([LICENCE]);
			if (r.format === 'csv' || r.format === 'xlsx') expect(r.schema?.fields.length, r.path).toBeGreaterThan(5);
		}
	});

	it('the Table Schemas come from the contract: every field of indicators.json and projects.json has a column (arrays and objects flattened)', () => {
		for (const [table, spec] of Object.entries(TABLES)) {
			const record = (jsonSchemaOf(spec.json, '') as { items: { properties: Record<string, { properties?: Record<string, unknown>; anyOf?: { properties?: Record<string, unknown> }[] }> } }).items;
			const leaves = Object.entries(record.properties).flatMap(([name, node]) => {
				const inner = node.properties ?? node.anyOf?.find((o) => o.properties)?.properties;
				return inner ? Object.keys(inner).map((k) => `${name}.${k}`) : [name];
			});
			const covered = new Set(spec.columns.map((c) => c.path.filter((p) => typeof p === 'string').join('.')));
			expect(leaves.filter((leaf) => !covered.has(leaf)), table).toEqual([]);
		}
	});
});

/** Why a CSV cell breaks its Table Schema field, or null. */
function breaks(cell: string, field: TableField): string | null {
	if (cell === '') return field.constraints?.required ? 'empty but required' : null;
	switch (field.type) {
		case 'integer':
			if (!/^-?\d+$/.test(cell)) return 'not an integer';
			break;
		case 'number':
			if (!/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(cell)) return 'not a number';
			break;
		default:
			if (field.format === 'uri' && !URL.canParse(cell)) return 'not a URL';
	}
	if (field.constraints?.pattern && !new RegExp(field.constraints.pattern, 'u').test(cell)) return `does not match ${field.constraints.pattern}`;
	const allowed = field.constraints?.enum;
	if (allowed && !allowed.map(String).includes(cell)) return `not one of ${allowed.join(', ')}`;
	return null;
}

describe('each CSV matches its Table Schema', () => {
	for (const site of ['dist', 'hostileDist'] as const) {
		for (const table of Object.keys(TABLES) as TableName[]) {
			it(`${table}.csv (${site === 'dist' ? 'the real site' : 'with a hostile plan'}): header = field names, every cell of its type, required cells filled, enums kept, primary key unique`, () => {
				const dir = join(inject(site), 'data');
				const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Package;
				const schema = pkg.resources.find((r) => r.path === `${table}.csv`)?.schema;
				expect(schema).toBeDefined();
				const rows = parse(readFileSync(join(dir, `${table}.csv`), 'utf8'), { bom: true, record_delimiter: '\r\n' }) as string[][];
				const [header, ...body] = rows;
				expect(header).toEqual(schema?.fields.map((f) => f.name));
				const problems: string[] = [];
				const keys = new Set<string>();
				for (const [k, row] of body.entries()) {
					schema?.fields.forEach((field, c) => {
						const why = breaks(row[c] ?? '', field);
						if (why) problems.push(`row ${k + 2} ${field.name} ${JSON.stringify(row[c])}: ${why}`);
					});
					keys.add(schema?.primaryKey.map((name) => row[header?.indexOf(name) ?? -1]).join('\0') ?? '');
				}
				expect(problems).toEqual([]);
				expect(keys.size).toBe(body.length);
				if (site === 'dist') expect(body.length).toBeGreaterThan(0);
			});
		}
	}
	it('the related column holds ids split by the list delimiter', () => {
		const field = json<Package>('datapackage.json').resources.find((r) => r.path === 'indicators.csv')?.schema?.fields.find((f) => f.name === 'related');
		expect(field).toMatchObject({ type: 'string', constraints: { pattern: expect.stringContaining(LIST_DELIMITER) } });
		const rows = parse(readFileSync(data('indicators.csv'), 'utf8'), { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
		const withRelated = rows.filter((r) => r.related !== '');
		expect(withRelated.length).toBeGreaterThan(0);
		const ids = new Set(rows.map((r) => `${r.plan}/${r.id}`));
		for (const r of withRelated) for (const id of (r.related as string).split(LIST_DELIMITER)) expect(ids.has(`${r.plan}/${id}`), `${r.plan}/${r.id} → ${id}`).toBe(true);
	});
});

/** The JSON records of a table, as the cells the spreadsheet should hold (numbers as numbers, null as empty). */
function expectedRows(table: TableName): (string | number | null)[][] {
	const { json: file, columns } = TABLES[table];
	// An empty text is an empty cell in a spreadsheet.
	return json<object[]>(file).map((record) => columns.map((c) => cellOf(record, c)).map((cell) => (cell === '' ? null : cell)));
}

describe('spreadsheet downloads (.xlsx)', () => {
	for (const table of Object.keys(TABLES) as TableName[]) {
		it(`${table}.xlsx reads back (read-excel-file) equal to ${TABLES[table].json}: text as text, numbers as numbers; an about sheet with licence and citation`, async () => {
			const sheets = await readXlsxFile(readFileSync(data(`${table}.xlsx`)));
			expect(sheets.map((s) => s.sheet)).toEqual([table, 'about']);
			const [header, ...rows] = sheets[0]?.data ?? [];
			expect(header).toEqual(TABLES[table].columns.map((c) => c.name));
			expect(rows).toEqual(expectedRows(table));
			const about = (sheets[1]?.data ?? []).map((r) => r.join(' ')).join('\n');
			for (const text of [LICENCE.name, LICENCE.path, '引用', 'Citation', `${PLACEHOLDER_SITE}/data/${table}.xlsx`]) expect(about).toContain(text);
			expect(about).toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/);
		});

		it(`${table}.xlsx: the header row is frozen and every column has a width`, () => {
			const files = unzipSync(readFileSync(data(`${table}.xlsx`)));
			const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
			expect(sheet).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
			expect([...sheet.matchAll(/<col [^>]*width="/g)]).toHaveLength(TABLES[table].columns.length);
		});
	}

	it('text cells that look like numbers stay text: 75%, ≥90, ＜5.2 (indicators.xlsx, as read back)', async () => {
		const [sheet] = await readXlsxFile(readFileSync(data('indicators.xlsx')));
		const [header, ...rows] = sheet?.data ?? [];
		const text = header?.indexOf('target_text') ?? -1;
		const value = header?.indexOf('target_value') ?? -1;
		const percent = rows.filter((r) => typeof r[text] === 'string' && /^\d+(\.\d+)?%$/.test(r[text] as string));
		expect(percent.length).toBeGreaterThan(0);
		expect(rows.some((r) => r[text] === '＜5.2')).toBe(true);
		expect(rows.every((r) => r[value] === null || typeof r[value] === 'number')).toBe(true);
	});

	// LibreOffice Calc (Debian's libreoffice-calc-nogui; .ci/run installs it when it can). Without it this one test is skipped.
	const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
	const calc = soffice && existsSync('/usr/lib/libreoffice/program/libsclo.so');
	it.skipIf(!calc)('LibreOffice (headless) opens both files and reads every cell as written: text stays the text printed, numbers are numbers', { timeout: 180_000 }, () => {
		const dir = mkdtempSync(join(tmpdir(), 'xlsx-lo-'));
		try {
			for (const table of Object.keys(TABLES) as TableName[]) {
				writeFileSync(join(dir, `${table}.xlsx`), readFileSync(data(`${table}.xlsx`)));
				// Saved back as CSV (UTF-8, comma, quoted text): what LibreOffice holds in each cell, as it shows it.
				execFileSync(soffice as string, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true', '--outdir', join(dir, 'out'), join(dir, `${table}.xlsx`)], { stdio: 'ignore', timeout: 170_000 });
				const rows = parse(readFileSync(join(dir, 'out', `${table}.csv`), 'utf8'), { bom: true, relax_column_count: true }) as string[][];
				const [header, ...body] = rows;
				expect(header).toEqual(TABLES[table].columns.map((c) => c.name));
				const expected = expectedRows(table).map((r) => r.map((c) => (c === null ? '' : String(c))));
				const problems: string[] = [];
				body.forEach((row, k) =>
					row.forEach((cell, c) => {
						if (cell !== expected[k]?.[c]) problems.push(`${table} row ${k + 2} ${header?.[c]}: LibreOffice shows ${JSON.stringify(cell)}, JSON has ${JSON.stringify(expected[k]?.[c])}`);
					}),
				);
				expect(problems.slice(0, 20)).toEqual([]);
				expect(body).toHaveLength(expected.length);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

/** The JSON-LD blocks of a page. */
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1] as string) as Record<string, unknown>);

describe('schema.org Dataset descriptions', () => {
	for (const path of ['data/index.html', 'en/data/index.html']) {
		it(`${path}: a Dataset with licence, creator, dates and a distribution entry for every download`, () => {
			const [dataset, ...rest] = jsonLd(readFileSync(join(dist(), path), 'utf8'));
			expect(rest).toEqual([]);
			expect(dataset).toMatchObject({ '@context': 'https://schema.org', '@type': 'Dataset', license: LICENCE.path, isAccessibleForFree: true, creator: { '@type': 'Organization' } });
			expect(String(dataset?.description).length).toBeGreaterThanOrEqual(50);
			expect(dataset?.dateModified).toMatch(RFC3339);
			const distribution = dataset?.distribution as { '@type': string; name: string; contentUrl: string; encodingFormat: string }[];
			expect(distribution.map((d) => d.name).sort()).toEqual(DOWNLOADS.map((d) => d.file).sort());
			for (const d of distribution) {
				expect(d['@type']).toBe('DataDownload');
				expect(d.contentUrl).toBe(`${PLACEHOLDER_SITE}/data/${d.name}`);
				expect(existsSync(data(d.name)), d.name).toBe(true);
			}
		});
	}

	it('each plan page: a Dataset of its records, with its place, period, licence and the downloads that hold them', () => {
		for (const plan of json<{ slug: string; title: string; period: { end: number } }[]>('plans.json')) {
			for (const prefix of ['', 'en/']) {
				const [dataset] = jsonLd(readFileSync(join(dist(), prefix, 'plans', plan.slug, 'index.html'), 'utf8'));
				expect(dataset, plan.slug).toMatchObject({ '@type': 'Dataset', identifier: plan.slug, license: LICENCE.path, isBasedOn: { name: plan.title } });
				expect(dataset?.temporalCoverage).toMatch(new RegExp(`^\\d{4}/${plan.period.end}$`));
				expect((dataset?.distribution as unknown[]).length).toBe(DOWNLOADS.length);
			}
		}
	});
});
