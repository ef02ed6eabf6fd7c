import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { planSchema, type Plan } from '../../src/schema/plan.ts';

const CONTENT = join(import.meta.dirname, '../../content/plans');

/** The plan collections as the site reads them: frontmatter of content/plans/*.mdx, checked by the schema. */
export function contentPlans(): Plan[] {
	return readdirSync(CONTENT)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((f) => {
			const text = readFileSync(join(CONTENT, f), 'utf8');
			const end = text.indexOf('\n---\n', 4);
			return planSchema.parse(parse(text.slice(4, end)));
		});
}
