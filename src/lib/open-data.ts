// What the downloads say about themselves, for the tools that find and reuse open data: the licence
// and credit, the Frictionless Data Package at /data/datapackage.json (every file with its format and,
// for the tables, a Table Schema made from the public data contract), and the schema.org Dataset
// descriptions in the heads of /data/ and of each plan page.
import { bilingual, type DataFile, type JsonSchemaNode as Node, jsonSchemaOf, ZH_DESCRIPTION } from '../schema/data.ts';
import type { Plan } from '../schema/plan.ts';
import { buildDate, DATA_VERSION } from './build-info.ts';
import { type Column, LIST_DELIMITER, TABLES, type TableName } from './columns.ts';
import { dict } from './i18n/index.ts';
import { planTitle, regionLabel } from './i18n/plan.ts';
import { absolute, type Locale, urls } from './urls.ts';
import { commitmentCount } from './views/commitments.ts';
import { targetCount } from './views/targets.ts';

type Site = URL | string | undefined;

/** The licence of the extracted data (the plan texts are government documents, reproduced as published). */
export const LICENCE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' } as const;

/** Who to credit: the portal, in both languages. */
export const CREDIT = { zh: dict('zh').siteName, en: dict('en').siteName } as const;

/** How to cite a download: `县域卫生健康五年规划库. indicators.csv (version 0.1.0, built 2026-12-03). https://…/data/indicators.csv` */
export function citation(file: string, site: Site, locale: Locale = 'zh'): string {
	const date = buildDate().slice(0, 10);
	return locale === 'zh' ? `${CREDIT.zh}：${file}（版本 ${DATA_VERSION}，生成于 ${date}）。${absolute(urls.download(file), site)}` : `${CREDIT.en}. ${file} (version ${DATA_VERSION}, built ${date}). ${absolute(urls.download(file), site)}`;
}

