// The schema.org Dataset of a plan page (src/lib/open-data.ts), on the real converted seeds.
import { describe, expect, it } from 'vitest';
import { planDataset } from '../../src/lib/open-data.ts';
import { contentPlans } from '../helpers/content.ts';

describe('planDataset', () => {
	it('counts targets and commitments apart, as the plan page does, in both languages', () => {
		const plan = contentPlans().find((p) => p.slug === 'changle-weifang')!;
		const targets = plan.indicators.filter((i) => !i.commitment).length;
		const commitments = plan.indicators.length - targets;
		expect(commitments).toBeGreaterThan(0);
		expect(planDataset(plan, 'https://example.org', 'zh').description).toContain(`${targets}项指标（基期、目标、属性、原文出处）、${commitments}项规划承诺、`);
		expect(planDataset(plan, 'https://example.org', 'en').description).toContain(`${targets} targets (baseline, target, attribute, source line), ${commitments} commitments, `);
	});
});
