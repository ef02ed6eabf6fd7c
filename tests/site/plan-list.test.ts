// The plan list (/plans/, src/components/pages/PlanListPage.astro): every plan once, linked, in both languages;
// the home page links to it only when it shows fewer plans than the corpus has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { HOME_PLANS } from '../../src/lib/views/home.ts';
import { contentPlans } from '../helpers/content.ts';

const page = (...path: string[]) => readFileSync(join(inject('dist'), ...path, 'index.html'), 'utf8');
const plans = contentPlans();

describe('the plan list', () => {
	for (const [locale, prefix] of [['zh', ''], ['en', '/en']] as const) {
		it(`${locale}: links every plan's page exactly once`, () => {
			const html = page(...(prefix ? [prefix.slice(1)] : []), 'plans');
			for (const plan of plans) expect(html.split(`<a href="${prefix}/plans/${plan.slug}/">`).length - 1, plan.slug).toBe(1);
			expect(html.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(plans.length);
		});
	}

	it('the home page shows every plan of a corpus this small and so needs no link to the list', () => {
		expect(plans.length).toBeLessThanOrEqual(HOME_PLANS);
		expect(page()).not.toContain('href="/plans/"');
	});
});