/** Every file /data/ serves, with its media type and what it holds (English, Chinese). */
export const DOWNLOADS = [
	{ file: 'plans.json', format: 'json', mediatype: 'application/json', json: 'plans.json', en: 'One record per plan: title, region, period, source file and counts.', zh: '每份规划一条：标题、地区、规划期、原文文件与条目数量。' },
	{ file: 'indicators.json', format: 'json', mediatype: 'application/json', json: 'indicators.json', en: 'Every target of every plan with baseline, target, attribute and source line.', zh: '各规划的全部指标，含基期、目标、属性与原文出处。' },
	{ file: 'indicators.csv', format: 'csv', mediatype: 'text/csv', table: 'indicators', en: 'indicators.json flattened to one row per target (UTF-8 with BOM).', zh: 'indicators.json 展开为每项指标一行（UTF-8，带 BOM）。' },
	{ file: 'indicators.xlsx', format: 'xlsx', mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', table: 'indicators', en: 'The indicators as a spreadsheet: text stays text, numbers are numbers; a sheet with licence and citation.', zh: '指标表格文件：文字保持为文字，数值为数字；另有许可与引用说明工作表。' },
	{ file: 'projects.json', format: 'json', mediatype: 'application/json', json: 'projects.json', en: 'Every key project with kind, stage, scale and source line.', zh: '全部重点项目，含类型、阶段、规模与原文出处。' },
	{ file: 'projects.csv', format: 'csv', mediatype: 'text/csv', table: 'projects', en: 'projects.json flattened to one row per project (UTF-8 with BOM).', zh: 'projects.json 展开为每个项目一行（UTF-8，带 BOM）。' },
	{ file: 'projects.xlsx', format: 'xlsx', mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', table: 'projects', en: 'The projects as a spreadsheet, with a sheet with licence and citation.', zh: '重点项目表格文件，另有许可与引用说明工作表。' },
	{ file: 'facilities.json', format: 'json', mediatype: 'application/json', json: 'facilities.json', en: 'Facility counts by type and named institutions.', zh: '按类型的医疗机构数量与具名机构。' },
	{ file: 'changes.json', format: 'json', mediatype: 'application/json', json: 'changes.json', en: 'What changed between every two kept versions of a plan: targets, projects and paragraphs added, removed or changed.', zh: '每份规划任意两个保留版本之间的变化：新增、删去或修改的指标、项目和段落。' },
] as const satisfies readonly { file: string; format: string; mediatype: string; json?: DataFile; table?: TableName; en: string; zh: string }[];

/** A Table Schema field (Data Package 2.0). */
export interface TableField {
	name: string;
	type: 'string' | 'number' | 'integer' | 'boolean';
	description?: string;
	format?: 'uri';
	constraints?: { required?: boolean; enum?: (string | number)[]; pattern?: string };
}

const BOUNDS = [
	{ en: 'Lower bound.', zh: '下限。' },
	{ en: 'Upper bound.', zh: '上限。' },
];

/** The Table Schema field of one column, read from the record's JSON Schema: type, enum, whether it may be empty, descriptions. */
export function tableField(column: Column, record: Node): TableField {
	let node: Node = record;
	let required = true;
	let described: Node = record;
	for (const key of column.path) {
		if (typeof key === 'number') {
			const item = node.prefixItems?.[key];
			if (!item) throw new Error(`column "${column.name}": no tuple item ${key}`);
			node = { ...item, description: bilingual(described.description, described[ZH_DESCRIPTION]) + `\n\n${BOUNDS[key]?.en ?? ''} ${BOUNDS[key]?.zh ?? ''}` };
			described = node;
			continue;
		}
		if (!node.required?.includes(key)) required = false;
		const child = node.properties?.[key];
		if (!child) throw new Error(`column "${column.name}": the contract has no field "${column.path.join('.')}"`);
		described = child;
		node = child;
		const options = node.anyOf?.filter((o) => o.type !== 'null');
		if (node.anyOf && options?.length !== node.anyOf.length) required = false;
		if (options?.length === 1 && options[0]) node = { ...options[0], description: node.description, [ZH_DESCRIPTION]: node[ZH_DESCRIPTION] };
	}
	const types = ([] as string[]).concat(node.type ?? []).filter((t) => t !== 'null');
	if (([] as string[]).concat(node.type ?? []).includes('null')) required = false;
	const description = typeof column.path.at(-1) === 'number' ? node.description : bilingual(described.description, described[ZH_DESCRIPTION]);
	const field: TableField = { name: column.name, type: 'string', ...(description ? { description } : {}) };
	// A list is a string of items joined by the delimiter (the `list` type of Table Schema 2.0 is not in the
	// published 2.0 profile yet); its pattern says so. An empty list is an empty cell: never required.
	if (column.flatten) required = false;
	if (column.flatten === 'list') Object.assign(field, { description: `${description ?? ''}\n\nItems separated by "${LIST_DELIMITER}". 以“${LIST_DELIMITER}”分隔。`, constraints: { pattern: `^[^${LIST_DELIMITER}]+(${LIST_DELIMITER}[^${LIST_DELIMITER}]+)*$` } });
	else if (column.flatten === 'quantities') field.description = `${description ?? ''}\n\nWritten as "value unit" pairs separated by "; " (2500 m²; 5 辆). 以“数值 单位”书写，以“; ”分隔。`;
	else if (types.includes('integer')) field.type = 'integer';
	else if (types.includes('number')) field.type = 'number';
	else if (types.includes('boolean')) field.type = 'boolean';
	else if (node.format === 'uri') field.format = 'uri';
	const values = node.enum?.filter((v): v is string | number => v !== null);
	const constraints = { ...field.constraints, ...(required ? { required: true } : {}), ...(values && values.length > 0 && !column.flatten ? { enum: values } : {}) };
	if (Object.keys(constraints).length > 0) field.constraints = constraints;
	return field;
}

/** The Table Schema of a tabular download, made from the public data contract (src/schema/data.ts). */
export function tableSchema(table: TableName): { fields: TableField[]; primaryKey: string[]; missingValues: string[] } {
	const spec = TABLES[table];
	const record = (jsonSchemaOf(spec.json, '') as { items: Node }).items;
	return { fields: spec.columns.map((c) => tableField(c, record)), primaryKey: ['plan', 'id'], missingValues: [''] };
}

/** The Frictionless Data Package (2.0) of /data/: every download, its format and, for the tables, its Table Schema. */
export function dataPackage(plans: Plan[], site: Site): Record<string, unknown> {
	const zh = dict('zh');
	const en = dict('en');
	return {
		$schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
		name: 'county-health-14th-five-year-plans',
		id: absolute(urls.datapackage(), site),
		title: `${zh.siteName} · ${en.siteName}`,
		description: bilingual(en.siteDescription, zh.siteDescription),
		homepage: absolute(urls.data(), site),
		version: DATA_VERSION,
		created: buildDate(),
		keywords: ['health', 'five-year plan', 'China', 'county', '卫生健康', '五年规划', '十四五', '十五五', '县域'],
		licenses: [LICENCE],
		contributors: [{ title: CREDIT.zh, path: absolute(urls.home(), site), roles: ['publisher'] }, { title: CREDIT.en, path: absolute(urls.home('en'), site), roles: ['publisher'] }],
		sources: plans.map((plan) => ({ title: plan.title, path: absolute(urls.plan(plan.slug), site) })),
		resources: DOWNLOADS.map((d) => {
			const name = d.file.replace('.', '-');
			const base = { name, path: d.file, title: d.file, description: bilingual(d.en, d.zh), format: d.format, mediatype: d.mediatype, encoding: 'utf-8', licenses: [LICENCE] };
			if ('json' in d) return { ...base, jsonschema: urls.schema(d.json).replace('/data/', ''), jsonschemaDraft07: urls.schema(d.json, 'draft-07').replace('/data/', '') };
			const schema = tableSchema(d.table);
			if (d.format === 'csv') return { ...base, type: 'table', dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true }, schema };
			const { encoding: _encoding, ...binary } = base;
			return { ...binary, type: 'table', dialect: { header: true, sheetName: sheetName(d.table) }, schema };
		}),
	};
}

/** Name of the data sheet in a table's .xlsx file. */
export function sheetName(table: TableName): string {
	return table;
}

/** schema.org `Dataset` of every download (the /data/ page). */
export function siteDataset(plans: Plan[], site: Site, locale: Locale): Record<string, unknown> {
	const t = dict(locale);
	const years = plans.flatMap((p) => [p.period.base_year, p.period.end]);
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		'@id': absolute(urls.data(), site),
		name: t.siteName,
		description: `${t.siteDescription} ${t.sections.data} ${locale === 'zh' ? `共 ${plans.length} 份规划，每条记录注明原文文件与行号。` : `${plans.length} plans; every record names its source file and line.`}`,
		url: absolute(urls.data(locale), site),
		sameAs: absolute(urls.data(locale === 'zh' ? 'en' : 'zh'), site),
		identifier: absolute(urls.datapackage(), site),
		inLanguage: 'zh-CN',
		keywords: ['卫生健康', '五年规划', '十四五', '十五五', '县域', 'health', 'five-year plan', 'China'],
		license: LICENCE.path,
		isAccessibleForFree: true,
		creator: organisation(site, locale),
		publisher: organisation(site, locale),
		version: DATA_VERSION,
		dateModified: buildDate(),
		...(years.length > 0 ? { temporalCoverage: `${Math.min(...years)}/${Math.max(...years)}` } : {}),
		spatialCoverage: { '@type': 'Place', name: locale === 'zh' ? '中国' : 'China' },
		distribution: DOWNLOADS.map((d) => ({ '@type': 'DataDownload', name: d.file, description: locale === 'zh' ? d.zh : d.en, encodingFormat: d.mediatype, contentUrl: absolute(urls.download(d.file), site) })),
	};
}

