// src/lib/data.ts: the records of /data/*.json built from the plans and checked against the contract.
import { describe, expect, it } from 'vitest';
import { checked, facilityRecords, indicatorRecords, planRecords, projectRecords } from '../../src/lib/data.ts';
import { indicatorRecordSchema } from '../../src/schema/data.ts';
import { contentPlans } from '../helpers/content.ts';

const SITE = 'https://example.org';
const plans = contentPlans();
const records = {
	'plans.json': planRecords(plans, SITE),
	'indicators.json': indicatorRecords(plans, SITE),
	'projects.json': projectRecords(plans, SITE),
	'facilities.json': facilityRecords(plans, SITE),
};

describe('data records', () => {
	it('one record per plan, target, project and facility, with absolute URLs on the site', () => {
		expect(records['plans.json']).toHaveLength(plans.length);
		expect(records['indicators.json']).toHaveLength(plans.reduce((n, p) => n + p.indicators.length, 0));
		expect(records['projects.json']).toHaveLength(plans.reduce((n, p) => n + p.projects.length, 0));
		expect(records['facilities.json']).toHaveLength(plans.reduce((n, p) => n + p.facilities.length, 0));
		expect(records['indicators.json'].every((r) => r.url.startsWith(`${SITE}/plans/${r.plan}/indicators/`) && r.source.url.startsWith(`${SITE}/plans/${r.plan}/#`))).toBe(true);
	});

	it('plans.json carries the date and the inferred fields the contract promises', () => {
		for (const [k, r] of records['plans.json'].entries()) {
			expect(r.date).toBe(plans[k]!.date);
			expect(r.inferred).toEqual(plans[k]!.inferred);
		}
		expect(records['plans.json'].some((r) => r.date !== null)).toBe(true);
	});

	it('a record that breaks the contract fails with its file, record and field named', () => {
		const first = records['indicators.json'][0]!;
		const bad = { ...first, target: { ...first.target, comparator: '≥' } } as unknown as typeof first;
		expect(() => checked('indicators.json', indicatorRecordSchema, [first, bad], (r) => `${r.plan}/${r.id}`)).toThrow(new RegExp(`indicators\\.json: record ${first.plan}/${first.id}: field target\\.comparator: `));
		expect(checked('indicators.json', indicatorRecordSchema, [first], (r) => r.id)).toEqual([first]);
	});
});
