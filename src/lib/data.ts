import type { z } from 'zod';
import { type ChangeRecord, changeRecordSchema, type FacilityRecord, facilityRecordSchema, type IndicatorRecord, indicatorRecordSchema, type PlanRecord, planRecordSchema, type ProjectRecord, projectRecordSchema } from '../schema/data.ts';
import type { Plan } from '../schema/plan.ts';
import { INDICATOR_COLUMNS, PROJECT_COLUMNS, rowsOf } from './columns.ts';
import { absolute, urls } from './urls.ts';

type Site = URL | string | undefined;

const memo = new WeakMap<Plan[], Map<string, unknown>>();
/**
 * `make()` once per plan list (by identity: loadPlans() returns the same array for the same store
 * entries) and `key`: the JSON and CSV of one file share their records and their contract check.
 */
function once<T>(plans: Plan[], key: string, make: () => T): T {
	let cache = memo.get(plans);
	if (!cache) memo.set(plans, (cache = new Map()));
	if (!cache.has(key)) cache.set(key, make());
	return cache.get(key) as T;
}

/**
 * Checks records against their schema in the public data contract (src/schema/data.ts) and returns
 * them unchanged. A violation throws (failing the build) naming the file, the record and each field.
 */
export function checked<T>(file: string, schema: z.ZodType<T>, records: T[], label: (record: T) => string): T[] {
	const problems = records.flatMap((record) => {
		const result = schema.safeParse(record);
		return result.success ? [] : result.error.issues.map((issue) => `${file}: record ${label(record)}: field ${issue.path.join('.') || '(record)'}: ${issue.message}`);
	});
	if (problems.length > 0) throw new Error(`The data breaks its contract (src/schema/data.ts):\n${problems.join('\n')}`);
	return records;
}

function versionRecord(slug: string, v: Plan['versions'][number], site: Site): PlanRecord['versions'][number] {
	return { key: v.key, status: v.status, date: v.date, file: v.file, sha256: v.sha256, url: v.kept ? absolute(urls.version(slug, v.key), site) : null };
}

/** What changed between the versions of each plan (changes.json): one record per pair of kept versions. */
export function changeRecords(plans: Plan[], site: Site): ChangeRecord[] {
	const records = plans.flatMap((plan) => plan.changes.map((c): ChangeRecord => ({ plan: plan.slug, from: c.from, to: c.to, url: absolute(urls.changes(plan.slug, 'zh', c), site), counts: c.counts, targets: c.targets, projects: c.projects, paragraphs: c.paragraphs })));
	return checked('changes.json', changeRecordSchema, records, (r) => `${r.plan} ${r.from}→${r.to}`);
}

/** The public record of each plan (plans.json). */
export function planRecords(plans: Plan[], site: Site): PlanRecord[] {
	const records = plans.map(
		(plan): PlanRecord => ({
			slug: plan.slug,
			title: plan.title,
			title_source: plan.title_source,
			region: { name: plan.region.name, city: plan.region.city, province: plan.region.province, level: plan.region.level, code: plan.region.code, name_en: plan.region.name_en, city_en: plan.region.city_en, province_en: plan.region.province_en },
			status: plan.status,
			period: plan.period,
			date: plan.date,
			source: { file: plan.source.file, sha256: plan.source.sha256 },
			url: absolute(urls.plan(plan.slug), site),
			version: plan.version && versionRecord(plan.slug, plan.version, site),
			versions: plan.versions.map((v) => versionRecord(plan.slug, v, site)),
			changes_url: plan.changes.length > 0 ? absolute(urls.changes(plan.slug), site) : null,
			inferred: plan.inferred,
			counts: { headings: plan.counts.headings, paragraphs: plan.counts.paragraphs, indicators: plan.counts.indicators, projects: plan.counts.projects, facilities: plan.counts.facilities },
		}),
	);
	return checked('plans.json', planRecordSchema, records, (r) => r.slug);
}

