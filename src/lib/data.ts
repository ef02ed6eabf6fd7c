import type { Plan } from '../schema/plan.ts';
import { absolute, urls } from './urls.ts';

/** The public record of a plan (plans.json), as the data contract in DESIGN.md describes it. */
export function planRecord(plan: Plan, site: URL | string | undefined) {
	return {
		slug: plan.slug,
		title: plan.title,
		region: plan.region,
		status: plan.status,
		period: plan.period,
		source: { file: plan.source.file, sha256: plan.source.sha256 },
		url: absolute(urls.plan(plan.slug), site),
		counts: { headings: plan.counts.headings, paragraphs: plan.counts.paragraphs, indicators: plan.counts.indicators, projects: plan.counts.projects, facilities: plan.counts.facilities },
	};
}

/** Every target of every plan (indicators.json). */
export function indicatorRecords(plans: Plan[], site: URL | string | undefined) {
	return plans.flatMap((plan) =>
		plan.indicators.map((i) => ({
			plan: plan.slug,
			id: i.id,
			url: absolute(urls.indicator(plan.slug, i.id), site),
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
			conflict: i.conflict,
			note: i.note,
		})),
	);
}

/** Every key project (projects.json). */
export function projectRecords(plans: Plan[], site: URL | string | undefined) {
	return plans.flatMap((plan) =>
		plan.projects.map((p) => ({
			plan: plan.slug,
			id: p.id,
			url: absolute(urls.anchor(plan.slug, p.anchor), site),
			name: p.name,
			description: p.description,
			group: p.group,
			kind: p.kind,
			form: p.form,
			town: p.town,
			quantities: p.quantities.map((q) => ({ value: q.value, unit: q.unit })),
			source: { file: p.source.file, line: p.source.line },
		})),
	);
}

/** Facility counts and named institutions (facilities.json). */
export function facilityRecords(plans: Plan[], site: URL | string | undefined) {
	return plans.flatMap((plan) =>
		plan.facilities.map((f) => ({
			plan: plan.slug,
			name: f.name,
			kind: f.kind,
			count: f.count,
			status: f.status,
			town: f.town,
			url: absolute(urls.anchor(plan.slug, f.anchor), site),
			source: { file: f.source.file, line: f.source.line },
		})),
	);
}

export const INDICATOR_CSV_COLUMNS = ['plan', 'id', 'url', 'name', 'name_en', 'canonical', 'domain', 'unit', 'baseline_year', 'baseline_value', 'baseline_text', 'target_year', 'target_value', 'target_comparator', 'target_text', 'attribute', 'attribute_text', 'kind', 'commitment', 'source_file', 'source_line', 'source_quote', 'conflict', 'note'];

/** indicators.json flattened to one CSV row per target. */
export function indicatorCsvRows(records: ReturnType<typeof indicatorRecords>) {
	return records.map((r) => ({
		...r,
		baseline_year: r.baseline?.year,
		baseline_value: r.baseline?.value,
		baseline_text: r.baseline?.text,
		target_year: r.target.year,
		target_value: r.target.value,
		target_comparator: r.target.comparator,
		target_text: r.target.text,
		source_file: r.source.file,
		source_line: r.source.line,
		source_quote: r.source.quote,
	}));
}

export const PROJECT_CSV_COLUMNS = ['plan', 'id', 'url', 'name', 'description', 'group', 'kind', 'form', 'town', 'quantities', 'source_file', 'source_line'];

/** projects.json flattened; quantities as `2500 m²; 5 辆`. */
export function projectCsvRows(records: ReturnType<typeof projectRecords>) {
	return records.map((r) => ({
		...r,
		quantities: r.quantities.map((q) => `${q.value} ${q.unit}`).join('; '),
		source_file: r.source.file,
		source_line: r.source.line,
	}));
}