/** schema.org `Dataset` of one plan's records (its plan page): the downloads hold them, under `plan` = its slug. */
export function planDataset(plan: Plan, site: Site, locale: Locale): Record<string, unknown> {
	const title = planTitle(plan, locale).text;
	const region = regionLabel(plan, locale).text;
	// Targets and commitments counted as the plan page counts them (both are records of indicators.json).
	const [targets, commitments] = [targetCount(plan), commitmentCount(plan)];
	const en = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
	const description =
		locale === 'zh'
			? `${title}的结构化数据：${targets}项指标（基期、目标、属性、原文出处）、${commitments}项规划承诺、${plan.counts.projects}个重点项目与${plan.counts.facilities}条医疗机构记录，见各下载文件中 plan 为 ${plan.slug} 的记录。`
			: `Structured data of ${title}: ${en(targets, 'target')} (baseline, target, attribute, source line), ${en(commitments, 'commitment')}, ${en(plan.counts.projects, 'key project')} and ${en(plan.counts.facilities, 'facility record')}; the records with plan = ${plan.slug} in each download.`;
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		'@id': `${absolute(urls.plan(plan.slug), site)}#dataset`,
		name: locale === 'zh' ? `${title} · 指标与项目数据` : `${title}: targets and projects data`,
		description,
		url: absolute(urls.plan(plan.slug, locale), site),
		identifier: plan.slug,
		inLanguage: 'zh-CN',
		license: LICENCE.path,
		isAccessibleForFree: true,
		creator: organisation(site, locale),
		publisher: organisation(site, locale),
		isPartOf: absolute(urls.data(), site),
		isBasedOn: { '@type': 'CreativeWork', name: plan.title, inLanguage: 'zh-CN', ...(plan.date ? { datePublished: plan.date } : {}) },
		...(plan.date ? { datePublished: plan.date } : {}),
		temporalCoverage: `${plan.period.base_year}/${plan.period.end}`,
		spatialCoverage: { '@type': 'Place', name: region, ...(plan.region.code ? { identifier: `GB/T 2260:${plan.region.code}` } : {}) },
		distribution: DOWNLOADS.map((d) => ({ '@type': 'DataDownload', name: d.file, encodingFormat: d.mediatype, contentUrl: absolute(urls.download(d.file), site) })),
	};
}

function organisation(site: Site, locale: Locale): Record<string, string> {
	return { '@type': 'Organization', name: dict(locale).siteName, url: absolute(urls.home(locale), site) };
}

/** JSON-LD as the text of a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