/** Every target of every plan (indicators.json). */
export function indicatorRecords(plans: Plan[], site: Site): IndicatorRecord[] {
	return once(plans, `indicators\0${String(site)}`, () => makeIndicatorRecords(plans, site));
}

function makeIndicatorRecords(plans: Plan[], site: Site): IndicatorRecord[] {
	const records = plans.flatMap((plan) =>
		plan.indicators.map(
			(i): IndicatorRecord => ({
				plan: plan.slug,
				id: i.id,
				url: absolute(urls.indicator(plan.slug, i.id), site),
				version: plan.version?.key ?? null,
				name: i.name,
				name_en: i.name_en,
				canonical: i.canonical,
				domain: i.domain,
				unit: i.unit,
				baseline: i.baseline,
				target: { year: i.target.year, value: i.target.value, comparator: i.target.comparator, text: i.target.text, range: i.target.range },
				attribute: i.attribute,
				attribute_text: i.attribute_text,
				kind: i.kind,
				commitment: i.commitment ?? null,
				source: { file: i.source.file, line: i.source.line, quote: i.source.quote, url: absolute(urls.anchor(plan.slug, i.anchor), site) },
				related: i.related,
				parent: i.parent ?? null,
				conflict: i.conflict,
				note: i.note,
			}),
		),
	);
	return checked('indicators.json', indicatorRecordSchema, records, (r) => `${r.plan}/${r.id}`);
}

/** Every key project (projects.json). */
export function projectRecords(plans: Plan[], site: Site): ProjectRecord[] {
	return once(plans, `projects\0${String(site)}`, () => makeProjectRecords(plans, site));
}

function makeProjectRecords(plans: Plan[], site: Site): ProjectRecord[] {
	const records = plans.flatMap((plan) =>
		plan.projects.map(
			(p): ProjectRecord => ({
				plan: plan.slug,
				id: p.id,
				url: absolute(urls.anchor(plan.slug, p.anchor), site),
				version: plan.version?.key ?? null,
				name: p.name,
				description: p.description,
				group: p.group,
				kind: p.kind,
				form: p.form,
				town: p.town,
				stage: p.stage,
				quantities: p.quantities.map((q) => ({ value: q.value, unit: q.unit })),
				source: { file: p.source.file, line: p.source.line },
			}),
		),
	);
	return checked('projects.json', projectRecordSchema, records, (r) => `${r.plan}/${r.id}`);
}

/** Facility counts and named institutions (facilities.json). */
export function facilityRecords(plans: Plan[], site: Site): FacilityRecord[] {
	const records = plans.flatMap((plan) =>
		plan.facilities.map(
			(f): FacilityRecord => ({
				plan: plan.slug,
				name: f.name,
				kind: f.kind,
				count: f.count,
				status: f.status,
				town: f.town,
				url: absolute(urls.anchor(plan.slug, f.anchor), site),
				source: { file: f.source.file, line: f.source.line },
			}),
		),
	);
	return checked('facilities.json', facilityRecordSchema, records, (r) => `${r.plan}/${r.name ?? r.kind} (line ${r.source.line})`);
}

/** Column names of indicators.csv (src/lib/columns.ts says which JSON field each holds). */
export const INDICATOR_CSV_COLUMNS = INDICATOR_COLUMNS.map((c) => c.name);

/** indicators.json flattened to one CSV row per target. */
export function indicatorCsvRows(records: IndicatorRecord[]) {
	return rowsOf(records, INDICATOR_COLUMNS);
}

/** Column names of projects.csv. */
export const PROJECT_CSV_COLUMNS = PROJECT_COLUMNS.map((c) => c.name);

/** projects.json flattened; quantities as `2500 m²; 5 辆`. */
export function projectCsvRows(records: ProjectRecord[]) {
	return rowsOf(records, PROJECT_COLUMNS);
}
