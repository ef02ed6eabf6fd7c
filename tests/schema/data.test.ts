// The public data contract (src/schema/data.ts): documented in both languages, published as a JSON
// Schema that a standard validator accepts, and enforced on the records the site serves.
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { changeRecords, facilityRecords, indicatorRecords, planRecords, projectRecords } from '../../src/lib/data.ts';
import { DATA_FILES, type DataFile, jsonSchemaOf, publishedSchemaOf, ZH_DESCRIPTION } from '../../src/schema/data.ts';
import { contentPlans } from '../helpers/content.ts';

const SITE = 'https://example.org';
const plans = contentPlans();
const records: Record<DataFile, unknown[]> = {
	'plans.json': planRecords(plans, SITE),
	'indicators.json': indicatorRecords(plans, SITE),
	'projects.json': projectRecords(plans, SITE),
	'facilities.json': facilityRecords(plans, SITE),
	'changes.json': changeRecords(plans, SITE),
};

/** A standard JSON Schema validator with its defaults (strict mode), as an outside user runs one, over the schema as published. */
const validator = (file: DataFile) => new Ajv2020({ allErrors: true }).compile(publishedSchemaOf(file, `${SITE}/data/schema/${file}`));

type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; description?: string; [ZH_DESCRIPTION]?: string };

/** Paths of the fields (at any depth) whose description is missing in either language. */
function undocumented(node: Node, path = ''): string[] {
	const out: string[] = [];
	for (const [name, child] of Object.entries(node.properties ?? {})) {
		if (!child.description || !child[ZH_DESCRIPTION]) out.push(`${path}${name}`);
		for (const inner of [child, child.items, ...(child.anyOf ?? []), ...(child.items?.anyOf ?? [])]) if (inner?.properties) out.push(...undocumented(inner, `${path}${name}.`));
	}
	return out;
}

describe('data contract', () => {
	it('documents every field of every file in English and Chinese', () => {
		for (const file of Object.keys(DATA_FILES) as DataFile[]) {
			const schema = jsonSchemaOf(file, `${SITE}/data/schema/${file}`) as { items: Node };
			expect(undocumented(schema.items), file).toEqual([]);
			expect(Object.keys(schema.items.properties ?? {}).length, file).toBeGreaterThan(4);
		}
	});

	it('publishes JSON Schema (draft 2020-12) that a standard validator compiles and the real records pass', () => {
		for (const file of Object.keys(DATA_FILES) as DataFile[]) {
			const validate = validator(file);
			// The seeds have one version each: changes.json's records are checked on a plan of three texts (tests/site/versions.test.ts).
			if (file !== 'changes.json') expect(records[file].length, file).toBeGreaterThan(0);
			expect(validate(records[file]) ? [] : validate.errors, file).toEqual([]);
		}
	});

	it('the published schema rejects a record with a wrong type or an undocumented field', () => {
		const validate = validator('indicators.json');
		const [first] = records['indicators.json'] as Record<string, unknown>[];
		expect(validate([{ ...first, target: { ...(first?.target as object), value: '5' } }])).toBe(false);
		expect(validate([{ ...first, extra: 1 }])).toBe(false);
	});

	it('publishes the schemas so Ajv compiles them with its defaults (strict mode): 2020-12 in new Ajv2020(), draft-07 in new Ajv(); the Chinese description is in description', () => {
		for (const file of Object.keys(DATA_FILES) as DataFile[]) {
			const modern = publishedSchemaOf(file, `${SITE}/data/schema/${file}`);
			const draft07 = publishedSchemaOf(file, `${SITE}/data/schema/draft-07/${file}`, 'draft-07');
			expect(JSON.stringify(modern)).not.toContain(ZH_DESCRIPTION);
			expect(() => new Ajv2020().compile(modern), file).not.toThrow();
			const validate = new Ajv().compile(draft07);
			expect(validate(records[file]) ? [] : validate.errors, file).toEqual([]);
			// The unpublished form (with the Chinese in its own keyword) is what strict mode rejects.
			expect(() => new Ajv2020().compile(jsonSchemaOf(file, `${SITE}/x/${file}`)), file).toThrow(/unknown keyword|unknown format/);
		}
		const indicators = publishedSchemaOf('indicators.json', `${SITE}/s`) as { items: { properties: Record<string, { description: string }> } };
		expect(indicators.items.properties.plan?.description).toMatch(/^Slug of the plan[^]*\n\n所属规划的标识/);
	});
});
