import { convertPlan } from '../../src/convert/plan.ts';

/**
 * The parts of a converted plan a reader relies on: outline, targets and projects (without line
 * numbers, which differ between layouts of one text). A project's group may come from a table
 * caption, whose runs of spaces a web page collapses as a browser does: compared with one space.
 */
export function planShape(text: string, file = 'fixture.txt') {
	const { plan } = convertPlan(file, text, undefined);
	return {
		title: plan.title,
		outline: plan.outline.map((h) => ({ level: h.level, style: h.style, title: h.title })),
		targets: plan.indicators.map((i) => ({ name: i.name, unit: i.unit, domain: i.domain, baseline: i.baseline?.text ?? null, target: i.target.text, value: i.target.value, comparator: i.target.comparator, attribute: i.attribute, kind: i.kind })),
		projects: plan.projects.map((p) => ({ name: p.name, description: p.description, form: p.form, group: p.group?.replace(/\s+/g, ' ') ?? null, quantities: p.quantities })),
		tables: plan.tables.map((t) => ({ kind: t.kind, rows: t.rows, columns: t.columns })),
	};
}
